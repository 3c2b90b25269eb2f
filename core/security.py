"""Browser hardening: the Content-Security-Policy of the admin (the public pages' is the setting
CONTENT_SECURITY_POLICY), and the endpoint that receives the browsers' reports of violations."""

import json
import logging

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.throttle import client_ip, within_limit

logger = logging.getLogger("csp")

ADMIN_PREFIX = "/admin/"
# A report is a few hundred bytes; more is not a browser's report.
MAX_REPORT_BYTES = 16 * 1024
# Reports logged per address and minute: a page with a violation reports it on every view.
REPORTS_PER_MINUTE = 30


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ADMIN_CONTENT_SECURITY_POLICY under /admin/: Wagtail's admin
    needs what the public pages must not allow (inline scripts and styles)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path.startswith(ADMIN_PREFIX):
            config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
            return PolicyParts(config, parts.update, parts.replace, parts.nonce)
        return parts


@csrf_exempt
@require_POST
def csp_report(request):
    """Log a browser's report of a CSP violation (`report-uri`: a JSON object under "csp-report").
    Machine-facing: 204 (logged while the address is within REPORTS_PER_MINUTE), 4xx for
    what is not a report, never a page."""
    body = request.read(MAX_REPORT_BYTES + 1)
    if len(body) > MAX_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        report = json.loads(body)["csp-report"]
        if not isinstance(report, dict):
            raise TypeError(report)
    except (ValueError, KeyError, TypeError):
        return HttpResponse(status=400)
    if not within_limit("csp-report", client_ip(request), REPORTS_PER_MINUTE, 60):
        return HttpResponse(status=204)  # not logged: django.request would log a 429 too
    logger.warning(
        "CSP violation: %s blocked %s on %s",
        str(report.get("violated-directive") or report.get("effective-directive"))[:200],
        str(report.get("blocked-uri"))[:500],
        str(report.get("document-uri"))[:500],
        extra={"csp_report": {key: str(value)[:500] for key, value in report.items()}},
    )
    return HttpResponse(status=204)
