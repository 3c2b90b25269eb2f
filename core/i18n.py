"""Languages of the site and the links between a page's translations."""

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info, gettext_noop


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def translated_field_names(field_name):
    """The per-language columns django-modeltranslation adds for `field_name`: name_en, name_es..."""
    return [f"{field_name}_{code.replace('-', '_')}" for code in language_codes()]


def native_name(language_code):
    """The language's name in itself, capitalised as in a menu: Español, Français, Ελληνικά."""
    name = get_language_info(language_code)["name_local"]
    return name[:1].upper() + name[1:]


def language_name_in_sentence(language_code):
    """The language's name in the active language as written inside a sentence: "in Greek",
    "en griego", "en grec", "στα ελληνικά", "in greco" (lower case but in English)."""
    name = str(get_language_info(language_code)["name_translated"])
    if (get_language() or "").startswith("en"):
        return name
    return name[:1].lower() + name[1:]


# Stored in English, shown in the reader's language (core/display_names.py).
TRANSLATORS_GROUP = gettext_noop("Translators: %(language)s")


def translators_group_name(language_code):
    """The group of the people who translate into `language_code` (partners/roles.py makes it)."""
    return TRANSLATORS_GROUP % {"language": native_name(language_code)}


def home_url(language_code):
    # Each language's home page is the root of its tree, served at its prefix.
    return f"/{language_code}/"


def localize_pages(pages, locale):
    """Each page in `locale` where it has a live public translation there, else the page itself.

    Relations between pages are synchronised from the source, so a Spanish project points at the
    English partner pages: this leads the visitor to the Spanish ones wherever they exist. Keeps the
    order; drops pages that are not live. One query, however many pages.
    """
    from wagtail.models import Page

    pages = [page for page in pages if page.live]
    keys = {page.translation_key for page in pages if page.locale_id != locale.id}
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(translation_key__in=keys, locale=locale)
        .specific()
    }
    return [translations.get(page.translation_key, page) for page in pages]


def one_version_per_page(pages, locale):
    """From pages in several languages, one version of each: the one in `locale`, else the one in
    the default language. Keeps the order of `pages` (a queryset or list). For listings derived from
    relations, such as a partner's projects."""
    chosen = {}
    for page in pages:
        language = page.locale.language_code
        if language == locale.language_code or (
            language == settings.LANGUAGE_CODE and page.translation_key not in chosen
        ):
            chosen[page.translation_key] = page
    return list(chosen.values())


def live_versions(page):
    """The live versions of `page` in every language, itself included, keyed by language code:
    real translations and fallbacks (aliases of the English page) alike."""
    versions = page.get_translations(inclusive=True).live().select_related("locale")
    return {version.locale.language_code: version for version in versions}


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str  # goes through the chooser, which remembers the choice
    is_current: bool
    is_translated: bool


def nearest_versions(page, language_codes):
    """For languages where `page` has no live version (a page written in Greek, not yet
    translated): the live version of its closest ancestor there, keyed by language code. One query."""
    from wagtail.models import Page

    ancestors = page.get_ancestors().filter(depth__gt=1)
    nearest = {}
    for version in (
        Page.objects.live()
        .filter(
            translation_key__in=ancestors.values("translation_key"),
            locale__language_code__in=language_codes,
        )
        .select_related("locale")
        .order_by("depth")
    ):
        nearest[version.locale.language_code] = version  # the deepest wins
    return nearest


def language_links(request, page=None, to_home=False):
    """One switcher entry per language: the page's version there (its translation or fallback),
    else the closest page above it that exists there, else that language's home; a listing keeps
    its filters. Without a page (search), the same view in that language with the same query; on
    an error page (`to_home`), that language's home. Only a page can lack a translation."""
    current = page.locale.language_code if page is not None else get_language()
    versions = live_versions(page) if page is not None else {}
    absent = [code for code in language_codes() if code not in versions]
    nearest = nearest_versions(page, absent) if page is not None and absent else {}
    queries = localized_queries(request, page) if page is not None and request.GET else {}
    links = []
    for code in language_codes():
        version = versions.get(code)
        closest = version or nearest.get(code)
        if closest is not None:
            target = closest.get_url(request)
            if version is not None and queries.get(code):
                target += "?" + queries[code]
        elif page is None and not to_home:
            target = same_view_url(request, code)
        else:
            target = home_url(code)
        links.append(
            LanguageLink(
                code=code,
                name=native_name(code),
                url=reverse("choose_language", args=[code]) + "?" + urlencode({"next": target}),
                is_current=code == current,
                is_translated=page is None or (version is not None and not version.alias_of_id),
            )
        )
    return links


def same_view_url(request, language_code):
    """The URL of the view being shown (not a page: the search) in `language_code`, its query
    string kept; that language's home if the view has no URL in every language."""
    url = request.get_full_path()
    translated = translate_url(url, language_code)
    return (
        translated
        if translated != url or language_code == get_language()
        else home_url(language_code)
    )


def localized_queries(request, page):
    """The query string of a listing's filters for each of its versions, keyed by language code.

    Filters whose values are pages are chosen by slug, and slugs differ between languages: those
    named in the page's `page_filters` ({parameter: "app.Model"}) get the slug of the same page's
    version in each language (matched by translation key); the other parameters are kept. One
    query per such filter in use.
    """
    from django.apps import apps

    queries = {code: request.GET.copy() for code in language_codes()}
    for name, model_name in getattr(page, "page_filters", {}).items():
        slugs = request.GET.getlist(name)
        if not slugs:
            continue
        model = apps.get_model(model_name)
        chosen = model.objects.filter(locale_id=page.locale_id, slug__in=slugs)
        versions = (
            model.objects.live()
            .filter(translation_key__in=chosen.values("translation_key"))
            .values_list("locale__language_code", "slug")
        )
        slugs_by_language = defaultdict(list)
        for code, slug in versions:
            slugs_by_language[code].append(slug)
        for code, query in queries.items():
            query.setlist(name, slugs_by_language[code])
    return {code: query.urlencode() for code, query in queries.items()}


def alternate_links(request, page):
    """(hreflang, absolute URL) for each live translation of `page`, then x-default (the default
    language's version). Search engines need every one, the page itself included; fallbacks are
    never alternates, and a fallback page lists none (its canonical is the English page)."""
    if page.alias_of_id:
        return []
    translations = {
        code: version for code, version in live_versions(page).items() if not version.alias_of_id
    }
    alternates = [
        (code, request.build_absolute_uri(translations[code].get_url(request)))
        for code in language_codes()
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", request.build_absolute_uri(default.get_url(request))))
    return alternates


def canonical_url(request, page):
    """The page's own absolute URL; for a fallback, the English page it stands in for."""
    original = page.alias_of if page.alias_of_id else page
    return request.build_absolute_uri(original.get_url(request))
