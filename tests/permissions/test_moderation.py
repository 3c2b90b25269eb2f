"""Partner news goes through moderation in every language tree; permissions follow new versions."""

import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import GroupPagePermission, Locale, Page, PageLogEntry, WorkflowState

from news.models import NewsPage
from tests.conftest import translate


def add_news(client, parent, title):
    """A partner writes news under its page and submits it for moderation, in the admin."""
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", parent.pk])
    return client.post(
        url,
        {
            "title": title,
            "slug": slugify(title) or "news",
            "summary": "",
            "date": "2026-11-28",
            "body-count": "0",
            "partner": "",
            "related_projects": [],
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-submit": "1",
        },
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_submit_approve_publish_with_emails(client, world, language, mailoutbox):
    partner_page = world["pages"]["a_page"].get_translation(
        Locale.objects.get(language_code=language)
    )
    client.force_login(world["users"]["a1"])

    response = add_news(client, partner_page, "Our open day")

    assert response.status_code == 302, response.content.decode()[:2000]
    news = NewsPage.objects.child_of(partner_page).get(title="Our open day")
    assert not news.live
    assert news.partner_id == partner_page.pk  # set from where it was written
    state = news.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    moderator = world["users"]["moderator"]
    assert any(moderator.email in mail.to for mail in mailoutbox)
    mailoutbox.clear()

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[news.pk, "approve", task_state.pk]),
        {"comment": "Thank you"},
    )

    assert response.status_code in (200, 302)
    news.refresh_from_db()
    assert news.live
    assert any(world["users"]["a1"].email in mail.to for mail in mailoutbox)
    actions = set(PageLogEntry.objects.filter(page=news).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.publish"} <= actions


def test_partner_cannot_sign_news_with_another_partner(client, world):
    client.force_login(world["users"]["a1"])
    response = add_news(client, world["pages"]["a_page"], "Signed by B?")
    assert response.status_code == 302
    news = NewsPage.objects.get(title="Signed by B?", locale__language_code="en")
    news.partner = world["pages"]["b_page"]
    news.save_revision()
    assert news.get_latest_revision_as_object().partner_id == world["pages"]["a_page"].pk


def test_a_new_translation_of_a_partner_page_gets_its_permissions(world, locales):
    access = world["access"]["a"]
    english = world["pages"]["a_page"]
    french = translate(english, locales["fr"])  # turns the fallback into a translation

    assert GroupPagePermission.objects.filter(group=access.group, page=french).count() == 2
    assert french.get_translation(locales["en"]).pk == english.pk


def test_every_language_version_of_the_partner_page_is_granted(world):
    access = world["access"]["a"]
    versions = Page.objects.filter(translation_key=access.partner_translation_key)

    assert versions.count() == 5
    for version in versions:
        assert set(
            GroupPagePermission.objects.filter(group=access.group, page=version).values_list(
                "permission__codename", flat=True
            )
        ) == {"add_page", "change_page"}


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_xss_in_partner_fields_is_inert_on_the_site_and_in_the_admin(client, world):
    client.force_login(world["users"]["a1"])
    add_news(client, world["pages"]["a_page"], XSS)
    news = NewsPage.objects.get(title=XSS, locale__language_code="en")
    news.summary = XSS
    news.save_revision().publish()

    for url in (news.url, reverse("wagtailadmin_pages:edit", args=[news.pk])):
        body = client.get(url).content.decode()
        assert '<script>alert("x")' not in body
        assert "<img src=x onerror" not in body


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


def test_partners_cannot_onboard(client, world):
    client.force_login(world["users"]["a1"])

    assert client.get(reverse("partner_onboarding")).status_code == 302
