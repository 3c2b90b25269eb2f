"""Helpers the tests share: users in a role, signing in through the real login form, requests
shaped as the admin's JavaScript sends them."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from wagtail.users.models import UserProfile

PASSWORD = "a long pass phrase for tests"


def member(name, group_name, language="en"):
    """A user of `group_name` whose admin language is `language`, with the password PASSWORD."""
    user = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def sign_in(page, username):
    """In a Playwright page, through the real login form (in English: nobody is signed in yet and
    the browser reads English)."""
    page.goto("/admin/login/", wait_until="domcontentloaded")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def put_form(client, url, data):
    """A PUT with a multipart body, as wagtail-localize's editor sends it (a FormData)."""
    return client.put(url, encode_multipart(BOUNDARY, data), content_type=MULTIPART_CONTENT)
