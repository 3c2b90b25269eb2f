from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """What every page type of the site shares.

    Each page type states its `translatable_fields` in full, starting from these: the text that
    translators translate (title, slug, SEO fields) and the page settings that stay the same in every
    language (synchronised).
    """

    base_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]
    translatable_fields = base_translatable_fields

    class Meta:
        abstract = True
