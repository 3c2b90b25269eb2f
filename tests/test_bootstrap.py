"""After `migrate`, every language has a locale and a home page translated from the English one."""

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from home.bootstrap import ensure_locales_and_home_pages
from home.models import HomePage
from tests.helpers import LANGUAGE_CODES


def test_every_language_has_a_locale_and_a_live_home_page(home_pages):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(LANGUAGE_CODES)
    assert sorted(home_pages) == sorted(LANGUAGE_CODES)
    assert all(page.live for page in home_pages.values())
    assert Site.objects.get(is_default_site=True).root_page_id == home_pages["en"].id


def test_home_pages_are_wagtail_localize_translations_of_the_english_one(home_pages):
    english = home_pages["en"]
    translations = Translation.objects.filter(source__object_id=english.translation_key)

    assert {page.translation_key for page in home_pages.values()} == {english.translation_key}
    assert sorted(t.target_locale.language_code for t in translations) == sorted(
        code for code in LANGUAGE_CODES if code != "en"
    )
    for translation in translations:
        total, translated = translation.get_progress()
        assert total > 0
        assert translated == total
    assert home_pages["el"].title == "Κοινωνική και Αλληλέγγυα Οικονομία"


def test_bootstrap_again_adds_nothing_and_keeps_editors_changes(home_pages):
    spanish = home_pages["es"]
    spanish.title = "Economía Social y Solidaria: Nexes"
    spanish.save_revision().publish()
    pages_before = Page.objects.count()

    ensure_locales_and_home_pages()

    assert Page.objects.count() == pages_before
    assert HomePage.objects.get(pk=spanish.pk).title == "Economía Social y Solidaria: Nexes"


def test_bootstrap_rebuilds_an_emptied_database(db):
    Site.objects.all().delete()
    Page.objects.all().delete()

    ensure_locales_and_home_pages()

    assert HomePage.objects.count() == len(LANGUAGE_CODES)
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
