from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import translated_field_names


class SiteImage(AbstractImage):
    """Wagtail's image with its description (the alt text) in every language.

    An image is shared by every language tree, so its alt text cannot be translated with the page:
    django-modeltranslation gives `description` one column per language (core/translation.py),
    shown in the visitor's language with English as fallback.
    """

    admin_form_fields = tuple(
        name for name in Image.admin_form_fields if name != "description"
    ) + tuple(translated_field_names("description"))

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(Page):
    """What every page type shares: the image and summary that cards and listings show.

    Each page type states its `translatable_fields` in full, starting from these: the text that
    translators translate (title, slug, SEO fields, summary) and what stays the same in every
    language (synchronised: the image, menu setting).
    """

    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences, shown in listings and cards.")
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("image")]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    base_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("image"),
        SynchronizedField("show_in_menus"),
    ]
    translatable_fields = base_translatable_fields

    class Meta:
        abstract = True

    def structured_data(self, request):
        """schema.org data about the page, in its language; page types describe themselves more
        precisely by overriding it."""
        return {
            "@type": "WebPage",
            "name": self.title,
            "url": request.build_absolute_uri(self.get_url(request)),
            "inLanguage": settings.LANGUAGE_CODE if self.is_fallback else self.locale.language_code,
            **({"description": self.summary} if self.summary else {}),
        }

    @property
    def is_fallback(self):
        """An alias standing in for a page not yet translated into this tree's language: it
        shows the English page's content (see home/bootstrap.py)."""
        return self.alias_of_id is not None


class SectionIndexPage(BasePage):
    """The one listing page of a content area in each language tree (projects, partners, news)."""

    introduction = models.TextField(_("introduction"), blank=True)
    # Filters whose values are pages, chosen by slug: {query parameter: "app.Model"}. The
    # language switcher swaps each for the slug of the same page in the other language.
    page_filters = {}

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    translatable_fields = BasePage.base_translatable_fields + [TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1  # one per language tree

    class Meta:
        abstract = True
