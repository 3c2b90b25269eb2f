import factory
import wagtail_factories

from partners.models import PartnerIndexPage, PartnerPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerIndexPage

    title = "Partner organizations"
    slug = "partners"


class PartnerPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerPage

    title = factory.Sequence(lambda n: f"Example association {n}")
    summary = factory.LazyAttribute(lambda partner: f"{partner.title} works in the SSE.")
