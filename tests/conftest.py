import pytest
from bs4 import BeautifulSoup
from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def parse_html(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def home_pages(db):
    """The home page of each language, created by the post-migrate bootstrap, keyed by language."""
    from home.models import HomePage

    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}
