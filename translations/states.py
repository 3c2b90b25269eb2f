"""The state of every page's translation into every language, computed in bulk.

A source page is a page first written in its language (English, or a partner's Greek news...):
neither a fallback (an alias) nor the target of a wagtail-localize translation. For a source page
and another language, the translation is:
- missing: no page in that language's tree, or only the fallback (an alias of the source) and
  nobody has started translating it;
- in progress (n of m passages): started and not published yet (the fallback still stands in for
  it: translations/lifecycle.py), or published with passages still untranslated, or unpublished;
- awaiting review / changes requested: a translator submitted it, a reviewer sent it back
  (translations.models.TranslationReview);
- outdated: the source was published after the translation was last published;
- up to date: the published translation matches the current source.

The counts come from wagtail-localize's own records (TranslationSource, Translation, StringSegment,
StringTranslation). The number of queries does not depend on the number of pages.
"""

from dataclasses import dataclass

from django.db import models
from django.db.models import Count, Exists, F, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from translations.models import TranslationReview


class State(models.TextChoices):
    SOURCE = "source", _("Source")
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    OUTDATED = "outdated", _("Outdated")
    UP_TO_DATE = "up_to_date", _("Up to date")


REVIEW_STATES = {
    TranslationReview.Status.AWAITING_REVIEW: State.AWAITING_REVIEW,
    TranslationReview.Status.CHANGES_REQUESTED: State.CHANGES_REQUESTED,
}


@dataclass(frozen=True)
class Cell:
    state: State
    translated: int = 0
    total: int = 0
    page_id: int | None = None  # the page in that language's tree: the translation or fallback
    comment: str = ""  # the reviewer's, when changes were requested


def source_pages():
    """The pages translations are made from, in every language tree, without the root."""
    is_translation_target = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )
    return Page.objects.filter(depth__gt=1, alias_of__isnull=True).exclude(
        Exists(is_translation_target)
    )


def all_locales():
    return list(Locale.objects.order_by("pk"))


def translation_states(sources, locales):
    """{(source page id, locale id): Cell} for the given source pages and locales."""
    sources = list(sources)
    keys = [page.translation_key for page in sources]
    # Plain values rather than model instances: thousands of them on a large site.
    versions = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys).values(
            "id", "translation_key", "locale_id", "live", "last_published_at", "alias_of_id"
        )
    }
    translation_sources = {
        (row["object_id"], row["locale_id"]): row["id"]
        for row in TranslationSource.objects.filter(object_id__in=keys).values(
            "id", "object_id", "locale_id"
        )
    }
    translations = {
        (row["source_id"], row["target_locale_id"]): row
        for row in Translation.objects.filter(source_id__in=translation_sources.values()).values(
            "source_id", "target_locale_id", "enabled", "review__status", "review__comment"
        )
    }
    segments = StringSegment.objects.filter(source_id__in=translation_sources.values())
    totals = dict(
        segments.values("source_id").annotate(n=Count("id")).values_list("source_id", "n")
    )
    translated = {
        (row["source_id"], row["string__translations__locale_id"]): row["n"]
        for row in segments.filter(
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(n=Count("id", distinct=True))
    }

    cells = {}
    for source in sources:
        source_id = translation_sources.get((source.translation_key, source.locale_id))
        total = totals.get(source_id, 0)
        for locale in locales:
            if locale.id == source.locale_id:
                cells[source.id, locale.id] = Cell(State.SOURCE, page_id=source.id)
                continue
            target = versions.get((source.translation_key, locale.id))
            translation = translations.get((source_id, locale.id))
            done = translated.get((source_id, locale.id), 0)
            state = _state(source, target, translation, done, total)
            cells[source.id, locale.id] = Cell(
                state,
                done if translation and translation["enabled"] else 0,
                total,
                target["id"] if target else None,
                (translation or {}).get("review__comment") or ""
                if state == State.CHANGES_REQUESTED
                else "",
            )
    return cells


def _state(source, target, translation, done, total):
    started = translation is not None and translation["enabled"]
    if target is None or (target["alias_of_id"] and not started):
        return State.MISSING
    if translation and translation["review__status"]:
        return REVIEW_STATES[translation["review__status"]]
    if target["alias_of_id"] or not target["live"]:
        return State.IN_PROGRESS
    published = target["last_published_at"]
    if published and source.last_published_at and source.last_published_at > published:
        return State.OUTDATED
    if started and done < total:
        return State.IN_PROGRESS
    return State.UP_TO_DATE
