from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy

from taxonomy.models import Country


class OnboardPartnerForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Organization name"), max_length=255)
    email = forms.EmailField(label=gettext_lazy("E-mail of its first user"))
    country = forms.ModelChoiceField(
        label=gettext_lazy("Country"),
        queryset=Country.objects.all(),
        required=False,
        to_field_name="slug",
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of its users"),
        help_text=gettext_lazy(
            "Their admin and e-mails are in this language. Default: the country's language."
        ),
        choices=[("", "—"), *settings.LANGUAGES],
        required=False,
    )
