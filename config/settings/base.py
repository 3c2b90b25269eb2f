"""Settings shared by every environment. Values that differ between machines come from the environment."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation patches model fields, so it must come before the apps it translates.
    "modeltranslation",
    "core",
    # Before wagtail_localize: its admin URLs and hooks wrap wagtail-localize's (translations/views.py).
    "translations",
    "taxonomy",
    "home",
    "projects",
    "partners",
    "values",
    "news",
    "search",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "core.apps.UsersConfig",  # wagtail.users, with a language in the user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "dbbackup",  # manage.py backup / restore (core/management/commands)
    "health_check",  # its page's template (core/health.py)
    "csp",
    "axes",
]

MIDDLEWARE = [
    # First, so that every log record written during a request names it (core/request_log.py).
    "core.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before WhiteNoise: static files get the policy too.
    "core.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Picks the language from the URL prefix; sends an unprefixed URL such as / to the visitor's
    # language (cookie, then Accept-Language, then LANGUAGE_CODE).
    "core.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: answers a locked-out sign-in (core/users.py: locked_out).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: DATABASE_URL (e.g. postgres://user@host:5432/name), else a SQLite file beside manage.py.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# Cache: Redis when REDIS_URL is set, else memory local to the process.
def redis_cache(url):
    """Redis down or slow is a cache miss (logged), not an error: pages are built from the
    database, slower, while it is away."""
    timeout = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "sse",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": timeout,
            "SOCKET_TIMEOUT": timeout,
        },
    }


DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
if os.environ.get("REDIS_URL"):
    CACHES = {"default": redis_cache(os.environ["REDIS_URL"])}
    # Sessions read from Redis, kept in the database: nobody is signed out when Redis is away.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-axes first: it refuses a locked-out sign-in before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Sign-in lock-out (django-axes, counted in the database, so shared by every process): after
# LOGIN_FAILURE_LIMIT failures for one user name, or from one address, signing in is refused for
# LOGIN_COOLOFF_MINUTES, the right password included. Unlock: `manage.py axes_reset_username`.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# A lock ends on time: more attempts during it (an attacker's) do not prolong it for the user.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.users.locked_out"
AXES_CLIENT_IP_CALLABLE = "core.throttle.client_ip"
AXES_ENABLE_ADMIN = False  # no Django admin here
# Password-reset e-mails: at most this many an hour to one address and from one client address
# (counted in the cache); beyond, the page reads as usual but no e-mail is sent.
PASSWORD_RESETS_PER_HOUR = int(os.environ.get("PASSWORD_RESETS_PER_HOUR", "3"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: this list is the one place they are defined. English is the default and fallback.
# Adding a language: add it here, add locale/<code>/ for the UI text, run migrate (which creates its
# Wagtail locale and home page).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("el", _("Greek")),
    ("it", _("Italian")),
]
# Our UI text, then our translations of Wagtail's, wagtail-localize's and Django's strings that their
# catalogues lack (locale_overrides/: added by hand, not by makemessages). Both take precedence
# over the apps' own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
# Each language's date style, the same in every context (config/formats/__init__.py).
FORMAT_MODULE_PATH = ["config.formats"]
# The password-reset e-mail in the user's language, not the browser's (core/users.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.users.PasswordResetForm"  # noqa: S105 - a class path
# A translated label on the password field (core/users.py).
WAGTAILADMIN_USER_LOGIN_FORM = "core.users.LoginForm"
LANGUAGE_COOKIE_NAME = "language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Madrid"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation stays a draft until someone publishes it (the default publishes it at once,
# still in the source language).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in the translation editor: a self-hosted LibreTranslate when
# LIBRETRANSLATE_URL is set, else DeepL when DEEPL_API_KEY is set, else none.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": int(os.environ.get("MACHINE_TRANSLATION_TIMEOUT", "10")),
        },
    }
elif os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
# Deleting a page disables its translation records instead of deleting the translated text, so
# translating the page again brings every translated passage back.
WAGTAILLOCALIZE_DISABLE_ON_DELETE = True

MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
MODELTRANSLATION_FALLBACK_LANGUAGES = (LANGUAGE_CODE,)

STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Where `manage.py backup` writes the database dump and the media archive.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
# django-dbbackup mails the admins the traceback of a failed backup: the command's exit status and
# output are the operator's signal (cron, systemd).
DBBACKUP_SEND_EMAIL = False


def s3_media_storage(environ):
    """Media (original images, renditions, documents) in an S3-compatible bucket, for several
    machines (django-storages). Credentials from S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY, else
    boto3's own (environment, instance role). Image URLs are the bucket's public ones, unsigned, so
    that cached pages keep working; documents are served by Wagtail's view (below), which checks
    their collection's privacy, so the bucket needs public read on images only (README)."""
    endpoint = environ.get("S3_ENDPOINT_URL") or None
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": environ["S3_BUCKET"],
            "endpoint_url": endpoint,
            "region_name": environ.get("S3_REGION") or None,
            "access_key": environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": environ.get("S3_SECRET_ACCESS_KEY") or None,
            "custom_domain": environ.get("S3_CUSTOM_DOMAIN") or None,
            # S3-compatible servers (MinIO, Garage, moto) are addressed by path, AWS by host name.
            "addressing_style": "path" if endpoint else None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }


