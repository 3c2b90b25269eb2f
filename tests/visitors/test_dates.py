"""Dates read as each language writes them, the same on every page: no leading zero, the month's
name (lower case where the language writes it so; Greek in the genitive), the year
(config/formats/)."""

import datetime

import pytest

from news.models import NewsPage
from tests.helpers import LANGUAGE_CODES, parse_html

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
    "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}
STYLE = {  # day, month, year
    "en": "{day} {month} {year}",
    "es": "{day} de {month} de {year}",
    "fr": "{day} {month} {year}",
    "el": "{day} {month} {year}",
    "it": "{day} {month} {year}",
}


def written(language, day):
    month = MONTHS[language].split()[day.month - 1]
    return STYLE[language].format(day=day.day, month=month, year=day.year)


@pytest.mark.usefixtures("demo_content")
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_a_news_items_date_is_written_as_its_language_writes_dates(client, db, language):
    news = NewsPage.objects.live().filter(locale__language_code=language).first()
    news.date = datetime.date(2026, 10, 6)
    news.save_revision().publish()

    shown = parse_html(client.get(news.url)).select_one("time[datetime='2026-10-06']")

    assert shown.get_text(strip=True) == written(language, news.date)
    if language == "it":
        assert shown.get_text(strip=True) == "6 ottobre 2026"  # not «06 Ottobre 2026»


@pytest.mark.usefixtures("demo_content")
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_news_listing_writes_dates_the_same_way(client, db, language):
    listing = parse_html(
        client.get(NewsPage.objects.filter(locale__language_code=language).first().get_parent().url)
    )
    metas = [meta.get_text(strip=True) for meta in listing.select(".card__meta")]
    dates = [meta for meta in metas if any(character.isdigit() for character in meta)]
    news = NewsPage.objects.live().filter(locale__language_code=language)

    assert dates
    assert set(dates) <= {written(language, item.date) for item in news}
