from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"  # "search" would clash with nothing today, but Wagtail's is close
    verbose_name = _("Search")
