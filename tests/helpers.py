"""Helpers the tests share: parsing pages, translations as the admin makes them, users in a role,
signing in through the real login form, forms and requests as a browser and the admin's JavaScript
send them. Fixtures are in the conftest.py files."""

import contextlib
import datetime
import functools
import re
import socket
import subprocess
import time
from pathlib import Path
from unittest import mock

import django
import polib
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.backends.utils import CursorWrapper
from django.test import TestCase
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils.text import slugify
from wagtail.blocks.base import BlockField
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.mail import set_language
from news.models import NewsPage
from translations.catalogues import publish_now

PASSWORD = "a long pass phrase for tests"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def parse_html(response):
    return BeautifulSoup(response.content, "html.parser")


def translate(page, locale):
    """A published translation of `page` as the admin's "Translate" action makes it: a
    wagtail-localize Translation record (the page is edited in the translation editor), its texts
    still in English."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    publish_now(target)
    return target.specific


def member(name, group_name, language="en"):
    """A user of `group_name` whose admin language is `language`, with the password PASSWORD."""
    user = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return speaking(user, language)


def speaking(user, language):
    """`user`, with `language` as the language of their account (admin and e-mails)."""
    set_language(user, language)
    return user


def sign_in(page, username):
    """In a Playwright page, through the real login form (in English: nobody is signed in yet and
    the browser reads English)."""
    page.goto("/admin/login/", wait_until="domcontentloaded")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def put_form(client, url, data):
    """A PUT with a multipart body, as wagtail-localize's editor sends it (a FormData)."""
    return client.put(url, encode_multipart(BOUNDARY, data), content_type=MULTIPART_CONTENT)


def form_data(response, selector="form#page-edit-form", button=None):
    """The fields of the form `selector` in `response`, as a browser submits them: every input,
    select and textarea with its current value, checkboxes and radio buttons only when checked, no
    file inputs, and of the submit buttons only `button` (its name), which must be in the form.

    The admin's JavaScript moves `w-teleport` templates (the scheduling fields) into the form, so
    their fields are sent too; other templates (an inline formset's empty form) are not.
    A field sent more than once (a multiple choice) comes as a list.
    """
    form = BeautifulSoup(response.content, "html.parser").select_one(selector)
    assert form is not None, f"no {selector} in the page"
    values = {}
    # find_all, not select: CSS selectors do not look inside <template>.
    for field in form.find_all(["input", "select", "textarea", "button"]):
        template = field.find_parent("template")
        if not field.get("name") or field.has_attr("disabled"):
            continue
        if template and "w-teleport" not in template.get("data-controller", ""):
            continue
        for value in _submitted_values(field, button):
            values.setdefault(field["name"], []).append(value)
    assert button is None or button in values, f"no {button} button in {selector}"
    return {name: value[0] if len(value) == 1 else value for name, value in values.items()}


def _submitted_values(field, button):
    if field.name == "textarea":
        # Browsers drop the newline that follows <textarea> (Django renders one).
        return [field.get_text().removeprefix("\n")]
    if field.name == "select":
        options = field.find_all("option")
        chosen = [option for option in options if option.has_attr("selected")]
        if not chosen and not field.has_attr("multiple"):
            chosen = options[:1]
        return [option.get("value", option.get_text()) for option in chosen]
    kind = field.get("type", "submit" if field.name == "button" else "text").lower()
    if kind in ("submit", "image"):
        return [field.get("value", "")] if field["name"] == button else []
    if kind in ("checkbox", "radio"):
        return [field.get("value", "on")] if field.has_attr("checked") else []
    if kind in ("button", "reset", "file"):
        return []
    return [field.get("value", "")]


@functools.cache
def upstream_messages(domain="django", package=""):
    """(msgctxt, msgid, msgid_plural) of every message in Wagtail's, wagtail-localize's and
    Django's English catalogues of `domain` (djangojs: their JavaScript's): the interface text our
    users' screens draw on besides ours. `package` ("wagtail/admin") keeps only the catalogues
    under that folder of site-packages."""
    site_packages = Path(wagtail.__file__).parent.parent
    roots = [Path(module.__file__).parent for module in (wagtail, wagtail_localize, django)]
    catalogues = [
        path
        for root in roots
        for path in root.glob(f"**/locale/en/LC_MESSAGES/{domain}.po")
        if path.relative_to(site_packages).as_posix().startswith(package)
    ]
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural)
        for path in catalogues
        for entry in polib.pofile(str(path))
        if entry.msgid
    }


