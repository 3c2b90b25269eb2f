import django_filters
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.listing import paginate, with_card_images
from core.models import BasePage, SectionIndexPage
from taxonomy.models import Country, LegalForm

LATEST_NEWS = 3


class PartnerIndexPage(SectionIndexPage):
    template = "pages/partner_index_page.html"
    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner index")
        verbose_name_plural = _("partner indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = with_card_images(
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("country", "legal_form")
            .order_by("title"),
            image_field="logo",
        )
        filters = PartnerFilter(request.GET, queryset=partners)
        context["filters"] = filters
        context["partners"] = paginate(request, filters.qs)
        return context


class PartnerFilter(django_filters.FilterSet):
    """Filters of the partner index. Values that do not match a choice are ignored."""

    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=Country.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )
    legal_form = django_filters.ModelChoiceFilter(
        label=_("Legal form"),
        queryset=LegalForm.objects.all(),
        to_field_name="slug",
        empty_label=_("All"),
    )


class PartnerPage(BasePage):
    """A partner organization. Its title is the organization's name."""

    legal_form = models.ForeignKey(
        LegalForm,
        verbose_name=_("legal form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("city"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("legal_form"), FieldPanel("country")]),
                FieldPanel("city"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Organization"),
        ),
        FieldPanel("description"),
    ]
    translatable_fields = BasePage.base_translatable_fields + [
        TranslatableField("city"),
        TranslatableField("description"),
        SynchronizedField("legal_form"),
        SynchronizedField("country"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
    ]

    template = "pages/partner_page.html"
    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")

    def structured_data(self, request):
        data = {
            **super().structured_data(request),
            "@type": "Organization",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.city,
                "addressCountry": self.country.slug.upper() if self.country else "",
            },
        }
        if self.website:
            data["sameAs"] = [self.website]
        return data

    def get_context(self, request, *args, **kwargs):
        from news.models import NewsPage
        from projects.models import projects_linked_to

        context = super().get_context(request, *args, **kwargs)
        context["projects"] = projects_linked_to(self, "partner_links__partner")
        context["latest_news"] = with_card_images(
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, partner__translation_key=self.translation_key)
            .order_by("-date", "-pk")
        )[:LATEST_NEWS]
        return context


class PartnerAccess(models.Model):
    """What a partner organization's people may reach: its page (in every language tree), its
    group and its image and document collection. Made by `add_partner` (partners/onboarding.py)."""

    name = models.CharField(_("name"), max_length=255, unique=True)
    partner_translation_key = models.UUIDField(
        help_text=_("The partner page, in every language: its translations share this key.")
    )
    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="partner_access"
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.PROTECT, related_name="partner_access"
    )

    class Meta:
        verbose_name = _("partner access")
        verbose_name_plural = _("partner accesses")

    def __str__(self):
        return self.name
