"""Chromium enforces the site's Content-Security-Policy (the same policies as in production) on
every public page type in every language and on the admin screens of each role's journey: no
page breaks it, and no page makes the browser ask anything of another host."""

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from wagtail.models import Page, get_page_models

from tests.helpers import LANGUAGE_CODES, PASSWORD, sign_in, speaking
from tests.world import build_world, journeys

pytestmark = pytest.mark.django_db(transaction=True)

# Recorded in the page before any of its scripts runs (Playwright's init scripts are exempt from
# the page's policy).
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
        + ` (${event.sourceFile}:${event.lineNumber})`);
});
"""
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


class Watcher:
    """What a browser context reports: CSP violations (events and console errors) and requests
    to any host but this machine's."""

    def __init__(self):
        self.violations = []
        self.foreign_requests = []

    def watch(self, context):
        context.add_init_script(RECORD_VIOLATIONS)
        context.on("console", self.on_console)
        context.on("request", self.on_request)

    def on_console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(f"console: {message.text}")

    def on_request(self, request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
            self.foreign_requests.append(request.url)

    def visit(self, page, url):
        page.goto(url, wait_until="networkidle")
        self.violations += [f"{url}: {text}" for text in page.evaluate("window.cspViolations")]


def public_pages():
    """A live page of every page type in every language, the search page and the 404 page."""
    urls = []
    for model in get_page_models():
        if model is Page:
            continue
        for language in LANGUAGE_CODES:
            page = model.objects.live().filter(locale__language_code=language).first()
            assert page is not None, f"no live {model.__name__} in {language}"
            urls.append(page.url)
    for language in LANGUAGE_CODES:
        urls += [f"/{language}/search/?q=sse", f"/{language}/no-such-page/"]
    return urls


def test_public_pages_break_no_policy_and_ask_no_other_host(browser, live_server):
    call_command("load_demo_content", verbosity=0)
    context = browser.new_context(base_url=live_server.url)
    watcher = Watcher()
    watcher.watch(context)
    page = context.new_page()

    for url in public_pages():
        watcher.visit(page, url)

    context.close()
    assert watcher.violations == []
    assert watcher.foreign_requests == []


def test_a_violation_is_seen_by_the_watcher_and_reported_to_the_site(
    browser, live_server, home_pages, caplog
):
    """The check above can fail: an inline script added to a public page is blocked, seen, and
    reported by Chromium to /csp-report/, which logs it."""
    context = browser.new_context(base_url=live_server.url)
    watcher = Watcher()
    watcher.watch(context)
    page = context.new_page()
    page.goto("/en/", wait_until="networkidle")

    with page.expect_response(lambda response: "/csp-report/" in response.url) as report:
        page.evaluate(
            "document.body.append(Object.assign(document.createElement('script'),"
            " {textContent: 'document.title = \"injected\"'}))"
        )
    events = page.evaluate("window.cspViolations")

    assert report.value.status == 204
    assert page.title() != "injected"
    assert events[0].startswith("script-src-elem blocked inline"), events
    assert watcher.violations[0].startswith("console: Executing inline script violates")
    assert f"blocked inline on {live_server.url}/en/" in caplog.text
    context.close()


def test_admin_screens_of_every_role_break_no_policy_and_ask_no_other_host(browser, live_server):
    world = build_world()
    watcher = Watcher()
    for (user, urls), language in zip(journeys(world).values(), LANGUAGE_CODES, strict=False):
        user.set_password(PASSWORD)
        user.save()
        speaking(user, language)
        context = browser.new_context(base_url=live_server.url)
        watcher.watch(context)
        page = context.new_page()
        sign_in(page, user.get_username())
        for url in urls:
            watcher.visit(page, url)
        context.close()

    assert watcher.violations == []
    assert watcher.foreign_requests == []
