"""Translating pages from a catalogue of hand translations, through wagtail-localize's own records.

A catalogue is a PO file (translations/content_catalogues/<language>.po) whose msgid is the English text and msgstr
its translation. Importing it goes the same way as a professional translator's PO file: the page's
strings are exported, filled from the catalogue, imported, and the translated page saved. The
translation editor then shows the page as fully translated, and a later edit of the English source
can be synchronised like any other.
"""

from functools import cache

import polib
from django.conf import settings
from wagtail_localize.models import Translation, TranslationSource

CATALOGUE_DIR = settings.BASE_DIR / "translations" / "content_catalogues"


class MissingCatalogueEntries(Exception):
    def __init__(self, language_code, texts):
        self.texts = texts
        super().__init__(
            f"No {language_code} translation in translations/content_catalogues/{language_code}.po for: "
            + "; ".join(repr(text) for text in texts)
        )


@cache
def catalogue(language_code):
    """{English text: translation} from the language's catalogue; fuzzy entries do not count."""
    po = polib.pofile(str(CATALOGUE_DIR / f"{language_code}.po"))
    return {entry.msgid: entry.msgstr for entry in po.translated_entries()}


def translated_text(language_code, text):
    """The catalogue's translation of one text, for content outside pages (labels, alt texts)."""
    try:
        return catalogue(language_code)[text]
    except KeyError:
        raise MissingCatalogueEntries(language_code, [text]) from None


def translate_from_catalogue(source_page, locale, publish=True):
    """Create or update the translation of `source_page` into `locale` from the catalogue.

    Raises MissingCatalogueEntries, before anything is written, if the catalogue lacks any of the
    page's texts: a half-English translation is never published by accident.
    """
    source, created = TranslationSource.get_or_create_from_instance(source_page)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)

    translations = catalogue(locale.language_code)
    po = translation.export_po()
    current_entries = [entry for entry in po if not entry.obsolete]
    missing = [entry.msgid for entry in current_entries if entry.msgid not in translations]
    if missing:
        raise MissingCatalogueEntries(locale.language_code, missing)
    for entry in current_entries:
        entry.msgstr = translations[entry.msgid]
    translation.import_po(po, tool_name="translations/content_catalogues")
    translation.save_target(publish=False)
    target = source_page.get_translation(locale)
    if publish:
        publish_now(target)
    return target


def publish_now(page):
    """Publish the page's latest revision at once.

    wagtail-localize publishes a translation when the transaction commits. Inside a longer
    transaction (the demo loader, a test) that is too late: the stale page it publishes then
    overwrites its children count, and the children vanish from the tree.
    """
    page.get_latest_revision().publish()
