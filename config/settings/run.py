"""`make run`: the production settings on one machine with zero configuration.

What the environment does not set gets a local default: a secret key generated once and kept in
`.secret_key` (git-ignored), the local host names, plain HTTP (no HTTPS redirect, cookies not
marked secure: a browser would not send them back over http://127.0.0.1:8000). Everything else,
DEBUG off, hashed static files, the error pages, the security headers, is production's.
"""

import os
import secrets
import tempfile
from pathlib import Path

KEY_FILE = Path(__file__).resolve().parent.parent.parent / ".secret_key"


def local_secret_key():
    if not KEY_FILE.exists():
        # Written aside, then linked into place: atomic, and never replaces a key that another
        # process made meanwhile. NamedTemporaryFile makes the file readable by its owner only.
        with tempfile.NamedTemporaryFile("w", dir=KEY_FILE.parent, delete=False) as draft:
            draft.write(secrets.token_urlsafe(50))
        try:
            os.link(draft.name, KEY_FILE)
        except FileExistsError:
            pass
        finally:
            os.unlink(draft.name)
    return KEY_FILE.read_text().strip()


os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
if not os.environ.get("SECRET_KEY"):
    os.environ["SECRET_KEY"] = local_secret_key()

from .production import *  # noqa: E402, F403

SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = False
