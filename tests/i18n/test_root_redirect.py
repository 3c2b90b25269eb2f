import pytest


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("el-GR,el;q=0.9,en;q=0.5", "/el/"),
        ("it", "/it/"),
        ("de-DE,fr;q=0.8", "/fr/"),  # German is not offered: the next preference wins
        ("pt-BR", "/en/"),  # nothing offered matches: English
        ("", "/en/"),
        (";;;q=,,,xx-@@", "/en/"),  # malformed
        ("es;q=abc", "/en/"),  # malformed quality value
        ("a" * 600, "/en/"),  # longer than Django accepts
    ],
)
def test_root_follows_accept_language_then_english(client, accept_language, expected, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_prefers_the_remembered_choice_over_accept_language(client, db):
    client.cookies["language"] = "fr"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="el")

    assert response["Location"] == "/fr/"


def test_root_ignores_a_cookie_naming_an_unknown_language(client, db):
    client.cookies["language"] = "xx"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es")

    assert response["Location"] == "/es/"


def test_language_chooser_refuses_unknown_language_and_foreign_next(client, db):
    assert client.get("/language/xx/?next=/en/", follow=True).status_code == 404

    response = client.get("/language/es/?next=https://evil.example/")

    assert response["Location"] == "/es/"
    assert response.cookies["language"].value == "es"
