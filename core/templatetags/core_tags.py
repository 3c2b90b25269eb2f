from django import template
from django.conf import settings
from wagtail.models import Locale, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with `changes` applied: pagination links keep the filters."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag(takes_context=True)
def language_of(context, page):
    """The language `page` is written in, to mark a page shown in another language than the
    visitor's (lang, hreflang). A fallback's is English. Locales are looked up once per request,
    not once per page."""
    if page.alias_of_id:
        return settings.LANGUAGE_CODE
    request = context["request"]
    if not hasattr(request, "language_code_by_locale_id"):
        request.language_code_by_locale_id = dict(Locale.objects.values_list("id", "language_code"))
    return request.language_code_by_locale_id[page.locale_id]


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children shown in menus, in the language of the page being read."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return {"entries": []}
    home = site.root_page.localized
    current = context.get("page")
    return {
        "request": context["request"],
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        "entries": [
            (item, current is not None and current.url_path.startswith(item.url_path))
            for item in home.get_children().live().public().in_menu()
        ],
    }
