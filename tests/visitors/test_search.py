"""Search in the visitor's language: that language's pages only, live and public, never a 500."""

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from tests.helpers import LANGUAGE_CODES, parse_html


def result_links(response):
    return [link["href"] for link in parse_html(response).select(".card__title a")]


@pytest.mark.usefixtures("demo_content")
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_results_come_from_the_visitors_language_only(client, db, language):
    response = client.get(f"/{language}/search/", {"q": "Nexes"})

    assert response.status_code == 200
    links = result_links(response)
    assert len(links) >= 2
    assert all(link.startswith(f"/{language}/") for link in links)


@pytest.mark.usefixtures("demo_content")
def test_draft_and_private_pages_never_appear(client, home_pages):
    draft = StandardPageFactory(parent=home_pages["en"], title="Zebra draft", slug="zebra-draft")
    draft.unpublish()
    private = StandardPageFactory(
        parent=home_pages["en"], title="Zebra private", slug="zebra-private"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    StandardPageFactory(parent=home_pages["en"], title="Zebra public", slug="zebra-public")

    assert result_links(client.get("/en/search/", {"q": "Zebra"})) == ["/en/zebra-public/"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"q": "x" * 201}, 400),
        ({"q": "co\x00op"}, 400),
        ({"q": "'\"%;--"}, 400),
        ({"q": "* AND OR NOT ( )"}, 200),
        ({"q": '"unbalanced'}, 200),
        ({"q": "\u202e\u200b"}, 400),
        ({"q": "nexes", "page": "abc"}, 200),
        ({"q": "nexes", "page": "99999"}, 200),
        ({"q": ""}, 400),
        ({}, 200),
    ],
)
def test_bad_queries_get_a_clear_answer_never_a_500(client, db, query, status):
    response = client.get("/en/search/", query)

    assert response.status_code == status
    if status == 400:
        assert parse_html(response).select_one(".form-error[role=alert]").get_text(strip=True)


def test_results_are_escaped(client, home_pages):
    StandardPageFactory(
        parent=home_pages["en"], title="Quokka <img src=x onerror=alert(1)>", slug="quokka"
    )

    body = client.get("/en/search/", {"q": "Quokka"}).content.decode()

    assert "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's; CI runs on PostgreSQL"
)
@pytest.mark.usefixtures("demo_content")
@pytest.mark.parametrize(
    ("language", "inflected_word", "expected_slug"),
    [
        ("es", "democráticas", "gestion-democratica"),
        ("fr", "démocratiques", "gestion-democratique"),
        ("it", "democratiche", "gestione-democratica"),
        ("el", "δημοκρατικής", "dimokratiki-diacheirisi"),
        ("en", "democratically", "democratic-management"),
    ],
)
def test_search_stems_words_in_the_visitors_language(
    client, db, language, inflected_word, expected_slug
):
    links = result_links(client.get(f"/{language}/search/", {"q": inflected_word}))

    assert any(link.rstrip("/").endswith(expected_slug) for link in links), links
