"""`make audit` (.ci/audit.py) tells an audit from none: pip-audit's report is faked here, as the
vulnerability database is out of reach of these machines."""

import importlib.util
import json
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings

spec = importlib.util.spec_from_file_location("audit", settings.BASE_DIR / ".ci" / "audit.py")
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)

SKIPPED = {"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited"}
CLEAN = {"name": "wagtail", "version": "7.4.4", "vulns": []}
VULNERABLE = {
    "name": "requests",
    "version": "2.0.0",
    "vulns": [{"id": "PYSEC-2099-1", "fix_versions": ["2.99.0"], "description": "..."}],
}


def _pip_audit_reporting(*packages, stderr=""):
    def run(command, **options):
        if packages:
            report = Path(command[command.index("--output") + 1])
            report.write_text(json.dumps({"dependencies": list(packages), "fixes": []}))
        return mock.Mock(returncode=1 if stderr else 0, stderr=stderr)

    return mock.patch.object(audit.subprocess, "run", side_effect=run)


@pytest.mark.parametrize(
    "reporting",
    [
        {"packages": [SKIPPED, dict(SKIPPED, name="wagtail")]},
        {"stderr": "requests.exceptions.ConnectionError: Max retries exceeded with url: /v1/query"},
    ],
)
def test_an_unreachable_database_is_said_and_does_not_fail(capsys, reporting):
    with _pip_audit_reporting(*reporting.get("packages", []), stderr=reporting.get("stderr", "")):
        assert audit.main([]) == 0

    assert "vulnerability database unreachable: not audited" in capsys.readouterr().out


def test_a_known_vulnerability_fails_and_is_named(capsys):
    with _pip_audit_reporting(CLEAN, VULNERABLE, SKIPPED):
        assert audit.main([]) == 1

    output = capsys.readouterr().out
    assert "VULNERABLE: requests 2.0.0: PYSEC-2099-1 (fixed in 2.99.0)" in output
    assert "not audited: Dependency not found on PyPI" in output
    assert "2 of 3 packages audited: 1 with known vulnerabilities" in output
    assert "unreachable" not in output


def test_a_clean_audit_passes(capsys):
    with _pip_audit_reporting(CLEAN):
        assert audit.main([]) == 0

    assert "1 of 1 packages audited: 0 with known vulnerabilities" in capsys.readouterr().out
