"""RSS 2.0 and Atom feeds of the news, one per language and one per partner organization.

Only news written in the feed's language: fallbacks (English news not yet translated) are left
out, so that every item of a feed is in the language the feed declares.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language, gettext
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerPage

FEED_LENGTH = 20


class NewsFeed(Feed):
    def get_object(self, request, partner_slug=None):
        locale = Locale.objects.get(language_code=get_language())
        partner = None
        if partner_slug is not None:
            partner = (
                PartnerPage.objects.live().public().filter(locale=locale, slug=partner_slug).first()
            )
            if partner is None:
                raise Http404
        return {"locale": locale, "partner": partner, "request": request}

    def title(self, scope):
        news = gettext("News")
        return f"{scope['partner'].title}: {news}" if scope["partner"] else f"Nexes: {news}"

    def link(self, scope):
        if scope["partner"]:
            return scope["partner"].url
        index = NewsIndexPage.objects.live().filter(locale=scope["locale"]).first()
        return index.url if index else f"/{scope['locale'].language_code}/"

    def description(self, scope):
        return gettext("News from Nexes and its partner organizations.")

    def items(self, scope):
        news = (
            NewsPage.objects.live().public().filter(locale=scope["locale"], alias_of__isnull=True)
        )
        if scope["partner"]:
            news = news.filter(partner__translation_key=scope["partner"].translation_key)
        return news.order_by("-date", "-pk")[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(12)))

    def item_updateddate(self, item):
        return item.last_published_at


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
