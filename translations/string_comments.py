"""The note under each translated passage in the translation editor ("Translated manually on
3 December 2026"), dated in the user's language: wagtail-localize writes the date with strftime,
whose month names are always English. Same three cases and wording as wagtail-localize's
`StringTranslation.get_comment`, which this replaces (translations/apps.py)."""

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _


def comment_with_date_in_users_language(string_translation):
    date = date_format(localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None
