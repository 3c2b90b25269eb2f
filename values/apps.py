from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ValuesConfig(AppConfig):
    name = "values"
    verbose_name = _("Values")
