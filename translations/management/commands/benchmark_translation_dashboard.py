"""Benchmark: the translation dashboard on a large site. Prints median time and query count.

Builds, inside a transaction that is rolled back at the end (the database is left as it was),
`--pages` English pages with their wagtail-localize sources, each existing in every other
language, most of them fully translated and some half; then requests the dashboard `--repeat`
times. Runs the same for a tenth of the pages, to show that the number of queries does not grow
with the number of pages.

    python manage.py benchmark_translation_dashboard --pages 2000
"""

import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.factories import StandardPageFactory
from home.models import HomePage


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
                small = max(pages // 10, 1)
                self.build(small)
                small_time, small_queries = self.measure(client, repeat)
                self.build(pages - small)
                large_time, large_queries = self.measure(client, repeat)
                source_count = Page.objects.filter(locale__language_code="en").count()
                self.stdout.write(
                    f"pages per language: {source_count}, languages: {Locale.objects.count()}, "
                    f"pages in all: {Page.objects.count()}\n"
                    f"{small:>6} pages: median {small_time * 1000:.0f} ms, {small_queries} queries\n"
                    f"{pages:>6} pages: median {large_time * 1000:.0f} ms, {large_queries} queries\n"
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

    def build(self, count):
        """`count` English pages with wagtail-localize sources; a copy of each in every other
        language (bulk-created: the dashboard reads pages and translation records, not content);
        four in five of them fully translated, the rest half."""
        english_home = HomePage.objects.get(locale__language_code="en")
        homes = {home.locale_id: home for home in HomePage.objects.exclude(pk=english_home.pk)}
        offset = Page.objects.filter(locale__language_code="en").count()
        sources = []
        for number in range(offset, offset + count):
            page = StandardPageFactory(
                parent=english_home,
                title=f"Benchmark page {number}",
                slug=f"benchmark-{number}",
                summary=f"Summary of benchmark page {number}.",
            )
            source, _ = TranslationSource.get_or_create_from_instance(page)
            sources.append((page, source))
        for locale_id, home in homes.items():
            self.add_children(home, [page for page, _source in sources], locale_id)
            self.add_string_translations(sources, locale_id)

    def add_children(self, parent, originals, locale_id):
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        Page.objects.bulk_create(
            Page(
                title=original.title,
                draft_title=original.title,
                slug=original.slug,
                path=Page._get_path(parent.path, parent.depth + 1, step + index + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{original.slug}/",
                locale_id=locale_id,
                translation_key=original.translation_key,
                content_type_id=original.content_type_id,
                live=True,
                last_published_at=original.last_published_at,
            )
            for index, original in enumerate(originals)
        )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.get_children().count())

    def add_string_translations(self, sources, locale_id):
        translations = []
        for index, (_page, source) in enumerate(sources):
            segments = list(StringSegment.objects.filter(source=source))
            translated = segments if index % 5 else segments[: len(segments) // 2]
            translations += [
                StringTranslation(
                    translation_of_id=segment.string_id,
                    context_id=segment.context_id,
                    locale_id=locale_id,
                    data=f"translated {segment.string_id}",
                )
                for segment in translated
            ]
        StringTranslation.objects.bulk_create(translations)
