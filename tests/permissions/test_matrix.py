"""The permission matrix (docs/permission-matrix.md), one test per cell, through the admin's real URLs.

Each cell asserts the answer (allowed, or denied: Wagtail's redirect away, 403 or 404), never a 5xx;
that a denied answer holds none of partner B's content; and that a denied write changed nothing.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

ALLOWED, DENIED, FILTERED, LOGIN = "allowed", "denied", "filtered", "login"
NOT_PUBLISHED = "not published"  # the page editor saves a draft instead: never live
B_SECRETS = ("B secret draft", "B secret image", "B secret document")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client, page, action=None, title=None):
    """A save of the page editor's form, as a browser would send it (a crafted request)."""
    page = page.specific
    data = {
        "title": title or page.title,
        "slug": page.slug,
        "summary": page.summary,
        "date": page.date.isoformat(),
        "body-count": "0",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    if action:
        data[action] = "1"
    return client.post(edit_url(page), data)


# (action, object, how to request it, what must not change when it is denied)
ACTIONS = {
    "explore": lambda c, w, o: c.get(reverse("wagtailadmin_explore", args=[o.pk])),
    "edit": lambda c, w, o: c.get(edit_url(o)),
    "save": lambda c, w, o: post_edit(c, o, title="Changed by someone"),
    "publish": lambda c, w, o: post_edit(c, o, action="action-publish"),
    "unpublish": lambda c, w, o: c.post(reverse("wagtailadmin_pages:unpublish", args=[o.pk])),
    "delete": lambda c, w, o: c.post(reverse("wagtailadmin_pages:delete", args=[o.pk])),
    "move": lambda c, w, o: c.get(reverse("wagtailadmin_pages:move", args=[o.pk])),
    "copy": lambda c, w, o: c.get(reverse("wagtailadmin_pages:copy", args=[o.pk])),
    "history": lambda c, w, o: c.get(reverse("wagtailadmin_pages:history", args=[o.pk])),
    "preview": lambda c, w, o: c.get(reverse("wagtailadmin_pages:preview_on_edit", args=[o.pk])),
    "view draft": lambda c, w, o: c.get(reverse("wagtailadmin_pages:view_draft", args=[o.pk])),
    "lock": lambda c, w, o: c.post(reverse("wagtailadmin_pages:lock", args=[o.pk])),
    "privacy": lambda c, w, o: c.get(reverse("wagtailadmin_pages:set_privacy", args=[o.pk])),
    "submit translation": lambda c, w, o: c.get(
        reverse("wagtail_localize:submit_page_translation", args=[o.pk])
    ),
}


def page_state(page):
    page = Page.objects.get(pk=page.pk)
    return (page.title, page.live, page.locked, page.path, page.get_latest_revision().pk)


CELLS = [
    # user, action, object, expected
    ("anonymous", "edit", "a_draft", LOGIN),
    ("a1", "explore", "a_page", ALLOWED),
    ("a1", "explore", "b_page", FILTERED),  # B's public title, none of its news
    ("a1", "edit", "a_draft", ALLOWED),
    ("a2", "edit", "a_draft", ALLOWED),  # a colleague's draft
    ("a1", "edit", "b_draft", DENIED),
    ("a1", "save", "b_draft", DENIED),
    ("a1", "publish", "a_draft", NOT_PUBLISHED),  # even as a crafted request
    ("a1", "unpublish", "b_live", DENIED),
    ("a1", "delete", "b_live", DENIED),
    ("a1", "delete", "a_draft", ALLOWED),  # its own draft, never published
    ("a1", "move", "b_live", DENIED),
    ("a1", "copy", "b_live", DENIED),
    ("a1", "history", "b_draft", DENIED),
    ("a1", "preview", "b_draft", DENIED),
    ("a1", "view draft", "b_draft", DENIED),
    ("a1", "lock", "a_draft", DENIED),
    ("a1", "privacy", "a_draft", DENIED),
    ("a1", "edit", "staff_page", DENIED),
    ("a1", "submit translation", "a_draft", DENIED),  # partners never hold it
    ("b", "edit", "b_draft", ALLOWED),
    ("b", "publish", "b_draft", NOT_PUBLISHED),
    ("translator", "edit", "b_draft", DENIED),
    ("translator", "submit translation", "staff_page", DENIED),  # cannot edit the English page
    ("editor", "edit", "b_draft", ALLOWED),
    ("editor", "submit translation", "staff_page", ALLOWED),
    ("moderator", "edit", "b_draft", ALLOWED),
    ("moderator", "lock", "b_draft", ALLOWED),
    ("superuser", "publish", "b_draft", ALLOWED),
]


@pytest.mark.parametrize(("user", "action", "target", "expected"), CELLS)
def test_page_actions(client, world, user, action, target, expected):
    if user != "anonymous":
        client.force_login(world["users"][user])
    page = world["pages"][target]
    before = page_state(page)

    response = ACTIONS[action](client, world, page)

    assert response.status_code < 500
    if expected == LOGIN:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    elif expected == FILTERED:
        assert response.status_code == 200
        assert not any(secret in response.content.decode() for secret in B_SECRETS)
    elif expected == NOT_PUBLISHED:
        assert response.status_code in (200, 302)
        assert not Page.objects.get(pk=page.pk).live
    elif expected == DENIED:
        assert response.status_code in (302, 403, 404)
        if response.status_code == 302:
            assert (
                response["Location"] in ("/admin/", reverse("wagtailadmin_home"))
                or "login" in response["Location"]
            )
        body = response.content.decode()
        assert not any(secret in body for secret in B_SECRETS)
        assert page_state(page) == before
    else:
        assert response.status_code in (200, 302)
        if response.status_code == 302:
            assert response["Location"] != "/admin/"


ADMIN_AREAS = [
    reverse("wagtailusers_users:index"),
    reverse("wagtailusers_groups:index"),
    reverse("wagtailsites:index"),
    reverse("wagtaillocales:index"),
    "/admin/snippets/taxonomy/country/",
    reverse("translation_dashboard"),
]


@pytest.mark.parametrize("url", ADMIN_AREAS)
def test_partners_reach_no_staff_area(client, world, url):
    client.force_login(world["users"]["a1"])

    response = client.get(url)

    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("url_name", "secret"),
    [
        ("wagtailadmin_choose_page", "B secret draft"),
        ("wagtailadmin_pages:search", "B secret draft"),
        ("wagtailimages_chooser:choose", "B secret image"),
        ("wagtaildocs_chooser:choose", "B secret document"),
        ("wagtailimages:index", "B secret image"),
    ],
)
def test_choosers_and_listings_hide_the_other_partners_content(client, world, url_name, secret):
    client.force_login(world["users"]["a1"])

    response = client.get(reverse(url_name), {"q": "secret"})

    assert response.status_code == 200
    assert secret not in response.content.decode()