def edit_form_data(page, world, **changes):
    """What the page editor's form posts for `page` as it is, with `changes`: a crafted request,
    built from the form Wagtail itself would show a superuser."""
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(
        instance=page, parent_page=page.get_parent(), for_user=world["users"]["superuser"]
    )
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, BlockField):
            data[f"{name}-count"] = "0"
        elif isinstance(value, list | tuple):
            data[name] = [str(getattr(item, "pk", item)) for item in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, datetime.date):
            data[name] = value.isoformat()
        elif value is not None:
            data[name] = str(value)
    for formset in form.formsets.values():
        data.update(
            {f"{formset.prefix}-{key}": "0" for key in ("TOTAL_FORMS", "INITIAL_FORMS")},
        )
    data.update(changes)
    return data


def post_edit(client, world, page, **changes):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form_data(page, world, **changes)
    )


def workflow_action(client, page, action, **data):
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, data)


def add_news(client, world, parent, title, **changes):
    """A new NewsPage under `parent`, written in the page editor and submitted for moderation."""
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", parent.pk])
    news = NewsPage(title=title, slug=slugify(title) or "news", date=datetime.date(2026, 11, 28))
    return client.post(url, edit_form_data(news, world, **{"action-submit": "1", **changes}))


def start_translation(client, page, locale):
    """The admin's "Translate this page" into `locale`, as its form posts it."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale.pk]},
        )


def translate_every_segment(client, translation, prefix):
    """Every segment through the translation editor's API: `prefix` and the source text (slugs as
    they are)."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = (
            segment.string.data
            if segment.context.path == "slug"
            else f"{prefix} {segment.string.data}"
        )
        response = put_form(client, url, {"value": value})
        assert response.status_code in (200, 201), response.content


def publish(client, page):
    """The editor's Publish button (the translation editor's too), its on-commit work run."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )


@functools.cache
def english_messages():
    """{msgid or msgid_plural: msgid} of the catalogues our users' screens draw on: upstream's and
    ours (a plural form is keyed to its msgid, under which the catalogues hold its translations;
    "Locking: " is keyed as shown too, without its spaces)."""
    ours = polib.pofile(str(Path(settings.BASE_DIR) / "locale/es/LC_MESSAGES/django.po"))
    messages = [*upstream_messages(), *((e.msgctxt, e.msgid, e.msgid_plural) for e in ours)]
    singulars = {message: message for _context, message, _plural in messages if message}
    stripped = {message.strip(): message for message in singulars}
    plurals = {plural: message for _context, message, plural in messages if plural}
    return plurals | stripped | singulars


def english_messages_of(text):
    """The msgids `text` may have been made from: itself, itself with a capital first letter (a
    verbose name as a label), or ones with placeholders filled in ("This page is currently awaiting
    moderation" from "This %(model_name)s is currently...", "24 minutes" from "%(num)d minute")."""
    messages = english_messages()
    found = {messages[form] for form in (text, lower_first(text)) if form in messages}
    for word in set(WORD.findall(text)):
        for message, pattern in patterns_by_word().get(word, ()):
            if pattern.fullmatch(text):
                found.add(messages[message])
    return found


def lower_first(text):
    return text[:1].lower() + text[1:]


WORD = re.compile(r"[^\W\d_]+")  # letters only
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}")


def message_pattern(message):
    """A regular expression matching `message` with its placeholders filled in (numbers for %d)."""
    pattern, end = "", 0
    for placeholder in PLACEHOLDER.finditer(message):
        filled = r"[\d.,\s]+?" if placeholder.group().endswith("d") else "(?:.+?)"
        pattern += re.escape(message[end : placeholder.start()]) + filled
        end = placeholder.end()
    return re.compile(pattern + re.escape(message[end:]), re.DOTALL)


@functools.cache
def patterns_by_word():
    """Messages with placeholders as patterns, by the first word of their text. Messages with no
    word in them besides placeholders ("%(title)s - %(site_name)s") would match too much."""
    patterns = {}
    for message in english_messages():
        words = WORD.findall(" ".join(PLACEHOLDER.split(message)))
        if PLACEHOLDER.search(message) and words:
            patterns.setdefault(words[0], []).append((message, message_pattern(message)))
    return patterns


@contextlib.contextmanager
def database_down():
    """Every query fails as when the database server is unreachable: the driver's
    OperationalError, wrapped by Django as it wraps the real one (psycopg's or sqlite3's)."""

    def refuse(cursor, *args, **kwargs):
        with cursor.db.wrap_database_errors:
            raise cursor.db.Database.OperationalError("connection refused (a test's outage)")

    with (
        mock.patch.object(CursorWrapper, "_execute", refuse),
        mock.patch.object(CursorWrapper, "_executemany", refuse),
    ):
        yield


def start_private_server(command):
    """A server of the test's own (Redis, an S3 API server): `command` is its argument list with
    "{port}" where the port goes, on a free port of 127.0.0.1. Returns the process and the port,
    once the port accepts connections."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    arguments = [part.replace("{port}", str(port)) for part in command]
    server = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    for _ in range(200):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return server, port
        time.sleep(0.05)
    server.kill()
    raise RuntimeError(f"{arguments[0]} did not start")
