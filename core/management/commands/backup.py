"""`manage.py backup [--to DIR]`: the database and the media (uploaded images and documents) backed
up together, with django-dbbackup, as DIR/<time>-database.dump and DIR/<time>-media.tar.gz. The
printed prefix (DIR/<time>) is what `manage.py restore` takes."""

from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand, call_command
from django.utils import timezone


class Command(BaseCommand):
    help = "Back up the database and the media together (restore with `manage.py restore`)."

    def add_arguments(self, parser):
        parser.add_argument("--to", default=settings.BACKUP_DIR, help="folder (BACKUP_DIR)")

    def handle(self, *args, to, **options):
        folder = Path(to)
        folder.mkdir(parents=True, exist_ok=True)
        prefix = folder / timezone.now().strftime("%Y-%m-%d-%H%M%S")
        call_command("dbbackup", output_path=f"{prefix}-database.dump", quiet=True)
        call_command("mediabackup", output_path=f"{prefix}-media.tar.gz", compress=True, quiet=True)
        self.stdout.write(str(prefix))
