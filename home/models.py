from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import TranslatableField

from core.models import BasePage


class HomePage(BasePage):
    """The root of each language's tree, served at its language prefix (/en/, /es/, ...)."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    translatable_fields = BasePage.base_translatable_fields + [TranslatableField("introduction")]

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = []
    # One per language: each locale's home page is a translation of the English one.
    max_count = len(settings.LANGUAGES)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