def s3_media_origins(environ):
    """Where browsers fetch media from with s3_media_storage (for the Content-Security-Policy)."""
    if domain := environ.get("S3_CUSTOM_DOMAIN"):
        return [f"https://{domain}"]
    if endpoint := environ.get("S3_ENDPOINT_URL"):
        url = urlsplit(endpoint)
        return [f"{url.scheme}://{url.netloc}"]
    bucket, region = environ["S3_BUCKET"], environ.get("S3_REGION")
    # AWS: the global or the regional host name, as boto3 resolves it for the region.
    return [f"https://{bucket}.s3.amazonaws.com"] + (
        [f"https://{bucket}.s3.{region}.amazonaws.com"] if region else []
    )


STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("S3_BUCKET"):
    STORAGES["default"] = s3_media_storage(os.environ)
# Documents are always streamed by Wagtail's view, after its privacy checks, never linked to the
# storage's own URL (which, on S3, would bypass them).
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# E-mail: SMTP when EMAIL_HOST is set; the environment-specific settings choose otherwise.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Nexes <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)

# Background work (synchronising translations after a publish, Wagtail's search and reference
# indexes): run at once by default; TASKS_BACKEND=database queues it in the database for a worker
# started with `python manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.backend.DatabaseBackend",
        }[os.environ.get("TASKS_BACKEND", "immediate")]
    }
}

WAGTAIL_SITE_NAME = "Nexes"
# Latin slugs in every language (Greek transliterated): shared links stay readable (core/slugs.py).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 megapixels: any camera's photo, while one decoded image stays near 160 MB of memory (a small
# organization's server makes renditions of it); Wagtail's default, 128, is three times that.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Uploads decoded to the last pixel before they are accepted (core/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_forms.SiteImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Wagtail's database backend; on PostgreSQL each language is stemmed with its own configuration.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# A proxy in front (TRUSTED_PROXY=true) terminates TLS and sets X-Forwarded-Proto and
# X-Forwarded-For, overwriting the client's. Without one, a client could send
# `X-Forwarded-Proto: https` itself and skip the HTTPS redirect.
TRUSTED_PROXY = env_bool("TRUSTED_PROXY")
if TRUSTED_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp), the same in every environment, tests included. Public
# pages: nothing inline, nothing from another origin. Reports go to /csp-report/ (logged).
csp_report_url = "/csp-report/"  # lower case: not a setting (csp.E001 reads CSP_*)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "report-uri": csp_report_url,
    }
}
# Under /admin/ (core/security.py): what Wagtail's admin needs, found by running each role's
# screens in Chromium (tests/browser/test_content_security_policy.py). Inline scripts: Wagtail 7.4
# writes them into its form widgets (date pickers, choosers) and panels, which render without the
# request, so they cannot carry a nonce (and a nonce would turn 'unsafe-inline' off); its image
# cropper sets event-handler attributes. Inline styles: wagtail-localize's editor adds <style>
# elements. Still nothing from another origin, no plugins, no framing by other sites.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [NONE],
        "report-uri": csp_report_url,
    }
}
if os.environ.get("S3_BUCKET"):  # images are shown from the bucket (s3_media_storage)
    for policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):
        policy["DIRECTIVES"]["img-src"] += s3_media_origins(os.environ)
# Browser features no page uses (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
# The admin asks no third party: no avatars from gravatar.com (they send a hash of each user's
# e-mail), no check of releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Each line names the request it was written during (core/request_log.py), "-" outside one.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "core.request_log.RequestContextFilter"}},
    "formatters": {
        "request": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_method)s %(request_path)s"
            " user=%(user_id)s language=%(language)s] %(message)s"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request"],
            "formatter": "request",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Quieter: the task runner logs every background task at INFO.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},  # logs every page saved, copied or published
        "axes": {"level": "WARNING"},  # its start-up banner; failures and lock-outs stay
    },
}

# Error reporting to Sentry when SENTRY_DSN is set: unhandled exceptions and ERROR log records,
# with the request's method and URL but no personal data (no e-mail, IP address or cookies).
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )
