"""People: the list, a person's page, and the name suggestions the speaker picker asks for."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from articles import caching
from articles.forms import PersonFilterForm, PersonSuggestForm, RecordPageForm
from articles.models import Article, Event, MergeSuggestion, Person, Quote, QuoteKind
from articles.querysets import links_of
from articles.views.common import page_or_fragment, user_can_edit

PEOPLE_PER_PAGE = 50
SHOWN = 20  # the latest quotes, articles and events on a person's page; "All … →" lists the rest
FIRST_LISTING = (False, "")  # (show_rejected, quote_kind) of a person's page as it opens


def first(queryset, n=SHOWN):
    """Up to n rows and whether there are more (fetching n + 1: no count query)."""
    rows = list(queryset[: n + 1])
    return rows[:n], len(rows) > n


@require_GET
@login_required
@caching.kept_while_unchanged
def person_list(request):
    """Renders people by name with how many articles mention them; htmx gets #results."""
    form = PersonFilterForm.from_request(request)
    people = Person.objects.visible(form.value("show_rejected", False)).matching(form.value("q")).with_counts()
    page = Paginator(people.order_by("name", "pk"), PEOPLE_PER_PAGE).get_page(form.page_number)
    context = {"form": form, "page": page}
    return page_or_fragment(request, "articles/person_list.html", "results", context)


@dataclass
class PersonShown:
    """Which rows a person's page shows: the ids of its latest quotes, articles and events (one
    more than shown when there are more) and the people mentioned most with them."""

    quote_ids: list[int]
    article_ids: list[int]
    event_ids: list[int]
    co_mentioned: list

    @classmethod
    def read(cls, pk: int, *, show_rejected: bool = False, quote_kind: str = "") -> PersonShown:
        quote_ids, article_ids, event_ids = Person.objects.ids_on_page(
            pk, SHOWN + 1, show_rejected=show_rejected, quote_kind=quote_kind
        )
        return cls(quote_ids, article_ids, event_ids, co_mentioned=Person.objects.co_mentioned_with(pk))

    def ids(self) -> tuple[list[int], list[int], list[int]]:
        return self.quote_ids, self.article_ids, self.event_ids


def person_parts(shown: PersonShown, *, can_edit: bool, is_staff: bool, show_rejected: bool) -> list:
    """What a person page's content depends on besides the rows whose stamp keys it."""
    return [[(p.pk, p.name, p.shared) for p in shown.co_mentioned], can_edit, is_staff, show_rejected]


def render_person_content(request, workspace: dict, *, can_edit: bool) -> tuple[str, str]:
    """(name, html) of a person page's content (a person_workspace()) as the request's user sees
    it: editing controls when can_edit, the admin's merge link for staff."""
    context = {**workspace, "can_edit": can_edit}
    return workspace["person"].name, render_to_string("articles/person_workspace.html", context, request=request)


@require_GET
@login_required
@caching.kept_while_unchanged
def person_detail(request, pk):
    """Renders a person: role, aliases, quotes by date with their articles, the articles that
    mention them, their events, the people they appear with most, tags, links and review.

    Which rows are shown is asked first (ids only, kept a short while: caching.person_rows);
    the content's rendering, and the page around it, are kept while nothing the content shows
    changes (caching.person_page); the import worker renders the content ahead of readers
    (views/prerender.py)."""
    form = RecordPageForm.from_request(request)
    show_rejected, quote_kind = form.value("show_rejected", False), form.value("kind")

    def read_rows() -> PersonShown:
        return PersonShown.read(pk, show_rejected=show_rejected, quote_kind=quote_kind)

    shown = caching.person_rows(pk, (show_rejected, quote_kind), read_rows)
    can_edit = user_can_edit(request)

    def render_content() -> tuple[str, str]:
        workspace = person_workspace(pk, shown, can_edit=can_edit, show_rejected=show_rejected, quote_kind=quote_kind)
        return render_person_content(request, workspace, can_edit=can_edit)

    parts = person_parts(shown, can_edit=can_edit, is_staff=request.user.is_staff, show_rejected=show_rejected)

    def render_page(name: str, workspace: str) -> HttpResponse:
        return render(request, "articles/person_detail.html", {"title": name, "workspace": workspace})

    return caching.person_page(request, pk, shown.ids(), parts, render_content, render_page)


def in_order(queryset, ids: list[int]) -> list:
    """The rows of queryset with these ids, in the order of the ids (one query)."""
    found = queryset.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def person_workspace(
    pk: int, shown: PersonShown, *, can_edit: bool, show_rejected: bool = False, quote_kind: str = ""
) -> dict:
    """Everything a person's page shows; Http404 when there is no such person."""
    quote_ids, article_ids, event_ids = shown.ids()
    person = get_object_or_404(Person.objects.prefetch_related("tags"), pk=pk)
    suggestions = MergeSuggestion.objects.open_for(pk).select_related("person", "candidate")
    return {
        "person": person,
        "record": person,
        "kind": "person",
        "can_edit": can_edit,
        "show_rejected": show_rejected,
        "quotes": in_order(Quote.objects.with_context(), quote_ids[:SHOWN]),
        "more_quotes": len(quote_ids) > SHOWN,
        "articles": in_order(Article.objects.for_list(), article_ids[:SHOWN]),
        "more_articles": len(article_ids) > SHOWN,
        "events": in_order(Event.objects.all(), event_ids[:SHOWN]),
        "more_events": len(event_ids) > SHOWN,
        "co_mentioned": shown.co_mentioned,
        "quote_kind": quote_kind,
        "quote_kinds": QuoteKind.choices,
        "possible_duplicates": [s.other_than(person) for s in suggestions],
        "links": list(links_of("person", pk)),
    }


@require_GET
@login_required
def person_suggest(request):
    """Renders up to eight people whose name or alias matches what was typed: ?label= (the
    speaker picker's choices: buttons that submit the speaker form with that person), or
    ?person= / ?speaker= with ?as=options (the list filters' datalists, which send their own
    field's name)."""
    text = PersonSuggestForm.from_request(request).text()
    people = list(Person.objects.visible().matching(text).order_by("name")[:8]) if text else []
    return render(request, "articles/workbench.html#person-options", {"people": people})
