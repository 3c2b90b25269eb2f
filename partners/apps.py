from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from partners.models import PartnerPage
        from partners.roles import ensure_roles, grant_on_new_version

        # After home's bootstrap (home comes first in INSTALLED_APPS): the trees exist.
        post_migrate.connect(ensure_roles, sender=self)
        post_save.connect(grant_on_new_version, sender=PartnerPage)
