"""The demo content: every page type in every language, really translated, loaded idempotently."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from core.models import SiteImage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from projects.models import ProjectIndexPage, ProjectPage
from taxonomy.models import Country, LegalForm, Theme
from tests.helpers import LANGUAGE_CODES, parse_html
from values.models import ValueIndexPage, ValuePage

PAGE_TYPES = [
    HomePage,
    StandardPage,
    ProjectIndexPage,
    ProjectPage,
    PartnerIndexPage,
    PartnerPage,
    ValueIndexPage,
    ValuePage,
    NewsIndexPage,
    NewsPage,
]

pytestmark = pytest.mark.usefixtures("demo_content")


def english_page(page_type):
    # The first page of the type with the most relations, so that related links are checked.
    return page_type.objects.filter(locale__language_code="en").order_by("path").first()


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_renders_translated_in_every_language(client, db, page_type, language):
    page = english_page(page_type).get_translation(
        HomePage.objects.get(locale__language_code=language).locale
    )

    response = client.get(page.url)

    assert response.status_code == 200
    html = parse_html(response)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == page.title
    if language != "en":
        assert page.title != english_page(page_type).title or page_type is PartnerPage
    # Every related page shown exists in every language: each link stays in the visitor's.
    internal_links = [link["href"] for link in html.main.select("a[href^='/']")]
    assert all(href.startswith(f"/{language}/") for href in internal_links), internal_links


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_project_links_to_its_partners_and_values_in_the_visitors_language(
    client, locales, language
):
    english = ProjectPage.objects.get(locale=locales["en"], slug="youth-in-the-sse")
    project = english.get_translation(locales[language])

    html = parse_html(client.get(project.url))

    linked = [link["href"] for link in html.select(".facts a[href^='/']")]
    expected = [
        link.partner.get_translation(locales[language]).url for link in english.partner_links.all()
    ] + [value.get_translation(locales[language]).url for value in english.values.order_by("path")]
    assert linked == expected


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_interface_text_is_in_the_visitors_language(client, locales, language):
    from django.utils.translation import gettext, override

    english = ProjectPage.objects.get(locale=locales["en"], slug="youth-in-the-sse")
    html = client.get(english.get_translation(locales[language]).url).content.decode()

    with override(language):
        for text in (
            "About this project",
            "Partner organizations",
            "Ongoing",
            "Skip to main content",
        ):
            assert gettext(text) in html
            assert language == "en" or gettext(text) != text


def test_demo_images_are_drawn_illustrations_with_alt_text(db):
    for image in SiteImage.objects.all():
        assert (image.width, image.height) == (1200, 750)
        assert image.description_en
        assert image.description_en != image.title


@pytest.mark.parametrize("language", ["es", "fr", "el", "it"])
def test_demo_slugs_are_translated_in_latin_letters(locales, language):
    english = {
        page.translation_key: page.slug
        for page in Page.objects.filter(locale=locales["en"], depth__gt=2)
    }
    translated = Page.objects.filter(locale=locales[language], depth__gt=2)

    assert all(page.slug.isascii() for page in translated)
    differing = [page for page in translated if page.slug != english[page.translation_key]]
    assert len(differing) >= len(english) - 1  # only the brand ("nexes") stays as it is


def test_every_demo_translation_is_complete(db):
    translations = Translation.objects.select_related("target_locale")

    assert translations.count() >= len(PAGE_TYPES) * (len(LANGUAGE_CODES) - 1)
    for translation in translations:
        total, translated = translation.get_progress()
        assert translated == total, (
            f"{translation.source.object_repr} in {translation.target_locale.language_code}"
        )


def test_vocabularies_and_alt_texts_are_translated(db):
    from django.utils.translation import override

    spain = Country.objects.get(slug="es")
    with override("el"):
        assert spain.name == "Ισπανία"
    for model in (Country, Theme, LegalForm):
        assert not model.objects.filter(name_el="").exists()
    for image in SiteImage.objects.all():
        assert all(getattr(image, f"description_{code}") for code in LANGUAGE_CODES)


def test_loading_twice_duplicates_nothing(db):
    def counts():
        return [
            model.objects.count()
            for model in (
                Page,
                SiteImage,
                Country,
                Theme,
                LegalForm,
                StringTranslation,
                Translation,
            )
        ]

    before = counts()
    call_command("load_demo_content", verbosity=0)
    assert counts() == before


DRAWING = {"en": "Drawing", "es": "Dibujo", "fr": "Dessin", "el": "Σχέδιο", "it": "Disegno"}


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_home_image_is_described_as_the_drawing_it_is(client, db, language):
    from django.utils.translation import override

    html = parse_html(client.get(f"/{language}/"))

    alt = html.select_one(".hero img")["alt"]
    with override(language):
        assert alt == SiteImage.objects.get(title="People around a table").description
    # Nine figures around a yellow disc (home/demo_images.py draws it), not people at a table.
    assert alt.startswith(DRAWING[language])
    assert "nine" in SiteImage.objects.get(title="People around a table").description_en
