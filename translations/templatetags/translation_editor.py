"""Our additions to wagtail-localize's translation editor (templates/wagtail_localize/admin/)."""

from django import template

from translations.models import TranslationReview

register = template.Library()


@register.inclusion_tag("translations/review_panel.html", takes_context=True)
def translation_review_panel(context, translation, page):
    """Where the translation shown in the translation editor stands, and what the user may do."""
    permissions = page.permissions_for_user(context["request"].user)
    return {
        "translation": translation,
        "review": TranslationReview.objects.filter(translation=translation)
        .select_related("submitted_by", "reviewed_by")
        .first(),
        "is_fallback_live": page.alias_of_id is not None,
        "can_submit": permissions.can_edit() and translation.enabled,
        "can_review": permissions.can_publish(),
        "csrf_token": context.get("csrf_token"),
    }
