"""Editors can create every page type, vocabulary label and image through the admin."""

import pytest
from django.urls import reverse

from core.factories import SiteImageFactory
from partners.factories import PartnerPageFactory
from taxonomy.models import Country, LegalForm, Theme
from tests.conftest import LANGUAGE_CODES, parse_html


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pass")
    client.force_login(user)
    return client


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
def test_editor_can_open_the_add_form_of_every_page_type(
    editor_client, section_pages, parent_key, page_type
):
    parents = {
        **section_pages,
        "home": section_pages["projects"].get_parent(),
        "partner": PartnerPageFactory(parent=section_pages["partners"]),
    }
    app_label, model = page_type.split(".")

    response = editor_client.get(
        reverse("wagtailadmin_pages:add", args=[app_label, model, parents[parent_key].pk])
    )

    assert response.status_code == 200


@pytest.mark.parametrize("model", [Country, Theme, LegalForm], ids=lambda model: model.__name__)
def test_vocabulary_form_shows_one_field_per_language_and_saves_them(editor_client, model):
    url = reverse(f"wagtailsnippets_taxonomy_{model._meta.model_name}:add")
    form = parse_html(editor_client.get(url))
    assert [f"name_{code}" for code in LANGUAGE_CODES] == [
        field["name"] for field in form.select("input[name^='name']")
    ]

    data = {"slug": "test-label", **{f"name_{code}": f"Label {code}" for code in LANGUAGE_CODES}}
    response = editor_client.post(url, data)

    assert response.status_code == 302
    assert model.objects.get(slug="test-label").name_el == "Label el"


def test_vocabulary_label_falls_back_to_english(db):
    from django.utils.translation import override

    theme = Theme.objects.create(slug="commons", name_en="Commons", name_fr="Communs")
    with override("fr"):
        assert str(theme) == "Communs"
    with override("el"):
        assert str(theme) == "Commons"


def test_image_form_has_alt_text_in_every_language(editor_client):
    image = SiteImageFactory()

    form = parse_html(editor_client.get(reverse("wagtailimages:edit", args=[image.pk])))

    names = {field.get("name") for field in form.select("input, textarea")}
    assert {f"description_{code}" for code in LANGUAGE_CODES} <= names
    assert "description" not in names
