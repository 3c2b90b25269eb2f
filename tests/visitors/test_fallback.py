"""Every English page is reachable under every language prefix; a page not yet translated is shown
in English with a notice, and search engines see only real translations."""

import pytest
from django.utils.translation import gettext, override

from core.i18n import native_name
from tests.helpers import LANGUAGE_CODES, parse_html, translate

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != "en"]
PAGE_TYPES = [
    "StandardPage",
    "ProjectIndexPage",
    "ProjectPage",
    "PartnerIndexPage",
    "PartnerPage",
    "ValueIndexPage",
    "ValuePage",
    "NewsIndexPage",
    "NewsPage",
]


def hreflangs(html):
    return {link["hreflang"]: link["href"] for link in html.select("link[rel=alternate][hreflang]")}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_untranslated_page_is_shown_in_english_with_a_notice(
    client, english_pages, locales, page_type, language
):
    english = english_pages[page_type]
    fallback = english.get_translation(locales[language])
    assert fallback.url.startswith(f"/{language}/")

    response = client.get(fallback.url)

    assert response.status_code == 200
    html = parse_html(response)
    assert html.html["lang"] == language  # the interface stays in the visitor's language
    assert html.main["lang"] == "en"  # the content is marked as English
    notice = html.select_one(".fallback-notice")
    assert notice["lang"] == language
    assert native_name(language) in notice.get_text()
    with override(language):
        assert gettext("Skip to main content") in response.content.decode()
    assert html.h1.get_text(strip=True) == english.title
    assert html.select_one("link[rel=canonical]")["href"] == f"http://testserver{english.url}"
    assert hreflangs(html) == {}  # a fallback is nobody's alternate, and has none


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_hreflang_lists_only_real_translations_reciprocally(
    client, english_pages, locales, page_type
):
    english = english_pages[page_type]
    spanish = translate(english, locales["es"])

    english_alternates = hreflangs(parse_html(client.get(english.url)))
    spanish_html = parse_html(client.get(spanish.url))

    expected = {
        "en": f"http://testserver{english.url}",
        "es": f"http://testserver{spanish.url}",
        "x-default": f"http://testserver{english.url}",
    }
    assert english_alternates == expected
    assert hreflangs(spanish_html) == expected
    assert not spanish_html.select(".fallback-notice")
    assert spanish_html.select_one("link[rel=canonical]")["href"] == expected["es"]


def test_switcher_leads_to_the_fallback_and_marks_it_untranslated(client, english_pages, locales):
    project = english_pages["ProjectPage"]
    translate(project, locales["fr"])

    links = {
        link["lang"]: link
        for link in parse_html(client.get(project.url)).select(".language-switcher a")
    }

    greek_fallback = project.get_translation(locales["el"])
    assert links["el"]["href"].endswith("next=" + greek_fallback.url.replace("/", "%2F"))
    assert "language-switcher__untranslated" in links["el"].get("class", [])
    assert "language-switcher__untranslated" not in links["fr"].get("class", [])


def test_listings_and_related_links_mark_fallbacks(client, english_pages, locales):
    index = english_pages["ProjectIndexPage"]
    translate(index, locales["it"])

    html = parse_html(client.get(index.get_translation(locales["it"]).url))

    title = html.select_one(".card__title a")
    assert title.get_text(strip=True) == "KISS"
    assert title["lang"] == "en"
    assert title["href"].startswith("/it/")
    with override("it"):
        assert (
            gettext("in %(language)s") % {"language": gettext("English")}
            in html.select_one(".card").get_text()
        )


def test_search_finds_fallbacks_and_marks_them(client, english_pages, locales):
    response = client.get("/el/search/", {"q": "KISS"})

    title = parse_html(response).select_one(".card__title a")
    assert title["href"].startswith("/el/")
    assert title["lang"] == "en"
