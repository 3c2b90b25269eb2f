"""Translated slugs in Latin letters: wagtail-localize would otherwise silently drop every
non-ASCII character of a translated slug (it runs Django's ASCII slugify on it)."""

from core.slugs import latin_slug


def transliterate_translated_slug(sender, instance, **kwargs):
    """pre_save of wagtail-localize's StringTranslation: a translated slug is stored transliterated,
    so the translator sees the slug the page will get."""
    if instance.context.path == "slug":
        instance.data = latin_slug(instance.data)
