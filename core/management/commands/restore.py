"""`manage.py restore DIR/<time>`: puts back the database and the media of one `manage.py backup`,
replacing what is there (the database's tables are dropped first; media files are overwritten)."""

from pathlib import Path

from django.core.management import BaseCommand, CommandError, call_command


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` (its printed prefix), replacing the site's data."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="the prefix `manage.py backup` printed: DIR/<time>")

    def handle(self, *args, backup, **options):
        database, media = Path(f"{backup}-database.dump"), Path(f"{backup}-media.tar.gz")
        missing = [str(path) for path in (database, media) if not path.is_file()]
        if missing:
            raise CommandError(f"No such backup file: {', '.join(missing)}")
        call_command("dbrestore", input_path=str(database), interactive=False, quiet=True)
        call_command(
            "mediarestore",
            input_path=str(media),
            uncompress=True,
            replace=True,
            interactive=False,
            quiet=True,
        )
        self.stdout.write(f"Restored {database} and {media}")
