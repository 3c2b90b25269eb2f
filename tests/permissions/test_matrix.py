"""The permission matrix: every cell of the tables in docs/permission-matrix.md is one test here.

A cell names what a role gets when it tries an action on an object, through the admin's real URLs.
Each test makes the request, reads the answer and the database, and names the outcome; it must be
the one in the table. Whatever the outcome, no answer is a 5xx, no answer to a partner's user that
was refused or filtered holds the other partner's drafts or files, and a refused write changes
nothing.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, TestCase
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.models import SiteImage
from news.models import NewsPage
from tests.helpers import add_news, edit_form_data, post_edit, put_form, workflow_action

MATRIX = Path(settings.BASE_DIR) / "docs" / "permission-matrix.md"

ROLES = {
    "anonymous": "anonymous",
    "A (user 1)": "a1",
    "A (user 2)": "a2",
    "B": "b",
    "translator (es)": "translator",
    "editor": "editor",
    "moderator": "moderator",
    "superuser": "superuser",
}
OBJECTS = {
    "A's draft news": "a_draft",
    "A's news in moderation": "a_moderation",
    "B's draft news": "b_draft",
    "B's live news": "b_live",
    "staff page": "staff",
    **{f"A's partner page ({code})": f"a_page_{code}" for code in ("en", "es", "fr", "el", "it")},
    "A's image": "a_image",
    "B's image": "b_image",
    "A's document": "a_document",
    "B's document": "b_document",
    "users": reverse("wagtailusers_users:index"),
    "groups": reverse("wagtailusers_groups:index"),
    "sites": reverse("wagtailsites:index"),
    "locales": reverse("wagtaillocales:index"),
    "collections": reverse("wagtailadmin_collections:index"),
    "workflows": reverse("wagtailadmin_workflows:index"),
    "redirects": reverse("wagtailredirects:index"),
    "countries (snippets)": "/admin/snippets/taxonomy/country/",
    "translation dashboard": reverse("translation_dashboard"),
    "add a partner organization": reverse("partner_onboarding"),
}
# What a partner's users must never see of the other partner: its drafts and files.
B_SECRETS = ("B secret draft", "B secret image", "B secret document")
A_SECRETS = ("A draft news", "A news in moderation", "A image", "A document")
OTHER_PARTNERS_SECRETS = {"a1": B_SECRETS, "a2": B_SECRETS, "b": A_SECRETS}
NEW_TITLE = "Changed by someone"


def read_matrix():
    """The cells of the tables in the matrix document: (role, action, object, outcome)."""
    cells, action, roles = [], None, []
    for line in MATRIX.read_text().splitlines():
        if line.startswith("### "):
            action = line[4:].strip()
        elif line.startswith("|") and action:
            row = [cell.strip() for cell in line.strip("|").split("|")]
            if row[0] == "object":
                roles = [ROLES[label] for label in row[1:]]
            elif not set(row[0]) <= {"-", " "}:
                for role, outcome in zip(roles, row[1:], strict=True):
                    if outcome != "—":
                        cells.append((role, action, OBJECTS[row[0]], outcome))
    return cells


# -- Requests, one per action. Each takes (client, world, object) and returns the response.


def edit_title_translation(client, world, page):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segment = StringSegment.objects.get(
        source=translation.source, context__path="title", string__data=page.title
    )
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return put_form(client, url, {"value": NEW_TITLE})


def move_destination(world, page):
    return world["destinations"]["news" if isinstance(page, NewsPage) else "staff"]


def sync_translation(client, world, page):
    source = Translation.objects.filter(source__object_id=page.translation_key).first().source
    return client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))


def search_term(obj):
    """A word of the object's title: the answer echoes the query, never the whole title."""
    return max(obj.title.split(), key=len)


def listing(url_name):
    return lambda client, world, obj: client.get(reverse(url_name), {"q": search_term(obj)})


