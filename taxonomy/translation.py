from modeltranslation.translator import TranslationOptions, register

from taxonomy.models import Country, LegalForm, Theme


@register([Country, Theme, LegalForm])
class LabelTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)
