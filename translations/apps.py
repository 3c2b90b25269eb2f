from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        from wagtail.signals import page_published
        from wagtail_localize.models import StringTranslation

        from translations.review import end_review_on_publish
        from translations.slugs import transliterate_translated_slug
        from translations.string_comments import comment_with_date_in_users_language
        from translations.sync import synchronise_on_publish

        StringTranslation.get_comment = comment_with_date_in_users_language
        pre_save.connect(transliterate_translated_slug, sender=StringTranslation)
        page_published.connect(synchronise_on_publish)
        page_published.connect(end_review_on_publish)
