from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core.account import account_view
from core.health import HealthView
from core.media import serve_media
from core.security import csp_report
from core.sitemaps import SITEMAPS
from core.views import choose_language, robots_txt
from news.feeds import AtomNewsFeed, NewsFeed
from search.views import search

# Unprefixed: the admin (each user picks their admin language), documents, the language chooser.
urlpatterns = [
    # Ahead of Wagtail's: account settings that save without a first and last name.
    path("admin/account/", never_cache(account_view), name="wagtailadmin_account"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:language_code>/", choose_language, name="choose_language"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # For load balancers: 200, or 503 when the database, cache or storage fails (core/health.py).
    path("health/", HealthView.as_view(), name="health"),
    path("csp-report/", csp_report, name="csp_report"),
    # A sitemap index with one sitemap per language.
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"}),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # Uploaded images, from MEDIA_ROOT (core/media.py).
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media),
]

# Every public page lives under its language prefix: /en/, /es/, /fr/, /el/, /it/.
# An unprefixed URL such as / is redirected by LocaleMiddleware to the visitor's language.
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("feeds/news.rss", NewsFeed(), name="news_rss"),
    path("feeds/news.atom", AtomNewsFeed(), name="news_atom"),
    path("feeds/partners/<slug:partner_slug>.rss", NewsFeed(), name="partner_news_rss"),
    path("feeds/partners/<slug:partner_slug>.atom", AtomNewsFeed(), name="partner_news_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "core.views.server_error"
