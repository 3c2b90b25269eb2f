"""Deleting a translated page never silently discards the translated text."""

from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from core.content_translation import publish_now
from home.factories import StandardPageFactory


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
