"""Fixtures shared by the whole suite; helper functions are in tests/helpers.py."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from tests.world import build_world


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, as the database starts empty: the throttles count
    requests there (core/throttle.py), and every test client comes from the same address."""
    cache.clear()


@pytest.fixture
def home_pages(db):
    """The home page of each language, created by the post-migrate bootstrap, keyed by language."""
    from home.models import HomePage

    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def locales(db):
    from wagtail.models import Locale

    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def section_pages(home_pages):
    """The English home's index pages, one per content area."""
    from news.factories import NewsIndexPageFactory
    from partners.factories import PartnerIndexPageFactory
    from projects.factories import ProjectIndexPageFactory
    from values.factories import ValueIndexPageFactory

    home = home_pages["en"]
    return {
        "projects": ProjectIndexPageFactory(parent=home, slug="projects"),
        "partners": PartnerIndexPageFactory(parent=home, slug="partners"),
        "values": ValueIndexPageFactory(parent=home, slug="values"),
        "news": NewsIndexPageFactory(parent=home, slug="news"),
    }


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """Built once per test module and rolled back after it; each test runs in its own savepoint.
    Not per test, as elsewhere: the permission matrix has some 1,800 cells, and the world takes seconds."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture
def world(db, shared_world, mailoutbox):
    """The matrix's objects. Tests read them again from the database: another test may have
    changed them in memory before its changes were rolled back."""
    mailoutbox.clear()
    return shared_world
