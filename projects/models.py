import django_filters
from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock
from core.i18n import localize_pages, one_version_per_page
from core.listing import paginate, with_card_images
from core.models import BasePage, SectionIndexPage
from taxonomy.models import Country, Theme


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


def status_on(start_date, end_date, today):
    if start_date and start_date > today:
        return ProjectStatus.PLANNED
    if end_date and end_date < today:
        return ProjectStatus.COMPLETED
    return ProjectStatus.ONGOING


def status_filter(status, today):
    """The status derived from the dates, as a query (the status itself is never stored)."""
    planned = Q(start_date__gt=today)
    completed = Q(end_date__lt=today)
    return {
        ProjectStatus.PLANNED: planned,
        ProjectStatus.COMPLETED: completed,
        ProjectStatus.ONGOING: ~planned & ~completed,
    }[status]


class ProjectIndexPage(SectionIndexPage):
    template = "pages/project_index_page.html"
    subpage_types = ["projects.ProjectPage"]
    page_filters = {"value": "values.ValuePage"}

    class Meta:
        verbose_name = _("project index")
        verbose_name_plural = _("project indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = with_card_images(
            ProjectPage.objects.child_of(self).live().public().order_by("-start_date", "title")
        )
        filters = ProjectFilter(request.GET, queryset=projects, index=self)
        context["filters"] = filters
        context["projects"] = paginate(request, filters.qs)
        return context


class ProjectFilter(django_filters.FilterSet):
    """Filters of the project index. Values that do not match a choice are ignored."""

    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=Country.objects.all(),
        to_field_name="slug",
        field_name="countries",
        empty_label=_("All"),
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        field_name="themes",
        empty_label=_("All"),
    )
    value = django_filters.ChoiceFilter(
        label=_("Value"), method="filter_value", empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ProjectStatus.choices,
        method="filter_status",
        empty_label=_("All"),
    )

    def __init__(self, *args, index, **kwargs):
        super().__init__(*args, **kwargs)
        from values.models import ValuePage

        # Values are pages, chosen by their slug in the index's language.
        self.values_here = ValuePage.objects.live().public().filter(locale_id=index.locale_id)
        self.filters["value"].extra["choices"] = [
            (value.slug, value.title) for value in self.values_here
        ]

    def filter_value(self, queryset, name, slug):
        # A project's values are synchronised from its source, so they may be the pages of
        # another language: match them by translation key.
        value_keys = self.values_here.filter(slug=slug).values("translation_key")
        return queryset.filter(values__translation_key__in=value_keys).distinct()

    def filter_status(self, queryset, name, status):
        return queryset.filter(status_filter(status, timezone.localdate()))


class ProjectPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    countries = ParentalManyToManyField(Country, verbose_name=_("countries"), blank=True)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    values = ParentalManyToManyField(
        "values.ValuePage",
        verbose_name=_("SSE values put into practice"),
        blank=True,
        related_name="projects",
    )
    funding_programme = models.CharField(
        _("funding programme"),
        max_length=255,
        blank=True,
        help_text=_("e.g. Erasmus+ KA2, European Social Fund"),
    )
    target_group = models.CharField(_("target group"), max_length=255, blank=True)
    website = models.URLField(_("external website"), blank=True)
    featured = models.BooleanField(_("show on the home page"), default=False)

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("target_group"),
        index.SearchField("funding_programme"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("funding_programme"),
                FieldPanel("target_group"),
                FieldPanel("website"),
                FieldPanel("featured"),
            ],
            heading=_("Project details"),
        ),
        FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("values", widget=forms.CheckboxSelectMultiple),
        InlinePanel("partner_links", label=_("Partner organizations involved")),
    ]
    translatable_fields = BasePage.base_translatable_fields + [
        TranslatableField("body"),
        TranslatableField("funding_programme"),
        TranslatableField("target_group"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("countries"),
        SynchronizedField("themes"),
        SynchronizedField("values"),
        SynchronizedField("website"),
        SynchronizedField("featured"),
        SynchronizedField("partner_links"),
    ]

    template = "pages/project_page.html"
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    @property
    def status(self):
        return status_on(self.start_date, self.end_date, timezone.localdate())

    def get_status_display(self):
        return ProjectStatus(self.status).label

    def structured_data(self, request):
        data = {**super().structured_data(request), "@type": "Project"}
        if self.start_date:
            data["foundingDate"] = self.start_date.isoformat()
        if self.website:
            data["sameAs"] = [self.website]
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = localize_pages(
            [link.partner for link in self.partner_links.select_related("partner")], self.locale
        )
        context["values"] = localize_pages(self.values.order_by("path"), self.locale)
        context["countries"] = self.countries.all()
        context["themes"] = self.themes.all()
        return context


def projects_linked_to(page, relation):
    """The live projects that name `page` through `relation` ("values", "partner_links__partner"),
    one version of each: in `page`'s language where translated, else in English.

    Such lists are derived, never entered twice. The relations are synchronised across languages,
    so they may point at any language's version of `page`: match by translation key.
    """
    projects = with_card_images(
        ProjectPage.objects.live()
        .public()
        .filter(**{f"{relation}__translation_key": page.translation_key})
        .select_related("locale")
        .order_by("-start_date", "title")
        .distinct()
    )
    return one_version_per_page(projects, page.locale)


class ProjectPartner(Orderable):
    """A partner organization involved in a project, in the order the editor gives."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner organization"),
        on_delete=models.CASCADE,
        related_name="project_links",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")
