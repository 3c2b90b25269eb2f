import os
import shutil
from dataclasses import dataclass

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# The flags this machine's sandbox needs (no GPU, no network beyond the test server).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests, but there is no Chromium at {CHROMIUM}")
        pytest.skip(
            f"no Chromium at {CHROMIUM}: install Debian's chromium package to run this test"
        )
    # Playwright's sync API runs an event loop in this thread; Django refuses database access from
    # a thread with a running loop unless told the access is deliberate (it is: the test's own).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


# One page of every public type, by the name the tests report it under.
PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "projects.ProjectIndexPage",
    "projects.ProjectPage",
    "partners.PartnerIndexPage",
    "partners.PartnerPage",
    "values.ValueIndexPage",
    "values.ValuePage",
    "news.NewsIndexPage",
    "news.NewsPage",
]


@dataclass(frozen=True)
class PublicSite:
    url: str
    # language code → [(page type, path)]: every page type, the search results and a 404.
    pages: dict


@pytest.fixture(scope="module")
def public_site(django_db_setup, django_db_blocker):
    """A live server over the demo content, shared by a module's tests (loading it takes seconds).

    The content is committed, not rolled back: on PostgreSQL the server thread has its own database
    connection. The database is emptied after the module (the post-migrate bootstrap puts back the
    home pages). Not pytest-django's `live_server`, which empties the database after every test.
    """
    from django.apps import apps
    from pytest_django.live_server_helper import LiveServer
    from wagtail.models import Locale

    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        pages = {}
        for locale in Locale.objects.all():
            paths = []
            for name in PAGE_TYPES:
                model = apps.get_model(name)
                page = model.objects.live().filter(locale=locale).order_by("path").first()
                paths.append((model.__name__, page.url))
            code = locale.language_code
            paths += [("search", f"/{code}/search/?q=Nexes"), ("404", f"/{code}/no-such-page/")]
            pages[code] = paths
        server = LiveServer("localhost")
        try:
            yield PublicSite(url=server.url, pages=pages)
        finally:
            server.stop()
            call_command("flush", interactive=False, verbosity=0)
