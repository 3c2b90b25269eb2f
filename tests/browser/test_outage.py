"""An editor saves while the database is unreachable: the page says nothing was saved yet and keeps
what they typed; once the database is back, "Try again" saves it (core/views.py, 503.html)."""

import re

import pytest
from playwright.sync_api import expect

from home.factories import StandardPageFactory
from partners.roles import EDITORS
from tests.helpers import PASSWORD, database_down, member, sign_in

pytestmark = pytest.mark.django_db(transaction=True)

TYPED = "Open days, typed while the database was down"


def test_what_an_editor_saves_in_an_outage_is_kept_and_saved_on_try_again(page, home_pages):
    about = StandardPageFactory(parent=home_pages["en"], title="Open days", slug="open-days")
    editor = member("editor", EDITORS)
    editor.set_password(PASSWORD)
    editor.save()
    sign_in(page, editor.username)
    page.goto(f"/admin/pages/{about.pk}/edit/", wait_until="networkidle")

    with database_down():
        page.locator("#id_title").fill(TYPED)
        page.get_by_role("button", name="Save draft").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Temporarily unavailable")
        expect(page.get_by_text("What you sent has not been saved yet")).to_be_visible()
    about.refresh_from_db()
    assert about.draft_title == "Open days"

    page.get_by_role("button", name="Try again").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{about.pk}/edit/$"))
    about.refresh_from_db()
    assert about.draft_title == TYPED
    expect(page.locator("#id_title")).to_have_value(TYPED)
