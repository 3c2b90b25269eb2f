"""Moved to translations/sync.py. Background tasks queued before the move are stored under this
dotted path (django-tasks-db keeps the task's module path): keep it for one release, then delete."""

from translations.sync import synchronise_translation_source  # noqa: F401
