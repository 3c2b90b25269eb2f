"""The translation workflow through the real admin URLs: a language shows a page only once its
translation is published; translators start, translate and submit; reviewers publish or send back;
pages written in any language are translation sources."""

from urllib.parse import unquote

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.synctree import create_aliases_for_new_page, synchronize_tree

from core.i18n import translators_group_name
from home.factories import StandardPageFactory
from partners.roles import EDITORS, MODERATORS
from tests.helpers import (
    member,
    parse_html,
    publish,
    put_form,
    start_translation,
    translate_every_segment,
)
from translations.models import TranslationReview


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def hreflangs(response):
    html = parse_html(response)
    return {link["hreflang"] for link in html.select("link[rel=alternate][hreflang]")}


def is_fallback(response, language):
    html = parse_html(response)
    return (
        response.status_code == 200
        and html.html["lang"] == language
        and html.main.get("lang") == "en"
        and html.select_one(".fallback-notice") is not None
        and hreflangs(response) == set()
    )


@pytest.fixture
def about_us(home_pages, locales):
    """A live English page with its fallbacks in every other language's tree, as the admin makes it."""
    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    page.save_revision().publish()
    create_aliases_for_new_page(page)
    return Page.objects.get(pk=page.pk).specific


def test_a_started_translation_stays_the_fallback_until_it_is_published(client, about_us, locales):
    editor = member("editor", EDITORS)
    client.force_login(editor)
    spanish_url = "/es/about-us/"
    assert is_fallback(client.get(spanish_url), "es")

    response = start_translation(client, about_us, locales["es"])

    spanish = about_us.get_translation(locales["es"])
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[spanish.pk])
    assert is_fallback(client.get(spanish_url), "es")
    assert "es" not in hreflangs(client.get(about_us.url))
    editor_page = client.get(response["Location"])
    assert editor_page.status_code == 200
    assert b"js-translation-editor" in editor_page.content  # wagtail-localize's editor

    translation = Translation.objects.get(
        source__object_id=about_us.translation_key, target_locale=locales["es"]
    )
    translate_every_segment(client, translation, "[es]")

    assert is_fallback(
        client.get(spanish_url), "es"
    )  # translated, not published: still the fallback
    assert "es" not in hreflangs(client.get(about_us.url))

    publish(client, spanish)

    translated = client.get(spanish_url)
    html = parse_html(translated)
    assert html.html["lang"] == "es"
    assert html.main.get("lang") in (None, "es")
    assert html.select_one(".fallback-notice") is None
    assert html.h1.get_text(strip=True) == "[es] About us"
    assert {"en", "es", "x-default"} <= hreflangs(translated)
    assert "es" in hreflangs(client.get(about_us.url))  # reciprocal


def test_a_segment_saved_without_a_value_is_refused_and_nothing_changes(client, about_us, locales):
    client.force_login(member("editor", EDITORS, "es"))
    start_translation(client, about_us, locales["es"])
    translation = Translation.objects.get(
        source__object_id=about_us.translation_key, target_locale=locales["es"]
    )
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])

    refused_answer = put_form(client, url, {"data": "no value field"})
    assert refused_answer.status_code == 400
    assert refused_answer.json()["error"] == "Una traducción necesita un valor."
    assert not StringTranslation.objects.filter(translation_of=segment.string).exists()

    saved = put_form(client, url, {"value": "Sobre nosotros"})
    assert saved.status_code == 201
    assert StringTranslation.objects.get(translation_of=segment.string).data == "Sobre nosotros"


def links_in(response):
    html = parse_html(response)
    return [a["href"] for a in html.select("main table a[href], main nav a[href]")]


def review_of(page, locale):
    return TranslationReview.objects.filter(
        translation__source__object_id=page.translation_key, translation__target_locale=locale
    ).first()


def test_a_greek_translator_translates_submits_and_an_editor_reviews(
    client, about_us, locales, mailoutbox
):
    greek = locales["el"]
    translator = member("eleni", translators_group_name("el"), "el")
    editor = member("lucia", EDITORS, "es")
    moderator = member("claire", MODERATORS, "fr")
    client.force_login(translator)

    dashboard = client.get(reverse("translation_dashboard"))
    assert dashboard.status_code == 200
    links = links_in(dashboard)
    assert links, "the dashboard offers the translator something to do"
    for link in links:  # every link works for them and is an action they may take
        answer = client.get(link)
        assert answer.status_code == 200, link
    start_link = next(link for link in links if f"/submit/page/{about_us.pk}/" in link)
    assert "select_locale=el" in start_link
    form = parse_html(client.get(start_link))
    offered = {box["value"] for box in form.select("input[name=locales]")}
    assert offered == {str(greek.pk)}  # their language only

    assert refused(start_translation(client, about_us, locales["es"]))  # not their language
    assert start_translation(client, about_us, greek).status_code == 302
    target = about_us.get_translation(greek)
    translation = Translation.objects.get(
        source__object_id=about_us.translation_key, target_locale=greek
    )
    translate_every_segment(client, translation, "[el]")

    # Translators never publish: the translation editor's publish is refused, the fallback stands.
    assert refused(publish(client, target))
    assert is_fallback(client.get("/el/about-us/"), "el")

    editor_page = parse_html(client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])))
    submit_url = reverse("translation_submit_for_review", args=[translation.pk])
    assert editor_page.select_one(f'form[action="{submit_url}"] button')
    assert client.post(submit_url).status_code == 302
    assert review_of(about_us, greek).status == TranslationReview.Status.AWAITING_REVIEW
    to_editor = next(mail for mail in mailoutbox if editor.email in mail.to)
    to_moderator = next(mail for mail in mailoutbox if moderator.email in mail.to)
    assert to_editor.subject == "Traducción para revisar: «About us» en griego"
    assert to_moderator.subject == "Traduction à relire : « About us » en grec"
    assert f"/admin/pages/{target.pk}/" in to_editor.body
    assert translator.email not in [address for mail in mailoutbox for address in mail.to]
    assert dashboard_state(client, about_us, greek) == "awaiting_review"

    # The reviewer sends it back with a comment; an empty comment is refused, nothing changes.
    client.force_login(editor)
    send_back_url = reverse("translation_send_back", args=[translation.pk])
    assert client.get(send_back_url).status_code == 200
    empty = client.post(send_back_url, {"comment": "  "})
    assert empty.status_code == 400
    assert review_of(about_us, greek).status == TranslationReview.Status.AWAITING_REVIEW
    mailoutbox.clear()
    assert client.post(send_back_url, {"comment": "Use «ΚΑΛΟ» for the SSE."}).status_code == 302
    assert review_of(about_us, greek).status == TranslationReview.Status.CHANGES_REQUESTED
    [to_translator] = mailoutbox
    assert to_translator.to == [translator.email]
    assert (
        to_translator.subject
        == "Ζητούνται αλλαγές: η μετάφρασή σας της σελίδας «About us» στα ελληνικά"
    )
    assert "Use «ΚΑΛΟ» for the SSE." in to_translator.body

    # The translator sees the comment in place and submits again.
    client.force_login(translator)
    assert dashboard_state(client, about_us, greek) == "changes_requested"
    editor_page = parse_html(client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])))
    assert "Use «ΚΑΛΟ» for the SSE." in editor_page.select_one(".translation-review").get_text()
    assert client.post(submit_url).status_code == 302

    # The editor publishes: a real Greek page; the review ends and the translator is told.
    client.force_login(editor)
    mailoutbox.clear()
    assert publish(client, target).status_code == 302
    published = client.get("/el/about-us/")
    assert parse_html(published).select_one(".fallback-notice") is None
    assert parse_html(published).h1.get_text(strip=True) == "[el] About us"
    assert review_of(about_us, greek) is None
    assert [mail.to for mail in mailoutbox] == [[translator.email]]
    assert mailoutbox[0].subject.startswith("Δημοσιεύθηκε")
    client.force_login(translator)
    assert dashboard_state(client, about_us, greek) == "up_to_date"


def dashboard_state(client, page, locale):
    html = parse_html(
        client.get(reverse("translation_dashboard"), {"language": locale.language_code})
    )
    row = next(row for row in html.select("tbody tr") if row.th.get_text(strip=True) == page.title)
    return row.select("td[data-state]")[0]["data-state"]


