"""Browser hardening: the policies and headers every response carries, the CSP report endpoint,
the proxy header trusted only when configured, and Django's deployment checks under production
settings. In a browser: tests/browser/test_content_security_policy.py."""

import json
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.world import journeys

REPORT = {
    "csp-report": {
        "document-uri": "http://testserver/en/",
        "violated-directive": "script-src-elem",
        "blocked-uri": "inline",
    }
}


def production(*code, **environment):
    """Run `code` under the production settings, with the environment they require."""
    return subprocess.run(  # noqa: S603 - our interpreter, our code
        [sys.executable, *code],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "nexes.example.org",
            **environment,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def test_public_pages_allow_nothing_inline_and_no_other_origin(client, home_pages):
    policy = client.get("/en/")["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["report-uri"] == reverse("csp_report")
    assert "unsafe" not in policy
    assert "http" not in policy


def test_the_admin_has_its_own_policy_still_limited_to_this_site(admin_client):
    policy = admin_client.get(reverse("wagtailadmin_home"))["Content-Security-Policy"]

    assert "default-src 'self'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy
    assert "http" not in policy


def test_every_response_forbids_unused_browser_features(client, home_pages):
    response = client.get("/en/")

    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_a_csp_report_is_logged(client, caplog):
    response = client.post(reverse("csp_report"), json.dumps(REPORT), "application/csp-report")

    assert response.status_code == 204
    assert "CSP violation: script-src-elem blocked inline on http://testserver/en/" in caplog.text


@pytest.mark.parametrize(
    "body", ["not json", "[]", '{"csp-report": "x"}', '{"other": {}}', "\x00", ""]
)
def test_what_is_not_a_report_is_refused_with_400(client, body):
    assert client.post(reverse("csp_report"), body, "application/csp-report").status_code == 400


def test_a_report_with_a_false_length_is_refused_with_400(client):
    body = json.dumps(REPORT)
    response = client.post(
        reverse("csp_report"), body, "application/csp-report", CONTENT_LENGTH="x"
    )

    assert response.status_code == 400


def test_a_report_too_large_is_refused(client):
    body = json.dumps({"csp-report": {"blocked-uri": "x" * 20_000}})

    assert client.post(reverse("csp_report"), body, "application/csp-report").status_code == 413


def test_reports_beyond_the_limit_are_not_logged(client, caplog):
    for _ in range(40):
        response = client.post(reverse("csp_report"), json.dumps(REPORT), "application/csp-report")
        assert response.status_code == 204

    assert caplog.text.count("CSP violation") == 30


def test_the_report_endpoint_takes_only_posts(client):
    assert client.get(reverse("csp_report")).status_code == 405


def test_the_admin_shows_no_gravatar_and_checks_no_update(world):
    """Every screen of every role's journey, and the administrator's dashboard (where Wagtail
    shows its upgrade notice): no address of a third party the browser would ask."""
    screens = [
        *journeys(world).values(),
        (world["users"]["superuser"], [reverse("wagtailadmin_home")]),
    ]
    for user, urls in screens:
        client = Client()
        client.force_login(user)
        for url in urls:
            html = client.get(url).content.decode()
            assert "gravatar" not in html, url
            assert "releases.wagtail.org" not in html, url
            assert "w-upgrade" not in html, url


def test_check_deploy_under_production_settings_gives_no_warning():
    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(("trusted", "status"), [({}, 301), ({"TRUSTED_PROXY": "true"}, 200)])
def test_x_forwarded_proto_is_believed_only_from_a_trusted_proxy(trusted, status):
    """Without TRUSTED_PROXY, a client that says it came over HTTPS is still sent there."""
    code = (
        "import django; django.setup();"
        "from django.test import Client;"
        "response = Client().get('/robots.txt', HTTP_HOST='nexes.example.org',"
        " HTTP_X_FORWARDED_PROTO='https');"
        "print(response.status_code, response.get('Location', ''))"
    )
    result = production("-c", code, **trusted)

    assert result.returncode == 0, result.stderr
    expected = "301 https://nexes.example.org/robots.txt" if status == 301 else "200"
    assert result.stdout.split("\n")[0].strip() == expected


def test_hsts_lasts_a_year_with_subdomains_and_preload_is_configurable():
    code = (
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    )

    assert production("-c", code).stdout.strip() == "31536000 True True"
    assert production("-c", code, SECURE_HSTS_PRELOAD="false").stdout.strip() == (
        "31536000 True False"
    )
