"""What every listing does: cards with their images fetched in bulk, pages without errors on bad input."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

PAGE_SIZE = 12


def paginate(request, queryset, per_page=PAGE_SIZE):
    # get_page turns ?page=abc into the first page and ?page=99999 into the last: never an error.
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def with_card_images(pages, image_field="image"):
    """`pages` with their images and renditions prefetched: a listing's queries do not grow with
    its length."""
    images = get_image_model().objects.prefetch_renditions()
    return pages.prefetch_related(Prefetch(image_field, queryset=images))
