"""Every user has a language: the staff user form asks for it, and the password-reset e-mail is
written in it. Their admin and every e-mail they get are in that language, never in the language
of whoever made the account or of the browser that asked for the reset."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.users import forms as wagtail_forms
from wagtail.users.models import UserProfile
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from core.mail import language_of, set_language


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
    """Django renders the e-mail in the language of the request (WAGTAILADMIN_USER_PASSWORD_RESET_FORM)."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with override(language_of(context["user"])):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class LoginForm(WagtailLoginForm):
    """Wagtail's login form gives its password field no label, so the page shows the field's name,
    "Password", in English (WAGTAILADMIN_USER_LOGIN_FORM)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
