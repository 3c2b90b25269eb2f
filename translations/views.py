"""Safer versions of wagtail-localize's translation actions, and the review of translations.

wagtail-localize answers a timed-out or failing machine translator, a PO upload without a file,
and a PO file without its translation header with a server error; it also imports a file written
in another language without a word; it lets anyone holding its global permission translate or
synchronise any page, and anyone who may edit a translation convert it back to an alias or stop
its synchronisation, which changes the live page. These wrappers are mounted at the same admin
URLs (this app's hooks run before wagtail-localize's): they refuse bad input with a clear message,
or deny what the user may not do, changing nothing, then hand over to wagtail-localize's views.
The rights each action takes are listed in docs/permission-matrix.md ("wagtail-localize's views").
"""

import functools
import os
import tempfile

import polib
import requests
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views import snippets_api as snippets_api_views
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core.i18n import language_name_in_sentence
from translations import review
from translations.dashboard import can_see_dashboard
from translations.lifecycle import source_page_of, start_translation
from translations.models import TranslationReview
from translations.review import target_page


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


def _read_po(content):
    # polib takes a path or the file's text, so a text that looks like a path would be opened:
    # give it a temporary file, as wagtail-localize does.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(content)
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
    content = uploaded.read()
    if b"\x00" in content:  # PostgreSQL refuses it in text: the import would end in a 500
        messages.error(request, _("This PO file contains a null character. Nothing was imported."))
        return _back(request)
    try:
        po = _read_po(content)
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


def may_translate_into(user, page, locale):
    """May `user` put a translation of `page` into `locale`'s tree: add a page under the
    translation (or fallback) of its parent there, or under that tree's home page?"""
    parent = page.get_parent()
    target_parent = parent.get_translation_or_none(locale) if parent.depth > 1 else None
    if target_parent is None:
        target_parent = Page.objects.filter(depth=2, locale=locale).first()
    return target_parent is not None and target_parent.permissions_for_user(user).can_add_subpage()


class StartPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", always from the page's source, offering only the
    languages whose tree the user may add to (a translator: their own), and starting each
    translation without turning the language's live fallback into it (translations/lifecycle.py).
    """

    def get_object(self):
        page = source_page_of(super().get_object())
        others = Locale.objects.exclude(pk=page.locale_id)
        self.allowed_locales = [
            locale for locale in others if may_translate_into(self.request.user, page, locale)
        ]
        if not self.allowed_locales:
            raise PermissionDenied
        return page

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            pk__in=[locale.pk for locale in self.allowed_locales]
        )
        return form

    def post(self, request, **kwargs):
        allowed = {str(locale.pk) for locale in self.allowed_locales}
        if not set(request.POST.getlist("locales")) <= allowed:
            raise PermissionDenied
        response = super().post(request, **kwargs)
        if response.status_code == 200:  # the form again, with its errors
            response.status_code = 400
        return response

    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        pages = [self.object]
        if form.cleaned_data["include_subtree"]:
            pages += [page.specific for page in self.object.get_descendants()]
        for page in pages:
            for locale in locales:
                if locale.pk != page.locale_id and may_translate_into(
                    self.request.user, page, locale
                ):
                    start_translation(page, locale, self.request.user)
        names = ", ".join(language_name_in_sentence(locale.language_code) for locale in locales)
        messages.success(
            self.request,
            _(
                "Translation of “%(title)s” into %(languages)s started. Visitors keep seeing the page as it was until the translation is published."
            )
            % {"title": self.object.get_admin_display_title(), "languages": names},
        )
        if len(locales) == 1:
            target = self.object.get_translation(locales[0])
            return redirect("wagtailadmin_pages:edit", target.pk)
        return redirect(self.get_success_url() or self.get_default_success_url())


def submit_page_translation(request, page_id):
    return StartPageTranslationView.as_view()(request, page_id=page_id)


def update_translations(request, translation_source_id):
    """Synchronising translations rewrites the translated pages: it takes the right to edit the
    source and every one of its translations, and to publish them all when asked to publish."""
    source = get_object_or_404(TranslationSource, id=translation_source_id)
    instance = source.get_source_instance()
    if isinstance(instance, Page):
        targets = Page.objects.filter(
            translation_key=source.object_id,
            locale__in=source.translations.filter(enabled=True).values("target_locale"),
        )
        if not all(
            page.permissions_for_user(request.user).can_edit() for page in [instance, *targets]
        ):
            raise PermissionDenied
        publishing = request.method == "POST" and request.POST.get("publish_translations")
        if publishing and not all(
            page.permissions_for_user(request.user).can_publish() for page in targets
        ):
            raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def _require_publish(user, page):
    if not page.permissions_for_user(user).can_publish():
        raise PermissionDenied


def convert_to_alias(request, page_id):
    """Turning a translation back into an alias replaces the live page with the source's text at
    once: it takes the right to publish that page."""
    _require_publish(request.user, get_object_or_404(Page, id=page_id))
    return convert.convert_to_alias(request, page_id)


@require_POST
def stop_translation(request, translation_id):
    """Stopping synchronisation hands the translated page to the ordinary editor, out of the
    translation workflow: it takes the right to publish that page."""
    translation = get_object_or_404(Translation, id=translation_id)
    _require_publish(request.user, target_page(translation))
    return edit_translation.stop_translation(request, translation_id)


def translations_report(request, results_only=False):
    """wagtail-localize's report lists every translation's source title: staff who translate only
    (partners never see other organizations' titles)."""
    if not can_see_dashboard(request.user):
        raise PermissionDenied
    return TranslationsReportView.as_view(results_only=results_only)(request)


@require_POST
def submit_for_review(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    page = target_page(translation)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    review.submit_for_review(translation, request.user)
    messages.success(
        request,
        _(
            "Thank you. “%(title)s” in %(language)s is submitted for review; the reviewers have been told by e-mail."
        )
        % {
            "title": page.get_admin_display_title(),
            "language": language_name_in_sentence(translation.target_locale.language_code),
        },
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("What should the translator change?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
    )


def send_back(request, translation_id):
    """A reviewer returns a translation submitted for review, with a comment the translator is
    e-mailed and sees in the translation editor."""
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    pending = TranslationReview.objects.filter(
        translation=translation, status=TranslationReview.Status.AWAITING_REVIEW
    ).first()
    page = target_page(translation)
    _require_publish(request.user, page)
    if pending is None:
        raise Http404
    form = SendBackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        review.send_back(pending, request.user, form.cleaned_data["comment"])
        messages.success(
            request, _("The translation was sent back to its translator with your comment.")
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "translations/send_back.html",
        {"form": form, "page": page, "translation": translation},
        status=400 if form.is_bound else 200,
    )


def _refuse_without_value(view):
    """wagtail-localize's segment API reads the PUT's value without checking it is there: a server
    error, here a 400. Nothing is saved before the value is read."""

    @functools.wraps(view)
    def refusing(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except MultiValueDictKeyError:
            return JsonResponse({"error": _("A translation needs a value.")}, status=400)

    return refusing


edit_string_translation = _refuse_without_value(edit_translation.edit_string_translation)
edit_override = _refuse_without_value(edit_translation.edit_override)


def snippets_api(request, app_label, model_name, pk=None):
    """wagtail-localize's snippet API (the translation editor's snippet chooser) lists any snippet
    model to any admin user: here, to those with a right on that model, as Wagtail's own listing."""
    model = get_snippet_model_from_url_params(app_label, model_name)
    if not any(
        request.user.has_perm(f"{app_label}.{action}_{model._meta.model_name}")
        for action in ("add", "change", "delete", "view")
    ):
        raise PermissionDenied
    if pk is None:
        view = snippets_api_views.SnippetViewSet.as_view({"get": "list"})
        return view(request, app_label=app_label, model_name=model_name)
    view = snippets_api_views.SnippetViewSet.as_view({"get": "retrieve"})
    return view(request, app_label=app_label, model_name=model_name, pk=pk)
