from django import template
from django.utils.translation import get_language

from core.i18n import alternate_links, language_links

register = template.Library()


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": language_links(context["request"], context.get("page"))}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    page = context.get("page")
    return {"alternates": alternate_links(context["request"], page) if page else []}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the content shown: the page's own, else the language of the URL."""
    page = context.get("page")
    return page.locale.language_code if page is not None else get_language()
