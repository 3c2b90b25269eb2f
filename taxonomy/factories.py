import factory
from django.utils.text import slugify

from taxonomy.models import Country, LegalForm, Theme


class LabelFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("slug",)

    name_en = factory.Sequence(lambda n: f"Label {n}")
    slug = factory.LazyAttribute(lambda label: slugify(label.name_en))


class CountryFactory(LabelFactory):
    class Meta:
        model = Country


class ThemeFactory(LabelFactory):
    class Meta:
        model = Theme


class LegalFormFactory(LabelFactory):
    class Meta:
        model = LegalForm
