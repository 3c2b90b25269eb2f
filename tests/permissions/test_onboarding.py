"""Onboarding a partner organization in one step, in the admin and on the command line."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import Collection, GroupPagePermission, Page
from wagtail.users.models import UserProfile

from partners.models import PartnerAccess
from taxonomy.factories import CountryFactory
from tests.helpers import LANGUAGE_CODES, parse_html, speaking


def test_staff_onboard_a_partner_in_the_admin(client, section_pages, django_user_model, mailoutbox):
    CountryFactory(slug="it", name_en="Italy")
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "x"))
    url = reverse("partner_onboarding")

    assert client.post(url, {"name": "", "email": "not-an-email"}).status_code == 400
    response = client.post(url, {"name": "Mutual C", "email": "c@example.org", "country": "it"})
    client.post(url, {"name": "Mutual C", "email": "c@example.org", "country": "it"})  # again

    assert response.status_code == 302
    assert PartnerAccess.objects.filter(name="Mutual C").count() == 1
    assert django_user_model.objects.filter(email="c@example.org").count() == 1
    assert len(mailoutbox) == 1
    assert "/admin/password_reset/confirm/" in mailoutbox[0].body


@pytest.mark.parametrize(
    ("chosen", "expected", "subject"),
    [
        ("", "el", "Ο λογαριασμός σας στον ιστότοπο της Nexes"),
        ("fr", "fr", "Votre compte sur le site de Nexes"),
    ],
    ids=["the country's language", "a chosen language"],
)
def test_a_partner_onboarded_from_a_spanish_admin_gets_its_welcome_in_its_own_language(
    client, section_pages, django_user_model, mailoutbox, chosen, expected, subject
):
    CountryFactory(slug="gr", name_en="Greece")
    administrator = django_user_model.objects.create_superuser("root", "r@example.org", "x")
    speaking(administrator, "es")
    client.force_login(administrator)
    form = parse_html(client.get(reverse("partner_onboarding")))
    assert form.select_one("select[name=language]") is not None

    client.post(
        reverse("partner_onboarding"),
        {"name": "Ανοιχτή κουζίνα", "email": "k@example.org", "country": "gr", "language": chosen},
    )

    partner = django_user_model.objects.get(email="k@example.org")
    assert UserProfile.get_for_user(partner).preferred_language == expected
    (welcome,) = mailoutbox
    assert welcome.subject == subject  # not the administrator's Spanish
    assert "Hello" not in welcome.body
    assert "Hola" not in welcome.body


def add_partner(*arguments):
    out = StringIO()
    call_command("add_partner", *arguments, stdout=out)
    return out.getvalue()


def test_add_partner_is_one_step_safe_to_repeat_and_reaches_every_tree(
    section_pages, django_user_model, mailoutbox
):
    CountryFactory(slug="gr", name_en="Greece")
    arguments = ["--name", "Mutual D", "--email", "d1@example.org", "--country", "GR"]

    first = add_partner(*arguments)
    add_partner(*arguments)  # again: nothing changes
    # A second user, who reads Italian.
    add_partner("--name", "Mutual D", "--email", "d2@example.org", "--language", "it")

    assert "d1@example.org created" in first
    access = PartnerAccess.objects.get(name="Mutual D")
    assert set(access.group.user_set.values_list("email", flat=True)) == {
        "d1@example.org",
        "d2@example.org",
    }
    assert Group.objects.filter(name="Partner: Mutual D").count() == 1
    assert Collection.objects.filter(name="Mutual D").count() == 1
    assert [mail.to for mail in mailoutbox] == [["d1@example.org"], ["d2@example.org"]]
    # Each welcome in its user's language: the country's (Greece), then the one chosen.
    assert [mail.subject for mail in mailoutbox] == [
        "Ο λογαριασμός σας στον ιστότοπο της Nexes",
        "Il tuo account sul sito di Nexes",
    ]
    versions = Page.objects.filter(translation_key=access.partner_translation_key)
    assert sorted(versions.values_list("locale__language_code", flat=True)) == sorted(
        LANGUAGE_CODES
    )
    for version in versions:
        assert GroupPagePermission.objects.filter(group=access.group, page=version).count() == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--name", "Mutual E", "--email", "not-an-email"], "--email"),
        (["--name", "", "--email", "e@example.org"], "--name"),
        (["--name", "Mutual E", "--email", "e@example.org", "--country", "XX"], "--country"),
    ],
)
def test_add_partner_refuses_bad_input_and_creates_nothing(section_pages, arguments, message):
    with pytest.raises(CommandError, match=message):
        add_partner(*arguments)

    assert not PartnerAccess.objects.exists()
    assert not Group.objects.filter(name__startswith="Partner:").exists()


def test_add_partner_needs_the_partner_index(home_pages):
    with pytest.raises(CommandError, match="partner organizations index"):
        add_partner("--name", "Mutual F", "--email", "f@example.org")
