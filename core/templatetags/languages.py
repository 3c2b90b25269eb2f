from django import template
from django.utils.translation import get_language

from core.i18n import (
    alternate_links,
    canonical_url,
    language_links,
    language_name_in_sentence,
    native_name,
)

register = template.Library()


@register.filter
def in_sentence(locale):
    """A Locale's language name, for use inside a sentence in the active language."""
    return language_name_in_sentence(locale.language_code)


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context, to_home=False):
    """`to_home`: on an error page, lead to each language's home."""
    return {"links": language_links(context["request"], context.get("page"), to_home=to_home)}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    page = context.get("page")
    return {"alternates": alternate_links(context["request"], page) if page else []}


@register.simple_tag(takes_context=True)
def content_language(context):
    """The language of the content shown: the page's own, else the language of the URL."""
    page = context.get("page")
    return page.locale.language_code if page is not None else get_language()


@register.simple_tag(takes_context=True)
def canonical(context):
    page = context.get("page")
    return canonical_url(context["request"], page) if page is not None else ""


@register.inclusion_tag("components/fallback_notice.html", takes_context=True)
def fallback_notice(context):
    """Tells the visitor that the page is shown in English, in the visitor's own language."""
    from django.conf import settings
    from django.utils.translation import get_language_info

    return {
        "language": native_name(get_language()),
        "shown_in": get_language_info(settings.LANGUAGE_CODE)["name_translated"],
        "ui_language": get_language(),
    }
