"""Staff onboard a partner organization in the admin, in one step."""

from django.urls import reverse


def test_staff_onboard_a_partner_in_the_admin(client, section_pages, django_user_model, mailoutbox):
    from partners.models import PartnerAccess
    from taxonomy.factories import CountryFactory

    CountryFactory(slug="it", name_en="Italy")
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "x"))
    url = reverse("partner_onboarding")

    assert client.post(url, {"name": "", "email": "not-an-email"}).status_code == 400
    response = client.post(url, {"name": "Mutual C", "email": "c@example.org", "country": "it"})
    client.post(url, {"name": "Mutual C", "email": "c@example.org", "country": "it"})  # again

    assert response.status_code == 302
    assert PartnerAccess.objects.filter(name="Mutual C").count() == 1
    assert django_user_model.objects.filter(email="c@example.org").count() == 1
    assert len(mailoutbox) == 1 and "/admin/password_reset/confirm/" in mailoutbox[0].body