PAGE_REQUESTS = {
    "explorer listing": lambda c, w, o: c.get(
        reverse("wagtailadmin_explore", args=[o.get_parent().pk])
    ),
    "page chooser": listing("wagtailadmin_choose_page_search"),
    "admin search": listing("wagtailadmin_pages:search"),
    "edit": lambda c, w, o: c.get(reverse("wagtailadmin_pages:edit", args=[o.pk])),
    "save": lambda c, w, o: post_edit(c, w, o, title=NEW_TITLE),
    # The page editor's button, and the translation editor's for translated pages.
    "publish": lambda c, w, o: post_edit(c, w, o, **{"action-publish": "1", "action": "publish"}),
    "submit for moderation": lambda c, w, o: post_edit(c, w, o, **{"action-submit": "1"}),
    "approve": lambda c, w, o: workflow_action(c, o, "approve"),
    "request changes": lambda c, w, o: workflow_action(c, o, "reject", comment="Add a date"),
    "unpublish": lambda c, w, o: c.post(reverse("wagtailadmin_pages:unpublish", args=[o.pk])),
    "delete": lambda c, w, o: c.post(reverse("wagtailadmin_pages:delete", args=[o.pk])),
    "move": lambda c, w, o: c.post(
        reverse("wagtailadmin_pages:move_confirm", args=[o.pk, move_destination(w, o).pk])
    ),
    "copy": lambda c, w, o: c.post(
        reverse("wagtailadmin_pages:copy", args=[o.pk]),
        {"new_title": NEW_TITLE, "new_slug": "a-copy", "new_parent_page": o.get_parent().pk},
    ),
    "history": lambda c, w, o: c.get(reverse("wagtailadmin_pages:history", args=[o.pk])),
    "revision compare": lambda c, w, o: c.get(
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[o.pk, "earliest", o.get_latest_revision().pk],
        )
    ),
    "preview": lambda c, w, o: c.post(
        reverse("wagtailadmin_pages:preview_on_edit", args=[o.pk]), edit_form_data(o, w)
    ),
    "view draft": lambda c, w, o: c.get(reverse("wagtailadmin_pages:view_draft", args=[o.pk])),
    "lock": lambda c, w, o: c.post(reverse("wagtailadmin_pages:lock", args=[o.pk])),
    "privacy": lambda c, w, o: c.post(
        reverse("wagtailadmin_pages:set_privacy", args=[o.pk]), {"restriction_type": "login"}
    ),
    "submit translation": lambda c, w, o: c.get(
        reverse("wagtail_localize:submit_page_translation", args=[o.pk])
    ),
    # Wagtail's bulk actions (the explorer's checkboxes), crafted for one page.
    **{
        f"bulk {action}": lambda c, w, o, action=action: c.post(
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={o.pk}"
        )
        for action in ("publish", "unpublish", "delete")
    },
    "sync translation": sync_translation,
    "edit translation": edit_title_translation,
    "add news": lambda c, w, o: add_news(c, w, o, NEW_TITLE),
}

FILE_REQUESTS = {
    "listing": lambda c, w, o: c.get(reverse(f"wagtail{kind(o)}s:index"), {"q": search_term(o)}),
    "chooser": lambda c, w, o: c.get(
        reverse(f"wagtail{kind(o)}s_chooser:choose"), {"q": search_term(o)}
    ),
    "edit file": lambda c, w, o: c.get(reverse(f"wagtail{kind(o)}s:edit", args=[o.pk])),
    "save file": lambda c, w, o: c.post(
        reverse(f"wagtail{kind(o)}s:edit", args=[o.pk]),
        {"title": NEW_TITLE, "collection": o.collection_id},
    ),
    "delete file": lambda c, w, o: c.post(reverse(f"wagtail{kind(o)}s:delete", args=[o.pk])),
    "image preview": lambda c, w, o: c.get(
        reverse("wagtailimages:preview", args=[o.pk, "original"])
    ),
}


def kind(obj):
    return "image" if isinstance(obj, SiteImage) else "doc"


# -- Outcomes: what the request did, read from the answer and the database.


def page_state(page):
    page = Page.objects.filter(pk=page.pk).first()
    if page is None:
        return None
    return {
        "title": page.title,
        "draft title": page.get_latest_revision_as_object().title,
        "live": page.live,
        "live revision": page.live_revision_id,
        "locked": page.locked,
        "parent": page.get_parent().pk,
        "workflow": page.workflow_in_progress,
        "restricted": PageViewRestriction.objects.filter(page=page).exists(),
        "translated title": StringTranslation.objects.filter(data=NEW_TITLE).exists(),
        "copies": Page.objects.filter(slug="a-copy").count(),
        "news written": NewsPage.objects.filter(title=NEW_TITLE).count(),
        "task": page.current_workflow_task_state and page.current_workflow_task_state.status,
    }


