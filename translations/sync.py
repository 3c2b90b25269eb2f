"""Keeping translations in step with their source after it is published."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django_tasks import task
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from core.i18n import translators_group_name
from core.mail import email_users


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
    """Tell the translators of every language this page is translated into that its source
    changed, by e-mail, each in their own admin language."""
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        locale = translation.target_locale
        translators = get_user_model().objects.filter(
            groups__name=translators_group_name(locale.language_code), is_active=True
        )
        target = page.get_translation_or_none(locale)
        link = settings.WAGTAILADMIN_BASE_URL + reverse(
            "wagtailadmin_pages:edit", args=[(target or page).pk]
        )
        email_users(
            translators,
            "translations/email/source_changed",
            {"page": page, "source_locale": page.locale, "locale": locale, "link": link},
        )


def synchronise_on_publish(sender, instance, **kwargs):
    """page_published: a published source page, in any language, marks its translations
    outdated (its last_published_at is now later than theirs) and is synchronised in the
    background. Translations and fallbacks are not sources: they have no TranslationSource in
    their own language."""
    if instance.alias_of_id:
        return
    is_source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).exists()
    if is_source:
        page_id = instance.pk
        transaction.on_commit(lambda: synchronise_translation_source.enqueue(page_id))
