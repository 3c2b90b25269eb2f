"""Every admin screen of each role's journey reads in that user's language: no visible text is an
English message of Wagtail's, wagtail-localize's, Django's or the project's catalogues left
untranslated."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Workflow

from home.models import HomePage
from partners.roles import EDITORS, PARTNER_WORKFLOW
from tests.helpers import english_message_of, parse_html, speaking

LANGUAGES = ["es", "fr", "el", "it"]
# Read aloud or shown: text, and the attributes a person sees or hears.
SHOWN_ATTRIBUTES = ("placeholder", "aria-label", "title", "alt")


def untranslated_texts(html, language):
    """The English messages shown in `html` that `language`'s catalogues do not translate."""
    # Django's merged catalogue of every app and LOCALE_PATHS: keys are msgids, (msgid, n) for plurals.
    # A message with a context ("Any" in a filter) is keyed "context\x04msgid": either counts.
    keys = trans_real.translation(language)._catalog.keys()
    translated = {(key if isinstance(key, str) else key[0]).split("\x04")[-1] for key in keys}
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript"]):
        hidden.decompose()
    shown = {text.strip() for text in soup.stripped_strings}
    for attribute in SHOWN_ATTRIBUTES:
        shown |= {tag[attribute].strip() for tag in soup.find_all(attrs={attribute: True})}
    shown |= {tag["value"].strip() for tag in soup.select("input[type=submit][value]")}
    return sorted(
        message
        for text in shown
        if (message := english_message_of(text)) and message not in translated
    )


def journeys(world):
    """{role: (user, [admin URLs of that role's journey])}."""
    pages, files, locales = world["pages"], world["files"], world["locales"]
    spanish_home = HomePage.objects.get(locale=locales["es"])
    staff_in_spanish = pages["staff"].get_translation(locales["es"])
    partner_page = pages["a_page_en"]
    return {
        "partner": (
            world["users"]["a1"],
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_explore", args=[partner_page.pk]),
                reverse("wagtailadmin_pages:add", args=["news", "newspage", partner_page.pk]),
                reverse("wagtailadmin_pages:edit", args=[pages["a_draft"].pk]),
                reverse("wagtailadmin_pages:edit", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_pages:history", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_pages:workflow_history", args=[pages["a_moderation"].pk]),
                reverse("wagtailimages:index"),
                reverse("wagtailimages:add_multiple"),
                reverse("wagtailimages:edit", args=[files["a_image"].pk]),
                reverse("wagtailimages_chooser:choose"),
                reverse("wagtaildocs:index"),
                reverse("wagtaildocs_chooser:choose"),
                reverse("wagtailadmin_account"),
            ],
        ),
        "moderator": (
            world["users"]["moderator"],
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_explore_root"),
                reverse("wagtailadmin_pages:edit", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_pages:workflow_history", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_reports:workflow"),
                reverse("wagtailadmin_reports:workflow_tasks"),
                reverse("wagtailadmin_account"),
            ],
        ),
        "editor": (
            world["users"]["editor"],
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_explore", args=[pages["staff"].get_parent().pk]),
                reverse("wagtailadmin_pages:edit", args=[pages["staff"].pk]),
                reverse("wagtailadmin_pages:add", args=["home", "standardpage", spanish_home.pk]),
                reverse("wagtailadmin_pages:history", args=[pages["staff"].pk]),
                reverse("translation_dashboard"),
                reverse("wagtailimages:index"),
                reverse("wagtaildocs:index"),
                reverse("wagtailsnippets_taxonomy_country:list"),
                reverse("wagtailadmin_reports:locked_pages"),
                reverse("wagtailadmin_account"),
            ],
        ),
        "translator": (
            world["users"]["translator"],
            [
                reverse("wagtailadmin_home"),
                reverse("translation_dashboard"),
                reverse("wagtailadmin_explore", args=[spanish_home.pk]),
                reverse("wagtailadmin_pages:edit", args=[staff_in_spanish.pk]),
                reverse("wagtailadmin_account"),
            ],
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_of_every_role_reads_in_the_users_language(world, language):
    untranslated = {}
    for role, (user, urls) in journeys(world).items():
        speaking(user, language)
        client = Client()
        client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (role, url, response.status_code)
            for text in untranslated_texts(response.content, language):
                untranslated.setdefault(text, set()).add(f"{role} {url}")
    anonymous = Client(HTTP_ACCEPT_LANGUAGE=language)
    for url in (reverse("wagtailadmin_login"), reverse("wagtailadmin_password_reset")):
        for text in untranslated_texts(anonymous.get(url).content, language):
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