def file_state(obj):
    obj = type(obj).objects.filter(pk=obj.pk).first()
    return obj and {"title": obj.title}


# What an allowed write changes: a key of page_state() or file_state(), or "gone".
EFFECTS = {
    "save": "draft title",
    "publish": "live revision",
    "submit for moderation": "workflow",
    "approve": "live",
    "request changes": "task",
    "unpublish": "live",
    "bulk publish": "live revision",
    "bulk unpublish": "live",
    "bulk delete": "gone",
    "delete": "gone",
    "move": "parent",
    "copy": "copies",
    "lock": "locked",
    "privacy": "restricted",
    "edit translation": "translated title",
    "add news": "news written",
    "save file": "title",
    "delete file": "gone",
}
LISTINGS = {"explorer listing", "page chooser", "admin search", "listing", "chooser"}


def outcome_of(action, response, obj, before, after):
    if response.status_code == 302 and "/login/" in response["Location"]:
        return "login"
    if response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    ):
        return "denied"
    if response.status_code not in (200, 201, 302):
        return f"answer {response.status_code}"
    if action in LISTINGS:
        return "listed" if obj.title in response.content.decode() else "hidden"
    if action not in EFFECTS:
        return "allowed"
    if took_effect(EFFECTS[action], before, after):
        return "allowed"
    return "not published" if action == "publish" else "no change"


def took_effect(effect, before, after):
    if effect == "gone" or after is None:
        return effect == "gone" and after is None
    return after[effect] != before[effect]


def observe(client, world, role, action, target):
    if role != "anonymous":
        client.force_login(world["users"][role])
    if target.startswith("/"):
        response = client.get(target)
        return outcome_of(action, response, None, None, None), response, True
    if target in world["files"]:
        obj = world["files"][target]
        obj = type(obj).objects.get(pk=obj.pk)
        state = file_state
        request = FILE_REQUESTS[action]
    else:
        obj = Page.objects.get(pk=world["pages"][target].pk).specific
        state = page_state
        request = PAGE_REQUESTS[action]
    before = state(obj)
    if state is page_state:
        # Run what the request leaves for the end of its transaction (wagtail-localize publishes
        # a translation then), as it would run outside the test's transaction. Not for files:
        # their deletion removes the file itself then, which no rollback would bring back.
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = request(client, world, obj)
    else:
        response = request(client, world, obj)
    after = state(obj)
    if action in ("publish", "submit for moderation") and after is not None:
        # Publishing and submitting save a draft first; that alone is not their effect.
        before["draft title"] = after["draft title"]
    unchanged = after == before
    return outcome_of(action, response, obj, before, after), response, unchanged


CELLS = read_matrix()


@pytest.mark.parametrize(
    ("role", "action", "target", "expected"),
    CELLS,
    ids=[f"{role}-{action}-{target}" for role, action, target, _ in CELLS],
)
def test_cell(world, role, action, target, expected):
    client = Client()

    outcome, response, unchanged = observe(client, world, role, action, target)

    assert response.status_code < 500
    assert outcome == expected
    if outcome in ("denied", "login", "hidden", "no change"):
        assert unchanged
    if not response.streaming:  # a file download: its bytes are the file asked for
        body = response.content.decode()
        assert not [secret for secret in OTHER_PARTNERS_SECRETS.get(role, ()) if secret in body]


def test_the_matrix_covers_every_role_action_and_object():
    """A row or column dropped from the document would silently drop its tests."""
    roles = {role for role, *_ in CELLS}
    actions = {action for _, action, *_ in CELLS}
    targets = {target for _, _, target, _ in CELLS}

    assert roles == set(ROLES.values())
    assert actions == set(PAGE_REQUESTS) | set(FILE_REQUESTS) | {"open"}
    assert targets == set(OBJECTS.values())


def test_translating_into_a_tree_the_user_cannot_add_to_is_refused(client, world):
    """The translator may edit the Spanish staff page, but has no right in the French tree."""
    spanish = world["pages"]["staff"].get_translation(world["locales"]["es"])
    french = world["locales"]["fr"]
    client.force_login(world["users"]["translator"])

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[spanish.pk]),
        {"locales": [french.pk]},
    )

    assert response.status_code in (302, 403)  # Wagtail answers a refusal with the dashboard
    assert not Translation.objects.filter(
        source__object_id=spanish.translation_key, target_locale=french
    ).exists()
