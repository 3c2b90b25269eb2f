"""The translation dashboard: pages (rows) by languages (columns), with their translation state."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import get_page_models

from core.translation_status import State, source_pages, target_locales, translation_states

ROWS_PER_PAGE = 50


def can_see_dashboard(user):
    # Staff who translate or edit; partners never see other organizations' page titles.
    return user.is_active and user.has_perm("wagtail_localize.submit_translation")


class DashboardFilterForm(forms.Form):
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None
    )
    page_type = forms.TypedChoiceField(
        label=_("Page type"), required=False, coerce=int, empty_value=None
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        sections = source_pages().filter(depth__lte=3).order_by("path")
        self.fields["section"].choices = everything + [(page.pk, page.title) for page in sections]
        page_types = ContentType.objects.get_for_models(*get_page_models()).items()
        self.fields["page_type"].choices = everything + sorted(
            (
                (content_type.pk, model._meta.verbose_name)
                for model, content_type in page_types
                if model._meta.app_label != "wagtailcore"
            ),
            key=lambda choice: str(choice[1]),
        )
        self.fields["language"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]
        self.fields["state"].choices = everything + list(State.choices)


def language_summary(rows, locales):
    """Per language: the share of pages whose translation is up to date, in percent."""
    summary = []
    for index, locale in enumerate(locales):
        up_to_date = sum(1 for _page, cells in rows if cells[index].state == State.UP_TO_DATE)
        summary.append((locale, round(100 * up_to_date / len(rows)) if rows else 100))
    return summary


def dashboard_rows(filters, locales):
    pages = source_pages().order_by("path")
    if filters.get("section"):
        section = source_pages().filter(pk=filters["section"]).first()
        pages = pages.descendant_of(section, inclusive=True) if section else pages.none()
    if filters.get("page_type"):
        pages = pages.filter(content_type_id=filters["page_type"])
    pages = list(pages.only("id", "title", "path", "depth", "translation_key", "last_published_at"))
    cells = translation_states(pages, locales)
    return [(page, [cells[page.id, locale.id] for locale in locales]) for page in pages]


def dashboard(request):
    if not can_see_dashboard(request.user):
        raise PermissionDenied
    all_locales = target_locales()
    form = DashboardFilterForm(request.GET or None, locales=all_locales)
    filters = form.cleaned_data if form.is_valid() else {}
    locales = [
        locale
        for locale in all_locales
        if not filters.get("language") or locale.language_code == filters["language"]
    ]
    rows = dashboard_rows(filters, locales)
    summary = language_summary(rows, locales)
    if filters.get("state"):
        rows = [row for row in rows if any(cell.state == filters["state"] for cell in row[1])]
    return render(
        request,
        "core/translation_dashboard.html",
        {
            "form": form,
            "locales": locales,
            "summary": summary,
            "rows": Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("p")),
        },
        status=200 if form.is_valid() or not form.is_bound else 400,
    )


class TranslationSummaryPanel(Component):
    """On the admin home page: how much of the site is up to date in each language."""

    name = "translation_summary"
    template_name = "core/translation_summary_panel.html"
    order = 150

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        locales = target_locales()
        return {"summary": language_summary(dashboard_rows({}, locales), locales)}
