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


def test_no_page_scrolls_sideways_on_phones_in_any_language(page, public_site):
    too_wide = []
    for language in LANGUAGE_CODES:
        for page_type, path in public_site.pages[language]:
            page.set_viewport_size({"width": PHONES[0], "height": 800})
            page.goto(path, wait_until="domcontentloaded")
            for width in PHONES:
                page.set_viewport_size({"width": width, "height": 800})
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    too_wide.append((language, page_type, width, scroll_width))
    assert too_wide == []


def open_menu_state(page):
    return page.locator("details.site-nav").evaluate("details => details.open")


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
