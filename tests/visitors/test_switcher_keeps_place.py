"""The language switcher keeps the visitor's place: the search query, a listing's filters (in the
target language), and on an error page it claims nothing is untranslated. Through the public URLs,
following the switcher's links as a visitor's click does, on the demo content."""

from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils.translation import override

from home.models import HomePage
from news.models import NewsIndexPage
from partners.models import PartnerPage
from projects.models import ProjectIndexPage, ProjectPage, ProjectStatus
from tests.helpers import LANGUAGE_CODES, parse_html

pytestmark = pytest.mark.usefixtures("demo_content")


def switcher(html):
    """Language code → the switcher's link."""
    return {link["lang"]: link for link in html.select(".language-switcher a")}


def untranslated(html):
    return [
        code
        for code, link in switcher(html).items()
        if "language-switcher__untranslated" in link.get("class", [])
    ]


def switch(client, html, language):
    """Follows the switcher's link to `language`; the page it ends on."""
    response = client.get(switcher(html)[language]["href"], follow=True)
    assert response.status_code == 200
    return response


def landing(response):
    """The path and the query of the page a response ended on."""
    url = urlsplit(response.redirect_chain[-1][0])
    return url.path, parse_qs(url.query)


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "fr"])
def test_on_search_the_switcher_keeps_the_query(client, language):
    html = parse_html(client.get("/fr/search/", {"q": "économie sociale"}))
    assert untranslated(html) == []

    response = switch(client, html, language)

    assert landing(response) == (f"/{language}/search/", {"q": ["économie sociale"]})
    results = parse_html(response)
    assert results.select_one("main input[name=q]")["value"] == "économie sociale"
    assert results.html["lang"] == language


def selected(html, name):
    option = html.select_one(f"select[name={name}] option[selected]")
    return option.get_text(strip=True) if option else None


@pytest.mark.parametrize("language", [code for code in LANGUAGE_CODES if code != "en"])
def test_on_a_filtered_project_listing_the_switcher_keeps_the_filters(client, locales, language):
    project = ProjectPage.objects.get(locale=locales["en"], slug="youth-in-the-sse")
    value = project.values.order_by("path").first()
    country, theme = project.countries.first(), project.themes.first()
    index = ProjectIndexPage.objects.get(locale=locales["en"])
    filters = f"country={country.slug}&theme={theme.slug}&value={value.slug}&status=ongoing"
    html = parse_html(client.get(f"{index.url}?{filters}"))
    assert [card.a.get_text(strip=True) for card in html.select(".card")] == [project.title]

    response = switch(client, html, language)

    translated_value = value.get_translation(locales[language])
    assert translated_value.slug != value.slug  # the value's slug is the target language's
    path, query = landing(response)
    assert path == index.get_translation(locales[language]).url
    assert query == {
        "country": [country.slug],
        "theme": [theme.slug],
        "value": [translated_value.slug],
        "status": ["ongoing"],
    }
    listing = parse_html(response)
    # The filters show as chosen, in the target language, and list the same project.
    assert selected(listing, "value") == translated_value.title
    with override(language):
        assert selected(listing, "country") == country.name
        assert selected(listing, "theme") == theme.name
        assert selected(listing, "status") == str(ProjectStatus.ONGOING.label)
    titles = [card.a.get_text(strip=True) for card in listing.select(".card")]
    assert titles == [project.get_translation(locales[language]).title]


def test_on_a_filtered_news_listing_the_switcher_keeps_the_partner(client, locales):
    index = NewsIndexPage.objects.get(locale=locales["es"])
    partner = PartnerPage.objects.filter(locale=locales["es"], news__isnull=False).first()
    html = parse_html(client.get(f"{index.url}?partner={partner.slug}"))

    path, query = landing(switch(client, html, "el"))

    assert path == index.get_translation(locales["el"]).url
    assert query == {"partner": [partner.get_translation(locales["el"]).slug]}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_on_a_404_the_switcher_leads_home_and_marks_nothing_untranslated(client, language):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = parse_html(response)
    assert untranslated(html) == []
    assert not html.select(".language-switcher .visually-hidden")
    for code in LANGUAGE_CODES:
        assert landing(switch(client, html, code)) == (f"/{code}/", {})


def test_on_a_500_the_switcher_leads_home_and_marks_nothing_untranslated(client):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("boom")):
        response = client.get("/it/")

    assert response.status_code == 500
    html = parse_html(response)
    assert untranslated(html) == []
    targets = {code: link["href"] for code, link in switcher(html).items()}
    assert all(href.endswith(f"?next=%2F{code}%2F") for code, href in targets.items()), targets
