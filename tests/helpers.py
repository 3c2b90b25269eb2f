"""Helpers the tests share: parsing pages, translations as the admin makes them, users in a role,
signing in through the real login form, forms and requests as a browser and the admin's JavaScript
send them. Fixtures are in the conftest.py files."""

import functools
import re
from pathlib import Path

import django
import polib
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

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
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
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
def upstream_messages():
    """(msgctxt, msgid, msgid_plural) of every message in Wagtail's, wagtail-localize's and
    Django's English catalogues: the interface text our users' screens draw on besides ours."""
    roots = [Path(package.__file__).parent for package in (wagtail, wagtail_localize, django)]
    catalogues = [
        path for root in roots for path in root.glob("**/locale/en/LC_MESSAGES/django.po")
    ]
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural)
        for path in catalogues
        for entry in polib.pofile(str(path))
        if entry.msgid
    }
