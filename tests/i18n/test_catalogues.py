"""Every fixed UI text and every hand translation of content is translated, none fuzzy."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests.helpers import upstream_messages

ROOT = Path(settings.BASE_DIR)
TRANSLATED_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]
CATALOGUES = [
    (code, path)
    for code in TRANSLATED_LANGUAGES
    for path in (
        ROOT / "locale" / code / "LC_MESSAGES" / "django.po",  # UI text (gettext)
        ROOT / "translations" / "content_catalogues" / f"{code}.po",  # content (wagtail-localize)
        # Wagtail's, wagtail-localize's and Django's strings their own catalogues lack
        *ROOT.glob(f"locale_overrides/{code}/LC_MESSAGES/django.po"),
    )
]


@pytest.mark.parametrize(
    ("language", "path"), CATALOGUES, ids=[str(path.relative_to(ROOT)) for _, path in CATALOGUES]
)
def test_catalogue_is_complete(language, path):
    catalogue = polib.pofile(str(path))

    assert catalogue.metadata.get("Language") == language
    assert not catalogue.metadata_is_fuzzy
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


def test_overrides_translate_messages_that_exist_upstream():
    """An upgrade that renames an upstream message leaves its override dead: this says which."""
    upstream = {(context, message) for context, message, _plural in upstream_messages()}
    dead = [
        (entry.msgctxt, entry.msgid)
        for path in ROOT.glob("locale_overrides/*/LC_MESSAGES/django.po")
        for entry in polib.pofile(str(path))
        if (entry.msgctxt, entry.msgid) not in upstream
    ]
    assert dead == []
