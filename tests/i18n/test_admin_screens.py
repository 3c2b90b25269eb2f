"""Every admin screen of each role's journey reads in that user's language: no visible text is an
English message of Wagtail's, wagtail-localize's, Django's or the project's catalogues, whether
the catalogues lack its translation or the screen shows it in English all the same."""

import functools
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site, Workflow

from partners.roles import EDITORS, PARTNER_WORKFLOW
from tests.helpers import (
    WORD,
    english_messages_of,
    lower_first,
    message_pattern,
    parse_html,
    speaking,
)
from tests.world import journeys

LANGUAGES = ["es", "fr", "el", "it"]
# Read aloud or shown: text, and the attributes a person sees or hears.
SHOWN_ATTRIBUTES = ("placeholder", "aria-label", "title", "alt")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def english_texts_shown(html, language, names):
    """The texts shown in `html` that are English messages (of Wagtail's, wagtail-localize's,
    Django's or the project's catalogues) where `language` reads otherwise: untranslated, or
    translated but shown in English. `names` (of pages, people, languages) are not messages."""
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript"]) + soup.select("[hidden]"):
        hidden.decompose()
    shown = {text.strip() for text in soup.stripped_strings}
    for attribute in SHOWN_ATTRIBUTES:
        shown |= {tag[attribute].strip() for tag in soup.find_all(attrs={attribute: True})}
    shown |= {tag["value"].strip() for tag in soup.select("input[type=submit][value]")}
    # Messages joined into one text ("Ce(tte) page est en attente. Only reviewers…").
    shown |= {sentence for text in shown for sentence in SENTENCE_BREAK.split(text)}
    translations = translations_by_message(language)
    return sorted(
        text
        for text in shown - names - translated_texts(translations)
        if WORD.search(text)
        and (messages := english_messages_of(without_names(text, names)))
        and not any(
            reads_as(translation, text)
            for message in messages
            for translation in translations.get(message, ())
        )
    )


def translated_texts(translations):
    """Texts that are a translation, into another text, of some message."""
    return {text for message, texts in translations.items() for text in texts if text != message}


def without_names(text, names):
    """`text` with the names in it taken out ("Editing: Staff only page" → "Editing: ")."""
    for name in sorted((name for name in names if len(name) > 3), key=len, reverse=True):
        text = text.replace(name, "")
    return text.strip()


def reads_as(translation, text):
    """Whether `text` is `translation` (with its placeholders filled in, or a capital first letter)."""
    pattern = message_pattern(translation)
    return bool(pattern.fullmatch(text) or pattern.fullmatch(lower_first(text)))


@functools.cache
def translations_by_message(language):
    """{msgid: its translations in `language`}, from Django's merged catalogue of every app and
    LOCALE_PATHS (in any context, in every plural form)."""
    catalogue = trans_real.translation(language)._catalog
    translations = {}
    for key in catalogue.keys():  # noqa: SIM118 (a TranslationCatalog, not a dict: no __iter__)
        message = (key if isinstance(key, str) else key[0]).split("\x04")[-1]
        translations.setdefault(message, set()).add(catalogue[key])
    return translations


def names_shown(world):
    """What the screens show that is a name, not a message: titles of pages and files, people,
    the site, and each language in itself (the language menu)."""
    users = get_user_model().objects.all()
    return {
        *Page.objects.values_list("title", flat=True),
        *get_image_model().objects.values_list("title", flat=True),
        *get_document_model().objects.values_list("title", flat=True),
        *Site.objects.values_list("site_name", flat=True),
        *(name for user in users for name in (user.get_username(), user.get_full_name())),
        *(translation.get_language_info(code)["name_local"] for code, _ in settings.LANGUAGES),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_of_every_role_reads_in_the_users_language(world, language):
    names = names_shown(world)
    untranslated = {}
    for role, (user, urls) in journeys(world).items():
        speaking(user, language)
        client = Client()
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (role, url, response.status_code)
            for text in english_texts_shown(response.content, language, names):
                untranslated.setdefault(text, set()).add(f"{role} {url}")
    anonymous = Client(HTTP_ACCEPT_LANGUAGE=language)
    for url in (reverse("wagtailadmin_login"), reverse("wagtailadmin_password_reset")):
        for text in english_texts_shown(anonymous.get(url).content, language, names):
            untranslated.setdefault(text, set()).add(f"anonymous {url}")
    report = [f"{text!r} on {', '.join(sorted(where))}" for text, where in untranslated.items()]
    assert report == [], "\n".join(report)


def test_names_the_project_creates_read_in_the_users_language_and_stay_stored_in_english(world):
    moderator = world["users"]["moderator"]
    speaking(moderator, "el")
    client = Client()
    client.force_login(moderator)

    report = client.get(reverse("wagtailadmin_reports:workflow")).content.decode()

    assert "Έλεγχος των ειδήσεων των συνεργαζόμενων οργανώσεων" in report
    assert PARTNER_WORKFLOW not in report
    with translation.override("el"):
        workflow = Workflow.objects.get(name=PARTNER_WORKFLOW)
        group = Group.objects.get(name=EDITORS)
        assert (workflow.name, group.name) == (
            "Έλεγχος των ειδήσεων των συνεργαζόμενων οργανώσεων",
            "Συντάκτες",
        )
        workflow.save()
        group.save()
    assert Workflow.objects.filter(name=PARTNER_WORKFLOW).exists()
    assert Group.objects.filter(name=EDITORS).exists()


def test_group_names_made_with_a_name_in_them_read_in_the_users_language(world):
    administrator = world["users"]["superuser"]
    speaking(administrator, "el")
    client = Client()
    client.force_login(administrator)

    groups = parse_html(client.get(reverse("wagtailusers_groups:index"))).get_text(" ")

    assert "Μεταφραστές: Español" in groups  # the language named in itself, as everywhere
    assert "Συνεργαζόμενη οργάνωση: Cooperative A" in groups
    assert "Συντάκτες" in groups
    assert "Translators:" not in groups
    assert "Partner:" not in groups
    with translation.override("el"):
        group = Group.objects.get(name="Partner: Cooperative A")
        assert group.name == "Συνεργαζόμενη οργάνωση: Cooperative A"
        group.save()
    assert Group.objects.filter(name="Partner: Cooperative A").exists()


def test_the_root_collection_and_page_type_names_read_in_the_users_language(world):
    """Stored "Root" and lower-case verbose names are shown translated, capitalised by sentence
    ("Αξία της ΚΑΛΟ", not the title case «Αξία Της Καλο»)."""
    editor = world["users"]["editor"]
    speaking(editor, "el")
    client = Client()
    client.force_login(editor)

    upload = parse_html(client.get(reverse("wagtailimages:add_multiple"))).get_text(" ")
    usage = parse_html(client.get(reverse("wagtailadmin_reports:page_types_usage"))).get_text(" ")

    assert "Ρίζα" in upload
    assert "Root" not in upload
    assert "Αξία της ΚΑΛΟ" in usage
    assert "Αξία Της Καλο" not in usage
    assert Collection.get_first_root_node().name == "Root"
