"""Machine translation through a real HTTP exchange with a fake LibreTranslate server, and PO
file export/import, including the failures a translator can run into."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.factories import StandardPageFactory
from partners.roles import EDITORS
from tests.helpers import member


class FakeLibreTranslate(BaseHTTPRequestHandler):
    mode = "ok"
    received = []

    def do_POST(self):
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.received.append(payload)
        if self.mode == "slow":
            time.sleep(2)
        if self.mode == "error":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b'{"error": "model not loaded"}')
            return
        body = json.dumps(
            {"translatedText": [f"[{payload['target']}] {text}" for text in payload["q"]]}
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": f"http://127.0.0.1:{server.server_port}",
            "API_KEY": "",
            "TIMEOUT": 0.5,
        },
    }
    FakeLibreTranslate.received = []
    yield FakeLibreTranslate
    FakeLibreTranslate.mode = "ok"
    server.shutdown()
    server.server_close()


@pytest.fixture
def editor_client(client, db):
    client.force_login(member("editor", EDITORS))
    return client


@pytest.fixture
def translation(home_pages, locales):
    """A Spanish translation of a page, its title already translated by hand."""
    page = StandardPageFactory(
        parent=home_pages["en"],
        title="About us",
        slug="about-us",
        body=[("paragraph", "<p>We work in four countries.</p>")],
    )
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales["es"])
    title = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        context=title.context,
        locale=locales["es"],
        data="Sobre nosotros",
    )
    source.create_or_update_translation(locales["es"], publish=False, fallback=True)
    return translation


def spanish_texts(translation):
    return dict(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).values_list("context__path", "data")
    )


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def machine_translate(editor_client, translation):
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return editor_client.post(url, {"next": "/admin/"})


def test_machine_translation_fills_what_is_missing_and_keeps_the_rest(
    editor_client, translation, libretranslate
):
    response = machine_translate(editor_client, translation)

    assert response.status_code == 302
    assert libretranslate.received[0]["source"] == "en"
    assert libretranslate.received[0]["target"] == "es"
    texts = spanish_texts(translation)
    assert texts["title"] == "Sobre nosotros"  # the translator's own work is kept
    assert any(text == "[es] We work in four countries." for text in texts.values())
    assert StringTranslation.objects.filter(translation_type="machine").exists()


@pytest.mark.parametrize(
    ("mode", "message"),
    [("slow", "did not answer in time"), ("error", "answered with an error")],
)
def test_machine_translation_failure_is_explained_and_changes_nothing(
    editor_client, translation, libretranslate, mode, message
):
    libretranslate.mode = mode
    before = spanish_texts(translation)

    response = machine_translate(editor_client, translation)

    assert response.status_code == 302
    assert any(message in text for text in message_texts(response))
    assert spanish_texts(translation) == before


def test_no_machine_translation_without_configuration(editor_client, translation, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

    assert machine_translate(editor_client, translation).status_code == 404


def exported_po(editor_client, translation):
    response = editor_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(editor_client, translation, content, name="es.po"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    data = {"next": "/admin/"}
    if content is not None:
        data["file"] = SimpleUploadedFile(name, content)
    return editor_client.post(url, data)


def test_po_export_edit_import_round_trip(editor_client, translation):
    po = exported_po(editor_client, translation)
    for entry in po:
        if entry.msgid == "We work in four countries.":
            entry.msgstr = "Trabajamos en cuatro países."

    response = upload(editor_client, translation, str(po).encode())

    assert response.status_code == 302
    assert "Trabajamos en cuatro países." in spanish_texts(translation).values()


def po_with(editor_client, translation, **metadata):
    po = exported_po(editor_client, translation)
    for entry in po:
        entry.msgstr = "CAMBIADO"
    po.metadata.update(metadata)
    for key in [key for key, value in metadata.items() if value is None]:
        del po.metadata[key]
    return str(po).encode()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("malformed", "valid PO file"),
        ("null character", "null character"),
        ("missing file", "choose a PO file"),
        ("other page", "not exported from this page"),
        ("no header", "not exported from this page"),
        ("wrong language", "is in “fr”"),
    ],
)
def test_bad_po_imports_are_refused_and_change_nothing(
    editor_client, translation, locales, case, message
):
    other = Translation.objects.create(source=translation.source, target_locale=locales["fr"])
    content = {
        "malformed": lambda: b'msgid "unterminated\nmsgstr ""\n\xff',
        "null character": lambda: po_with(editor_client, translation).replace(b"CAMBIADO", b"\x00"),
        "missing file": lambda: None,
        "other page": lambda: po_with(
            editor_client, translation, **{"X-WagtailLocalize-TranslationID": str(other.uuid)}
        ),
        "no header": lambda: po_with(
            editor_client, translation, **{"X-WagtailLocalize-TranslationID": None}
        ),
        "wrong language": lambda: po_with(editor_client, translation, Language="fr"),
    }[case]()
    before = spanish_texts(translation)

    response = upload(editor_client, translation, content)

    assert response.status_code == 302
    assert any(message in text for text in message_texts(response)), message_texts(response)
    assert spanish_texts(translation) == before
