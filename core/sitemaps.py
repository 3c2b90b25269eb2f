"""One sitemap per language, each page with its real translations as xhtml:link alternates.

Wagtail's own sitemap lists only the default site's tree and no alternates. Fallbacks (aliases of
English pages) are left out: they are not translations, and their canonical is the English page.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.i18n import language_codes


def indexable_pages():
    return Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)


def page_path(page):
    _site_id, _root_url, path = page.get_url_parts()
    return path


class LanguageSitemap(Sitemap):
    limit = 5000

    def __init__(self, language_code):
        self.language_code = language_code

    def items(self):
        return indexable_pages().filter(locale__language_code=self.language_code).order_by("path")

    def location(self, page):
        return page_path(page)

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        # Every translation of the pages of this sitemap page, in one query.
        translations = {}
        keys = {url["item"].translation_key for url in urls}
        versions = indexable_pages().filter(translation_key__in=keys).select_related("locale")
        for version in versions:
            translations.setdefault(version.translation_key, {})[version.locale.language_code] = (
                origin + page_path(version)
            )
        for url in urls:
            found = translations.get(url["item"].translation_key, {})
            url["alternates"] = [
                {"lang_code": code, "location": found[code]}
                for code in language_codes()
                if code in found
            ]
            if settings.LANGUAGE_CODE in found:
                url["alternates"].append(
                    {"lang_code": "x-default", "location": found[settings.LANGUAGE_CODE]}
                )
        return urls


SITEMAPS = {code: LanguageSitemap(code) for code in language_codes()}
