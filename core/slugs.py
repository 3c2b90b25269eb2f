"""Slugs in Latin letters in every language.

A Greek slug makes a link that is shared percent-encoded (/el/%CF%83%CF%87...), so Greek slugs are
transliterated (σχετικά με εμάς → schetika-me-emas) with anyascii, which Wagtail already uses.
wagtail-localize would otherwise silently drop every non-ASCII character of a translated slug.
"""

from anyascii import anyascii
from django.utils.text import slugify


def latin_slug(text):
    return slugify(anyascii(text))


def transliterate_translated_slug(sender, instance, **kwargs):
    """pre_save of wagtail-localize's StringTranslation: a translated slug is stored transliterated,
    so the translator sees the slug the page will get."""
    if instance.context.path == "slug":
        instance.data = latin_slug(instance.data)
