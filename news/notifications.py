"""Wagtail's moderation e-mails, with the names of workflows and tasks in the recipient's language.

Wagtail renders each e-mail in its recipient's admin language, but quotes the workflow's and the
task's names as stored: in English. Here the notifiers hand the templates names that translate as
they are rendered, from the UI catalogues (`locale/`). The same four notifiers as Wagtail's
(`wagtail.admin.signal_handlers`), on the same signals and dispatch uids, so they replace Wagtail's
whichever app is ready first.
"""

import copy

from django.utils.translation import gettext_lazy, gettext_noop
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from core.display_names import stored_name

# The names of the workflow and task Wagtail's own migrations create (used for pages outside the
# partners' part of the tree), so that the catalogues hold them too.
WAGTAIL_DEFAULT_NAMES = [gettext_noop("Moderators approval")]


class TranslatedNamesMixin:
    def get_context(self, instance, **kwargs):
        context = super().get_context(instance, **kwargs)
        for key in ("workflow", "task"):
            if key in context:
                named = copy.copy(context[key])  # never saved: only rendered
                named.name = gettext_lazy(stored_name(named))
                context[key] = named
        return context


NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        GroupApprovalTaskStateSubmissionEmailNotifier,
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowStateSubmissionEmailNotifier,
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        WorkflowStateRejectionEmailNotifier,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        WorkflowStateApprovalEmailNotifier,
    ),
]


def use_translated_names_in_moderation_emails():
    for signal, sender, dispatch_uid, wagtail_notifier in NOTIFIERS:
        notifier = type(wagtail_notifier.__name__, (TranslatedNamesMixin, wagtail_notifier), {})
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier(), sender=sender, dispatch_uid=dispatch_uid, weak=False)