def test_the_translator_cannot_change_live_pages_through_wagtail_localize(
    client, home_pages, locales
):
    """Convert to alias, stop and restart synchronisation, sync with publishing: each changes a
    live page, so each takes publish rights. The Greek home page is a live translation."""
    greek_home = home_pages["el"]
    translation = Translation.objects.get(
        source__object_id=greek_home.translation_key, target_locale=locales["el"]
    )
    client.force_login(member("eleni", translators_group_name("el"), "el"))
    before = (greek_home.title, greek_home.alias_of_id, translation.enabled)

    answers = [
        client.post(reverse("wagtail_localize:convert_to_alias", args=[greek_home.pk])),
        client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])),
        client.post(
            reverse("wagtailadmin_pages:edit", args=[greek_home.pk]),
            {"localize-restart-translation": "1"},
        ),
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on"},
        ),
    ]

    assert all(refused(answer) for answer in answers), [answer.status_code for answer in answers]
    greek_home.refresh_from_db()
    translation.refresh_from_db()
    assert (greek_home.title, greek_home.alias_of_id, translation.enabled) == before


def test_a_news_item_written_in_greek_is_a_source_like_an_english_page(
    client, section_pages, locales
):
    from news.factories import NewsPageFactory

    synchronize_tree(locales["en"], locales["el"])
    synchronize_tree(locales["en"], locales["es"])
    greek_news_index = section_pages["news"].get_translation(locales["el"])
    news = NewsPageFactory(
        parent=greek_news_index,
        title="Ανοιχτή κουζίνα",
        slug="anoichti-kouzina",
        locale=locales["el"],
    )
    news.save_revision().publish()
    editor = member("lucia", EDITORS, "es")
    spanish_translator = member("pablo", translators_group_name("es"), "es")

    # On the dashboard, with its source language, missing in every other language, English too.
    client.force_login(editor)
    html = parse_html(client.get(reverse("translation_dashboard"), {"source_language": "el"}))
    [row] = [row for row in html.select("tbody tr") if row.th.get_text(strip=True) == news.title]
    cells = row.select("td")
    assert cells[0]["data-language"] == "el"
    states = {cell["data-state"] for cell in cells[1:]}
    assert states == {"source", "missing"}

    # An editor translates it into English, through the real URLs.
    assert start_translation(client, news, locales["en"]).status_code == 302
    english = news.get_translation(locales["en"])
    assert not english.live  # a draft: the English tree has no fallback of a Greek page
    translation = Translation.objects.get(
        source__object_id=news.translation_key, target_locale=locales["en"]
    )
    assert translation.source.locale == locales["el"]
    translate_every_segment(client, translation, "[en]")
    assert publish(client, english).status_code == 302
    english.refresh_from_db()
    assert english.live
    assert english.title == "[en] Ανοιχτή κουζίνα"
    assert "en" in hreflangs(client.get(news.url))

    # A Spanish translator finds it on their dashboard and translates it into Spanish.
    client.force_login(spanish_translator)
    dashboard = parse_html(client.get(reverse("translation_dashboard")))
    [row] = [
        row for row in dashboard.select("tbody tr") if row.th.get_text(strip=True) == news.title
    ]
    [spanish_cell] = row.select("td[data-state]")
    assert spanish_cell["data-state"] == "missing"
    start_link = spanish_cell.a["href"]
    assert client.get(start_link).status_code == 200
    assert start_translation(client, news, locales["es"]).status_code == 302
    spanish_translation = Translation.objects.get(
        source__object_id=news.translation_key, target_locale=locales["es"]
    )
    translate_every_segment(client, spanish_translation, "[es]")
    submit = reverse("translation_submit_for_review", args=[spanish_translation.pk])
    assert client.post(submit).status_code == 302
    assert review_of(news, locales["es"]).status == TranslationReview.Status.AWAITING_REVIEW


def test_the_switcher_of_an_untranslated_greek_page_leads_to_the_closest_page_in_each_language(
    client, section_pages, locales
):
    from news.factories import NewsPageFactory

    for code in ("es", "fr", "el", "it"):
        synchronize_tree(locales["en"], locales[code])
    greek_news_index = section_pages["news"].get_translation(locales["el"])
    news = NewsPageFactory(parent=greek_news_index, title="Νέα", slug="nea", locale=locales["el"])
    news.save_revision().publish()

    html = parse_html(client.get(news.url))
    switcher = {
        a["hreflang"]: unquote(a["href"]) for a in html.select(".language-switcher a[hreflang]")
    }
    spanish_index = section_pages["news"].get_translation(locales["es"])
    assert switcher["es"].endswith(f"next={spanish_index.url}")  # the news, not the home page
    assert switcher["en"].endswith(f"next={section_pages['news'].url}")
