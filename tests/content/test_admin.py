"""Editors create and edit every page type, vocabulary label and image through the admin forms."""

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.translation import override
from wagtail.fields import StreamField
from wagtail.models import Collection, Page

from core.factories import SiteImageFactory
from partners.factories import PartnerPageFactory
from partners.roles import EDITORS
from taxonomy.models import Country, LegalForm, Theme
from tests.helpers import LANGUAGE_CODES, form_data, member, parse_html

# What an editor types into each add form besides the title and slug. Of these only a value's
# statement is required; the rest is there because people fill it in.
TYPED = {
    "home.standardpage": {"summary": "About our network."},
    "projects.projectpage": {"summary": "A project.", "start_date": "2025-01-01"},
    "partners.partnerpage": {"summary": "A partner.", "city": "Lyon"},
    "values.valuepage": {"statement": "People before profit."},
    "news.newspage": {"summary": "Some news.", "date": "2025-03-01"},
}


@pytest.fixture
def editor_client(client, db):
    client.force_login(member("editor", EDITORS))
    return client


def empty_streams(model):
    """The admin's JavaScript renders StreamFields and sends `<name>-count` for each; the HTML
    has no such input, so add what the browser sends for an empty stream."""
    return {
        f"{field.name}-count": "0"
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    }


@pytest.mark.parametrize(
    ("parent_key", "page_type"),
    [
        ("home", "home.standardpage"),
        ("projects", "projects.projectpage"),
        ("partners", "partners.partnerpage"),
        ("values", "values.valuepage"),
        ("news", "news.newspage"),
        ("partner", "news.newspage"),
    ],
)
def test_editor_creates_publishes_and_edits_every_page_type(
    editor_client, section_pages, parent_key, page_type
):
    parents = {
        **section_pages,
        "home": section_pages["projects"].get_parent(),
        "partner": PartnerPageFactory(parent=section_pages["partners"]),
    }
    parent = parents[parent_key]
    app_label, model_name = page_type.split(".")
    model = apps.get_model(app_label, model_name)
    add_url = reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk])

    add_form = editor_client.get(add_url)
    data = form_data(add_form, button="action-publish")
    data.update(
        title="Created by an editor",
        slug="created-by-an-editor",
        **TYPED[page_type],
        **empty_streams(model),
    )
    response = editor_client.post(add_url, data)

    assert response.status_code == 302, form_errors(response)
    page = Page.objects.child_of(parent).get(slug="created-by-an-editor").specific
    assert type(page) is model
    assert page.title == "Created by an editor"
    assert page.live

    # Edit: change the title and save a draft; the live page keeps its title until published.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(editor_client.get(edit_url))
    data.update(title="Edited by an editor", **empty_streams(model))
    response = editor_client.post(edit_url, data)

    assert response.status_code == 302, form_errors(response)
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().title == "Edited by an editor"
    assert page.title == "Created by an editor"
    assert page.has_unpublished_changes


def form_errors(response):
    """Why the admin refused a form, for the failure message."""
    if response.status_code != 200:
        return response.status_code
    form = response.context["form"]
    return {
        "errors": form.errors,
        "formsets": {name: f.errors for name, f in getattr(form, "formsets", {}).items()},
    }


@pytest.mark.parametrize("model", [Country, Theme, LegalForm], ids=lambda model: model.__name__)
def test_vocabulary_form_shows_one_field_per_language_and_saves_them(editor_client, model):
    url = reverse(f"wagtailsnippets_taxonomy_{model._meta.model_name}:add")
    add_form = editor_client.get(url)
    assert [f"name_{code}" for code in LANGUAGE_CODES] == [
        field["name"] for field in parse_html(add_form).select("input[name^='name']")
    ]

    data = form_data(add_form, selector="form#w-editor-form")
    data.update(slug="test-label", **{f"name_{code}": f"Label {code}" for code in LANGUAGE_CODES})
    response = editor_client.post(url, data)

    assert response.status_code == 302, form_errors(response)
    assert model.objects.get(slug="test-label").name_el == "Label el"


def test_vocabulary_label_falls_back_to_english(db):
    theme = Theme.objects.create(slug="commons", name_en="Commons", name_fr="Communs")
    with override("fr"):
        assert str(theme) == "Communs"
    with override("el"):
        assert str(theme) == "Commons"


def test_image_form_has_alt_text_in_every_language_and_saves_it(editor_client):
    # In the root collection, where editors have their image permissions (the factory's default
    # is a collection of its own, outside it).
    image = SiteImageFactory(collection=Collection.get_first_root_node())
    url = reverse("wagtailimages:edit", args=[image.pk])

    edit_form = editor_client.get(url)

    assert edit_form.status_code == 200
    names = {field.get("name") for field in parse_html(edit_form).select("input, textarea")}
    assert {f"description_{code}" for code in LANGUAGE_CODES} <= names
    assert "description" not in names

    data = form_data(edit_form, selector="form#w-editor-form")
    data["description_fr"] = "Une image"
    response = editor_client.post(url, data)

    assert response.status_code == 302, form_errors(response)
    image.refresh_from_db()
    assert image.description_fr == "Une image"
