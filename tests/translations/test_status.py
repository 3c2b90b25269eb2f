"""Translation states, kept current on publish, and the dashboard that shows them."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.factories import StandardPageFactory
from partners.roles import EDITORS
from projects.factories import ProjectPageFactory
from projects.models import ProjectIndexPage
from tests.helpers import member, parse_html
from translations.catalogues import publish_now
from translations.states import State, translation_states


def paragraphs(*texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def state(page, locale):
    return translation_states([Page.objects.get(pk=page.pk)], [locale])[page.pk, locale.id]


def translate_segments(source_page, locale, share):
    """Translate the first `share` (0..1) of the page's segments into `locale`; returns the draft."""
    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = list(
        StringSegment.objects.filter(source=source).order_by("order").select_related("string")
    )
    for segment in segments[: round(len(segments) * share)]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=locale,
            defaults={"data": f"[{locale.language_code}] {segment.string.data}"},
        )
    source.create_or_update_translation(locale, publish=False, fallback=True)
    return source_page.get_translation(locale)


@pytest.fixture
def source_page(home_pages):
    page = StandardPageFactory(
        parent=home_pages["en"],
        title="About us",
        slug="about-us",
        body=paragraphs("We are an association.", "We work in four countries."),
    )
    page.save_revision().publish()
    return page


def test_states_from_missing_to_outdated(source_page, locales, django_capture_on_commit_callbacks):
    greek = locales["el"]
    assert state(source_page, greek).state == State.MISSING

    translate_segments(source_page, greek, share=0.5)
    cell = state(source_page, greek)
    assert cell.state == State.IN_PROGRESS
    assert 0 < cell.translated < cell.total

    draft = translate_segments(source_page, greek, share=1)
    publish_now(draft)
    assert state(source_page, greek).state == State.UP_TO_DATE

    source_page.refresh_from_db()
    # An editor changes the second paragraph (the block keeps its id, as in the page editor).
    source_page.body[1].value = RichText("<p>We now work in five countries.</p>")
    with django_capture_on_commit_callbacks(execute=True):
        source_page.save_revision().publish()  # the background sync runs as the commit happens

    cell = state(source_page, greek)
    assert cell.state == State.OUTDATED
    # The unchanged passage keeps its translation; only the changed one waits for a translator.
    assert cell.translated == cell.total - 1
    live_greek = Page.objects.get(pk=draft.pk).specific
    assert "five countries" not in str(live_greek.body)  # nothing was published


def test_a_fallback_counts_as_missing(source_page, locales):
    from wagtail_localize.synctree import synchronize_tree

    synchronize_tree(locales["en"], locales["it"])

    assert source_page.get_translation(locales["it"]).alias_of_id == source_page.pk
    assert state(source_page, locales["it"]).state == State.MISSING


@pytest.fixture
def editor_client(client, db):
    client.force_login(member("editor", EDITORS))
    return client


def dashboard_cells(response):
    html = parse_html(response)
    return {
        (row.th.get_text(strip=True), column): cell["data-state"]
        for row in html.select("tbody tr")
        if row.th
        for column, cell in zip(
            [
                th.get_text(strip=True) for th in html.select("thead th")[2:]
            ],  # page, source language
            row.select("td")[1:],
            strict=True,
        )
    }


