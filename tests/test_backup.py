"""`manage.py backup` then `manage.py restore` (django-dbbackup) give back the site as it was: pages
in every language, translations, images (their files) and a page's HTML, after the data was damaged
in between. On PostgreSQL (pg_dump / pg_restore), as in production; CI runs the suite there."""

import hashlib
import io

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation

from projects.models import ProjectPage

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the round trip runs pg_dump and pg_restore: set DATABASE_URL to a PostgreSQL (CI does)",
    ),
]

PAGE = "/el/erga/neoi-stin-kalo/"


def file_hash(file):
    if not file.storage.exists(file.name):
        return None
    with file.open("rb"):
        return hashlib.sha256(file.read()).hexdigest()


def snapshot(client):
    return {
        "pages": sorted(
            Page.objects.values_list("locale__language_code", "url_path", "title", "live")
        ),
        "translations": sorted(
            Translation.objects.values_list("source__object_id", "target_locale__language_code")
        ),
        "images": {image.title: file_hash(image.file) for image in get_image_model().objects.all()},
        "html": client.get(PAGE).content.decode(),
    }


def test_a_backup_restores_the_database_and_the_media_as_they_were(client, tmp_path):
    call_command("load_demo_content", verbosity=0)
    before = snapshot(client)
    assert before["translations"]
    assert before["images"]
    assert "<h1" in before["html"]
    output = io.StringIO()
    call_command("backup", to=str(tmp_path), stdout=output)
    backup = output.getvalue().strip()

    # Damage: a page renamed, another deleted, an image's file gone.
    ProjectPage.objects.filter(locale__language_code="el").update(title="Χαλασμένο")
    ProjectPage.objects.filter(locale__language_code="es").first().delete()
    image = get_image_model().objects.first()
    image.file.storage.delete(image.file.name)
    assert snapshot(client) != before

    call_command("restore", backup, stdout=io.StringIO())
    connection.close()  # the restore recreated the tables under this connection

    assert snapshot(client) == before
