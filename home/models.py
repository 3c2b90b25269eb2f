from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.listing import with_card_images
from core.models import BasePage

LISTED_ON_HOME = 3


class HomePage(BasePage):
    """The root of each language's tree, served at its language prefix (/en/, /es/, ...)."""

    introduction = models.TextField(_("introduction"), blank=True)
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("sse_text"),
    ]
    sse_heading = models.CharField(_("heading of the SSE section"), max_length=255, blank=True)
    sse_text = RichTextField(
        _("text of the SSE section"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "A short introduction to the Social and Solidarity Economy; links to the values."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("sse_heading"), FieldPanel("sse_text")],
            heading=_("What is the Social and Solidarity Economy"),
        ),
    ]
    translatable_fields = BasePage.base_translatable_fields + [
        TranslatableField("introduction"),
        TranslatableField("sse_heading"),
        TranslatableField("sse_text"),
    ]

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "projects.ProjectIndexPage",
        "partners.PartnerIndexPage",
        "values.ValueIndexPage",
        "news.NewsIndexPage",
    ]
    # One per language: each locale's home page is a translation of the English one.
    max_count = len(settings.LANGUAGES)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def structured_data(self, request):
        return {
            "@type": "Organization",
            "name": settings.WAGTAIL_SITE_NAME,
            "url": request.build_absolute_uri(self.get_url(request)),
            "description": self.introduction,
        }

    def get_context(self, request, *args, **kwargs):
        from news.models import NewsPage
        from partners.models import PartnerPage
        from projects.models import ProjectPage
        from values.models import ValueIndexPage

        context = super().get_context(request, *args, **kwargs)
        in_this_language = {"locale_id": self.locale_id}
        context["value_index"] = ValueIndexPage.objects.child_of(self).live().first()
        context["featured_projects"] = with_card_images(
            ProjectPage.objects.live().public().filter(featured=True, **in_this_language)
        )[:LISTED_ON_HOME]
        context["latest_news"] = with_card_images(
            NewsPage.objects.live().public().filter(**in_this_language).order_by("-date", "-pk")
        )[:LISTED_ON_HOME]
        context["partners"] = (
            PartnerPage.objects.live()
            .public()
            .filter(**in_this_language)
            .select_related("country")
            .order_by("title")
        )
        return context


class StandardPage(BasePage):
    """A page of text, such as "About us" or "What is the Social and Solidarity Economy"."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.base_translatable_fields + [TranslatableField("body")]

    template = "pages/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
