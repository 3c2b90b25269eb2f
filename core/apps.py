from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CoreConfig(AppConfig):
    default = True  # this module holds two app configs (and imports a third)
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core.display_names import translate_names_on_display

        translate_names_on_display()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with the user forms of core/users.py."""

    user_viewset = "core.users.UserViewSet"
