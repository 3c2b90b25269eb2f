from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from wagtail.signals import page_published
        from wagtail_localize.models import StringTranslation

        from core.slugs import transliterate_translated_slug
        from core.translation_status import synchronise_on_publish

        pre_save.connect(transliterate_translated_slug, sender=StringTranslation)
        page_published.connect(synchronise_on_publish)
