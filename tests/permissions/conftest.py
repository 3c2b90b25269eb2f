import pytest
from django.contrib.auth.models import Group
from wagtail.documents.models import Document
from wagtail_localize.synctree import synchronize_tree

from core.factories import SiteImageFactory
from core.i18n import translators_group_name
from home.factories import StandardPageFactory
from news.factories import NewsPageFactory
from partners.onboarding import onboard_partner
from partners.roles import EDITORS, MODERATORS
from taxonomy.factories import CountryFactory


@pytest.fixture
def world(section_pages, locales, django_user_model, mailoutbox):
    """Two partner organizations (A with two users, B with one), staff in every role, and the
    objects of the permission matrix (docs/permission-matrix.md)."""
    CountryFactory(slug="es", name_en="Spain")
    CountryFactory(slug="gr", name_en="Greece")
    access_a, a1, _ = onboard_partner("Cooperative A", "a1@example.org", "es")
    _, a2, _ = onboard_partner("Cooperative A", "a2@example.org")
    access_b, b, _ = onboard_partner("Association B", "b@example.org", "gr")
    for code, locale in locales.items():
        if code != "en":
            synchronize_tree(locales["en"], locale)  # the partners' pages appear in every tree

    def staff(name, group_name):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    page_a = access_a.group.page_permissions.first().page.specific
    page_b = access_b.group.page_permissions.first().page.specific
    page_a = page_a.get_translation(locales["en"])
    page_b = page_b.get_translation(locales["en"])
    b_live = NewsPageFactory(parent=page_b, title="B live news", owner=b)
    b_draft = NewsPageFactory(parent=page_b, title="B secret draft", owner=b, live=False)
    a_draft = NewsPageFactory(parent=page_a, title="A draft news", owner=a1, live=False)
    for draft in (a_draft, b_draft):
        draft.save_revision(user=draft.owner)
    b_live.save_revision(user=b).publish()
    staff_page = StandardPageFactory(
        parent=section_pages["projects"].get_parent(), title="Staff only page", slug="staff"
    )
    staff_page.save_revision().publish()
    mailoutbox.clear()
    return {
        "users": {
            "a1": a1,
            "a2": a2,
            "b": b,
            "translator": staff("translator", translators_group_name("es")),
            "editor": staff("editor", EDITORS),
            "moderator": staff("moderator", MODERATORS),
            "superuser": django_user_model.objects.create_superuser(
                "root", "root@example.org", "x"
            ),
        },
        "pages": {
            "a_page": page_a,
            "b_page": page_b,
            "a_draft": a_draft,
            "b_draft": b_draft,
            "b_live": b_live,
            "staff_page": staff_page,
        },
        "images": {
            "a": SiteImageFactory(title="A image", collection=access_a.collection),
            "b": SiteImageFactory(title="B secret image", collection=access_b.collection),
        },
        "documents": {
            "b": Document.objects.create(title="B secret document", collection=access_b.collection),
        },
        "access": {"a": access_a, "b": access_b},
    }
