"""Every e-mail the site sends is in its recipient's language, subject and body, whatever the
language of whoever caused it: each kind, to a Greek, a Spanish and an English recipient, caused by
someone whose admin is in French."""

import re

import pytest
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from partners.onboarding import onboard_partner
from tests.helpers import add_news, publish, speaking, workflow_action

SENDER_LANGUAGE = "fr"
COMMENTS = ["Add the date", "Shorter, please"]
# Words only one of the languages has: a recipient's e-mail has its own and none of the others'.
WORDS = {
    "en": {"the", "has", "been", "your", "you", "was", "please", "here"},
    "fr": {"vous", "votre", "été", "est", "une", "sur", "être"},
    "es": {"el", "los", "ha", "sido", "tu", "tus", "una", "para", "está", "aquí"},
}


def assert_written_in(mail, language, names):
    """`names` (page titles, user names, comments) are left out: they are in the language they were
    written in."""
    others = {word for other, own in WORDS.items() if other != language for word in own}
    texts = []
    for part in (mail.subject, mail.body):
        text = re.sub(r"https?://\S+", " ", part)
        for name in sorted(names, key=len, reverse=True):
            text = text.replace(name, " ")
        words = set(re.findall(r"\w+", text.lower()))
        assert not words & others, (language, sorted(words & others), part)
        if language == "el":
            letters = re.findall(r"[^\W\d_]", text)
            greek = re.findall(r"[\u0370-\u03ff\u1f00-\u1fff]", text)
            assert len(greek) > len(letters) / 2, part
        texts.append(text)
    if language != "el":
        assert set(re.findall(r"\w+", " ".join(texts).lower())) & WORDS[language], mail.body


def mail_to(mailoutbox, user):
    mails = [mail for mail in mailoutbox if user.email in mail.to]
    assert len(mails) == 1, [(mail.to, mail.subject) for mail in mailoutbox]
    return mails[0]


def on_commit(request):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return request()


def submit_news(client, world):
    """A partner submits news for moderation; the moderators are told."""
    client.force_login(speaking(world["users"]["a1"], SENDER_LANGUAGE))
    on_commit(lambda: add_news(client, world, world["pages"]["a_page_en"], "Open day"))
    return world["users"]["moderator"]


def approve_news(client, world):
    client.force_login(speaking(world["users"]["moderator"], SENDER_LANGUAGE))
    on_commit(lambda: workflow_action(client, world["pages"]["a_moderation"], "approve"))
    return world["users"]["a1"]


def request_changes(client, world):
    client.force_login(speaking(world["users"]["moderator"], SENDER_LANGUAGE))
    news = world["pages"]["a_moderation"]
    on_commit(lambda: workflow_action(client, news, "reject", comment="Add the date"))
    return world["users"]["a1"]


def spanish_translation(world):
    page = world["pages"]["staff"]
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=world["locales"]["es"]
    )


def submit_translation(client, world):
    """The Spanish translator submits a translation for review; the reviewers are told."""
    client.force_login(speaking(world["users"]["translator"], SENDER_LANGUAGE))
    url = reverse("translation_submit_for_review", args=[spanish_translation(world).pk])
    assert client.post(url).status_code == 302
    return world["users"]["editor"]


def send_translation_back(client, world, mailoutbox, language):
    submit_translation(client, world)
    speaking(world["users"]["translator"], language)  # the one who submitted is now told
    mailoutbox.clear()
    client.force_login(speaking(world["users"]["editor"], SENDER_LANGUAGE))
    url = reverse("translation_send_back", args=[spanish_translation(world).pk])
    assert client.post(url, {"comment": "Shorter, please"}).status_code == 302
    return world["users"]["translator"]


def publish_translation(client, world, mailoutbox, language):
    submit_translation(client, world)
    speaking(world["users"]["translator"], language)
    mailoutbox.clear()
    client.force_login(speaking(world["users"]["editor"], SENDER_LANGUAGE))
    spanish = world["pages"]["staff"].get_translation(world["locales"]["es"])
    assert publish(client, Page.objects.get(pk=spanish.pk)).status_code == 302
    return world["users"]["translator"]


def welcome(client, world, recipient_language):
    client.force_login(speaking(world["users"]["superuser"], SENDER_LANGUAGE))
    _access, user, _created = onboard_partner(
        "Cooperative D", "d@example.org", None, recipient_language
    )
    return user


def password_reset(client, world):
    Client(HTTP_ACCEPT_LANGUAGE=SENDER_LANGUAGE).post(
        reverse("wagtailadmin_password_reset"), {"email": world["users"]["editor"].email}
    )
    return world["users"]["editor"]


KINDS = {
    "news submitted": lambda client, world, mailoutbox, language: submit_news(client, world),
    "news approved": lambda client, world, mailoutbox, language: approve_news(client, world),
    "changes requested": lambda client, world, mailoutbox, language: request_changes(client, world),
    "translation to review": lambda client, world, mailoutbox, language: submit_translation(
        client, world
    ),
    "translation sent back": lambda client, world, mailoutbox, language: send_translation_back(
        client, world, mailoutbox, language
    ),
    "translation published": lambda client, world, mailoutbox, language: publish_translation(
        client, world, mailoutbox, language
    ),
    "welcome": lambda client, world, mailoutbox, language: welcome(client, world, language),
    "password reset": lambda client, world, mailoutbox, language: password_reset(client, world),
}
RECIPIENTS = {
    "news submitted": "moderator",
    "news approved": "a1",
    "changes requested": "a1",
    "translation to review": "editor",
    "translation sent back": "translator",
    "translation published": "translator",
    "password reset": "editor",
}


@pytest.mark.parametrize("language", ["el", "es", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_email_is_in_its_recipients_language(client, world, mailoutbox, kind, language):
    if kind in RECIPIENTS:
        speaking(world["users"][RECIPIENTS[kind]], language)

    recipient = KINDS[kind](client, world, mailoutbox, language)

    names = [page.title for page in Page.objects.all()] + [
        recipient.get_username(),
        *(user.get_username() for user in world["users"].values()),
        *COMMENTS,
    ]
    assert_written_in(mail_to(mailoutbox, recipient), language, names)
