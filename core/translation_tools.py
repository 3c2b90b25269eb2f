"""Safer versions of wagtail-localize's translation actions.

wagtail-localize answers a timed-out or failing machine translator, a PO upload without a file,
and a PO file without its translation header with a server error; it also imports a file written
in another language without a word; and it lets anyone holding its global permission translate or
synchronise any page. These wrappers are mounted at the same admin URLs (core's hooks run before
wagtail-localize's): they refuse bad input with a clear message, or deny what the user may not do,
changing nothing, then hand over to wagtail-localize's own views.
"""

import os
import tempfile

import polib
import requests
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView


def _back(request):
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


@require_POST
def machine_translate(request, translation_id):
    try:
        return edit_translation.machine_translate(request, translation_id)
    except requests.Timeout:
        messages.error(
            request,
            _("The machine translation service did not answer in time. Nothing was changed."),
        )
    except (requests.RequestException, ValueError, KeyError):
        messages.error(
            request,
            _("The machine translation service answered with an error. Nothing was changed."),
        )
    return _back(request)


def _read_po(uploaded):
    # polib takes a path or the file's text, so a text that looks like a path would be opened:
    # give it a temporary file, as wagtail-localize does.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(uploaded.read())
    try:
        return polib.pofile(file.name)
    finally:
        os.unlink(file.name)


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    uploaded = request.FILES.get("file")
    if uploaded is None:
        messages.error(request, _("Please choose a PO file to upload."))
        return _back(request)
    if uploaded.size > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        messages.error(request, _("This file is too large for a PO file."))
        return _back(request)
    try:
        po = _read_po(uploaded)
    except (OSError, UnicodeDecodeError, ValueError):
        messages.error(request, _("Please upload a valid PO file."))
        return _back(request)
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        messages.error(
            request,
            _("This PO file was not exported from this page's translation. Nothing was imported."),
        )
        return _back(request)
    language = po.metadata.get("Language", "").replace("_", "-").lower()
    target = translation.target_locale.language_code.lower()
    if language and language != target and not target.startswith(language + "-"):
        messages.error(
            request,
            _("This PO file is in “%(file)s”, but this translation is into “%(target)s”.")
            % {"file": language, "target": target},
        )
        return _back(request)
    uploaded.seek(0)
    return edit_translation.upload_pofile(request, translation_id)


def _can_translate_into(user, page, locale):
    """May `user` put a translation of `page` into `locale`'s tree: add a page under the
    translation of its parent there (or that tree's home page)?"""
    parent = page.get_parent()
    target_parent = parent.get_translation_or_none(locale) if parent.depth > 1 else None
    if target_parent is None:
        target_parent = Page.objects.filter(depth=2, locale=locale).first()
    return target_parent is not None and target_parent.permissions_for_user(user).can_add_subpage()


def submit_page_translation(request, page_id):
    """wagtail-localize grants "Translate this page" to whoever holds its global submit_translation
    permission. Here it also takes the right to edit the page (else its content could be read and
    copied) and, for each chosen language, the right to add pages in that language's tree."""
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        chosen = Locale.objects.filter(pk__in=request.POST.getlist("locales")[:100])
        if not all(_can_translate_into(request.user, page, locale) for locale in chosen):
            raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def update_translations(request, translation_source_id):
    """Synchronising translations rewrites the translated pages: it takes the right to edit the
    source and every one of its translations."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        pages = [
            instance,
            *(t.get_target_instance() for t in source.translations.filter(enabled=True)),
        ]
        if not all(page.permissions_for_user(request.user).can_edit() for page in pages):
            raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)
