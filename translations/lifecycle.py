"""How a translation starts, so that a language shows a page only once its translation is published.

With locale synchronisation every untranslated page has a live fallback in each language's tree
(an alias of the source). wagtail-localize turns that alias into the translation as soon as a
translation is *started*, and the converted page stays live: the source's text under another
language's name. Here the alias is left as it is when a translation starts: it stays the
fallback (same URL, notice, canonical, no hreflang, kept in step with the source) while the
translation lives in wagtail-localize's records and its editor. wagtail-localize converts the
alias into the translated page at the moment someone with publish rights publishes it.
"""

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource


def source_page_of(page):
    """The page a page's translations are made from: itself if it is a source, else the page of
    its translation key in the language of its translation source (or the page an alias copies)."""
    if page.alias_of_id:
        return page.alias_of.specific
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=page.locale
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return page
    return Page.objects.get(
        translation_key=page.translation_key, locale_id=translation.source.locale_id
    ).specific


def start_translation(page, locale, user=None):
    """Start (or restart) translating the source `page` into `locale` and return the Translation.

    Where the language's tree holds the page's fallback, it is left live and unchanged (see the
    module's docstring); where it holds nothing, a draft page is created, as wagtail-localize
    does; an existing translated page is left as it is.
    """
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not Page.objects.filter(translation_key=page.translation_key, locale=locale).exists():
        translation.save_target(user=user, publish=False)
    return translation


def pending_translation(page):
    """The enabled Translation being made for a fallback page (an alias), or None."""
    if not page.alias_of_id:
        return None
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale=page.locale, enabled=True
    ).first()
