"""Review of translations: a translator submits, a reviewer publishes or sends back with a comment.

Everyone concerned is e-mailed in their own admin language (core/mail.py). The review record
(translations.models.TranslationReview) ends when the translated page is published, however it is
published (the translation editor, a sync with publishing, a bulk action).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.mail import email_users
from translations.models import TranslationReview


def target_page(translation):
    """The page in the translation's language: the translation, or the fallback it replaces."""
    return Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    ).specific


def reviewers(page):
    """The people who review a translation: every active user whose groups let them publish the
    translated page (Editors, Moderators)."""
    candidates = (
        get_user_model()
        .objects.filter(
            is_active=True, groups__page_permissions__permission__codename="publish_page"
        )
        .distinct()
    )
    return [user for user in candidates if page.permissions_for_user(user).can_publish()]


def _context(translation, page):
    return {
        "page": page,
        "source_locale": translation.source.locale,
        "locale": translation.target_locale,
        "link": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[page.pk]),
    }


def submit_for_review(translation, translator):
    review, _created = TranslationReview.objects.update_or_create(
        translation=translation,
        defaults={
            "status": TranslationReview.Status.AWAITING_REVIEW,
            "submitted_by": translator,
            "reviewed_by": None,
            "comment": "",
        },
    )
    page = target_page(translation)
    email_users(
        reviewers(page),
        "translations/email/review_requested",
        {**_context(translation, page), "translator": translator},
    )
    return review


def send_back(review, reviewer, comment):
    review.status = TranslationReview.Status.CHANGES_REQUESTED
    review.reviewed_by = reviewer
    review.comment = comment
    review.save()
    page = target_page(review.translation)
    if review.submitted_by:
        email_users(
            [review.submitted_by],
            "translations/email/changes_requested",
            {**_context(review.translation, page), "reviewer": reviewer, "comment": comment},
        )


def end_review_on_publish(sender, instance, **kwargs):
    """page_published: a published translation is reviewed; its translator is told."""
    reviews = TranslationReview.objects.filter(
        translation__in=Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale_id=instance.locale_id
        )
    ).select_related("translation__source__locale", "translation__target_locale", "submitted_by")
    for review in reviews:
        if review.submitted_by:
            email_users(
                [review.submitted_by],
                "translations/email/translation_published",
                _context(review.translation, instance),
            )
        review.delete()
