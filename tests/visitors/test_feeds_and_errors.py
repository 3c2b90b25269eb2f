"""News feeds per language and per partner; error pages in the visitor's language."""

import datetime
import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.utils.translation import gettext, override

from home.models import HomePage
from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from tests.helpers import LANGUAGE_CODES, parse_html, translate

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def news(section_pages, locales):
    coop = PartnerPageFactory(parent=section_pages["partners"], title="Coop", slug="coop")
    other = PartnerPageFactory(parent=section_pages["partners"], title="Other", slug="other")
    items = [
        NewsPageFactory(
            parent=section_pages["news"],
            title="Older",
            date=datetime.date(2026, 1, 5),
            partner=coop,
        ),
        NewsPageFactory(parent=coop, title="Newest", date=datetime.date(2026, 3, 1), partner=coop),
        NewsPageFactory(
            parent=section_pages["news"],
            title="Middle",
            date=datetime.date(2026, 2, 1),
            partner=other,
        ),
    ]
    for item in items:
        translated = translate(item, locales["fr"])
        translated.title = f"{item.title} (fr)"
        translated.save_revision().publish()
    translate(coop, locales["fr"])
    return items


def parse_xml(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)  # noqa: S314


@pytest.mark.parametrize("language", ["en", "fr"])
def test_rss_feed_is_in_its_language_newest_first(client, news, language):
    channel = parse_xml(client.get(f"/{language}/feeds/news.rss")).find("channel")

    assert channel.find("language").text == language
    titles = [item.find("title").text for item in channel.iter("item")]
    suffix = " (fr)" if language == "fr" else ""
    assert titles == [f"Newest{suffix}", f"Middle{suffix}", f"Older{suffix}"]
    assert all(
        item.find("link").text.startswith(f"http://testserver/{language}/")
        for item in channel.iter("item")
    )


def test_atom_feed_of_one_partner(client, news):
    feed = parse_xml(client.get("/fr/feeds/partners/coop.atom"))

    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")] == [
        "Newest (fr)",
        "Older (fr)",
    ]


def test_feeds_leave_out_fallbacks(client, news, locales):
    from wagtail_localize.synctree import synchronize_tree

    synchronize_tree(locales["en"], locales["el"])

    channel = parse_xml(client.get("/el/feeds/news.rss")).find("channel")
    assert list(channel.iter("item")) == []


def test_pages_link_to_their_feeds(client, news, locales):
    html = parse_html(client.get(news[0].partner.get_translation(locales["fr"]).url))

    feeds = {link["href"] for link in html.select('link[rel=alternate][type$="+xml"]')}
    assert feeds == {
        "/fr/feeds/news.rss",
        "/fr/feeds/news.atom",
        "/fr/feeds/partners/coop.rss",
        "/fr/feeds/partners/coop.atom",
    }


def test_feed_of_an_unknown_partner_is_404(client, db):
    assert client.get("/en/feeds/partners/nobody.rss").status_code == 404


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_404_page_is_the_sites_in_the_language_of_the_url(client, db, language, settings):
    assert settings.DEBUG is False  # as visitors get it: not Django's debug page
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = parse_html(response)
    assert html.html["lang"] == language
    with override(language):
        assert html.h1.get_text(strip=True) == gettext("Page not found")
    assert len(html.select(".language-switcher a")) == len(LANGUAGE_CODES)
    assert html.select_one(f'main a[href="/{language}/"]')


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_500_page_is_in_the_language_of_the_url(client, db, language):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "get_context", side_effect=RuntimeError("boom")):
        response = client.get(f"/{language}/")

    assert response.status_code == 500
    html = parse_html(response)
    assert html.html["lang"] == language
    with override(language):
        assert html.h1.get_text(strip=True) == gettext("Server error")
    assert len(html.select(".language-switcher a")) == len(LANGUAGE_CODES)
    assert html.select_one(f'main a[href="/{language}/"]')
