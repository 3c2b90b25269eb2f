"""Guessing passwords: after LOGIN_FAILURE_LIMIT wrong ones, for one account or from one address,
the admin's login refuses even the right one, saying why in the visitor's language, until the
cool-off ends or an administrator unblocks it. Password-reset e-mails are throttled without
telling anything about the address."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.translation import override

from core.users import locked_out_message
from partners.roles import EDITORS
from tests.helpers import PASSWORD, member, parse_html

LOGIN = reverse("wagtailadmin_login")
RESET = reverse("wagtailadmin_password_reset")
# The lock-out message, and a word of it in the language it must read in.
LOCKED_OUT_WORD = {"el": "προσπάθειες", "es": "intentos"}


def sign_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def fail(client, username, times=settings.AXES_FAILURE_LIMIT):
    """`times` wrong passwords; the last of LOGIN_FAILURE_LIMIT is answered as a lock-out."""
    for _ in range(times):
        sign_in(client, username, "a wrong guess")


@pytest.mark.parametrize("language", ["el", "es"])
def test_after_the_limit_the_right_password_is_refused_saying_why_in_the_visitors_language(
    db, language
):
    editor = member("editor", EDITORS)
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    fail(client, "editor", settings.AXES_FAILURE_LIMIT - 1)
    assert sign_in(client, "editor", "a wrong guess").status_code == 429  # the last allowed

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == 429
    text = " ".join(parse_html(response).get_text(" ").split())
    with override(language):
        message = locked_out_message()
    assert message in text
    assert LOCKED_OUT_WORD[language] in message
    assert "_auth_user_id" not in client.session
    assert editor.last_login is None


def test_an_administrator_unblocks_the_account_and_the_right_password_works_again(db):
    member("editor", EDITORS)
    client = Client()
    fail(client, "editor")

    call_command("axes_reset_username", "editor")

    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert client.session["_auth_user_id"]


def test_one_address_guessing_many_accounts_is_locked_out_for_every_account(db):
    member("editor", EDITORS)
    client = Client()
    for number in range(settings.AXES_FAILURE_LIMIT):
        fail(client, f"guess{number}", 1)

    assert sign_in(client, "editor", PASSWORD).status_code == 429
    other_address = Client(REMOTE_ADDR="192.0.2.7")
    assert sign_in(other_address, "editor", PASSWORD).status_code == 302


def test_fewer_failures_than_the_limit_still_let_the_user_in(db):
    member("editor", EDITORS)
    client = Client()
    fail(client, "editor", settings.AXES_FAILURE_LIMIT - 1)

    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_reset_e_mails_to_one_address_stop_after_the_limit_and_the_page_reads_the_same(
    db, mailoutbox
):
    member("editor", EDITORS)
    answers = []
    for number in range(settings.PASSWORD_RESETS_PER_HOUR + 2):
        client = Client(REMOTE_ADDR=f"192.0.2.{number + 1}")  # a new client address each time
        answers.append(client.post(RESET, {"email": "editor@example.org"}, follow=True))

    assert len(mailoutbox) == settings.PASSWORD_RESETS_PER_HOUR
    assert {response.status_code for response in answers} == {200}
    assert len({response.redirect_chain[-1][0] for response in answers}) == 1
    pages = {parse_html(response).select_one("main").get_text(" ").strip() for response in answers}
    assert len(pages) == 1


def test_reset_requests_from_one_client_stop_after_the_limit_whatever_the_address(db, mailoutbox):
    for number in range(settings.PASSWORD_RESETS_PER_HOUR + 2):
        member(f"user{number}", EDITORS)
    client = Client()
    for number in range(settings.PASSWORD_RESETS_PER_HOUR + 2):
        client.post(RESET, {"email": f"user{number}@example.org"})

    assert len(mailoutbox) == settings.PASSWORD_RESETS_PER_HOUR


@pytest.mark.parametrize(("trusted_proxy", "status"), [(False, 429), (True, 302)])
def test_x_forwarded_for_names_the_client_only_behind_a_trusted_proxy(db, trusted_proxy, status):
    """Without a trusted proxy it is the client's own say and is not read: naming another address
    each time does not escape the lock-out. Behind one, each client is counted by its address."""
    member("editor", EDITORS)
    with override_settings(TRUSTED_PROXY=trusted_proxy):
        for number in range(settings.AXES_FAILURE_LIMIT):
            client = Client(HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
            sign_in(client, f"guess{number}", "a wrong guess")
        client = Client(HTTP_X_FORWARDED_FOR="198.51.100.99")

        assert sign_in(client, "editor", PASSWORD).status_code == status
