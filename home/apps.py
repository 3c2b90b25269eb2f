from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home.bootstrap import ensure_locales_and_home_pages

        post_migrate.connect(ensure_locales_and_home_pages, sender=self)
