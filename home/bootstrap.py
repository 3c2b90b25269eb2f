"""What every database needs before anyone logs in: a locale per language, a home page in each, and
each language's tree kept in step with the English one.

Runs after every `migrate` (and after the test runner empties the database), and only adds what is
missing: pages that editors have changed are never touched.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from core.i18n import language_codes
from translations.catalogues import translate_from_catalogue

ENGLISH_HOME = {"title": "Social and Solidarity Economy", "slug": "home"}


@transaction.atomic
def ensure_locales_and_home_pages(**kwargs):
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in language_codes()
    }
    default_locale = locales[settings.LANGUAGE_CODE]

    from home.models import HomePage  # the app registry is ready when post_migrate fires

    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        home = _create_english_home(HomePage, default_locale)
    for code, locale in locales.items():
        if code == settings.LANGUAGE_CODE:
            continue
        if not home.has_translation(locale):
            translate_from_catalogue(home, locale)
        # wagtail-localize's locale synchronisation: every English page not yet translated gets an
        # alias in this language's tree (an English fallback under /<language>/), now and whenever
        # one is created.
        LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": default_locale}
        )


def _create_english_home(home_page_class, locale):
    root = Page.get_first_root_node()
    if root is None:  # an emptied database (flush) has lost wagtailcore's root page too
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    # Wagtail's own "Welcome to your new Wagtail site!" placeholder, replaced by the real home page.
    Page.objects.filter(
        depth=2,
        slug=ENGLISH_HOME["slug"],
        content_type__app_label="wagtailcore",
        content_type__model="page",
        numchild=0,
    ).delete()
    home = root.add_child(instance=home_page_class(locale=locale, **ENGLISH_HOME))
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return home
