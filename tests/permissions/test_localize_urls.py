"""Every admin URL that wagtail-localize registers, walked from the URL resolver: each is classified
with the right it takes (docs/permission-matrix.md, "wagtail-localize's views"), and a Greek
translator and a user with nothing but admin access are refused whatever that right does not grant
them, with nothing changed. A view added by an upgrade fails the first test until it is classified."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import URLResolver, get_resolver
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.i18n import translators_group_name
from home.factories import StandardPageFactory
from taxonomy.models import Country
from tests.helpers import put_form, translate
from translations.models import TranslationReview

# route → the right it takes. "target": edit rights on the translated page; "publish": publish
# rights on the page it changes; "source and targets": edit rights on the source and every
# translation (publish rights to publish them); "add in target tree": add rights in the tree of
# each chosen language; "translators": holders of submit_translation (staff who translate);
# "snippet model": a right on that snippet model; "administrators": superusers only;
# "anyone in the admin": the JavaScript catalogue; "not used": no translatable snippets (404).
RULES = {
    "admin/localize/jsi18n/": "anyone in the admin",
    "admin/localize/submit/page/<int:page_id>/": "add in target tree",
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": "not used",
    "admin/localize/update/<int:translation_source_id>/": "source and targets",
    "admin/localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/": "target",
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": "target",
    "admin/localize/translate/<int:translation_id>/pofile/download/": "target",
    "admin/localize/translate/<int:translation_id>/pofile/upload/": "target",
    "admin/localize/translate/<int:translation_id>/machine_translate/": "target",
    "admin/localize/translate/<int:translation_id>/preview/": "target",
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": "target",
    "admin/localize/translate/<int:translation_id>/disable/": "publish",
    "admin/localize/page/<int:page_id>/convert_to_alias/": "publish",
    "admin/localize/reports/translations/": "translators",
    "admin/localize/reports/translations/results/": "translators",
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": "snippet model",
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": "snippet model",
    "admin/locales/": "administrators",
    "admin/locales/results/": "administrators",
    "admin/locales/new/": "administrators",
    "admin/locales/edit/<int:pk>/": "administrators",
    "admin/locales/delete/<int:pk>/": "administrators",
    "admin/locales/history/<int:pk>/": "administrators",
    "admin/locales/history-results/<int:pk>/": "administrators",
    "admin/locales/usage/<int:pk>/": "administrators",
    "admin/locales/copy/<int:pk>/": "administrators",
}
# What each rule still lets the two users open (GET); everything else must be refused, and no
# request may change anything: the translator opens the translate form, for Greek only, and its
# POST for Spanish is refused.
MAY_OPEN = {
    "translator": {"anyone in the admin", "translators", "add in target tree"},
    "outsider": {"anyone in the admin"},
}


def wagtail_localize_routes():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif pattern.callback.__module__.startswith("wagtail_localize") or (
                pattern.name and prefix.startswith(("admin/localize/", "admin/locales/"))
            ):
                yield prefix + str(pattern.pattern)

    return set(walk(get_resolver().url_patterns))


def test_every_wagtail_localize_url_is_classified():
    assert wagtail_localize_routes() == set(RULES)


@pytest.fixture
def world(home_pages, locales, django_user_model):
    """An English page translated into Spanish and Greek (real, live translations)."""
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    page.save_revision().publish()
    translate(page, locales["es"])
    translate(page, locales["el"])
    translator = django_user_model.objects.create_user("eleni", "eleni@example.org", "x")
    translator.groups.add(Group.objects.get(name=translators_group_name("el")))
    outsider = django_user_model.objects.create_user("outsider", "o@example.org", "x")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    translation = {
        code: Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locales[code]
        )
        for code in ("es", "el")
    }
    return {
        "page": page,
        "greek_page": page.get_translation(locales["el"]),
        "translation": translation,
        "segment": StringSegment.objects.filter(source=translation["es"].source).first(),
        "locales": locales,
        "users": {"translator": translator, "outsider": outsider},
    }


def url_for(route, world):
    """The route with arguments naming objects outside the users' rights: for "target" the Spanish
    translation (the translator's is Greek), for "publish" the Greek one (they may edit, not
    publish)."""
    rule = RULES[route]
    translation = world["translation"]["el" if rule == "publish" else "es"]
    values = {
        "<int:translation_id>": translation.pk,
        "<int:string_segment_id>": world["segment"].pk,
        "<int:overridable_segment_id>": 0,
        "<int:translation_source_id>": translation.source_id,
        "<int:page_id>": (world["greek_page"] if rule == "publish" else world["page"]).pk,
        "<slug:app_label>": "taxonomy",
        "<slug:model_name>": "country",
        "<str:pk>": Country.objects.first().pk if Country.objects.exists() else 1,
        "<str:mode>": "",
        "<int:pk>": world["locales"]["es"].pk,
    }
    url = "/" + route
    for placeholder, value in values.items():
        url = url.replace(placeholder, str(value))
    return url.replace("//", "/")


def state():
    return (
        list(
            Page.objects.order_by("pk").values_list(
                "pk", "title", "live", "alias_of_id", "latest_revision_id"
            )
        ),
        list(Translation.objects.order_by("pk").values_list("pk", "enabled")),
        list(StringTranslation.objects.order_by("pk").values_list("pk", "data")),
        TranslationReview.objects.count(),
    )


def refused(response):
    return response.status_code in (400, 403, 404, 405) or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


@pytest.mark.parametrize("role", ["translator", "outsider"])
@pytest.mark.parametrize("route", sorted(RULES))
def test_wagtail_localize_url_refuses_what_the_role_may_not_do(client, world, role, route):
    client.force_login(world["users"][role])
    url = url_for(route, world)
    before = state()
    form = {"locales": [world["locales"]["es"].pk], "publish_translations": "on", "value": "x"}

    with TestCase.captureOnCommitCallbacks(execute=True):
        answers = {
            "GET": client.get(url),
            "POST": client.post(url, form),
            "PUT": put_form(client, url, {"value": "x"}),
        }

    for method, answer in answers.items():
        assert answer.status_code < 500, (method, answer.status_code)
    if RULES[route] in MAY_OPEN[role]:
        assert answers["GET"].status_code == 200
        if RULES[route] == "add in target tree":
            assert refused(answers["POST"])
    else:
        for method, answer in answers.items():
            assert refused(answer), (method, answer.status_code)
    assert state() == before
