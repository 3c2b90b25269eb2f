"""The admin's account settings, where a name is optional: a partner's user has none at first
(onboarding knows only an e-mail address) and must still be able to save its language alone."""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.account import NameEmailForm
from wagtail.admin.views import account


class OptionalNameForm(NameEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = False
        self.fields["last_name"].required = False


class OptionalNameSettingsPanel(account.NameEmailSettingsPanel):
    form_class = OptionalNameForm


class AccountView(account.AccountView):
    def get_panels(self):
        return [
            OptionalNameSettingsPanel(panel.request, panel.user, panel.profile)
            if isinstance(panel, account.NameEmailSettingsPanel)
            else panel
            for panel in super().get_panels()
        ]


# Served at /admin/account/ ahead of Wagtail's own view (config/urls.py).
account_view = require_admin_access(AccountView.as_view())
