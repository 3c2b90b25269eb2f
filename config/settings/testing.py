"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL is set; fast hashing, mail in memory."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "testing-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from site/static/, as in development: no collectstatic before tests.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Uploaded test images go to a scratch folder, not the developer's media/: one per parallel test
# process (pytest-xdist names them gw0, gw1...), so that no test sees another's files.
MEDIA_ROOT = (
    Path(tempfile.gettempdir()) / f"sse-test-media-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
)
