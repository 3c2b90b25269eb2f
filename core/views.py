import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from core.i18n import language_codes


def choose_language(request, language_code):
    """Remember the visitor's language in a cookie, then go on to `next` (the page in that language).

    The switcher's links lead here so that the choice lasts: `/` sends a returning visitor to it.
    A plain GET link rather than Django's POST-only `set_language` keeps public pages free of CSRF
    tokens, hence cacheable, and the switcher works without JavaScript.
    """
    if language_code not in language_codes():
        raise Http404
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = f"/{language_code}/"
    response = redirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response


def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /language/", f"Sitemap: {sitemap}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Raised when the database cannot be reached or drops the connection (psycopg's and sqlite3's
# errors, as Django wraps them), not by bad queries or data (ProgrammingError, DataError...).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The 500 page, in the language of the URL, with the language switcher. It reads nothing
    from the database, which may be what failed. When that is what failed (Django calls this
    while handling the exception), a 503 that asks to come back: the outage is temporary."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response
    return render(request, "500.html", status=500)
