from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.i18n import translated_field_names
from taxonomy.models import Country, LegalForm, Theme


class LabelViewSet(SnippetViewSet):
    icon = "tag"
    list_display = [*translated_field_names("name"), "slug"]
    search_fields = translated_field_names("name")


class CountryViewSet(LabelViewSet):
    model = Country
    icon = "site"


class ThemeViewSet(LabelViewSet):
    model = Theme


class LegalFormViewSet(LabelViewSet):
    model = LegalForm
    icon = "doc-full"


class VocabularyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Vocabularies")
    menu_icon = "tag"
    menu_order = 300
    items = (CountryViewSet, ThemeViewSet, LegalFormViewSet)


register_snippet(VocabularyViewSetGroup)
