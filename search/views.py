import re

from django import forms
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.listing import paginate
from search.backend import backend_for_language

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    # Django's CharField already refuses NUL bytes.
    q = forms.CharField(
        label=_("Search"),
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _("Please use at most %(limit_value)d characters."),
            "null_characters_not_allowed": _(
                "The search text holds a character that is not allowed."
            ),
        },
    )

    def clean_q(self):
        # Words only: quotes, operators and other punctuation mean something to the full-text
        # engines (SQLite's FTS5 fails on a lone quote) and nothing to a visitor.
        words = re.sub(r"[^\w]+", " ", self.cleaned_data["q"]).strip()
        if not words:
            raise forms.ValidationError(_("Please type one or more words to search for."))
        return words


def search(request):
    """Live, public pages of the visitor's language tree (fallbacks included, marked as such)."""
    language = get_language()
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid():
        pages = (
            Page.objects.live().public().filter(locale=Locale.objects.get(language_code=language))
        )
        backend = backend_for_language(get_search_backend(), language)
        results = paginate(request, backend.search(form.cleaned_data["q"], pages))
        # The cards need each page's own fields: fetch them in one query per page type.
        found = [page.pk for page in results.object_list]
        specific = {page.pk: page for page in Page.objects.filter(pk__in=found).specific()}
        results.object_list = [specific[pk] for pk in found]
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "pages/search.html", {"form": form, "results": results}, status=status)
