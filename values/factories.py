import factory
import wagtail_factories

from values.models import ValueIndexPage, ValuePage


class ValueIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ValueIndexPage

    title = "The values of the SSE"
    slug = "values"


class ValuePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ValuePage

    title = factory.Sequence(lambda n: f"Value {n}")
    statement = factory.LazyAttribute(lambda value: f"{value.title} in one sentence.")
