"""Deleting a translated page never silently discards the translated text."""

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.factories import StandardPageFactory
from translations.catalogues import publish_now


def test_deleting_a_translation_keeps_its_text_for_the_next_one(home_pages, locales):
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    title = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        context=title.context,
        locale=locales["fr"],
        data="Qui sommes-nous",
    )
    source.create_or_update_translation(locales["fr"], publish=False, fallback=True)
    page.get_translation(locales["fr"]).delete()

    assert StringTranslation.objects.filter(locale=locales["fr"], data="Qui sommes-nous").exists()
    source.translations.update(enabled=True)  # what "Translate this page" does again
    french, _ = source.create_or_update_translation(locales["fr"], publish=False, fallback=True)
    publish_now(french)

    assert french.title == "Qui sommes-nous"


def test_stopping_and_restarting_synchronisation_keeps_the_translated_text(home_pages, locales):
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    title = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string, context=title.context, locale=locales["it"], data="Chi siamo"
    )
    translation = Translation.objects.create(source=source, target_locale=locales["it"])
    italian, _ = source.create_or_update_translation(locales["it"], publish=False, fallback=True)

    translation.enabled = False  # "Stop synchronised translation": the page is edited by hand
    translation.save()
    italian.title = "Chi siamo (a mano)"
    italian.save_revision()
    translation.enabled = True  # "Restart translation"
    translation.save()

    assert (
        StringTranslation.objects.get(locale=locales["it"], context=title.context).data
        == "Chi siamo"
    )
    restarted, _ = source.create_or_update_translation(locales["it"], publish=False, fallback=True)
    assert restarted.title == "Chi siamo"
