"""Every user has a language, set when the account is made and changed in account settings."""

from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from partners.onboarding import onboard_partner
from taxonomy.factories import CountryFactory
from tests.helpers import form_data, parse_html, speaking


def test_a_user_without_a_name_saves_a_language_preference(client, section_pages):
    CountryFactory(slug="es", name_en="Spain")
    _access, partner, _created = onboard_partner("Cooperative A", "a@example.org", "es")
    assert (partner.first_name, partner.last_name) == ("", "")  # onboarding knows no name
    client.force_login(partner)
    url = reverse("wagtailadmin_account")
    data = form_data(client.get(url), "main form")
    data["locale-preferred_language"] = "it"

    response = client.post(url, data)

    assert response.status_code == 302
    assert UserProfile.get_for_user(partner).preferred_language == "it"
    assert parse_html(client.get(url)).html["lang"] == "it"


def test_a_user_made_by_a_spanish_administrator_speaks_the_language_chosen_for_them(
    client, django_user_model, mailoutbox
):
    administrator = django_user_model.objects.create_superuser("root", "r@example.org", "x")
    speaking(administrator, "es")
    client.force_login(administrator)
    url = reverse("wagtailusers_users:add")
    data = form_data(client.get(url), "main form")
    data.update(
        username="eleni",
        email="eleni@example.org",
        first_name="Eleni",
        last_name="Papadopoulou",
        password1="a long pass phrase",
        password2="a long pass phrase",
        language="el",
    )

    assert client.post(url, data).status_code == 302

    eleni = django_user_model.objects.get(username="eleni")
    assert UserProfile.get_for_user(eleni).preferred_language == "el"
    edit_form = parse_html(client.get(reverse("wagtailusers_users:edit", args=[eleni.pk])))
    assert edit_form.select_one("select[name=language] option[selected]")["value"] == "el"

    # She forgets her password; her browser reads English, her e-mail comes in Greek.
    client.logout()
    Client(HTTP_ACCEPT_LANGUAGE="en").post(
        reverse("wagtailadmin_password_reset"), {"email": "eleni@example.org"}
    )
    (reset,) = mailoutbox
    assert reset.subject == "Ανανέωση κωδικού"  # Wagtail's Greek for "Password reset"
