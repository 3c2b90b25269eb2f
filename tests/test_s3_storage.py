"""Media on S3-compatible storage (config/settings/base.py s3_media_storage), against a real S3 API
server: moto's standalone server, the one .ci/run starts (TEST_S3_ENDPOINT_URL) or one of the
test's own. An editor uploads an image and a document in the admin; the page's rendition is served
by the S3 server, the document by Wagtail's view."""

import io
import json
import os
import re
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from config.settings.base import s3_media_origins, s3_media_storage
from home.factories import StandardPageFactory
from partners.roles import EDITORS
from tests.helpers import form_data, member, parse_html, start_private_server

# One bucket per parallel test process: they may share .ci/run's server.
BUCKET = f"nexes-media-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
# As the README asks of the bucket: images readable by anyone, documents private.
PUBLIC_IMAGES = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": [
                f"arn:aws:s3:::{BUCKET}/images/*",
                f"arn:aws:s3:::{BUCKET}/original_images/*",
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def s3_endpoint():
    if endpoint := os.environ.get("TEST_S3_ENDPOINT_URL"):
        yield endpoint
        return
    moto_server = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    server, port = start_private_server([moto_server, "-H", "127.0.0.1", "-p", "{port}"])
    yield f"http://127.0.0.1:{port}"
    server.kill()
    server.wait()


@pytest.fixture
def s3_media(s3_endpoint, settings):
    environ = {
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": s3_endpoint,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "testing",
        "S3_SECRET_ACCESS_KEY": "testing",
    }
    bucket = boto3.resource(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    ).Bucket(BUCKET)
    bucket.create()
    bucket.Policy().put(Policy=json.dumps(PUBLIC_IMAGES))
    settings.STORAGES = {**settings.STORAGES, "default": s3_media_storage(environ)}
    yield bucket
    bucket.objects.all().delete()
    bucket.delete()


def png():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (640, 400), "#2a7").save(buffer, "PNG")
    return buffer.getvalue()


def test_images_and_documents_uploaded_in_the_admin_are_kept_and_served_from_s3(
    home_pages, s3_media, s3_endpoint
):
    client = Client()
    client.force_login(member("editor", EDITORS))
    root = Collection.get_first_root_node()

    add_image = reverse("wagtailimages:add")
    data = form_data(client.get(add_image), selector="form#w-editor-form") | {
        "title": "Cooperative workshop",
        "collection": root.pk,
        "file": SimpleUploadedFile("workshop.png", png(), content_type="image/png"),
    }
    assert client.post(add_image, data).status_code == 302
    image = get_image_model().objects.get(title="Cooperative workshop")

    add_document = reverse("wagtaildocs:add")
    data = form_data(client.get(add_document), selector="form#w-editor-form") | {
        "title": "Annual report",
        "collection": root.pk,
        "file": SimpleUploadedFile("report.txt", b"Our year in numbers.\n"),
    }
    assert client.post(add_document, data).status_code == 302
    document = get_document_model().objects.get(title="Annual report")

    page = StandardPageFactory(parent=home_pages["en"], slug="workshop", image=image)
    html = parse_html(Client().get(page.url))
    sources = [tag["content"] for tag in html.select("meta[property='og:image']")] + [
        source
        for tag in html.select("[srcset]")
        for source in re.findall(r"(\S+) \d+w", tag["srcset"])
    ]

    keys = {item.key for item in s3_media.objects.all()}
    assert image.file.name in keys
    assert document.file.name in keys
    assert sources
    assert all(source.startswith(f"{s3_endpoint}/{BUCKET}/images/") for source in sources)
    # ...an origin the Content-Security-Policy allows images from.
    environ = {"S3_BUCKET": BUCKET, "S3_ENDPOINT_URL": s3_endpoint}
    assert s3_media_origins(environ) == [s3_endpoint]
    with urllib.request.urlopen(sources[0]) as rendition:  # noqa: S310 - the test's own server
        assert rendition.headers["Content-Type"].startswith("image/")
        assert len(rendition.read()) > 0
    with pytest.raises(urllib.error.HTTPError, match="403"):  # never from the bucket directly
        urllib.request.urlopen(f"{s3_endpoint}/{BUCKET}/{document.file.name}")  # noqa: S310
    served = Client().get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"Our year in numbers.\n"
