"""`make run`'s settings (config/settings/run.py) and the media view (core/media.py), with DEBUG off
as visitors get it. The error pages: tests/visitors/test_feeds_and_errors.py."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from core.factories import SiteImageFactory


def _under_run_settings(*arguments):
    """manage.py under the run settings, with nothing from the environment but PATH."""
    return subprocess.run(  # noqa: S603 - the tests' own arguments
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "config.settings.run"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_run_settings_start_with_no_environment_and_keep_their_secret_key():
    check = _under_run_settings("check")
    assert check.returncode == 0, check.stderr

    show = "from django.conf import settings as s; print(s.SECRET_KEY, s.DEBUG, s.ALLOWED_HOSTS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE)"
    shown = [_under_run_settings("shell", "--no-imports", "-c", show).stdout for _ in range(2)]
    key_file = settings.BASE_DIR / ".secret_key"
    assert shown[0] == shown[1]  # the same key on every start, so sessions survive a restart
    assert (
        shown[0] == f"{key_file.read_text().strip()} False ['127.0.0.1', 'localhost'] False False\n"
    )
    assert len(key_file.read_text().strip()) >= 50
    assert key_file.stat().st_mode & 0o077 == 0  # readable by its owner only


def test_images_are_served_from_the_media_folder(client, db):
    assert settings.DEBUG is False
    image = SiteImageFactory()
    rendition = image.get_rendition("width-40")

    original = client.get(image.file.url)
    assert original.status_code == 200
    assert b"".join(original.streaming_content) == image.file.open("rb").read()
    assert client.get(rendition.url).status_code == 200
    assert "max-age=86400" in original["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/media/original_images/missing.jpg",
        "/media/original_images/../../manage.py",
        "/media/original_images/%2e%2e/%2e%2e/manage.py",
        "/media/images/..%2f..%2fmanage.py",
        "/media/..%2fmanage.py",
        "/media/documents/secret.pdf",  # documents go through Wagtail's /documents/ view
    ],
)
def test_nothing_else_is_served_from_the_media_folder(client, db, path):
    from django.core.files.storage import default_storage

    default_storage.save("documents/secret.pdf", ContentFile(b"%PDF private"))
    (settings.BASE_DIR / "manage.py").stat()  # what the traversals aim at exists

    response = client.get(path)
    assert response.status_code in {400, 404}
    assert b"PDF private" not in response.content
    assert b"execute_from_command_line" not in response.content
