"""Every fixed UI text and every hand translation of content is translated, none fuzzy."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

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
