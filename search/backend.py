"""Wagtail's database search backend, with stemming in each page's language on PostgreSQL.

Wagtail's PostgreSQL backend indexes and queries everything with one text search configuration.
Here each page is indexed with the configuration of its own language (spanish, french, greek...),
and a search in a language queries with that language's configuration. On SQLite (and any other
database) Wagtail's own database backend is used as it is.
"""

import copy
from collections import defaultdict

from django.db import connection
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

# PostgreSQL's text search configurations for the site's languages; "simple" (no stemming) for any
# other language and for objects that have none (images, documents).
SEARCH_CONFIGS = {"en": "english", "es": "spanish", "fr": "french", "el": "greek", "it": "italian"}
UNSTEMMED = "simple"


def search_config(language_code):
    return SEARCH_CONFIGS.get(language_code, UNSTEMMED)


class MultilingualPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        language_by_locale_id = dict(Locale.objects.values_list("id", "language_code"))
        objs_by_config = defaultdict(list)
        for obj in objs:
            language = language_by_locale_id.get(getattr(obj, "locale_id", None))
            objs_by_config[search_config(language)].append(obj)
        for config, group in objs_by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    index_class = MultilingualPostgresIndex

    def with_config(self, config):
        configured = copy.copy(self)
        configured.config = config
        return configured


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend({"SEARCH_CONFIG": UNSTEMMED, **params})
    return database.SearchBackend(params)


def backend_for_language(backend, language_code):
    """The backend to search `language_code` content with: on PostgreSQL, one that queries with
    that language's configuration; elsewhere the backend itself."""
    if isinstance(backend, MultilingualPostgresSearchBackend):
        return backend.with_config(search_config(language_code))
    return backend