def test_the_other_partners_image_cannot_be_edited(client, world):
    client.force_login(world["users"]["a1"])
    image = world["images"]["b"]

    response = client.post(reverse("wagtailimages:edit", args=[image.pk]), {"title": "Taken"})

    assert response.status_code in (302, 403)
    image.refresh_from_db()
    assert image.title == "B secret image"


def test_partners_cannot_compare_the_other_partners_revisions(client, world):
    client.force_login(world["users"]["a1"])
    draft = world["pages"]["b_draft"]
    revision = draft.get_latest_revision()

    response = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[draft.pk, "earliest", revision.pk])
    )

    assert response.status_code in (302, 403, 404)
    assert "B secret draft" not in response.content.decode()


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_partners_cannot_moderate_even_their_own_news(client, world, action):
    from wagtail.models import Workflow

    news = world["pages"]["a_draft"]
    workflow_state = Workflow.objects.get(name="Partner news moderation").start(
        news, world["users"]["a1"]
    )
    client.force_login(world["users"]["a2"])

    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[news.pk, action, workflow_state.current_task_state.pk],
        )
    )

    assert response.status_code in (302, 403)
    workflow_state.refresh_from_db()
    assert workflow_state.status == workflow_state.STATUS_IN_PROGRESS
    assert not Page.objects.get(pk=news.pk).live


def test_partners_cannot_preview_or_edit_the_other_partners_files(client, world):
    client.force_login(world["users"]["a1"])
    image, document = world["images"]["b"], world["documents"]["b"]

    preview = client.get(reverse("wagtailimages:preview", args=[image.pk, "original"]))
    edit = client.post(reverse("wagtaildocs:edit", args=[document.pk]), {"title": "Taken"})

    assert preview.status_code in (302, 403, 404)
    assert edit.status_code in (302, 403)
    document.refresh_from_db()
    assert document.title == "B secret document"
