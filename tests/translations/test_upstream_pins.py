"""What the project relies on in wagtail-localize and Wagtail internals, pinned: an upgrade that
changes any of it fails here, loudly, before it breaks a translator's day."""

from django.urls import resolve, reverse
from wagtail import hooks
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.factories import StandardPageFactory
from news.notifications import NOTIFIERS
from translations import views


def test_our_wrappers_answer_wagtail_localizes_url_names():
    """translations/wagtail_hooks.py mounts its wrappers at wagtail-localize's paths, matched
    first: each named URL must still resolve to the wrapper."""
    wrapped = {
        ("submit_page_translation", (1,)): views.submit_page_translation,
        ("update_translations", (1,)): views.update_translations,
        ("convert_to_alias", (1,)): views.convert_to_alias,
        ("stop_translation", (1,)): views.stop_translation,
        ("machine_translate", (1,)): views.machine_translate,
        ("upload_pofile", (1,)): views.upload_pofile,
        ("edit_string_translation", (1, 2)): views.edit_string_translation,
        ("edit_override", (1, 2)): views.edit_override,
        ("translations_report", ()): views.translations_report,
        ("translations_report_results", ()): views.translations_report,
        ("snippets_api_listing", ("taxonomy", "country")): views.snippets_api,
    }
    for (name, args), view in wrapped.items():
        found = resolve(
            reverse(f"wagtail_localize:{name}", args=args)
        ).func  # behind Wagtail's login
        assert (found.__module__, found.__name__) == (view.__module__, view.__name__), name


def test_our_before_edit_page_hook_runs_before_wagtail_localizes():
    names = [fn.__module__ for fn in hooks.get_hooks("before_edit_page")]
    assert names.index("translations.wagtail_hooks") < names.index("wagtail_localize.wagtail_hooks")


def test_wagtails_moderation_notifiers_have_the_dispatch_uids_we_replace():
    """news/notifications.py disconnects Wagtail's notifiers by dispatch uid and connects its own:
    exactly one receiver per uid, and it is ours."""
    for signal, sender, dispatch_uid, _notifier in NOTIFIERS:
        assert signal in (task_submitted, workflow_submitted, workflow_rejected, workflow_approved)
        assert sender in (TaskState, WorkflowState)
        receivers = [r for r in signal.receivers if r[0][0] == dispatch_uid]
        assert len(receivers) == 1, dispatch_uid
        receiver = receivers[0][1]
        assert type(receiver).__module__ == "news.notifications", dispatch_uid


def test_a_translation_converts_its_fallback_only_when_saved(home_pages, locales):
    """translations/lifecycle.py relies on wagtail-localize converting an alias into the
    translated page whenever the translation is saved (so we save it only at publication)."""
    from wagtail_localize.synctree import create_aliases_for_new_page

    page = StandardPageFactory(parent=home_pages["en"], title="About us", slug="about-us")
    page.save_revision().publish()
    create_aliases_for_new_page(page)
    alias = page.get_translation(locales["es"])
    assert alias.alias_of_id == page.pk

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locales["es"])
    # translations/states.py counts a passage as translated by a StringTranslation of the
    # segment's string, in its context, for the locale.
    segment = StringSegment.objects.filter(source=source, context__path="title").get()
    assert {f.name for f in StringTranslation._meta.fields} >= {
        "translation_of",
        "context",
        "locale",
        "has_error",
        "data",
    }
    assert segment.string_id
    assert segment.context_id

    translation.save_target(publish=False)
    assert Page.objects.get(pk=alias.pk).alias_of_id is None  # converted when saved: hence we wait
