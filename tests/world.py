"""The permission world: two partner organizations, staff in every role, and the objects of the
permission matrix (docs/permission-matrix.md); used by the permission tests and the admin-language
tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Locale, Workflow
from wagtail_localize.synctree import synchronize_tree

from core.factories import SiteImageFactory
from core.i18n import translators_group_name
from home.factories import StandardPageFactory
from home.models import HomePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory
from partners.models import PartnerPage
from partners.onboarding import onboard_partner
from partners.roles import EDITORS, MODERATORS, PARTNER_WORKFLOW
from taxonomy.factories import CountryFactory
from tests.helpers import translate


def document(title, collection):
    return Document.objects.create(
        title=title, collection=collection, file=ContentFile(b"Minutes", name="minutes.txt")
    )


def build_world():
    """Two partner organizations (A with two users, B with one), staff in every role, and the
    objects of the permission matrix (docs/permission-matrix.md)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = HomePage.objects.get(locale=locales["en"])
    news_index = NewsIndexPageFactory(parent=home, slug="news")
    PartnerIndexPageFactory(parent=home, slug="partners")
    CountryFactory(slug="es", name_en="Spain")
    CountryFactory(slug="gr", name_en="Greece")
    access_a, a1, _ = onboard_partner("Cooperative A", "a1@example.org", "es")
    _, a2, _ = onboard_partner("Cooperative A", "a2@example.org")
    access_b, b, _ = onboard_partner("Association B", "b@example.org", "gr")
    user_model = get_user_model()

    def staff(name, group_name):
        user = user_model.objects.create_user(name, f"{name}@example.org", "x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    page_a, page_b = (
        PartnerPage.objects.get(
            translation_key=access.partner_translation_key, locale=locales["en"]
        )
        for access in (access_a, access_b)
    )
    b_live = NewsPageFactory(parent=page_b, title="B live news", owner=b)
    b_draft = NewsPageFactory(parent=page_b, title="B secret draft", owner=b, live=False)
    a_draft = NewsPageFactory(parent=page_a, title="A draft news", owner=a1, live=False)
    a_moderation = NewsPageFactory(
        parent=page_a, title="A news in moderation", owner=a1, live=False
    )
    for draft in (a_draft, b_draft, a_moderation):
        draft.save_revision(user=draft.owner)
    b_live.save_revision(user=b).publish()
    Workflow.objects.get(name=PARTNER_WORKFLOW).start(a_moderation, a1)
    staff_page = StandardPageFactory(parent=home, title="Staff only page", slug="staff")
    staff_page.save_revision().publish()
    staff_archive = StandardPageFactory(parent=home, title="Staff archive", slug="archive")
    pages = {
        "a_draft": a_draft,
        "a_moderation": a_moderation,
        "b_draft": b_draft,
        "b_live": b_live,
        "staff": staff_page,
        "a_page_en": page_a,
        "b_page": page_b,
    }
    for code, locale in locales.items():
        if code != "en":
            # The fallbacks the admin gives every new page (made here by factories, so synchronised
            # by hand); then A's partner page is really translated.
            synchronize_tree(locales["en"], locale)
            pages[f"a_page_{code}"] = translate(page_a, locale)
    translate(staff_page, locales["es"])
    return {
        "locales": locales,
        "users": {
            "a1": a1,
            "a2": a2,
            "b": b,
            "translator": staff("translator", translators_group_name("es")),
            "editor": staff("editor", EDITORS),
            "moderator": staff("moderator", MODERATORS),
            "superuser": user_model.objects.create_superuser("root", "root@example.org", "x"),
        },
        "pages": pages,
        "destinations": {"news": news_index, "staff": staff_archive},
        "files": {
            "a_image": SiteImageFactory(title="A image", collection=access_a.collection),
            "b_image": SiteImageFactory(title="B secret image", collection=access_b.collection),
            "a_document": document("A document", access_a.collection),
            "b_document": document("B secret document", access_b.collection),
        },
        "access": {"a": access_a, "b": access_b},
    }


def journeys(world):
    """{role: (user, [admin URLs of that role's journey])}."""
    pages, files, locales = world["pages"], world["files"], world["locales"]
    spanish_home = HomePage.objects.get(locale=locales["es"])
    staff_in_spanish = pages["staff"].get_translation(locales["es"])
    partner_page = pages["a_page_en"]
    return {
        "partner": (
            world["users"]["a1"],
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_explore", args=[partner_page.pk]),
                reverse("wagtailadmin_pages:add", args=["news", "newspage", partner_page.pk]),
                reverse("wagtailadmin_pages:edit", args=[pages["a_draft"].pk]),
                reverse("wagtailadmin_pages:edit", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_pages:history", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_pages:workflow_history", args=[pages["a_moderation"].pk]),
                reverse("wagtailimages:index"),
                reverse("wagtailimages:add_multiple"),
                reverse("wagtailimages:edit", args=[files["a_image"].pk]),
                reverse("wagtailimages_chooser:choose"),
                reverse("wagtaildocs:index"),
                reverse("wagtaildocs_chooser:choose"),
                reverse("wagtailadmin_account"),
            ],
        ),
        "moderator": (
            world["users"]["moderator"],
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_explore_root"),
                reverse("wagtailadmin_pages:edit", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_pages:workflow_history", args=[pages["a_moderation"].pk]),
                reverse("wagtailadmin_reports:workflow"),
                reverse("wagtailadmin_reports:workflow_tasks"),
                reverse("wagtailadmin_account"),
            ],
        ),
        "editor": (
            world["users"]["editor"],
            [
                reverse("wagtailadmin_home"),
                reverse("wagtailadmin_explore", args=[pages["staff"].get_parent().pk]),
                reverse("wagtailadmin_pages:edit", args=[pages["staff"].pk]),
                reverse("wagtailadmin_pages:add", args=["home", "standardpage", spanish_home.pk]),
                reverse("wagtailadmin_pages:history", args=[pages["staff"].pk]),
                reverse("translation_dashboard"),
                reverse("wagtailimages:index"),
                reverse("wagtaildocs:index"),
                reverse("wagtailsnippets_taxonomy_country:list"),
                reverse("wagtailadmin_reports:locked_pages"),
                reverse("wagtailadmin_reports:page_types_usage"),
                reverse("wagtailadmin_account"),
            ],
        ),
        "translator": (
            world["users"]["translator"],
            [
                reverse("wagtailadmin_home"),
                reverse("translation_dashboard"),
                reverse("wagtailadmin_explore", args=[spanish_home.pk]),
                reverse("wagtailadmin_pages:edit", args=[staff_in_spanish.pk]),
                reverse("wagtailadmin_account"),
            ],
        ),
    }
