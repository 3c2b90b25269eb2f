"""A service going down degrades the site; it does not take it down. Redis stopped (a private
instance, started and stopped here): pages are still served. The database unreachable: public
pages answer 503 with Retry-After in the page's language (what an editor was saving is kept to
send again: tests/browser/test_outage.py)."""

import os
import shutil

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation
from wagtail.models import Page

from config.settings.base import redis_cache
from tests.helpers import LANGUAGE_CODES, database_down, parse_html, start_private_server


@pytest.fixture
def private_redis(settings):
    """A Redis of the test's own, the project's cache settings pointing at it."""
    redis_server = shutil.which("redis-server")
    if not redis_server:
        reason = "no redis-server on this machine: install Debian's redis-server"
        pytest.fail(reason) if os.environ.get("CI") else pytest.skip(reason)
    server, port = start_private_server(
        [redis_server, "--port", "{port}", "--bind", "127.0.0.1", "--save", ""]
    )
    settings.CACHES = {"default": redis_cache(f"redis://127.0.0.1:{port}/0")}
    yield server
    server.kill()
    server.wait()


@pytest.mark.usefixtures("demo_content")
def test_with_redis_stopped_pages_are_still_served(client, db, private_redis):
    urls = [f"/{code}/" for code in LANGUAGE_CODES] + ["/en/projects/youth-in-the-sse/"]
    assert all(client.get(url).status_code == 200 for url in urls)
    cache.set("probe", "kept in Redis")
    assert cache.get("probe") == "kept in Redis"

    private_redis.terminate()
    private_redis.wait()

    assert cache.get("probe") is None  # a miss, not an error
    assert [client.get(url).status_code for url in urls] == [200] * len(urls)


def one_page_of_each_type_in_each_language():
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().select_related("locale"):
        pages.setdefault((type(page).__name__, page.locale.language_code), page.url)
    return pages


@pytest.mark.usefixtures("demo_content")
def test_with_the_database_down_every_public_page_answers_503_in_its_language(db):
    client = Client(raise_request_exception=False)
    pages = one_page_of_each_type_in_each_language()
    assert len(pages) >= 6 * len(LANGUAGE_CODES)

    with database_down():
        responses = {key: client.get(url) for key, url in pages.items()}

    for (page_type, language), response in responses.items():
        assert response.status_code == 503, (page_type, language)
        assert response["Retry-After"].isdigit()
        heading = parse_html(response).select_one("h1").get_text(strip=True)
        with translation.override(language):
            assert heading == translation.gettext("Temporarily unavailable")
        assert language == "en" or heading != "Temporarily unavailable"
        assert f'<html lang="{language}"' in response.text
