from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.models import BasePage


class ValueIndexPage(BasePage):
    """Introduces the Social and Solidarity Economy itself, then lists its values."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    translatable_fields = BasePage.base_translatable_fields + [TranslatableField("body")]

    template = "pages/value_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["values.ValuePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("value index")
        verbose_name_plural = _("value indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["values"] = ValuePage.objects.child_of(self).live().public()
        return context


class ValuePage(BasePage):
    """One unifying value of the SSE."""

    statement = models.CharField(
        _("statement"), max_length=255, help_text=_("The value in one sentence.")
    )
    explanation = RichTextField(_("explanation"), features=RICH_TEXT_FEATURES, blank=True)
    examples = StreamField(BodyBlock(), verbose_name=_("examples in practice"), blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("statement"),
        index.SearchField("explanation"),
        index.SearchField("examples"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("statement"),
        FieldPanel("explanation"),
        FieldPanel("examples"),
    ]
    translatable_fields = BasePage.base_translatable_fields + [
        TranslatableField("statement"),
        TranslatableField("explanation"),
        TranslatableField("examples"),
    ]

    template = "pages/value_page.html"
    parent_page_types = ["values.ValueIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("SSE value")
        verbose_name_plural = _("SSE values")

    def get_context(self, request, *args, **kwargs):
        from projects.models import projects_linked_to

        context = super().get_context(request, *args, **kwargs)
        context["projects"] = projects_linked_to(self, "values")
        return context
