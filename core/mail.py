"""E-mail to the site's users, each in the language they chose for the admin."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.users.models import UserProfile


def email_users(users, template, context):
    """Send `template`.txt (the body) and `template`_subject.txt to each user that has an address,
    rendered in that user's admin language: never in the sender's."""
    for user in users:
        if not user.email:
            continue
        with override(UserProfile.get_for_user(user).get_preferred_language()):
            send_mail(
                render_to_string(f"{template}_subject.txt", {**context, "user": user}).strip(),
                render_to_string(f"{template}.txt", {**context, "user": user}),
                None,
                [user.email],
            )
