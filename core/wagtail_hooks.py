from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import translation_tools
from core.translation_dashboard import TranslationSummaryPanel, can_see_dashboard, dashboard


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("translations/", dashboard, name="translation_dashboard"),
        # Same paths as wagtail-localize's views, matched first (see core/translation_tools.py).
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            translation_tools.machine_translate,
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            translation_tools.upload_pofile,
        ),
        path("localize/submit/page/<int:page_id>/", translation_tools.submit_page_translation),
        path("localize/update/<int:translation_source_id>/", translation_tools.update_translations),
    ]


class TranslationDashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_dashboard_menu_item():
    return TranslationDashboardMenuItem(
        _("Translations"), reverse("translation_dashboard"), icon_name="site", order=250
    )


@hooks.register("construct_homepage_panels")
def add_translation_summary_panel(request, panels):
    if can_see_dashboard(request.user):
        panels.append(TranslationSummaryPanel(request))
