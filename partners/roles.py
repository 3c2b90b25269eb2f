"""The staff roles and each partner organization's permissions. Idempotent: run after every migrate
(partners/apps.py) and by `add_partner`.

Wagtail attaches page permissions and workflows to a page and its subtree, and every language has
its own tree: a permission on the Spanish version of a partner's page does not reach the French
one. So a partner's permissions and the moderation workflow are granted on every version of its
page, and granted again whenever a new version appears (`grant_on_new_version`).
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_noop
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.i18n import translators_group_name

PERMISSION_APPS = [
    "wagtailadmin",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtail_localize",
    "taxonomy",
]
# Stored in English; shown in the reader's language (core/display_names.py).
MODERATORS = gettext_noop("Moderators")
EDITORS = gettext_noop("Editors")
PARTNER_WORKFLOW = gettext_noop("Partner news moderation")
MODERATORS_TASK = gettext_noop("Moderators' approval")

IMAGE_AND_DOCUMENT_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_pages(group, page, permission_types):
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", f"{permission_type}_page")
        )


def grant_collection(group, collection, permissions=IMAGE_AND_DOCUMENT_PERMISSIONS):
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(app_label, codename)
        )


def staff_group(name, model_permissions=()):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        permission("wagtailadmin", "access_admin"),
        *(permission(app_label, codename) for app_label, codename in model_permissions),
    )
    return group


def ensure_roles(**kwargs):
    """Moderators and Editors over the whole site; one Translators group per language, over that
    language's tree only; the moderation workflow that partner news goes through."""
    root = Page.get_first_root_node()
    if root is None:
        return
    # After a fresh migrate (or a test database flush) this runs before django.contrib.auth's own
    # post_migrate handler has created the permissions it grants: create them first (idempotent).
    for app_label in PERMISSION_APPS:
        create_permissions(apps.get_app_config(app_label), verbosity=0)
    # wagtail-localize's own permission comes from one of its migrations, not from a model.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(
            app_label="wagtail_localize", model="translation"
        )[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    moderators = staff_group(MODERATORS)
    grant_pages(moderators, root, ["change", "publish", "lock", "unlock"])
    editors = staff_group(
        EDITORS,
        [
            ("wagtail_localize", "submit_translation"),
            *[
                ("taxonomy", f"{action}_{model}")
                for action in ("add", "change", "delete")
                for model in ("country", "theme", "legalform")
            ],
        ],
    )
    grant_pages(editors, root, ["add", "change", "publish", "bulk_delete", "lock", "unlock"])
    # An emptied (flushed) database has lost wagtailcore's root collection too.
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for group in (moderators, editors):
        grant_collection(group, root_collection)

    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        translators = staff_group(
            translators_group_name(locale.language_code),
            [("wagtail_localize", "submit_translation")],
        )
        # Edit, never publish: their work goes through moderation like any change.
        for home in Page.objects.filter(depth=2, locale=locale):
            grant_pages(translators, home, ["add", "change"])
        GroupCollectionPermission.objects.get_or_create(
            group=translators,
            collection=root_collection,
            permission=permission("wagtailimages", "choose_image"),
        )

    moderation_workflow()


def moderation_workflow():
    task, _created = GroupApprovalTask.objects.get_or_create(name=MODERATORS_TASK)
    task.groups.add(Group.objects.get(name=MODERATORS))
    workflow, _created = Workflow.objects.get_or_create(name=PARTNER_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def grant_partner(access, page):
    """A partner's rights on one version of its page: add news and edit them (its own subtree),
    no publishing; and the moderation workflow on that subtree."""
    grant_pages(access.group, page, ["add", "change"])
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": moderation_workflow()})


def grant_on_new_version(sender, instance, created, **kwargs):
    """post_save of pages: a new translation (or fallback) of a partner's page gets the partner's
    permissions and the moderation workflow at once."""
    from partners.models import PartnerAccess

    if not created:
        return
    for access in PartnerAccess.objects.filter(partner_translation_key=instance.translation_key):
        grant_partner(access, instance)
