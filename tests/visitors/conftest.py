import pytest
from wagtail_localize.synctree import synchronize_tree

from home.factories import StandardPageFactory
from news.factories import NewsPageFactory
from partners.factories import PartnerPageFactory
from projects.factories import ProjectPageFactory
from values.factories import ValuePageFactory


@pytest.fixture
def english_pages(section_pages, locales):
    """One English page of every type below the home page, with fallbacks (aliases) in every
    other language's tree, as wagtail-localize's locale synchronisation makes them."""
    home = section_pages["projects"].get_parent()
    partner = PartnerPageFactory(parent=section_pages["partners"], title="Example cooperative")
    value = ValuePageFactory(parent=section_pages["values"], title="Democratic management")
    project = ProjectPageFactory(
        parent=section_pages["projects"], title="KISS", partners=[partner], values=[value]
    )
    pages = {
        "StandardPage": StandardPageFactory(parent=home, title="About us", slug="about-us"),
        "ProjectIndexPage": section_pages["projects"],
        "ProjectPage": project,
        "PartnerIndexPage": section_pages["partners"],
        "PartnerPage": partner,
        "ValueIndexPage": section_pages["values"],
        "ValuePage": value,
        "NewsIndexPage": section_pages["news"],
        "NewsPage": NewsPageFactory(
            parent=section_pages["news"],
            title="Kick-off",
            partner=partner,
            related_projects=[project],
        ),
    }
    for code, locale in locales.items():
        if code != "en":
            synchronize_tree(locales["en"], locale)
    return pages
