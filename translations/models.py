from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationReview(models.Model):
    """Where a translation stands between its translator and the people who may publish it.

    wagtail-localize's translation editor has no workflow: translators edit, and someone with
    publish rights publishes. A translator submits a translation for review (the reviewers are
    e-mailed); a reviewer publishes it (the review ends: translations/review.py) or sends it back
    with a comment that the translator is e-mailed and sees in the editor.
    """

    class Status(models.TextChoices):
        AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")

    translation = models.OneToOneField(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="review"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")

    def __str__(self):
        return f"{self.translation} ({self.get_status_display()})"
