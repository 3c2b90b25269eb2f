"""A Greek translator translates a page in the real admin, in Greek, in a browser; an editor
publishes it; only then do visitors reading in Greek see it instead of the English fallback.

The translator starts from the translations dashboard, translates every segment in
wagtail-localize's translation editor and submits the translation for review with the review
panel above the editor. An editor, whose admin is in Spanish, publishes it from the same editor.
Screenshots (1366 px wide, and 390 px for a phone) go to translator-*.png in the temporary directory.
"""

import re
import tempfile
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localdate
from django.utils.translation import override
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.synctree import create_aliases_for_new_page

from core.i18n import translators_group_name
from home.factories import StandardPageFactory
from partners.roles import EDITORS
from tests.helpers import member, sign_in
from translations.models import TranslationReview

pytestmark = pytest.mark.django_db(transaction=True)
VIEWPORT = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
SCREENSHOTS = Path(tempfile.gettempdir())

# Each English segment of the page and its Greek translation; the slug stays in Latin letters.
GREEK = {
    "About us": "Σχετικά με εμάς",
    "about-us": "schetika-me-emas",
    "Who we are and what we do.": "Ποιοι είμαστε και τι κάνουμε.",
    "We are an association of cooperatives.": "Είμαστε μια ένωση συνεταιρισμών.",
    "We work in <b>four</b> countries.": "Δουλεύουμε σε <b>τέσσερις</b> χώρες.",
}


def new_page(browser, live_server):
    return browser.new_context(
        base_url=live_server.url, locale="en-GB", viewport=VIEWPORT
    ).new_page()


def translate_segment(page, segment, text):
    """In wagtail-localize's editor a segment has one button to start translating; while it is
    being translated it has a textarea and two buttons, Cancel then Save."""
    segment.locator("button").click()
    segment.locator("textarea").fill(text)
    with page.expect_response(lambda answer: answer.request.method == "PUT") as saved:
        segment.locator("button").last.click()
    assert saved.value.ok, saved.value.status
    expect(segment).to_have_class(re.compile(r"\bcomplete\b"))
    expect(segment.locator("textarea")).to_have_count(0)


def translate_every_segment(page, translations):
    """Open each tab of the editor and translate each of its segments from `translations`."""
    editor = page.locator(".js-translation-editor")
    segments = editor.locator("li:has(> p)")  # a segment: its source text, then its translation
    pending = {**translations}
    tabs = editor.get_by_role("tab")
    for index in range(tabs.count()):
        tabs.nth(index).click()
        expect(tabs.nth(index)).to_have_attribute("aria-selected", "true")
        for source in editor.locator("li.incomplete:visible > p").all_inner_texts():
            segment = segments.filter(has=page.get_by_text(source, exact=True))
            translate_segment(page, segment, pending.pop(source))
    assert pending == {}, "every segment was offered for translation"
    expect(editor.locator("li.incomplete, li.errored")).to_have_count(0)


def expect_fallback(page, url):
    """The visitor reading in Greek sees the English page, marked as such, with a notice."""
    page.goto(url, wait_until="domcontentloaded")
    expect(page.locator("html")).to_have_attribute("lang", "el")
    expect(page.locator("main[lang=en]")).to_have_count(1)
    expect(page.locator(".fallback-notice")).to_be_visible()
    expect(page.locator("h1")).to_have_text("About us")


@pytest.fixture
def about_us(home_pages, locales):
    """A live English page with its fallbacks in every other language's tree, as the admin makes it."""
    page = StandardPageFactory(
        parent=home_pages["en"],
        title="About us",
        slug="about-us",
        summary="Who we are and what we do.",
        body=[
            ("paragraph", "<p>We are an association of cooperatives.</p>"),
            ("paragraph", "<p>We work in <b>four</b> countries.</p>"),
        ],
    )
    page.save_revision().publish()
    create_aliases_for_new_page(page)
    return Page.objects.get(pk=page.pk).specific