def test_dashboard_shows_states_filters_and_summary(
    editor_client, source_page, locales, home_pages, section_pages
):
    publish_now(translate_segments(source_page, locales["fr"], share=1))
    translate_segments(source_page, locales["es"], share=0.5)
    projects = section_pages["projects"]
    publish_now(translate_segments(projects, locales["es"], share=1))

    response = editor_client.get("/admin/translations/")
    assert response.status_code == 200
    cells = dashboard_cells(response)
    french, spanish, greek = (locales[code].get_display_name() for code in ("fr", "es", "el"))
    assert cells["About us", french] == "up_to_date"
    assert cells["About us", spanish] == "in_progress"
    assert cells["About us", greek] == "missing"
    summary = parse_html(response).select_one('.translation-summary li[data-language="es"]')
    # Home, About us, and the four section indexes: home and projects are up to date in Spanish.
    assert summary.get_text(strip=True).endswith("33 %")

    only_greek = parse_html(editor_client.get("/admin/translations/?language=el"))
    assert [th.get_text(strip=True) for th in only_greek.select("thead th")[2:]] == [greek]

    missing_in_french = dashboard_cells(
        editor_client.get("/admin/translations/?state=missing&language=fr")
    )
    assert ("About us", french) not in missing_in_french

    assert cells["Projects", spanish] == "up_to_date"
    assert cells["Projects", greek] == "missing"

    project_type = ContentType.objects.get_for_model(ProjectIndexPage).pk
    only_indexes = dashboard_cells(
        editor_client.get(f"/admin/translations/?page_type={project_type}")
    )
    assert {page for page, _language in only_indexes} == {"Projects"}
    # A section covers its pages in every language tree: an English project and a project first
    # written in Greek under the Greek fallback of "Projects".
    ProjectPageFactory(parent=projects, title="Youth in the SSE")
    greek_projects = projects.copy_for_translation(locales["el"], alias=True)
    ProjectPageFactory(
        parent=greek_projects, title="Νέοι στην ΚΑΛΟ", slug="neoi-stin-kalo", locale=locales["el"]
    )
    section_options = parse_html(editor_client.get("/admin/translations/")).select(
        'select[name="section"] option'
    )
    assert [option.get_text(strip=True) for option in section_options] == [
        "All",
        f"Projects ({projects.locale.get_display_name()})",
    ]  # only sections with pages under them, each once, in its own language
    in_section = dashboard_cells(editor_client.get(f"/admin/translations/?section={projects.pk}"))
    assert {page for page, _language in in_section} == {
        "Projects",
        "Youth in the SSE",
        "Νέοι στην ΚΑΛΟ",
    }
    up_to_date_in_spanish = dashboard_cells(
        editor_client.get("/admin/translations/?state=up_to_date&language=es")
    )
    assert ("Projects", spanish) in up_to_date_in_spanish
    assert ("About us", spanish) not in up_to_date_in_spanish

    bad = editor_client.get("/admin/translations/?section=abc&page_type=-1&state=nope")
    assert bad.status_code == 400
    assert "About us" in bad.content.decode()


def test_dashboard_query_count_does_not_grow_with_pages(editor_client, home_pages, locales):
    def queries_for(count):
        for number in range(count - standard_page_count()):
            StandardPageFactory(
                parent=home_pages["en"], title=f"Page {number}", slug=f"page-{count}-{number}"
            )
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get("/admin/translations/").status_code == 200
        return len(queries)

    assert queries_for(20) == queries_for(200)


def standard_page_count():
    from home.models import StandardPage

    return StandardPage.objects.count()


def test_admin_home_shows_the_summary(editor_client, source_page):
    html = parse_html(editor_client.get("/admin/"))

    assert html.select_one("#translation-summary-heading")
    assert (
        len(html.select(".translation-summary li")) == 5
    )  # English too: pages come in any language


def test_people_without_translation_rights_cannot_see_the_dashboard(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("partner", "p@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get("/admin/translations/")
    assert response.status_code == 302  # Wagtail sends a denied admin request back to the dashboard
    assert response["Location"] == "/admin/"
    assert "translation-summary" not in client.get("/admin/").content.decode()


def test_translators_of_the_languages_concerned_are_told_in_their_language(
    source_page, locales, django_user_model, mailoutbox, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    from core.i18n import translators_group_name

    def translator(name, language, admin_language):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "x")
        user.groups.add(Group.objects.get(name=translators_group_name(language)))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = admin_language
        profile.save()
        return user

    spanish_translator = translator("lucia", "es", "es")
    translator("eleni", "el", "el")  # no Greek translation: nothing to tell her
    publish_now(translate_segments(source_page, locales["es"], share=1))

    with django_capture_on_commit_callbacks(execute=True):
        source_page.save_revision().publish()

    assert [mail.to for mail in mailoutbox] == [[spanish_translator.email]]
    assert mailoutbox[0].subject == "«About us» ha cambiado: hay que actualizar su traducción"
    assert "/admin/pages/" in mailoutbox[0].body
