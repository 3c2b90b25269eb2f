"""Benchmark: the translation dashboard on a large site with source pages in every language.

Builds, inside a transaction that is rolled back at the end (the database is left as it was),
`--pages` source pages with their wagtail-localize sources: four in five English, every fifth in
Spanish, French, Greek and Italian in turn, under its language's home page. Each has a
translation into every other language (English included), in the dashboard's states by turns:
half of them up to date, the others outdated, in progress (half translated, published), awaiting
review (unpublished), changes requested (half translated, unpublished) or missing. An unpublished
or missing translation of an English page is its fallback (an alias, as locale synchronisation
makes them); of another page, a draft or nothing. Then requests the dashboard `--repeat` times,
having done the same for a tenth of the pages, to show that the number of queries does not grow
with the number of pages.

Prints the number of languages and of pages in all; the source pages the dashboard lists per
source language (those already there, such as the English home page, included); for each size,
its cells (source pages × languages), the median time of a request and its number of queries;
then the ratio of the times and whether the number of queries is constant or GROWs.

    python manage.py benchmark_translation_dashboard --pages 2000 --repeat 7
"""

import statistics
import time
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.factories import StandardPageFactory
from home.models import HomePage
from translations.models import TranslationReview
from translations.states import State, source_pages

# The state each translation is built in, by turns.
PLAN = (
    State.IN_PROGRESS,
    State.AWAITING_REVIEW,
    State.CHANGES_REQUESTED,
    State.OUTDATED,
    State.MISSING,
) + (State.UP_TO_DATE,) * 5
UNPUBLISHED = {State.MISSING, State.AWAITING_REVIEW, State.CHANGES_REQUESTED}
HALF_TRANSLATED = {State.IN_PROGRESS, State.CHANGES_REQUESTED}
REVIEWS = {
    State.AWAITING_REVIEW: TranslationReview.Status.AWAITING_REVIEW,
    State.CHANGES_REQUESTED: TranslationReview.Status.CHANGES_REQUESTED,
}


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=2000)
        parser.add_argument("--repeat", type=int, default=7)

    def handle(self, *args, pages, repeat, **options):
        try:
            with transaction.atomic():
                client = self.admin_client()
                locale_count = Locale.objects.count()
                small = max(pages // 10, 1)
                self.build(0, small)
                small_cells = sum(self.sources_per_language().values()) * locale_count
                small_time, small_queries = self.measure(client, repeat)
                self.build(small, pages - small)
                sources = self.sources_per_language()
                large_cells = sum(sources.values()) * locale_count
                large_time, large_queries = self.measure(client, repeat)
                self.stdout.write(
                    f"languages: {locale_count}, pages in all: {Page.objects.count()}\n"
                    f"sources: {', '.join(f'{code} {n}' for code, n in sources.items())}\n"
                    f"{small:>6} pages, {small_cells:>6} cells: "
                    f"median {small_time * 1000:.0f} ms, {small_queries} queries\n"
                    f"{pages:>6} pages, {large_cells:>6} cells: "
                    f"median {large_time * 1000:.0f} ms, {large_queries} queries\n"
                    f"time ratio {large_time / small_time:.2f} for {pages / small:.0f}× the pages; "
                    f"queries {'constant' if small_queries == large_queries else 'GROW'}"
                )
                raise Rollback
        except Rollback:
            pass

    def admin_client(self):
        user = get_user_model().objects.create_superuser(
            "benchmark-admin", "benchmark@example.org", None
        )
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        return client

    def sources_per_language(self):
        """{language code: number of source pages}, as the dashboard lists them."""
        return dict(
            source_pages()
            .values_list("locale__language_code")
            .annotate(n=Count("pk"))
            .order_by("locale_id")
        )

    def measure(self, client, repeat):
        client.get("/admin/translations/")  # warm-up: session, caches
        timings, query_counts = [], set()
        for _ in range(repeat):
            connection.queries_log.clear()  # building the site filled the (bounded) query log
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get("/admin/translations/")
                timings.append(time.perf_counter() - started)
            assert response.status_code == 200, response.status_code
            query_counts.add(len(queries))
        return statistics.median(timings), max(query_counts)

    def build(self, start, count):
        """Source pages `start` to `start + count` with wagtail-localize sources, and their
        translations (pages bulk-created: the dashboard reads pages and translation records, not
        content)."""
        homes = {home.locale_id: home for home in HomePage.objects.select_related("locale")}
        home_of = {home.locale.language_code: home for home in homes.values()}
        others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        published = timezone.now()
        sources = []
        for number in range(start, start + count):
            code = others[number // 5 % len(others)] if number % 5 == 4 else settings.LANGUAGE_CODE
            page = StandardPageFactory(
                parent=home_of[code],
                title=f"Benchmark page {number}",
                slug=f"benchmark-{number}",
                summary=f"Summary of benchmark page {number}.",
                first_published_at=published,
                last_published_at=published,
            )
            source, _ = TranslationSource.get_or_create_from_instance(page)
            sources.append((number, page, source))
        segments = defaultdict(list)
        for segment in StringSegment.objects.filter(source__in=[s for _n, _p, s in sources]):
            segments[segment.source_id].append(segment)
        english = home_of[settings.LANGUAGE_CODE].locale_id
        for index, locale_id in enumerate(sorted(homes)):
            targets = [
                (page, source, PLAN[(number + index) % len(PLAN)])
                for number, page, source in sources
                if page.locale_id != locale_id
            ]
            # Locale synchronisation gives English pages a fallback in every other tree.
            self.add_children(
                homes[locale_id],
                [
                    self.copy(page, locale_id, state, published, fallback=page.locale_id == english)
                    for page, _source, state in targets
                    if state != State.MISSING or page.locale_id == english
                ],
            )
            self.add_translations(
                [(source, state) for _page, source, state in targets if state != State.MISSING],
                locale_id,
                segments,
            )

    def copy(self, original, locale_id, state, published, fallback):
        """The page of `original` in another language's tree, unsaved, for a translation that
        will be in `state`: while unpublished, the fallback (an alias of `original`) if it has
        one, else a draft."""
        alias = fallback and state in UNPUBLISHED
        live = alias or state not in UNPUBLISHED
        if state == State.OUTDATED:
            published -= timedelta(days=1)
        return Page(
            title=original.title,
            draft_title=original.title,
            slug=original.slug,
            locale_id=locale_id,
            translation_key=original.translation_key,
            content_type_id=original.content_type_id,
            alias_of_id=original.pk if alias else None,
            live=live,
            has_unpublished_changes=not live,
            first_published_at=published if live else None,
            last_published_at=published if live else None,
        )

    def add_children(self, parent, children):
        """Saves `children` under `parent`, after the children it has."""
        depth = parent.depth + 1
        siblings = Page.objects.filter(path__startswith=parent.path, depth=depth)
        last = siblings.order_by("-path").values_list("path", flat=True).first()
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        for number, child in enumerate(children, start=step + 1):
            child.path = Page._get_path(parent.path, depth, number)
            child.depth = depth
            child.numchild = 0
            child.url_path = f"{parent.url_path}{child.slug}/"
        Page.objects.bulk_create(children)
        Page.objects.filter(pk=parent.pk).update(numchild=siblings.count())

    def add_translations(self, planned, locale_id, segments):
        """A Translation into `locale_id` of each source in `planned`, with its passages
        translated (half of them, for some states) and its review."""
        translations = Translation.objects.bulk_create(
            Translation(source=source, target_locale_id=locale_id) for source, _state in planned
        )
        TranslationReview.objects.bulk_create(
            TranslationReview(
                translation=translation,
                status=REVIEWS[state],
                comment="Please check the terms." if state == State.CHANGES_REQUESTED else "",
            )
            for translation, (_source, state) in zip(translations, planned, strict=True)
            if state in REVIEWS
        )
        strings = []
        for source, state in planned:
            translated = segments[source.pk]
            if state in HALF_TRANSLATED:
                translated = translated[: len(translated) // 2]
            strings += [
                StringTranslation(
                    translation_of_id=segment.string_id,
                    context_id=segment.context_id,
                    locale_id=locale_id,
                    data=f"translated {segment.string_id}",
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
                for segment in translated
            ]
        StringTranslation.objects.bulk_create(strings)
