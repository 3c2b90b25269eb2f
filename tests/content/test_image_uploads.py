"""Bad image uploads through the admin's upload form, by an editor in English and in Greek: the
form again with an error in the uploader's language, nothing stored (core/image_forms.py)."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection

from partners.roles import EDITORS
from tests.helpers import form_data, member, parse_html, speaking


def png(size=(64, 64)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#2a7").save(buffer, "PNG")
    return buffer.getvalue()


INVALID = (
    "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
)
BAD_FILES = {
    "truncated PNG": lambda: png((400, 300))[:200],
    "not an image": lambda: b"<script>alert(1)</script>",
    # 8,000 x 8,000 = 64 megapixels, above WAGTAILIMAGES_MAX_IMAGE_PIXELS: refused before decoding.
    "too many pixels": lambda: png((8000, 8000)),
}


EXPECTED = {  # Django's and Wagtail's messages, in their catalogues
    "truncated PNG": INVALID,
    # Willow reads this text as an SVG, whose extension is not .png.
    "not an image": "Not a valid .%(extension)s image. The extension does not match the file format (%(image_format)s)",
    "too many pixels": "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s.",
}


@pytest.mark.parametrize("language", ["en", "el"])
@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_image_upload_is_refused_with_a_message_and_nothing_is_stored(db, case, language):
    editor = speaking(member("editor", EDITORS), language)
    client = Client()
    client.force_login(editor)
    url = reverse("wagtailimages:add")
    data = form_data(client.get(url), selector="form#w-editor-form") | {
        "title": case,
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(f"{case}.png", BAD_FILES[case](), content_type="image/png"),
    }

    response = client.post(url, data)

    assert response.status_code == 200  # the form again, with its error
    errors = parse_html(response).select(".error-message, .w-field__errors")
    assert errors
    texts = " ".join(error.get_text(" ", strip=True) for error in errors)
    with translation.override(language):
        expected = re.split(r"[(%]", translation.gettext(EXPECTED[case]))[0].strip()
    assert expected in texts
    assert not get_image_model().objects.filter(title=case).exists()


def test_a_good_image_is_still_accepted(db):
    client = Client()
    client.force_login(member("editor", EDITORS))
    url = reverse("wagtailimages:add")
    data = form_data(client.get(url), selector="form#w-editor-form") | {
        "title": "A good one",
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("good.png", png(), content_type="image/png"),
    }

    assert client.post(url, data).status_code == 302
    assert get_image_model().objects.filter(title="A good one").exists()
