"""Every user has a language: the staff user form asks for it, and the password-reset e-mail is
written in it. Their admin and every e-mail they get are in that language, never in the language
of whoever made the account or of the browser that asked for the reset."""

import logging

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.users import forms as wagtail_forms
from wagtail.users.models import UserProfile
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from core.mail import language_of, set_language
from core.throttle import client_ip, within_limit

logger = logging.getLogger(__name__)


class LanguageFieldMixin(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"),
        help_text=_("Their admin and their e-mails are in this language."),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["language"] = UserProfile.get_for_user(self.instance).preferred_language

    def save(self, commit=True):
        user = super().save(commit=commit)
        if commit:
            set_language(user, self.cleaned_data["language"])
        return user


class UserCreationForm(LanguageFieldMixin, wagtail_forms.UserCreationForm):
    pass


class UserEditForm(LanguageFieldMixin, wagtail_forms.UserEditForm):
    pass


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


class PasswordResetForm(WagtailPasswordResetForm):
    """Django renders the e-mail in the language of the request (WAGTAILADMIN_USER_PASSWORD_RESET_FORM).
    Throttled: past PASSWORD_RESETS_PER_HOUR requests for one e-mail address or from one client,
    no e-mail is sent, and the page says what it always says (it never tells whether the address
    has an account)."""

    def save(self, *args, **kwargs):
        limit = settings.PASSWORD_RESETS_PER_HOUR
        # Both counted on every request: neither stops counting while the other refuses.
        within = [
            within_limit("password-reset-email", self.cleaned_data["email"].lower(), limit, 3600),
            within_limit("password-reset-client", client_ip(kwargs["request"]), limit, 3600),
        ]
        if all(within):
            super().save(*args, **kwargs)
        else:
            logger.warning("Password reset throttled: no e-mail sent")

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with override(language_of(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class LoginForm(WagtailLoginForm):
    """Wagtail's login form gives its password field no label, so the page shows the field's name,
    "Password", in English (WAGTAILADMIN_USER_LOGIN_FORM). A sign-in refused by django-axes' lock-out
    says so, rather than that the password is wrong."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")

    def get_invalid_login_error(self):
        if not getattr(self.request, "axes_locked_out", False):
            return super().get_invalid_login_error()
        return ValidationError(locked_out_message(), code="locked_out")


def locked_out_message():
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return ngettext(
        "Too many failed sign-in attempts: signing in is blocked for %(minutes)d minute. "
        "Try again later, or ask an administrator to unblock it.",
        "Too many failed sign-in attempts: signing in is blocked for %(minutes)d minutes. "
        "Try again later, or ask an administrator to unblock it.",
        minutes,
    ) % {"minutes": minutes}


def locked_out(request, response, credentials):
    """django-axes' answer to a locked-out sign-in (AXES_LOCKOUT_CALLABLE): the login page as
    Wagtail rendered it, with LoginForm's message, as 429 Too Many Requests."""
    response.status_code = 429
    return response
