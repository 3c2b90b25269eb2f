"""Each log record names the request during which it was written: method, path, user id, language.

The middleware keeps the request in a context variable (one per thread, or per task under ASGI);
the filter, on the console handler (LOGGING in config/settings/base.py), copies what it names
onto every record, "-" outside a request. The language is the one active when the line is
written: the URL's, or the user's inside an admin view.
"""

import contextvars
import logging

from django.utils import translation
from django.utils.functional import empty

_current_request = contextvars.ContextVar("current_request", default=None)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def _user_id(request):
    """The signed-in user's id, if the request has already loaded its user: loading it here would
    read the session (every response would then vary on Cookie) and query the database, perhaps
    the very database whose failure is being logged."""
    user = getattr(request, "user", None)
    if user is None or getattr(user, "_wrapped", None) is empty:
        return "-"
    return user.pk if user.is_authenticated else "-"


class RequestContextFilter(logging.Filter):
    def filter(self, record):
        # Django logs a 4xx or 5xx response after the middleware, with the request on the record.
        request = _current_request.get() or getattr(record, "request", None)
        if request is None:
            record.request_method = record.request_path = record.user_id = record.language = "-"
        else:
            record.request_method = request.method
            record.request_path = request.path
            record.user_id = _user_id(request)
            record.language = translation.get_language() or "-"
        return True
