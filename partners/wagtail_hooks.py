from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from core.admin_menu import MenuItemFor
from partners.models import PartnerAccess
from partners.views import can_onboard, onboard


@hooks.register("register_admin_urls")
def register_onboarding_url():
    return [path("partners/add/", onboard, name="partner_onboarding")]


@hooks.register("register_settings_menu_item")
def register_onboarding_menu_item():
    return MenuItemFor(
        _("Add a partner organization"),
        reverse("partner_onboarding"),
        can_onboard,
        icon_name="group",
    )


def partner_page_paths(user):
    """The paths of every version of the pages of the partner organizations `user` belongs to."""
    keys = PartnerAccess.objects.filter(group__user=user).values("partner_translation_key")
    return list(Page.objects.filter(translation_key__in=keys).values_list("path", flat=True))


@hooks.register("construct_page_chooser_queryset")
def hide_other_partners_drafts(pages, request):
    """A partner's page chooser lists live pages and its own organization's pages, never another
    organization's drafts."""
    user = request.user
    if user.is_superuser or not PartnerAccess.objects.filter(group__user=user).exists():
        return pages
    own = Q()
    for page_path in partner_page_paths(user):
        own |= Q(path__startswith=page_path)
    return pages.filter(Q(live=True) | own)
