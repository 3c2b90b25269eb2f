"""Partner news goes through moderation in every language tree; permissions follow new versions."""

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, PageLogEntry, Workflow, WorkflowState

from news.models import NewsPage
from tests.helpers import (
    LANGUAGE_CODES,
    add_news,
    edit_form_data,
    speaking,
    translate,
    workflow_action,
)


def mail_to(mailoutbox, user):
    mails = [mail for mail in mailoutbox if user.email in mail.to]
    assert len(mails) == 1, [mail.subject for mail in mailoutbox]
    return mails[0]


def moderate(client, news, action, comment):
    """A moderator's approve or reject ("Request changes") button, with a comment."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return workflow_action(client, news, action, comment=comment)


def logged_actions(page):
    return set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_news_is_moderated_in_every_language_tree(client, world, language, mailoutbox):
    """Submit → moderators' e-mail → approve → live → partner's e-mail, each e-mail in its
    recipient's admin language: a Greek-speaking moderator, a French-speaking partner."""
    partner_page = world["pages"][f"a_page_{language}"]
    partner = speaking(world["users"]["a1"], "fr")
    moderator = speaking(world["users"]["moderator"], "el")
    client.force_login(partner)

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = add_news(client, world, partner_page, "Our open day")

    assert response.status_code == 302
    news = NewsPage.objects.child_of(partner_page).get(title="Our open day")
    assert not news.live
    assert news.partner_id == partner_page.pk  # set from where it was written
    assert news.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    to_moderator = mail_to(mailoutbox, moderator)
    assert "υποβλήθηκε για έγκριση" in to_moderator.subject
    assert "Έγκριση από τους συντονιστές" in to_moderator.subject  # the task's name too
    assert "Έγκριση από τους συντονιστές" in to_moderator.body
    assert f"/admin/pages/{news.pk}/" in to_moderator.body
    # The partner still sees the draft and where it stands.
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).content.decode()
    assert "Our open day" in editor_page
    assert "Approbation des modérateurs" in editor_page  # the task, in the partner's French
    mailoutbox.clear()

    client.force_login(moderator)
    response = moderate(client, news, "approve", "Thank you")

    assert response.status_code == 302
    news.refresh_from_db()
    assert news.live
    to_partner = mail_to(mailoutbox, partner)
    assert "a été approuvée" in to_partner.subject
    assert "Modération des actualités des organisations partenaires" in to_partner.subject
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= (
        logged_actions(news)
    )


def test_moderators_request_changes_with_a_comment(client, world, mailoutbox):
    news = world["pages"]["a_moderation"]
    partner = speaking(world["users"]["a1"], "es")
    client.force_login(world["users"]["moderator"])

    response = moderate(client, news, "reject", "Please add the date of the event")

    assert response.status_code == 302
    news = NewsPage.objects.get(pk=news.pk)
    assert not news.live
    assert news.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_partner = mail_to(mailoutbox, partner)
    # What happened, in the partner's Spanish: changes are requested, not "rejected".
    assert to_partner.subject == f"Cambios solicitados: «{news.title}»"
    assert "rechaz" not in to_partner.subject + to_partner.body
    assert "moderator pide cambios en la página" in to_partner.body
    assert "Aprobación de la moderación" in to_partner.body  # the task, named in Spanish
    assert Workflow.objects.filter(name="Partner news moderation").exists()  # stored as it was
    assert "El comentario: «Please add the date of the event»" in to_partner.body
    assert "Edita la página y vuelve a enviarla:" in to_partner.body
    assert "wagtail.workflow.reject" in logged_actions(news)

    # The partner reads the request in the page's history, edits, and submits again.
    client.force_login(partner)
    history = client.get(reverse("wagtailadmin_pages:history", args=[news.pk]))
    assert "Please add the date of the event" in history.content.decode()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        edit_form_data(news, world, title="Open day on 5 December", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    news = NewsPage.objects.get(pk=news.pk)
    assert news.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert news.get_latest_revision_as_object().title == "Open day on 5 December"
    assert "wagtail.workflow.resume" in logged_actions(news)


def test_partner_cannot_sign_news_with_another_partner(client, world):
    client.force_login(world["users"]["a1"])
    response = add_news(client, world, world["pages"]["a_page_en"], "Signed by B?")
    assert response.status_code == 302
    news = NewsPage.objects.get(title="Signed by B?", locale__language_code="en")
    news.partner = world["pages"]["b_page"]
    news.save_revision()
    assert news.get_latest_revision_as_object().partner_id == world["pages"]["a_page_en"].pk


def test_a_new_translation_of_a_partner_page_gets_its_permissions(world):
    access, locales = world["access"]["b"], world["locales"]
    english = world["pages"]["b_page"]
    french = translate(english, locales["fr"])  # turns the fallback into a translation

    assert GroupPagePermission.objects.filter(group=access.group, page=french).count() == 2
    assert french.get_translation(locales["en"]).pk == english.pk


def test_every_language_version_of_the_partner_page_is_granted(world):
    access = world["access"]["a"]
    versions = Page.objects.filter(translation_key=access.partner_translation_key)

    assert versions.count() == 5
    for version in versions:
        assert set(
            GroupPagePermission.objects.filter(group=access.group, page=version).values_list(
                "permission__codename", flat=True
            )
        ) == {"add_page", "change_page"}


def test_partners_cannot_onboard(client, world):
    client.force_login(world["users"]["a1"])

    assert client.get(reverse("partner_onboarding")).status_code == 302
