import subprocess
import sys

import pytest
from django.conf import settings


def _import_production_settings(**environment):
    return subprocess.run(
        [sys.executable, "-c", "import config.settings.production"],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("environment", "complaint"),
    [({"ALLOWED_HOSTS": "example.org"}, "SECRET_KEY"), ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS")],
)
def test_production_refuses_to_start_without_required_settings(environment, complaint):
    result = _import_production_settings(**environment)

    assert result.returncode != 0
    assert f"{complaint} must be set" in result.stderr


def test_production_starts_with_required_settings():
    result = _import_production_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")

    assert result.returncode == 0, result.stderr


def test_languages_are_defined_once_and_shared_by_wagtail_and_the_admin():
    assert [code for code, _ in settings.LANGUAGES] == ["en", "es", "fr", "el", "it"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAILADMIN_PERMITTED_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
