"""People: the list, a person's page, and the name suggestions the speaker picker asks for."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
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


@require_GET
@login_required
@caching.kept_while_unchanged
def person_detail(request, pk):
    """Renders a person: role, aliases, quotes by date with their articles, the articles that
    mention them, their events, the people they appear with most, tags, links and review.

    Which rows are shown is asked first (ids only); the content's rendering is kept while
    nothing it shows changes (caching.person_content)."""
    form = RecordPageForm.from_request(request)
    show_rejected, quote_kind = form.value("show_rejected", False), form.value("kind")
    said = Quote.objects.filter(speaker_id=pk).filtered(kind=quote_kind)
    quote_ids = first_ids(said.visible(show_rejected).by_date())
    article_ids = Article.objects.newest_ids_mentioning(pk, SHOWN + 1)
    event_ids = first_ids(Event.objects.involving(pk).visible(show_rejected).timeline())
    co_mentioned = Person.objects.co_mentioned_with(pk)
    can_edit = user_can_edit(request)
    together = [(p.pk, p.name, p.shared) for p in co_mentioned]

    def render_content() -> tuple[str, str]:
        context = person_workspace(pk, show_rejected, can_edit, quote_ids, article_ids, event_ids, co_mentioned)
        context.update(quote_kind=quote_kind, quote_kinds=QuoteKind.choices)
        return context["person"].name, render_to_string("articles/person_workspace.html", context, request=request)

    shown = (quote_ids, article_ids, event_ids)
    parts = [together, can_edit, request.user.is_staff, show_rejected]
    name, workspace = caching.person_content(request, pk, shown, parts, render_content)
    return render(request, "articles/person_detail.html", {"title": name, "workspace": workspace})


def first_ids(rows, n=SHOWN) -> list[int]:
    """The ids of up to n + 1 of rows (one more says there are more)."""
    return list(rows.values_list("pk", flat=True)[: n + 1])


def in_order(queryset, ids: list[int]) -> list:
    """The rows of queryset with these ids, in the order of the ids (one query)."""
    found = queryset.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def person_workspace(pk, show_rejected, can_edit, quote_ids, article_ids, event_ids, co_mentioned) -> dict:
    """Everything a person's page shows; Http404 when there is no such person."""
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
        "co_mentioned": co_mentioned,
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
