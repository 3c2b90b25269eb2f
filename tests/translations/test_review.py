"""A translation is a draft until someone who may publish in that language publishes it."""

from django.urls import reverse

from core.i18n import translators_group_name
from home.factories import StandardPageFactory
from partners.roles import EDITORS
from tests.helpers import member


def test_translation_submitted_by_an_editor_starts_as_a_draft(client, home_pages, locales):
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    page.save_revision().publish()
    client.force_login(member("editor", EDITORS))

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales["es"].pk, locales["el"].pk]},
    )

    assert response.status_code == 302
    for code in ("es", "el"):
        translation = page.get_translation(locales[code])
        assert not translation.live  # never live on its own, and never in English by accident


def test_translators_edit_their_language_but_cannot_publish(home_pages, locales):
    from tests.helpers import translate

    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    spanish = translate(page, locales["es"])
    greek = translate(page, locales["el"])
    translator = member("translator", translators_group_name("es"))
    editor = member("editor", EDITORS)

    assert spanish.permissions_for_user(translator).can_edit()
    assert not spanish.permissions_for_user(translator).can_publish()
    assert not greek.permissions_for_user(translator).can_edit()  # not their language
    assert not page.permissions_for_user(translator).can_edit()  # nor the English source
    assert spanish.permissions_for_user(editor).can_publish()
