"""Every fixed UI text and every hand translation of content is translated, none fuzzy."""

import json
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from partners.roles import EDITORS
from tests.helpers import member, upstream_messages

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
        *ROOT.glob(f"locale_overrides/{code}/LC_MESSAGES/*.po"),
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
    dead = [
        (path.relative_to(ROOT), entry.msgctxt, entry.msgid)
        for path in ROOT.glob("locale_overrides/*/LC_MESSAGES/*.po")
        for entry in polib.pofile(str(path))
        if (entry.msgctxt, entry.msgid, entry.msgid_plural or "")
        not in upstream_messages(path.stem)
    ]
    assert dead == []


@pytest.mark.parametrize(
    ("language", "label"),
    [("es", "Publicar: "), ("fr", "Publier : "), ("el", "Δημοσίευση: "), ("it", "Pubblica: ")],
)
def test_the_translation_editors_script_reads_our_translations(client, db, language, label):
    """Its footer joins "Publish in " and the language's name: upstream, "Publicar enEspañol"."""
    client.force_login(member("editor", EDITORS, language))
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog"))
    assert json.dumps(label)[1:-1] in catalogue.content.decode()


SCRIPT_CATALOGUES = {  # the admin's scripts' catalogue URL: the package whose messages it serves
    "wagtailadmin_javascript_catalog": "wagtail/admin",
    "wagtail_localize:javascript_catalog": "wagtail_localize",
}


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_admins_scripts_read_in_the_users_language(client, db, language):
    """The sidebar, the editor's toolbars, comments and the translation editor are written by
    scripts from the catalogues these URLs serve: every message is there in the user's language."""
    client.force_login(member("editor", EDITORS, language))
    missing = {}
    for url_name, package in SCRIPT_CATALOGUES.items():
        script = client.get(reverse(url_name)).content.decode()
        catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.S)[1])
        missing[url_name] = sorted(
            message
            for _context, message, _plural in upstream_messages("djangojs", package)
            if not catalogue.get(message)
        )
    assert missing == {url_name: [] for url_name in SCRIPT_CATALOGUES}
