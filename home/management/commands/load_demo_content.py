"""Load the demo content in five languages. Idempotent: it adds what is missing and changes nothing
that exists, so it is safe to run on every `make run`."""

import io

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from core.factories import SiteImageFactory
from core.i18n import language_codes
from home import demo_content as demo
from home.demo_images import draw_illustration
from home.factories import StandardPageFactory
from home.models import HomePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from taxonomy.models import Country, LegalForm, Theme
from translations.catalogues import translate_from_catalogue, translated_text
from values.factories import ValueIndexPageFactory, ValuePageFactory


class Command(BaseCommand):
    help = "Load the demo content (pages, vocabularies, images) in every language. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Load the English content only: for a scratch database from which "
            "update_content_catalogues collects the texts to translate.",
        )

    @transaction.atomic
    def handle(self, *args, english_only, **options):
        self.other_languages = (
            []
            if english_only
            else [code for code in language_codes() if code != settings.LANGUAGE_CODE]
        )
        self.created = []
        countries = self.labels(Country, demo.COUNTRIES)
        themes = self.labels(Theme, demo.THEMES)
        legal_forms = self.labels(LegalForm, demo.LEGAL_FORMS)
        images = {key: self.image(key, *texts) for key, texts in demo.IMAGES.items()}

        home = HomePage.objects.get(locale=Locale.get_default())
        if not home.introduction:  # still the bare home page that `migrate` made
            for field in ("introduction", "sse_heading", "sse_text"):
                setattr(home, field, demo.HOME[field])
            home.image = images[demo.HOME["image"]]
            self.publish(home)
            self.created.append(home)

        self.page(StandardPageFactory, home, **demo.ABOUT, show_in_menus=True)

        value_index = self.page(ValueIndexPageFactory, home, **demo.VALUE_INDEX, show_in_menus=True)
        values = {v["slug"]: self.page(ValuePageFactory, value_index, **v) for v in demo.VALUES}

        partner_index = self.page(
            PartnerIndexPageFactory, home, **demo.PARTNER_INDEX, show_in_menus=True
        )
        partners = {
            partner["slug"]: self.page(
                PartnerPageFactory,
                partner_index,
                **{
                    **partner,
                    "legal_form": legal_forms[partner["legal_form"]],
                    "country": countries[partner["country"]],
                },
            )
            for partner in demo.PARTNERS
        }

        project_index = self.page(
            ProjectIndexPageFactory, home, **demo.PROJECT_INDEX, show_in_menus=True
        )
        projects = {
            project["slug"]: self.page(
                ProjectPageFactory,
                project_index,
                **{
                    **project,
                    "image": images[project["image"]],
                    "countries": [countries[slug] for slug in project["countries"]],
                    "themes": [themes[slug] for slug in project["themes"]],
                    "values": [values[slug] for slug in project["values"]],
                    "partners": [partners[slug] for slug in project["partners"]],
                },
            )
            for project in demo.PROJECTS
        }

        news_index = self.page(NewsIndexPageFactory, home, **demo.NEWS_INDEX, show_in_menus=True)
        for news in demo.NEWS:
            news = dict(news)
            parent = partners[news["partner"]] if news.pop("under_partner", False) else news_index
            self.page(
                NewsPageFactory,
                parent,
                **{
                    **news,
                    "image": images[news["image"]] if news["image"] else None,
                    "partner": partners[news["partner"]],
                    "related_projects": [projects[slug] for slug in news["related_projects"]],
                },
            )

        self.translate(self.created)
        self.stdout.write(
            f"Demo content: {len(self.created)} pages added or filled in."
            if self.created
            else "Demo content: everything was there already."
        )

    def labels(self, model, names_by_slug):
        """Vocabulary rows with their name in every language, from the content catalogues."""
        rows = {}
        for slug, english in names_by_slug.items():
            translations = {
                f"name_{code}": translated_text(code, english) for code in self.other_languages
            }
            rows[slug], _ = model.objects.get_or_create(
                slug=slug, defaults={"name_en": english, **translations}
            )
        return rows

    def image(self, key, title, alt_text):
        from core.models import SiteImage

        image = SiteImage.objects.filter(title=title).first()
        if image is None:
            translated_alt_texts = {
                f"description_{code}": translated_text(code, alt_text)
                for code in self.other_languages
            }
            image = SiteImageFactory(
                title=title,
                description_en=alt_text,
                file=ImageFile(io.BytesIO(draw_illustration(key)), name=f"{key}.png"),
                **translated_alt_texts,
            )
        return image

    def page(self, factory, parent, slug, **fields):
        """The page at `slug` under `parent`; created and published only if it is not there."""
        existing = factory._meta.model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return existing
        page = factory(parent=parent, slug=slug, **fields)
        self.publish(page)
        self.created.append(page)
        return page

    def publish(self, page):
        page.save_revision().publish()

    def translate(self, pages):
        """Translate the pages this run added or filled in, parents first, into every language."""
        locales = Locale.objects.filter(language_code__in=self.other_languages)
        for page in pages:
            for locale in locales:
                translate_from_catalogue(page, locale)
