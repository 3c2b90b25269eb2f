"""Which page type may live where, and how many of each."""

import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerPageFactory
from partners.models import PartnerIndexPage, PartnerPage
from projects.models import ProjectIndexPage, ProjectPage
from values.models import ValueIndexPage, ValuePage

ALLOWED_CHILDREN = {
    HomePage: {StandardPage, ProjectIndexPage, PartnerIndexPage, ValueIndexPage, NewsIndexPage},
    StandardPage: {StandardPage},
    ProjectIndexPage: {ProjectPage},
    ProjectPage: set(),
    PartnerIndexPage: {PartnerPage},
    PartnerPage: {NewsPage},
    ValueIndexPage: {ValuePage},
    ValuePage: set(),
    NewsIndexPage: {NewsPage},
    NewsPage: set(),
}


@pytest.mark.parametrize("page_type", ALLOWED_CHILDREN, ids=lambda model: model.__name__)
def test_allowed_children(page_type):
    assert set(page_type.allowed_subpage_models()) == ALLOWED_CHILDREN[page_type]


def test_home_pages_only_at_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert HomePage.max_count == 5


def test_one_index_of_each_kind_per_home_page(section_pages, home_pages):
    english_home, spanish_home = home_pages["en"], home_pages["es"]

    for index in section_pages.values():
        assert not type(index).can_create_at(english_home)
        assert type(index).can_create_at(spanish_home)  # each language tree has its own


def test_news_can_live_under_a_partner(section_pages):
    partner = PartnerPageFactory(parent=section_pages["partners"])

    assert NewsPage.can_create_at(partner)
    assert NewsPage.can_create_at(section_pages["news"])
    assert not NewsPage.can_create_at(section_pages["projects"])
