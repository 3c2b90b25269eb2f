"""Safer versions of two wagtail-localize translation-editor actions.

wagtail-localize answers a timed-out or failing machine translator, a PO upload without a file,
and a PO file without its translation header with a server error; it also imports a file written
in another language without a word. These wrappers are mounted at the same admin URLs (core's hooks
run before wagtail-localize's): they refuse bad input with a clear message and change nothing,
then hand over to wagtail-localize's own views.
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
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.edit_translation import user_can_edit_instance


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
