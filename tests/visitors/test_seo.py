"""What search engines see: sitemaps with alternates, robots.txt, meta and structured data."""

import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from tests.helpers import LANGUAGE_CODES, parse_html, translate

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def parse_xml(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314


def test_sitemap_index_lists_one_sitemap_per_language(client, db):
    index = parse_xml(client.get("/sitemap.xml"))

    assert index.tag == f"{SITEMAP}sitemapindex"
    locations = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert locations == [f"http://testserver/sitemap-{code}.xml" for code in LANGUAGE_CODES]


def test_language_sitemaps_list_real_translations_with_alternates(client, english_pages, locales):
    translate(english_pages["ProjectPage"], locales["es"])
    fallback_urls = {
        f"http://testserver{page.get_translation(locales['el']).url}"
        for page in english_pages.values()
    }

    for language in LANGUAGE_CODES:
        urlset = parse_xml(client.get(f"/sitemap-{language}.xml"))
        assert urlset.tag == f"{SITEMAP}urlset"
        for url in urlset.iter(f"{SITEMAP}url"):
            location = url.find(f"{SITEMAP}loc").text
            assert location not in fallback_urls
            assert location.startswith(f"http://testserver/{language}/")
            assert client.get(urlsplit(location).path).status_code == 200
            alternates = {
                link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
            }
            assert alternates[language] == location  # the page itself is among its alternates
            assert "x-default" in alternates

    spanish = {
        url.find(f"{SITEMAP}loc").text: {link.get("hreflang") for link in url.iter(f"{XHTML}link")}
        for url in parse_xml(client.get("/sitemap-es.xml")).iter(f"{SITEMAP}url")
    }
    project_es = english_pages["ProjectPage"].get_translation(locales["es"])
    assert spanish[f"http://testserver{project_es.url}"] == {"en", "es", "x-default"}


def test_greek_sitemap_leaves_out_every_fallback(client, english_pages):
    locations = {loc.text for loc in parse_xml(client.get("/sitemap-el.xml")).iter(f"{SITEMAP}loc")}

    assert locations == {"http://testserver/el/"}  # only the translated home page


@pytest.mark.parametrize(
    "url", ["/sitemap-xx.xml", "/sitemap-en.xml?p=abc", "/sitemap-en.xml?p=999"]
)
def test_bad_sitemap_requests_are_404(client, db, url):
    assert client.get(url).status_code == 404


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()


@pytest.mark.parametrize(
    ("page_type", "schema_type"),
    [("NewsPage", "NewsArticle"), ("ProjectPage", "Project"), ("PartnerPage", "Organization")],
)
def test_structured_data_and_meta_in_the_pages_language(
    client, english_pages, locales, page_type, schema_type
):
    page = translate(english_pages[page_type], locales["fr"])
    page.title, page.summary = "Titre en français", "Résumé en français"
    page.save_revision().publish()

    html = parse_html(client.get(page.url))

    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == schema_type
    assert data["inLanguage"] == "fr"
    assert data["name"] == "Titre en français"
    assert html.select_one('meta[name="description"]')["content"] == "Résumé en français"
    assert html.select_one('meta[property="og:title"]')["content"] == "Titre en français"
    assert html.select_one('meta[property="og:url"]')["content"] == f"http://testserver{page.url}"


def test_home_page_describes_the_organization(client, db):
    data = json.loads(
        parse_html(client.get("/es/")).select_one('script[type="application/ld+json"]').string
    )

    assert data["@type"] == "Organization"
    assert data["name"] == "Nexes"


def test_structured_data_cannot_break_out_of_its_script(client, english_pages):
    page = english_pages["NewsPage"]
    page.summary = "</script><script>alert(1)</script>"
    page.save_revision().publish()

    body = client.get(page.url).content.decode()

    assert "<script>alert(1)" not in body
