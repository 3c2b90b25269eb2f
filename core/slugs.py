"""Slugs in Latin letters in every language.

A Greek slug makes a link that is shared percent-encoded (/el/%CF%83%CF%87...), so Greek slugs are
transliterated (σχετικά με εμάς → schetika-me-emas) with anyascii, which Wagtail already uses.
"""

from anyascii import anyascii
from django.utils.text import slugify


def latin_slug(text):
    return slugify(anyascii(text))
