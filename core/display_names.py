"""Names the project creates (workflows, tasks, the staff groups, the root collection) are stored
once, in English, and shown in the reader's language, from the UI catalogues (`locale/`).

Each workflow, task or group loaded while a language is active (a request in the admin: the
user's) gets its name translated into it; saving puts the stored name back, so a save never writes
a translation into the database. Names the catalogues do not hold (a workflow an administrator
created) show as stored. E-mails, rendered in each recipient's language after the objects are
loaded, translate the stored name again (`stored_name`, news/notifications.py).
"""

import functools
import re

from django.contrib.auth.models import Group
from django.db.models.signals import post_init, pre_save
from django.utils.translation import gettext, gettext_noop
from wagtail.models import Collection, Task, Workflow
from wagtail.workflows import get_task_types

# Wagtail's migrations name the root collection in English; shown through our catalogues.
ROOT_COLLECTION = gettext_noop("Root")


def stored_name(obj):
    return getattr(obj, "_stored_name", obj.name)


def show_name_translated(sender, instance, **kwargs):
    if instance.name:
        instance._stored_name = instance.name
        instance.name = instance._shown_name = translated(instance.name)


def translated(name):
    """`name` in the active language: a message of the catalogues, or a group name made from one
    with a name in it ("Translators: Ελληνικά", "Partner: Cooperative A")."""
    for message, pattern in named_patterns():
        if match := pattern.fullmatch(name):
            return gettext(message) % match.groupdict()
    return gettext(name)


@functools.cache
def named_patterns():
    from core.i18n import TRANSLATORS_GROUP
    from partners.onboarding import PARTNER_GROUP

    return [
        (message, re.compile(re.sub(r"%\\\((\w+)\\\)s", r"(?P<\1>.+)", re.escape(message))))
        for message in (TRANSLATORS_GROUP, PARTNER_GROUP)
    ]


def store_name_untranslated(sender, instance, **kwargs):
    # Unless it was renamed (in the admin), the name goes back as it was stored.
    if getattr(instance, "_shown_name", None) is not None and instance.name == instance._shown_name:
        instance.name = instance._stored_name


def translate_names_on_display():
    for model in (Group, Workflow, Task, *get_task_types(), Collection):
        uid = f"display-names-{model._meta.label}"
        post_init.connect(show_name_translated, sender=model, dispatch_uid=uid)
        pre_save.connect(store_name_untranslated, sender=model, dispatch_uid=uid)
