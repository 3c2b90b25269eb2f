"""What an operator relies on: the health endpoint (core/health.py), log lines that name their
request (core/request_log.py), error reporting to Sentry when SENTRY_DSN is set."""

import io
import logging
import os
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

from core.request_log import RequestContextFilter
from tests.helpers import member

CHECKS = ["Database(alias='default')", "Cache(alias='default')", "Storage(alias='default')"]


def test_health_is_200_when_the_database_cache_and_storage_answer(client, db):
    response = client.get("/health/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response.json() == dict.fromkeys(CHECKS, "OK")
    assert "no-cache" in response["Cache-Control"]  # a probe is never answered from a cache


@pytest.mark.parametrize("accept", ["text/html", "application/json", "text/plain"])
def test_health_is_503_when_the_database_fails_and_names_no_connection_setting(client, db, accept):
    # What psycopg says when PostgreSQL refuses a connection: host, address, port, user name.
    error = OperationalError(
        'connection failed: connection to server at "db.internal" (10.0.0.5), port 5432 failed: '
        'FATAL:  password authentication failed for user "sse_owner"'
    )
    with mock.patch.object(BaseDatabaseWrapper, "temporary_connection", side_effect=error):
        response = client.get("/health/", HTTP_ACCEPT=accept)

    assert response.status_code == 503
    body = response.content.decode()
    assert "Database(alias=&#x27;default&#x27;)" in body or CHECKS[0] in body
    assert "Unavailable: connection failed" in body
    for secret in ("db.internal", "10.0.0.5", "5432", "sse_owner", settings.SECRET_KEY):
        assert secret not in body


@pytest.fixture
def log_output():
    """What the console handler of LOGGING writes, during the test."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(log_filter, RequestContextFilter) for log_filter in handler.filters)
    )
    output = io.StringIO()
    previous = handler.setStream(output)
    yield output
    handler.setStream(previous)


def test_a_visitors_log_line_names_the_request_and_its_language(client, db, log_output):
    assert client.get("/fr/no-such-page/").status_code == 404

    assert (
        " WARNING django.request [GET /fr/no-such-page/ user=- language=fr] Not Found: /fr/no-such-page/"
        in log_output.getvalue()
    )


def test_a_signed_in_users_log_line_names_their_id(client, db, log_output):
    editor = member("editor", "Editors")
    client.force_login(editor)

    response = client.get("/admin/pages/999999/edit/", HTTP_ACCEPT_LANGUAGE="el")

    assert response.status_code == 404
    assert (
        f"[GET /admin/pages/999999/edit/ user={editor.pk} language=el] Not Found"
        in log_output.getvalue()
    )


def test_a_log_line_outside_a_request_says_so(log_output):
    logging.getLogger("core").warning("Nightly clean-up done")

    assert "WARNING core [- - user=- language=-] Nightly clean-up done" in log_output.getvalue()


SENTRY_STATE = (
    "import sentry_sdk, config.settings.production;"
    " client = sentry_sdk.get_client();"
    " print(client.is_active(), client.dsn, client.options['send_default_pii'])"
)


@pytest.mark.parametrize(
    ("dsn", "state"),
    [
        ("", "False None"),
        ("https://public@127.0.0.1:8199/1", "True https://public@127.0.0.1:8199/1 False"),
    ],
)
def test_sentry_reports_errors_only_when_its_dsn_is_set(dsn, state):
    environment = {"PATH": os.environ["PATH"], "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "a.org"}
    result = subprocess.run(  # noqa: S603 - the test's own command
        [sys.executable, "-c", SENTRY_STATE],
        cwd=settings.BASE_DIR,
        env={**environment, "SENTRY_DSN": dsn},
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(state)