def test_a_greek_translator_translates_a_page_and_an_editor_publishes_it(
    browser, live_server, about_us, locales
):
    greek = locales["el"]
    greek_page = about_us.get_translation(greek)
    assert greek_page.alias_of_id == about_us.pk  # the fallback
    member("eleni", translators_group_name("el"), "el")
    member("lucia", EDITORS, "es")
    edit_url = reverse("wagtailadmin_pages:edit", args=[greek_page.pk])

    # The translator, in the Greek admin, finds the page on the dashboard and starts translating.
    page = new_page(browser, live_server)
    sign_in(page, "eleni")
    expect(page.locator("html")).to_have_attribute("lang", "el")
    page.locator('a.sidebar-menu-item__link[href="/admin/translations/"]').click()
    page.wait_for_url(re.compile(r"/admin/translations/$"))
    row = page.locator("tbody tr").filter(has=page.get_by_role("rowheader", name="About us"))
    expect(row.locator("td[data-state]")).to_have_attribute("data-state", "missing")
    page.screenshot(path=SCREENSHOTS / "translator-dashboard.png", full_page=True)

    start = row.locator(
        f'a[href*="/admin/localize/submit/page/{about_us.pk}/"][href*="select_locale=el"]'
    )
    start.click()
    offered = page.locator("main form input[name=locales]")
    expect(offered).to_have_count(1)  # Greek only
    expect(offered).to_have_value(str(greek.pk))
    expect(offered).to_be_checked()
    page.locator("main form input[type=submit]").click()
    page.wait_for_url(re.compile(re.escape(edit_url) + "$"))

    # In the translation editor, below the review panel.
    review_panel = page.locator(".translation-review")
    expect(review_panel).to_have_attribute("data-review-status", "not_submitted")
    translate_every_segment(page, GREEK)
    # The editor's headings, and the note under each translated passage, dated, in Greek.
    headings = page.locator(".js-translation-editor section h3")
    expect(headings.first).to_have_text("Μετάφραση: Αγγλικά → Ελληνικά")
    with override("el"):
        translated_today = f"Μη αυτόματη μετάφραση στις {date_format(localdate(), 'DATE_FORMAT')}"
    expect(page.get_by_text(translated_today, exact=True)).to_have_count(len(GREEK))
    # The footer offers only Preview: converting to an alias, stopping synchronisation and the
    # like would change the live page, which only a publisher may do.
    footer = page.locator("footer")
    expect(footer.get_by_role("link", name=re.compile("Προεπισκόπηση"))).to_be_visible()
    for refused_action in ('a[href*="convert_to_alias"]', '[data-w-action-url-value$="/disable/"]'):
        expect(footer.locator(refused_action)).to_have_count(1)  # rendered by wagtail-localize,
        expect(footer.locator(refused_action)).to_be_hidden()  # and hidden for the translator
    page.screenshot(path=SCREENSHOTS / "translator-editor.png", full_page=True)

    translation = Translation.objects.get(
        source__object_id=about_us.translation_key, target_locale=greek
    )
    submit_url = reverse("translation_submit_for_review", args=[translation.pk])
    review_panel.locator(f'form[action="{submit_url}"] button[type=submit]').click()
    page.wait_for_url(re.compile(re.escape(edit_url) + "$"))
    expect(review_panel).to_have_attribute("data-review-status", "awaiting_review")
    page.screenshot(path=SCREENSHOTS / "translator-submitted.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.reload(wait_until="domcontentloaded")
    page.screenshot(path=SCREENSHOTS / "translator-submitted-390.png", full_page=True)
    page.goto("/admin/translations/", wait_until="domcontentloaded")
    page.screenshot(path=SCREENSHOTS / "translator-dashboard-390.png", full_page=True)
    assert (
        TranslationReview.objects.get(translation=translation).status
        == TranslationReview.Status.AWAITING_REVIEW
    )
    page.context.close()

    # Translated and submitted, not published: visitors still see the English fallback.
    visitor = new_page(browser, live_server)
    expect_fallback(visitor, "/el/about-us/")

    # The editor, in the Spanish admin, publishes it from the translation editor's footer.
    page = new_page(browser, live_server)
    sign_in(page, "lucia")
    page.goto(edit_url, wait_until="domcontentloaded")
    expect(page.locator(".translation-review")).to_have_attribute(
        "data-review-status", "awaiting_review"
    )
    publish = page.locator("footer button[name=action][value=publish]")
    # "Publish in " and the language: upstream's Spanish ran them together ("Publicar enGriego").
    expect(publish).to_have_text(re.compile(r"^\s*Publicar: Griego\s*$"))
    page.screenshot(path=SCREENSHOTS / "translator-reviewer.png", full_page=True)
    with page.expect_navigation():
        publish.click()
    page.context.close()

    greek_page.refresh_from_db()
    assert greek_page.live
    assert greek_page.alias_of_id is None
    assert (greek_page.title, greek_page.slug) == ("Σχετικά με εμάς", "schetika-me-emas")
    assert not TranslationReview.objects.filter(translation=translation).exists()

    # Now the visitor reading in Greek sees the Greek page.
    visitor.goto("/el/schetika-me-emas/", wait_until="domcontentloaded")
    expect(visitor.locator("html")).to_have_attribute("lang", "el")
    expect(visitor.locator("h1")).to_have_text("Σχετικά με εμάς")
    expect(visitor.locator(".fallback-notice")).to_have_count(0)
    expect(visitor.locator("main[lang=en]")).to_have_count(0)
    expect(visitor.get_by_text("Δουλεύουμε σε τέσσερις χώρες.")).to_be_visible()
    visitor.screenshot(path=SCREENSHOTS / "translator-published.png", full_page=True)
    visitor.context.close()
