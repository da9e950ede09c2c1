"""People: the list, a person's page, and the name suggestions the speaker picker asks for."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import router
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from articles import fragments
from articles.forms import PersonFilterForm
from articles.models import Article, Event, MergeSuggestion, Person, Quote
from articles.querysets import link_rows
from articles.views.common import page_or_fragment, user_can_edit

PEOPLE_PER_PAGE = 50
SHOWN = 50  # quotes, articles and events on a person's page before "see all"


def first(queryset, n=SHOWN):
    """Up to n rows and whether there are more (fetching n + 1: no count query)."""
    rows = list(queryset[: n + 1])
    return rows[:n], len(rows) > n


@require_GET
@login_required
def person_list(request):
    """Renders people by name with how many articles mention them; htmx gets #results."""
    form = PersonFilterForm.from_request(request)
    people = Person.objects.visible(form.value("show_rejected", False)).matching(form.value("q")).with_counts()
    page = Paginator(people.order_by("name", "pk"), PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page}
    return page_or_fragment(request, "articles/person_list.html", "results", context)


@require_GET
@login_required
def person_detail(request, pk):
    """Renders a person: role, aliases, quotes by date with their articles, the articles that
    mention them, their events, the people they appear with most, tags, links and review.

    Which rows are shown is asked first (ids only); the content comes from the fragment cache
    when nothing it shows has changed (one query says so: articles/fragments.py)."""
    show_rejected = request.GET.get("show_rejected") == "1"
    quote_ids = first_ids(
        f"person-quotes:{int(show_rejected)}",
        lambda v: Quote.objects.filter(speaker_id=v["pk"]).visible(show_rejected).by_date(),
        pk,
    )
    article_ids = first_ids("person-articles", lambda v: Article.objects.mentioning(v["pk"]), pk)
    event_ids = first_ids(
        f"person-events:{int(show_rejected)}",
        lambda v: Event.objects.involving(v["pk"]).visible(show_rejected).timeline(),
        pk,
    )
    co_mentioned = list(Person.objects.co_mentioned_with(Person(pk=pk)))
    state = fragments.person_state(pk, request.user, quote_ids, article_ids, event_ids)
    if state is None:
        raise Http404("No such person.")
    name, stamp, editor = state
    request._can_edit = request.user.is_superuser or editor
    can_edit = user_can_edit(request)
    together = [(p.pk, p.name, p.shared) for p in co_mentioned]
    key = fragments.key(
        "person", pk, stamp, together, can_edit, request.user.is_staff, show_rejected, request.get_full_path()
    )
    html = fragments.cache().get(key)
    if html is None:
        html = render_person(request, pk, show_rejected, can_edit, quote_ids, article_ids, event_ids, co_mentioned)
        fragments.cache().set(key, html)
    context = {"title": name, "workspace": fragments.with_csrf(request, html)}
    return render(request, "articles/person_detail.html", context)


def first_ids(shape: str, rows, pk: int, n=SHOWN) -> list[int]:
    """The ids of up to n + 1 of rows({"pk": pk}) (one more says there are more), from SQL the
    ORM compiles once per shape. Not prepared: the best plan differs between a person in one
    article and one in thousands."""
    build = lambda v: rows(v).values_list("pk", flat=True)[: n + 1]  # noqa: E731
    sql, params = fragments.compiled_sql(shape, build, {"pk": pk})
    return [row[0] for row in fragments.fetch_all(sql, params, router.db_for_read(Person), prepare=False)]


def in_order(queryset, ids: list[int]) -> list:
    found = queryset.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def render_person(request, pk, show_rejected, can_edit, quote_ids, article_ids, event_ids, co_mentioned) -> str:
    person = get_object_or_404(Person.objects.prefetch_related("tags"), pk=pk)
    context = {
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
        "possible_duplicates": [
            s.other_than(person)
            for s in MergeSuggestion.objects.open_for(person.pk).select_related("person", "candidate")
        ],
        "links": link_rows(person),
        "csrf_token": fragments.CSRF_MARK,
    }
    return render_to_string("articles/person_workspace.html", context, request=request)


@require_GET
@login_required
def person_suggest(request):
    """Renders up to eight people whose name or alias matches ?label= (the speaker picker's
    choices: buttons that submit the speaker form with that person)."""
    text = request.GET.get("label") or request.GET.get("q") or ""
    people = list(Person.objects.visible().matching(text).order_by("name")[:8]) if text.strip() else []
    return render(request, "articles/workbench.html#person-options", {"people": people})
