import factory
import wagtail_factories

from core.models import SiteImage


class SiteImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = SiteImage

    title = factory.Sequence(lambda n: f"Image {n}")
    description_en = factory.LazyAttribute(lambda image: image.title)
