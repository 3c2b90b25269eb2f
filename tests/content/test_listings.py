"""Index pages: filters, pagination, newest first, and bad input that never gives an error."""

import datetime

import pytest

from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from projects.factories import ProjectPageFactory
from taxonomy.factories import CountryFactory, LegalFormFactory, ThemeFactory
from tests.helpers import parse_html, translate
from values.factories import ValuePageFactory

PAST, FUTURE = datetime.date(2000, 1, 1), datetime.date(2099, 1, 1)


def listed_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [title.get_text(strip=True) for title in parse_html(response).select(".card__title")]


@pytest.fixture
def projects(section_pages):
    index = section_pages["projects"]
    spain, greece = (
        CountryFactory(slug="es", name_en="Spain"),
        CountryFactory(slug="gr", name_en="Greece"),
    )
    youth = ThemeFactory(slug="youth", name_en="Youth")
    democracy = ValuePageFactory(
        parent=section_pages["values"], title="Democracy", slug="democracy"
    )
    return {
        "planned": ProjectPageFactory(
            parent=index, title="Planned", start_date=FUTURE, end_date=None, countries=[spain]
        ),
        "ongoing": ProjectPageFactory(
            parent=index,
            title="Ongoing",
            start_date=PAST,
            end_date=FUTURE,
            countries=[greece],
            themes=[youth],
            values=[democracy],
        ),
        "completed": ProjectPageFactory(
            parent=index,
            title="Completed",
            start_date=PAST,
            end_date=PAST,
            countries=[spain, greece],
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Planned", "Ongoing", "Completed"}),
        ("?status=planned", {"Planned"}),
        ("?status=ongoing", {"Ongoing"}),
        ("?status=completed", {"Completed"}),
        ("?country=es", {"Planned", "Completed"}),
        ("?country=gr&status=completed", {"Completed"}),
        ("?theme=youth", {"Ongoing"}),
        ("?value=democracy", {"Ongoing"}),
        # Unknown or malformed values are ignored rather than answered with an error.
        ("?country=zz&theme=99999&value=nope&status=bogus", {"Planned", "Ongoing", "Completed"}),
        ("?country=%00&status[]=x", {"Planned", "Ongoing", "Completed"}),
    ],
)
def test_project_index_filters(client, projects, query, expected):
    assert set(listed_titles(client, f"/en/projects/{query}")) == expected


def test_status_is_derived_from_the_dates(projects):
    assert {key: project.status for key, project in projects.items()} == {
        "planned": "planned",
        "ongoing": "ongoing",
        "completed": "completed",
    }


def test_value_filter_matches_across_languages(client, projects, locales):
    """A Spanish project's values are synchronised from English: the filter still finds it."""
    translate(projects["ongoing"], locales["es"])
    spanish_value = translate(projects["ongoing"].values.get(), locales["es"])
    spanish_value.slug = "democracia"
    spanish_value.save_revision().publish()

    assert listed_titles(client, f"/es/projects/?value={spanish_value.slug}") == ["Ongoing"]


@pytest.mark.parametrize(
    ("page", "count"),
    [
        ("", 12),
        ("?page=2", 3),
        ("?page=abc", 12),
        ("?page=99999", 3),
        ("?page=-1", 3),
        ("?page=1.5", 12),
    ],
)
def test_project_index_paginates_and_tolerates_bad_page_numbers(client, section_pages, page, count):
    for number in range(15):
        ProjectPageFactory(parent=section_pages["projects"], title=f"Project {number:02}")

    assert len(listed_titles(client, f"/en/projects/{page}")) == count


def test_pagination_links_keep_the_filters(client, section_pages):
    spain = CountryFactory(slug="es", name_en="Spain")
    for number in range(13):
        ProjectPageFactory(parent=section_pages["projects"], title=f"P{number}", countries=[spain])

    html = parse_html(client.get("/en/projects/?country=es"))

    assert html.select_one('.pagination a[rel="next"]')["href"] == "?country=es&page=2"


def test_partner_index_filters_by_country_and_legal_form(client, section_pages):
    spain, greece = CountryFactory(slug="es"), CountryFactory(slug="gr")
    cooperative, association = (
        LegalFormFactory(slug="cooperative"),
        LegalFormFactory(slug="association"),
    )
    index = section_pages["partners"]
    PartnerPageFactory(parent=index, title="Coop ES", country=spain, legal_form=cooperative)
    PartnerPageFactory(parent=index, title="Assoc GR", country=greece, legal_form=association)
    PartnerPageFactory(parent=index, title="Coop GR", country=greece, legal_form=cooperative)

    assert listed_titles(client, "/en/partners/?country=gr") == ["Assoc GR", "Coop GR"]
    assert listed_titles(client, "/en/partners/?legal_form=cooperative&country=gr") == ["Coop GR"]
    assert len(listed_titles(client, "/en/partners/?country=nowhere&legal_form=%ff")) == 3


def test_news_index_lists_all_news_newest_first_including_under_partners(client, section_pages):
    partner = PartnerPageFactory(parent=section_pages["partners"], title="Coop", slug="coop")
    other = PartnerPageFactory(parent=section_pages["partners"], title="Other", slug="other")
    NewsPageFactory(
        parent=section_pages["news"], title="Old", date=datetime.date(2025, 1, 1), partner=other
    )
    NewsPageFactory(parent=partner, title="Newest", date=datetime.date(2026, 6, 1), partner=partner)
    NewsPageFactory(
        parent=section_pages["news"],
        title="Middle",
        date=datetime.date(2026, 1, 1),
        partner=partner,
    )

    assert listed_titles(client, "/en/news/") == ["Newest", "Middle", "Old"]
    assert listed_titles(client, "/en/news/?partner=coop") == ["Newest", "Middle"]
    assert listed_titles(client, "/en/news/?partner=unknown&page=zz") == ["Newest", "Middle", "Old"]


def test_listings_show_only_live_pages_of_their_language(client, section_pages, locales):
    ProjectPageFactory(parent=section_pages["projects"], title="Live")
    draft = ProjectPageFactory(parent=section_pages["projects"], title="Draft")
    draft.unpublish()

    assert listed_titles(client, "/en/projects/") == ["Live"]
    translate(section_pages["projects"], locales["fr"])
    assert listed_titles(client, "/fr/projects/") == []
