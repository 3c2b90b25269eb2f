"""Readable URLs: translated slugs, Greek ones transliterated to Latin letters."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.factories import StandardPageFactory
from translations.catalogues import publish_now


def test_a_greek_slug_typed_by_a_translator_becomes_latin(client, home_pages, locales):
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales["el"])
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        greek = "σχετικά με εμάς" if segment.context.path == "slug" else "Σχετικά με εμάς"
        StringTranslation.objects.create(
            translation_of=segment.string, context=segment.context, locale=locales["el"], data=greek
        )

    translation.save_target(publish=False)
    greek_page = page.get_translation(locales["el"])
    publish_now(greek_page)

    assert greek_page.slug == "schetika-me-emas"
    assert client.get("/el/schetika-me-emas/").status_code == 200
