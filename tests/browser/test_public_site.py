"""The public site on phones and wide screens: no sideways scrolling, a compact menu that works with
the keyboard, the pointer and without JavaScript, and a header that does not move with the language."""

import pytest
from playwright.sync_api import expect

from tests.helpers import LANGUAGE_CODES

# The test database must exist (pytest-django creates it for marked tests); the pages come from
# public_site, committed before each test's transaction begins.
pytestmark = pytest.mark.django_db

PHONES = [390, 320]
MENU = ".main-menu"
TOGGLE = "summary.site-nav__toggle"


@pytest.fixture(scope="module")
def context(browser, public_site):
    context = browser.new_context(base_url=public_site.url, viewport={"width": 390, "height": 800})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    yield page
    page.close()


def test_the_compact_menu_opens_and_closes_with_the_keyboard(page):
    page.goto("/fr/", wait_until="load")
    menu = page.locator(MENU)
    toggle = page.locator(TOGGLE)
    assert menu.count() == 1
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")

    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    # Into the menu, then Escape: closed, and the focus is back on the toggle.
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()

    page.keyboard.press("Space")
    expect(menu).to_be_visible()
    page.keyboard.press("Space")
    expect(menu).to_be_hidden()


def test_the_compact_menu_opens_and_closes_with_the_pointer(page):
    page.goto("/el/", wait_until="load")
    page.locator(TOGGLE, has_text="Μενού").click()
    menu = page.get_by_role("navigation", name="Κύριο μενού")
    expect(menu).to_be_visible()
    expect(page.get_by_role("navigation", name="Γλώσσα")).to_be_visible()
    expect(page.get_by_role("search", name="Αναζήτηση στον ιστότοπο")).to_be_visible()
    page.locator(TOGGLE).click()
    expect(menu).to_be_hidden()


def test_the_compact_menu_works_without_javascript(browser, public_site):
    context = browser.new_context(
        base_url=public_site.url, viewport={"width": 320, "height": 700}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/es/", wait_until="load")
    menu = page.locator(MENU)
    expect(menu).to_be_hidden()
    page.locator(TOGGLE).click()
    expect(menu).to_be_visible()
    link = menu.get_by_role("link").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**{target}")
    # On a wide screen the menu is simply there, open or not.
    page.set_viewport_size({"width": 1366, "height": 700})
    expect(menu).to_be_visible()
    expect(page.locator(TOGGLE)).to_be_hidden()
    context.close()


def test_header_controls_are_large_enough_to_touch(page):
    page.goto("/el/", wait_until="load")
    page.locator(TOGGLE).click()
    small = [
        (control.inner_text(), box)
        for control in page.locator(
            ".site-header a, .site-header button, .site-header input, .site-header summary"
        ).all()
        if (box := control.bounding_box()) and (box["width"] < 24 or box["height"] < 24)
    ]
    assert small == []


def header_layout(page):
    return {
        part: {key: round(value) for key, value in page.locator(selector).bounding_box().items()}
        for part, selector in {
            "brand": ".site-header__brand",
            "menu": MENU,
            "search": ".site-search",
            "languages": ".language-switcher",
        }.items()
    }


def test_the_header_is_laid_out_the_same_in_every_language(page):
    page.set_viewport_size({"width": 1366, "height": 800})
    layouts = {}
    for language in LANGUAGE_CODES:
        page.goto(f"/{language}/", wait_until="load")
        assert not page.locator(TOGGLE).is_visible()
        layouts[language] = header_layout(page)
    different = {
        language: layout for language, layout in layouts.items() if layout != layouts["en"]
    }
    assert different == {}, layouts["en"]


# Accessibility: axe-core's WCAG 2.2 AA rules (the axe-playwright-python package bundles axe-core).
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]}


def violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=AXE_OPTIONS)
    return [
        (violation["id"], node["target"])
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_page_type_fits_a_phone_and_passes_axe(page, public_site, language):
    """One visit per page for both checks (the browser tests' time is counted): no sideways
    scrolling at 390 and 320 px, and no WCAG 2.2 AA violation at 1366 and 390 px."""
    too_wide, found = [], []
    for page_type, path in public_site.pages[language]:
        page.set_viewport_size({"width": 1366, "height": 800})
        page.goto(path, wait_until="load")
        found += [(page_type, 1366, *violation) for violation in violations(page)]
        for width in PHONES:
            page.set_viewport_size({"width": width, "height": 800})
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                too_wide.append((page_type, width, scroll_width))
            if width == 390:
                found += [(page_type, width, *violation) for violation in violations(page)]
    # And the compact menu, open.
    page.locator(TOGGLE).click()
    expect(page.locator(MENU)).to_be_visible()
    found += [("open menu", 320, *violation) for violation in violations(page)]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONES[-1]
    assert too_wide == []
    assert found == []


# Keyboard only: the menu (above), the language switcher, the search and the filters.
def tab_to(page, target, limit=40):
    """Presses Tab until `target` has the focus, as a keyboard user moves through the page."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} never received the focus with Tab")


def test_switching_language_with_the_keyboard_on_a_phone(page):
    page.goto("/en/projects/", wait_until="load")
    tab_to(page, page.locator(TOGGLE))
    page.keyboard.press("Enter")
    tab_to(
        page, page.get_by_role("navigation", name="Language").get_by_role("link", name="Español")
    )
    page.keyboard.press("Enter")
    page.wait_for_url("**/es/proyectos/")


def test_searching_with_the_keyboard(page):
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto("/fr/", wait_until="load")
    tab_to(page, page.get_by_role("searchbox", name="Rechercher sur le site"))
    page.keyboard.type("Nexes")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/search/?q=Nexes")
    expect(page.get_by_role("status")).to_contain_text("résultat")


def test_filtering_a_listing_with_the_keyboard(page):
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto("/it/progetti/", wait_until="load")
    status = page.get_by_label("Stato")
    tab_to(page, status)
    page.keyboard.type("Concluso")  # a closed select's type-ahead picks the option
    expect(status).to_have_value("completed")
    tab_to(page, page.get_by_role("button", name="Filtra"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/it/progetti/?*status=completed*")
    expect(page.get_by_label("Stato")).to_have_value("completed")
