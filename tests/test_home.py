import pytest

from tests.helpers import LANGUAGE_CODES, parse_html

pytestmark = pytest.mark.django_db

NATIVE_NAMES = ["English", "Español", "Français", "Ελληνικά", "Italiano"]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_home_page_renders_in_its_language(client, home_pages, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = parse_html(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == home_pages[language].title


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_home_page_lists_every_translation_as_absolute_hreflang_alternate(client, language):
    html = parse_html(client.get(f"/{language}/"))

    alternates = {
        link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        **{code: f"http://testserver/{code}/" for code in LANGUAGE_CODES},
        "x-default": "http://testserver/en/",
    }


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_switcher_names_languages_in_themselves_and_marks_the_current_one(client, language):
    html = parse_html(client.get(f"/{language}/"))

    links = html.select(".language-switcher a")
    assert [link.get_text(strip=True) for link in links] == NATIVE_NAMES
    assert [link["lang"] for link in links] == LANGUAGE_CODES
    assert [link["hreflang"] for link in links] == LANGUAGE_CODES
    assert [link.get("aria-current") for link in links] == [
        "true" if code == language else None for code in LANGUAGE_CODES
    ]
    assert not html.select(".language-switcher img")  # names, never flags


def test_switcher_link_leads_to_the_translation_and_remembers_the_choice(client):
    html = parse_html(client.get("/en/"))
    greek_link = html.select_one('.language-switcher a[lang="el"]')["href"]

    response = client.get(greek_link)

    assert response.status_code == 302
    assert response["Location"] == "/el/"
    assert response.cookies["language"].value == "el"
    assert client.get("/")["Location"] == "/el/"


def test_switcher_leads_to_the_page_translation_else_to_the_language_home(rf, home_pages):
    from wagtail.models import Locale, Page

    from core.i18n import language_links

    english = home_pages["en"].add_child(instance=Page(title="About us", slug="about-us"))
    spanish = english.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save_revision().publish()

    links = {link.code: link for link in language_links(rf.get("/en/about-us/"), english)}

    assert links["es"].is_translated
    assert links["es"].url == "/language/es/?next=%2Fes%2Fabout-us%2F"
    assert not links["fr"].is_translated
    assert links["fr"].url == "/language/fr/?next=%2Ffr%2F"
    assert links["en"].is_current
    assert not links["es"].is_current
