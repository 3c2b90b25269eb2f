"""django-modeltranslation registrations of core: one column per language for image alt text."""

from modeltranslation.translator import TranslationOptions, register

from core.models import SiteImage


@register(SiteImage)
class SiteImageTranslationOptions(TranslationOptions):
    fields = ("description",)
