"""Each user's language (their admin's), and e-mail to the site's users, each in theirs."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.users.models import UserProfile


def language_of(user):
    """The language of the user's account: their admin's, and every e-mail's they get."""
    return UserProfile.get_for_user(user).get_preferred_language()


def set_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def email_users(users, template, context):
    """Send `template`.txt (the body) and `template`_subject.txt to each user that has an address,
    rendered in that user's admin language: never in the sender's."""
    for user in users:
        if not user.email:
            continue
        with override(language_of(user)):
            send_mail(
                render_to_string(f"{template}_subject.txt", {**context, "user": user}).strip(),
                render_to_string(f"{template}.txt", {**context, "user": user}),
                None,
                [user.email],
            )
