"""Each page type renders with a number of queries that does not grow with its related objects."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import SiteImageFactory
from home.factories import StandardPageFactory
from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from projects.factories import ProjectPageFactory
from values.factories import ValuePageFactory

# The page chrome (site, menu, switcher, locales) and the page's own lists; far below 30.
QUERY_BUDGET = 25


def queries_to_render(client, page):
    client.get(page.url)  # the first visit makes the image renditions; count the next one
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


def build_home(sections, count):
    for _ in range(count):
        partner = PartnerPageFactory(parent=sections["partners"], image=SiteImageFactory())
        ProjectPageFactory(parent=sections["projects"], featured=True, partners=[partner])
        NewsPageFactory(parent=sections["news"], partner=partner, image=SiteImageFactory())
    return sections["projects"].get_parent()


def build_standard_page(sections, count):
    home = sections["projects"].get_parent()
    body = [("image", {"image": SiteImageFactory(), "caption": "A picture"}) for _ in range(count)]
    return StandardPageFactory(parent=home, slug=f"about-{count}", body=body)


def build_project_index(sections, count):
    for _ in range(count):
        ProjectPageFactory(parent=sections["projects"], image=SiteImageFactory())
    return sections["projects"]


def build_project(sections, count):
    partners = [PartnerPageFactory(parent=sections["partners"]) for _ in range(count)]
    values = [ValuePageFactory(parent=sections["values"]) for _ in range(count)]
    return ProjectPageFactory(parent=sections["projects"], partners=partners, values=values)


def build_partner_index(sections, count):
    for _ in range(count):
        PartnerPageFactory(parent=sections["partners"], logo=SiteImageFactory())
    return sections["partners"]


def build_partner(sections, count):
    partner = PartnerPageFactory(parent=sections["partners"])
    for _ in range(count):
        ProjectPageFactory(
            parent=sections["projects"], partners=[partner], image=SiteImageFactory()
        )
        NewsPageFactory(parent=partner, partner=partner)
    return partner


def build_value_index(sections, count):
    for _ in range(count):
        ValuePageFactory(parent=sections["values"])
    return sections["values"]


def build_value(sections, count):
    value = ValuePageFactory(parent=sections["values"])
    for _ in range(count):
        ProjectPageFactory(parent=sections["projects"], values=[value], image=SiteImageFactory())
    return value


def build_news_index(sections, count):
    partner = PartnerPageFactory(parent=sections["partners"])
    for _ in range(count):
        NewsPageFactory(parent=sections["news"], partner=partner, image=SiteImageFactory())
    return sections["news"]


def build_news(sections, count):
    projects = [ProjectPageFactory(parent=sections["projects"]) for _ in range(count)]
    return NewsPageFactory(parent=sections["news"], related_projects=projects)


BUILDERS = [
    build_home,
    build_standard_page,
    build_project_index,
    build_project,
    build_partner_index,
    build_partner,
    build_value_index,
    build_value,
    build_news_index,
    build_news,
]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda build: build.__name__.removeprefix("build_"))
def test_queries_do_not_grow_with_related_objects(client, section_pages, build):
    with_3 = queries_to_render(client, build(section_pages, 3))
    # A second tree of the same shape, ten times larger.
    for page in [*section_pages.values()]:
        page.get_children().delete()
    with_30 = queries_to_render(client, build(section_pages, 30))

    assert with_30 == with_3
    assert with_3 <= QUERY_BUDGET
