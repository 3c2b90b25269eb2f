"""Add every English text of the site's content to translations/content_catalogues/<language>.po, for translating.

Run it after changing the demo content (and loading it into an empty database): new texts are
added untranslated, translations already made are kept, texts no longer used are reported. The
tests fail until every new entry is translated.
"""

import polib
from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, TranslationSource

from core.i18n import language_codes
from core.models import SiteImage
from taxonomy.models import Country, LegalForm, Theme
from translations.catalogues import CATALOGUE_DIR


class Command(BaseCommand):
    help = __doc__.splitlines()[0]

    def handle(self, *args, **options):
        texts = self.english_texts()
        for code in language_codes():
            if code == settings.LANGUAGE_CODE:
                continue
            path = CATALOGUE_DIR / f"{code}.po"
            po = polib.pofile(str(path))
            known = {entry.msgid for entry in po}
            added = [text for text in texts if text not in known]
            for text in added:
                po.append(polib.POEntry(msgid=text, msgstr=""))
            po.save()
            unused = sorted(known - set(texts))
            self.stdout.write(f"{path.name}: {len(added)} added, {len(unused)} no longer used")
            for text in unused:
                self.stdout.write(f"  unused: {text[:70]!r}")

    def english_texts(self):
        """Every translatable text of the English pages, labels and image alt texts, in order."""
        texts = {}
        english = Locale.get_default()
        for page in Page.objects.filter(locale=english, depth__gt=1).order_by("path").specific():
            source, created = TranslationSource.get_or_create_from_instance(page)
            if not created:
                source.update_from_db()
            segments = StringSegment.objects.filter(source=source).order_by("order")
            texts.update(dict.fromkeys(segments.values_list("string__data", flat=True)))
        for model in (Country, Theme, LegalForm):
            texts.update(dict.fromkeys(model.objects.values_list("name_en", flat=True)))
        texts.update(dict.fromkeys(SiteImage.objects.values_list("description_en", flat=True)))
        return [text for text in texts if text]
