"""Onboarding a partner organization in one step: page, group, collection, permissions, user."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext_noop
from wagtail.models import Collection, Locale, Page
from wagtail_localize.synctree import create_aliases_for_new_page

from core.mail import email_users, set_language
from partners.models import PartnerAccess, PartnerIndexPage, PartnerPage
from partners.roles import ensure_roles, grant_collection, grant_partner, permission
from taxonomy.models import Country

# The language a partner's users get by default, from its country (their admin, their e-mails);
# English elsewhere. Country codes are ISO 3166 (Greece is GR, its language el).
COUNTRY_LANGUAGES = {"es": "es", "fr": "fr", "gr": "el", "it": "it"}


# Stored in English, shown in the reader's language (core/display_names.py).
PARTNER_GROUP = gettext_noop("Partner: %(name)s")


def language_of_country(country_code):
    return COUNTRY_LANGUAGES.get((country_code or "").lower(), settings.LANGUAGE_CODE)


@transaction.atomic
def onboard_partner(name, email, country_code=None, language=None):
    """Create (or reuse) the partner's page, group, collection and permissions, and a user for
    `email` in that group, whose language is `language` (default: its country's). Returns
    (access, user, user_created). Safe to run again."""
    ensure_roles()
    page = partner_page(name, country_code)
    group, _ = Group.objects.get_or_create(name=PARTNER_GROUP % {"name": name})
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    collection = Collection.objects.filter(name=name, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=name)
    grant_collection(group, collection)
    access, _ = PartnerAccess.objects.get_or_create(
        name=name,
        defaults={
            "partner_translation_key": page.translation_key,
            "group": group,
            "collection": collection,
        },
    )
    for version in Page.objects.filter(translation_key=page.translation_key):
        grant_partner(access, version)
    user, user_created = add_partner_user(
        group, email, language or language_of_country(country_code)
    )
    return access, user, user_created


def partner_page(name, country_code):
    index = PartnerIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        raise ValidationError("Create the partner organizations index page first.")
    existing = PartnerPage.objects.child_of(index).filter(title=name).first()
    if existing is not None:
        return existing
    country = None
    if country_code:
        country = Country.objects.filter(slug=country_code.lower()).first()
        if country is None:
            raise ValidationError(f"Unknown country code: {country_code}")
    page = index.add_child(
        instance=PartnerPage(title=name, slug=slugify(name)[:200] or "partner", country=country)
    )
    page.save_revision().publish()
    # Its fallback in every other language tree at once, as for a page made in the admin: the
    # partner writes news under it in any language from the first day.
    create_aliases_for_new_page(page)
    return page


def add_partner_user(group, email, language):
    users = get_user_model().objects
    user = users.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = users.create_user(username=email.lower(), email=email)  # no usable password yet
        # Its admin language, and the language of every e-mail it gets, the welcome first: never
        # the language of the administrator who onboarded it.
        set_language(user, language)
        send_welcome_email(user)
    user.groups.add(group)
    return user, created


def send_welcome_email(user):
    """A link to choose a password, in the user's language."""
    link = settings.WAGTAILADMIN_BASE_URL + reverse(
        "wagtailadmin_password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(user.pk)),
            default_token_generator.make_token(user),
        ],
    )
    email_users([user], "partners/welcome_email", {"link": link})
