import re

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_visitor_switches_to_greek_and_the_switcher_marks_it(page, live_server):
    page.goto("/", wait_until="domcontentloaded")
    assert page.url == f"{live_server.url}/en/"

    page.get_by_role("navigation", name="Language").get_by_role("link", name="Ελληνικά").click()
    page.wait_for_url(re.compile(r"/el/$"))

    assert page.url == f"{live_server.url}/el/"
    assert page.locator("html").get_attribute("lang") == "el"
    current = page.locator(".language-switcher a[aria-current]")
    assert current.count() == 1
    assert current.inner_text() == "Ελληνικά"

    # The choice is remembered: the root now leads to Greek.
    page.goto("/", wait_until="domcontentloaded")
    assert page.url == f"{live_server.url}/el/"
