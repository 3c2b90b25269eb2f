import django_filters
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.i18n import localize_pages
from core.listing import paginate, with_card_images
from core.models import BasePage, SectionIndexPage
from partners.models import PartnerPage


class NewsIndexPage(SectionIndexPage):
    template = "pages/news_index_page.html"
    subpage_types = ["news.NewsPage"]
    page_filters = {"partner": "partners.PartnerPage"}

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # All news of this language, wherever it lives (here or under a partner's page).
        news = with_card_images(
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
        )
        filters = NewsFilter(request.GET, queryset=news, index=self)
        context["filters"] = filters
        context["news_items"] = paginate(request, filters.qs)
        return context


class NewsFilter(django_filters.FilterSet):
    partner = django_filters.ChoiceFilter(
        label=_("Partner organization"), method="filter_partner", empty_label=_("All")
    )

    def __init__(self, *args, index, **kwargs):
        super().__init__(*args, **kwargs)
        # Partners are pages, chosen by their slug in the index's language.
        self.partners_here = PartnerPage.objects.live().public().filter(locale_id=index.locale_id)
        self.filters["partner"].extra["choices"] = [
            (partner.slug, partner.title) for partner in self.partners_here.order_by("title")
        ]

    def filter_partner(self, queryset, name, slug):
        # A news item's partner is synchronised from its source: match it by translation key.
        partner_keys = self.partners_here.filter(slug=slug).values("translation_key")
        return queryset.filter(partner__translation_key__in=partner_keys)


class NewsPage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner organization"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        help_text=_("The organization this news comes from."),
    )
    related_projects = ParentalManyToManyField(
        "projects.ProjectPage", verbose_name=_("related projects"), blank=True, related_name="news"
    )

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        FieldPanel("partner"),
        FieldPanel("related_projects"),
    ]
    translatable_fields = BasePage.base_translatable_fields + [
        TranslatableField("body"),
        SynchronizedField("date"),
        SynchronizedField("partner"),
        SynchronizedField("related_projects"),
    ]

    template = "pages/news_page.html"
    parent_page_types = ["news.NewsIndexPage", "partners.PartnerPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def sign_with_parent_partner(self):
        """News written under a partner organization's page is that organization's, whatever
        the form said: a partner cannot sign news with another partner's name."""
        if self.path and self.depth > 2:
            parent = self.get_parent().specific
            if isinstance(parent, PartnerPage):
                self.partner = parent

    # Drafts are saved without full validation (Wagtail's minimal_clean): sign on every save.
    def save(self, *args, **kwargs):
        self.sign_with_parent_partner()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.sign_with_parent_partner()
        return super().save_revision(*args, **kwargs)

    def structured_data(self, request):
        data = super().structured_data(request)
        data.update(
            {"@type": "NewsArticle", "headline": self.title, "datePublished": self.date.isoformat()}
        )
        if self.partner:
            partner = localize_pages([self.partner], self.locale)[0]
            data["author"] = {"@type": "Organization", "name": partner.title}
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partner = [self.partner] if self.partner else []
        context["partner"] = next(iter(localize_pages(partner, self.locale)), None)
        context["related_projects"] = localize_pages(
            self.related_projects.order_by("-start_date"), self.locale
        )
        return context
