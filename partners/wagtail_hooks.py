from django.db.models import Q
from wagtail import hooks
from wagtail.models import Page

from partners.models import PartnerAccess


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
    for path in partner_page_paths(user):
        own |= Q(path__startswith=path)
    return pages.filter(Q(live=True) | own)
