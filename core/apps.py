from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the user forms of core/users.py."""

    user_viewset = "core.users.UserViewSet"
