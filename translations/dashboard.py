"""The translation dashboard: source pages (rows) by languages (columns), with their state.

Each cell links to what the signed-in user may do there: start the translation, or open it in the
translation editor. Rights are judged per language tree, as the roles grant them (partners/roles.py):
translators over their language's tree, editors and moderators over every tree.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, get_page_models

from core.i18n import translators_group_name
from translations.states import State, all_locales, source_pages, translation_states

ROWS_PER_PAGE = 50


def can_see_dashboard(user):
    # Staff who translate or edit; partners never see other organizations' page titles.
    return user.is_active and user.has_perm("wagtail_localize.submit_translation")


def own_language(user, locales):
    """The language of the one translators' group `user` belongs to, if any."""
    names = {translators_group_name(locale.language_code): locale for locale in locales}
    groups = Group.objects.filter(user=user, name__in=names).values_list("name", flat=True)
    return names[groups[0]].language_code if len(groups) == 1 else None


class DashboardFilterForm(forms.Form):
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None
    )
    page_type = forms.TypedChoiceField(
        label=_("Page type"), required=False, coerce=int, empty_value=None
    )
    source_language = forms.ChoiceField(label=_("Source language"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["section"].choices = everything + section_choices(locales)
        page_types = ContentType.objects.get_for_models(*get_page_models()).items()
        self.fields["page_type"].choices = everything + sorted(
            (
                (content_type.pk, model._meta.verbose_name)
                for model, content_type in page_types
                if model._meta.app_label != "wagtailcore"
            ),
            key=lambda choice: str(choice[1]),
        )
        languages = [(locale.language_code, locale.get_display_name()) for locale in locales]
        self.fields["source_language"].choices = everything + languages
        self.fields["language"].choices = everything + languages
        self.fields["state"].choices = everything + [
            choice for choice in State.choices if choice[0] != State.SOURCE
        ]


def section_choices(locales):
    """The home pages' children that have pages under them, as written in their own language (not
    their translations: a section's filter covers it in every language tree)."""
    names = {locale.id: locale.get_display_name() for locale in locales}
    sections = source_pages().filter(depth=3, numchild__gt=0).order_by("path")
    return [
        (pk, f"{title} ({names[locale_id]})")
        for pk, title, locale_id in sections.values_list("pk", "title", "locale_id")
    ]


def in_section(pages, section_id):
    """The pages under the section or under its translations and fallbacks, the section included."""
    section_key = Page.objects.filter(pk=section_id).values("translation_key")
    paths = Page.objects.filter(translation_key__in=section_key).values_list("path", flat=True)
    under_any = Q(pk__in=[])
    for path in paths:
        under_any |= Q(path__startswith=path)
    return pages.filter(under_any)


def language_summary(rows, locales):
    """Per language: the share of the pages written in other languages whose translation into it
    is up to date, in percent."""
    summary = []
    for index, locale in enumerate(locales):
        states = [cells[index].state for _page, cells in rows if cells[index].state != State.SOURCE]
        up_to_date = states.count(State.UP_TO_DATE)
        summary.append((locale, round(100 * up_to_date / len(states)) if states else 100))
    return summary


def dashboard_rows(filters, locales):
    pages = source_pages().order_by("path")
    if filters.get("section"):
        pages = in_section(pages, filters["section"])
    if filters.get("page_type"):
        pages = pages.filter(content_type_id=filters["page_type"])
    if filters.get("source_language"):
        pages = pages.filter(locale__language_code=filters["source_language"])
    pages = list(
        pages.only(
            "id", "title", "path", "depth", "translation_key", "locale_id", "last_published_at"
        )
    )
    cells = translation_states(pages, locales)
    return [(page, [cells[page.id, locale.id] for locale in locales]) for page in pages]


def trees_user_may_translate(user, locales):
    """{locale id: (may start translations there, may edit translations there)}, judged on that
    language's home page, which is where the roles grant rights over a tree."""
    homes = {home.locale_id: home for home in Page.objects.filter(depth=2)}
    rights = {}
    for locale in locales:
        home = homes.get(locale.id)
        permissions = home.permissions_for_user(user) if home else None
        rights[locale.id] = (
            bool(permissions and permissions.can_add_subpage()),
            bool(permissions and permissions.can_edit()),
        )
    return rights


def linked_rows(request, rows, all_locales, shown):
    """The rows with, for the source and each cell, the link to what the user may do there (or
    None): open the page or translation in the editor, or start the translation."""
    rights = trees_user_may_translate(request.user, all_locales)
    locales_by_id = {locale.id: locale for locale in all_locales}
    back = request.get_full_path()
    linked = []
    for page, cells in rows:
        source_link = edit_url(page.pk) if rights[page.locale_id][1] else None
        links = []
        for locale, cell in zip(shown, cells, strict=True):
            may_start, may_edit = rights[locale.id]
            if cell.state == State.SOURCE:
                link = source_link
            elif cell.state == State.MISSING:
                link = start_url(page.pk, locale, back) if may_start else None
            else:
                link = edit_url(cell.page_id) if may_edit else None
            links.append((cell, link))
        linked.append((page, locales_by_id[page.locale_id], source_link, links))
    return linked


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def start_url(page_id, locale, back):
    query = urlencode({"select_locale": locale.language_code, "next": back})
    return reverse("wagtail_localize:submit_page_translation", args=[page_id]) + "?" + query


def dashboard(request):
    if not can_see_dashboard(request.user):
        raise PermissionDenied
    locales = all_locales()
    data = request.GET.copy()
    if "language" not in data:  # a translator starts with their own language
        data["language"] = own_language(request.user, locales) or ""
    form = DashboardFilterForm(data, locales=locales)
    filters = form.cleaned_data if form.is_valid() else {}
    shown = [
        locale
        for locale in locales
        if not filters.get("language") or locale.language_code == filters["language"]
    ]
    rows = dashboard_rows(filters, shown)
    summary = language_summary(rows, shown)
    if filters.get("state"):
        rows = [row for row in rows if any(cell.state == filters["state"] for cell in row[1])]
    listed = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "translations/dashboard.html",
        {
            "form": form,
            "locales": shown,
            "summary": summary,
            "rows": listed,
            "linked_rows": linked_rows(request, listed, locales, shown),
        },
        status=200 if form.is_valid() else 400,
    )


class TranslationSummaryPanel(Component):
    """On the admin home page: how much of the site is up to date in each language."""

    name = "translation_summary"
    template_name = "translations/summary_panel.html"
    order = 150

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        locales = all_locales()
        return {"summary": language_summary(dashboard_rows({}, locales), locales)}
