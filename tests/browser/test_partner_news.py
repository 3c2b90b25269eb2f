"""A partner writes news in the real admin, in a browser, and a moderator approves it."""

import re

import pytest

from news.models import NewsPage
from partners.factories import PartnerIndexPageFactory
from partners.models import PartnerPage
from partners.onboarding import onboard_partner
from partners.roles import MODERATORS
from tests.helpers import PASSWORD, member, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_partner_submits_news_and_a_moderator_approves_it(browser, live_server, home_pages):
    PartnerIndexPageFactory(parent=home_pages["en"], slug="partners")
    access, partner, _ = onboard_partner("Cooperative A", "a1@example.org")
    partner.set_password(PASSWORD)
    partner.save()
    moderator = member("moderator", MODERATORS)
    spanish_page = PartnerPage.objects.get(
        translation_key=access.partner_translation_key, locale__language_code="es"
    )
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()

    sign_in(page, partner.username)
    page.goto(f"/admin/pages/add/news/newspage/{spanish_page.pk}/", wait_until="networkidle")
    page.locator("#id_title").fill("Jornada de puertas abiertas")
    page.locator("#id_date").fill("2026-11-28")

    # No way to publish: the menu offers saving and submitting for moderation only.
    page.locator("[data-w-dropdown-target='toggle']").last.click()
    assert page.get_by_role("button", name=re.compile("Publish")).count() == 0
    page.get_by_role("button", name="Submit to Partner news moderation").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))

    news = NewsPage.objects.get(title="Jornada de puertas abiertas")
    assert news.locale.language_code == "es"
    assert news.workflow_in_progress
    assert not news.live
    context.close()

    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    sign_in(page, moderator.username)
    page.goto(f"/admin/pages/{news.pk}/edit/", wait_until="networkidle")
    page.locator("[data-w-dropdown-target='toggle']").last.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and Publish", exact=True).click()

    news.refresh_from_db()
    assert news.live
    page.goto(news.url, wait_until="domcontentloaded")
    assert page.get_by_role("heading", name="Jornada de puertas abiertas").is_visible()
    context.close()
