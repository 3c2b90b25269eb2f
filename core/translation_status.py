"""The state of every page's translation into every language, computed in bulk.

For a source page (in the default language) and a language, the translation is:
- missing: no page in that language's tree, or only a fallback (an alias of the source);
- outdated: the source was published after the translation was last published;
- in progress: some segments are not translated yet, or the translation was never published;
- up to date: otherwise.

The counts come from wagtail-localize's own records (TranslationSource, StringSegment,
StringTranslation). The number of queries does not depend on the number of pages.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import Count, F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from django_tasks import task
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, TranslationSource

from core.i18n import translators_group_name


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", _("In progress")
    OUTDATED = "outdated", _("Outdated")
    UP_TO_DATE = "up_to_date", _("Up to date")


@dataclass(frozen=True)
class Cell:
    state: State
    translated: int = 0
    total: int = 0
    page_id: int | None = None  # the translation, when there is one


def source_pages():
    """The pages translations are made from: the default language's tree, without its root."""
    return Page.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, depth__gt=1, alias_of__isnull=True
    )


def translation_states(sources, locales):
    """{(source page id, locale id): Cell} for the given source pages and target locales."""
    sources = list(sources)
    keys = [page.translation_key for page in sources]
    # Plain values rather than model instances: thousands of them on a large site.
    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(
            translation_key__in=keys, locale__in=locales, alias_of__isnull=True
        ).values("id", "translation_key", "locale_id", "live", "last_published_at")
    }
    source_ids = dict(
        TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).values_list("object_id", "id")
    )
    segments = StringSegment.objects.filter(source_id__in=source_ids.values())
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
        source_id = source_ids.get(source.translation_key)
        total = totals.get(source_id, 0)
        for locale in locales:
            target = targets.get((source.translation_key, locale.id))
            if target is None:
                cells[source.id, locale.id] = Cell(State.MISSING, 0, total)
                continue
            done = translated.get((source_id, locale.id), 0)
            published = target["last_published_at"]
            if published and source.last_published_at and source.last_published_at > published:
                state = State.OUTDATED
            elif done < total or not target["live"]:
                state = State.IN_PROGRESS
            else:
                state = State.UP_TO_DATE
            cells[source.id, locale.id] = Cell(state, done, total, target["id"])
    return cells


def target_locales():
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("pk"))


@task()
def synchronise_translation_source(page_id):
    """Bring wagtail-localize's copy of a source page up to date after it was published: new and
    changed passages appear in the translation editor, the translations of unchanged ones are
    kept (they are stored per passage), and no translated page is saved or published. Then the
    translators of each language concerned are told."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is not None:
        source.update_from_db()
        notify_translators(page, source)


def notify_translators(page, source):
    """Tell the translators of every language this page is translated into that the English
    page changed, by e-mail, each in their own admin language."""
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        locale = translation.target_locale
        translators = (
            get_user_model()
            .objects.filter(
                groups__name=translators_group_name(locale.language_code), is_active=True
            )
            .exclude(email="")
        )
        target = page.get_translation_or_none(locale)
        link = settings.WAGTAILADMIN_BASE_URL + reverse(
            "wagtailadmin_pages:edit", args=[(target or page).pk]
        )
        for translator in translators:
            with override(UserProfile.get_for_user(translator).get_preferred_language()):
                context = {"page": page, "language": locale.get_display_name(), "link": link}
                send_mail(
                    render_to_string("core/translation_changed_subject.txt", context).strip(),
                    render_to_string("core/translation_changed.txt", context),
                    None,
                    [translator.email],
                )


def synchronise_on_publish(sender, instance, **kwargs):
    """page_published: a published source page marks its translations outdated (its
    last_published_at is now later than theirs) and is synchronised in the background."""
    if instance.alias_of_id or instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    page_id = instance.pk
    transaction.on_commit(lambda: synchronise_translation_source.enqueue(page_id))
