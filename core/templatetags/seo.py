"""Meta description, Open Graph and schema.org JSON-LD, in the page's language."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import to_locale

register = template.Library()

# JSON inside <script> must not be able to close the element or open a comment.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org description as JSON-LD. A data block, not a script: it runs no code,
    so a strict Content-Security-Policy does not need to allow it."""
    page = context.get("page")
    data = page.structured_data(context["request"]) if page is not None else None
    if not data:
        return ""
    payload = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_JSON_ESCAPES)),  # noqa: S308 - escaped above
    )


@register.filter
def as_locale(language_code):
    """`pt-br` → `pt_BR`: the form Open Graph's og:locale expects."""
    return to_locale(language_code)
