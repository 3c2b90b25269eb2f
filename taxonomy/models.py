"""Small shared vocabularies: the same rows in every language tree, their labels translated in columns.

django-modeltranslation (taxonomy/translation.py) gives `name` a column per language in
settings.LANGUAGES; `name` itself reads the visitor's language, English when that column is empty.
Pages point at these rows, and wagtail-localize synchronises the relations across translations.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.i18n import translated_field_names


class Label(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("identifier"),
        unique=True,
        help_text=_(
            "Used in filter addresses; never changes. For a country, its ISO code (es, fr)."
        ),
    )

    # The admin edits every language's column side by side, never the bare field.
    panels = [FieldPanel("slug"), *(FieldPanel(name) for name in translated_field_names("name"))]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Country(Label):
    class Meta(Label.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class Theme(Label):
    class Meta(Label.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class LegalForm(Label):
    class Meta(Label.Meta):
        verbose_name = _("legal form")
        verbose_name_plural = _("legal forms")
