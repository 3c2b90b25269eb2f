from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from wagtail_localize.models import StringTranslation

        from core.slugs import transliterate_translated_slug

        pre_save.connect(transliterate_translated_slug, sender=StringTranslation)
