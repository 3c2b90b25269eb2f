import copy

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_localize.views import edit_translation

from core.admin_menu import MenuItemFor
from translations import views
from translations.dashboard import TranslationSummaryPanel, can_see_dashboard, dashboard
from translations.lifecycle import pending_translation


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("translations/", dashboard, name="translation_dashboard"),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            views.submit_for_review,
            name="translation_submit_for_review",
        ),
        path(
            "translations/<int:translation_id>/send-back/",
            views.send_back,
            name="translation_send_back",
        ),
        # Same paths as wagtail-localize's views, matched first (see translations/views.py).
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            views.edit_string_translation,
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            views.edit_override,
        ),
        path("localize/translate/<int:translation_id>/machine_translate/", views.machine_translate),
        path("localize/translate/<int:translation_id>/pofile/upload/", views.upload_pofile),
        path("localize/translate/<int:translation_id>/disable/", views.stop_translation),
        path("localize/submit/page/<int:page_id>/", views.submit_page_translation),
        path("localize/update/<int:translation_source_id>/", views.update_translations),
        path("localize/page/<int:page_id>/convert_to_alias/", views.convert_to_alias),
        path("localize/reports/translations/", views.translations_report),
        path(
            "localize/reports/translations/results/",
            views.translations_report,
            {"results_only": True},
        ),
        path("localize/api/snippets/<slug:app_label>/<slug:model_name>/", views.snippets_api),
        path(
            "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.snippets_api,
        ),
    ]


@hooks.register("before_edit_page")
def edit_translation_in_progress(request, page):
    """Runs before wagtail-localize's own hook.

    A fallback whose translation has started is edited in the translation editor (wagtail-localize
    would offer to start it again). It is shown as a draft: the translation has never been
    published, and the live page at its URL is still the fallback.

    Restarting a stopped translation takes the right to publish the page, as stopping it does."""
    restarting = request.method == "POST" and "localize-restart-translation" in request.POST
    if restarting and not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    translation = pending_translation(page)
    if translation is None:
        return None
    draft = copy.copy(page.specific)
    draft.live = False  # only shown, never saved
    return edit_translation.edit_translation(request, translation, draft)


@hooks.register("register_admin_menu_item")
def register_translation_dashboard_menu_item():
    return MenuItemFor(
        _("Translations"),
        reverse("translation_dashboard"),
        can_see_dashboard,
        icon_name="site",
        order=250,
    )


@hooks.register("construct_reports_menu")
def hide_translations_report(request, menu_items):
    """wagtail-localize's report shows to everyone; the dashboard replaces it for translators."""
    if not can_see_dashboard(request.user):
        menu_items[:] = [
            item
            for item in menu_items
            if item.url != reverse("wagtail_localize:translations_report")
        ]


@hooks.register("construct_homepage_panels")
def add_translation_summary_panel(request, panels):
    if can_see_dashboard(request.user):
        panels.append(TranslationSummaryPanel(request))
