"""People: the list, a person's page, and the name suggestions the speaker picker asks for."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from articles import compiled, fragments
from articles.forms import PersonFilterForm
from articles.models import Article, Event, MergeSuggestion, Person, Quote, QuoteKind, Tag
from articles.pagecache import kept_while_unchanged
from articles.querysets import links_read
from articles.views.common import PARTIALS_UNSET, page_or_fragment, user_can_edit

PEOPLE_PER_PAGE = 50
SHOWN = 20  # the latest quotes, articles and events on a person's page; "All … →" lists the rest


def first(queryset, n=SHOWN):
    """Up to n rows and whether there are more (fetching n + 1: no count query)."""
    rows = list(queryset[: n + 1])
    return rows[:n], len(rows) > n


@require_GET
@login_required
@kept_while_unchanged
def person_list(request):
    """Renders people by name with how many articles mention them; htmx gets #results."""
    form = PersonFilterForm.from_request(request)
    people = Person.objects.visible(form.value("show_rejected", False)).matching(form.value("q")).with_counts()
    page = Paginator(people.order_by("name", "pk"), PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page}
    return page_or_fragment(request, "articles/person_list.html", "results", context)


@require_GET
@login_required
@kept_while_unchanged
def person_detail(request, pk):
    """Renders a person: role, aliases, quotes by date with their articles, the articles that
    mention them, their events, the people they appear with most, tags, links and review.

    Which rows are shown is asked first (ids only, four reads sent together); the content comes
    from the fragment cache when nothing it shows has changed (one query says so:
    articles/fragments.py)."""
    show_rejected = request.GET.get("show_rejected") == "1"
    kind = request.GET.get("kind", "")
    kind = kind if kind in QuoteKind.values else ""
    shown, using = int(show_rejected), fragments.read_alias(Person)
    # Four independent reads, sent together (one round trip).
    quote_rows, article_rows, event_rows, together_rows = compiled.fetch_together(
        [
            first_ids(
                f"person-quotes:{shown}:{kind}",
                lambda v: Quote.objects.filter(speaker_id=v["pk"]).filtered(kind=kind).visible(show_rejected).by_date(),
                pk,
            ),
            compiled.Statement(PERSON_ARTICLES_SQL, {"pk": pk}),
            first_ids(
                f"person-events:{shown}",
                lambda v: Event.objects.involving(v["pk"]).visible(show_rejected).timeline(),
                pk,
            ),
            Person.objects.co_mentioned_statement(pk),
        ],
        using,
    )
    quote_ids, article_ids, event_ids = ([row[0] for row in rows] for rows in (quote_rows, article_rows, event_rows))
    co_mentioned = Person.objects.co_mentioned_from(together_rows)
    state = fragments.person_state(pk, quote_ids, article_ids, event_ids)
    if state is None:
        raise Http404("No such person.")
    name, stamp = state
    can_edit = user_can_edit(request)
    together = [(p.pk, p.name, p.shared) for p in co_mentioned]
    key = fragments.key(
        "person", pk, stamp, together, can_edit, request.user.is_staff, show_rejected, request.get_full_path()
    )
    html = fragments.cache().get(key)
    if html is None:
        html = render_person(
            request, pk, show_rejected, can_edit, quote_ids, article_ids, event_ids, co_mentioned, kind=kind
        )
        fragments.cache().set(key, html)
    context = {"title": name, "workspace": fragments.with_csrf(request, html)}
    return render(request, "articles/person_detail.html", context)


def first_ids(shape: str, rows, pk: int, n=SHOWN) -> compiled.Statement:
    """The read of the ids of up to n + 1 of rows({"pk": pk}) (one more says there are more),
    from SQL the ORM compiles once per shape. Not prepared: the best plan differs between a
    person in one article and one in thousands."""
    build = lambda v: rows(v).values_list("pk", flat=True)[: n + 1]  # noqa: E731
    sql, params = compiled.compiled_sql(shape, build, {"pk": pk})
    return compiled.Statement(sql, params, prepare=False)


# A person's newest articles (up to SHOWN + 1 ids, newest first). Which plan is fast depends on
# how often they are in the news: for someone in thousands of articles, walking the newest
# articles finds fifty at once; for someone in a few hundred that walk reads most of the table,
# and sorting just their articles (dates from the article_id_dates index) is quick. So: walk the
# newest WALKED articles; if fewer than SHOWN + 1 of them mention the person, sort all of theirs
# instead (a branch PostgreSQL skips unless the walk came up short). Someone mentioned fewer
# than WALK_FROM_MENTIONS times is not walked at all (the walk is skipped by a one-time
# filter): for most people it would come up short after 3,000 index probes (over 400 people
# sampled as the benchmark picks them, 1.58 → 1.00 ms of PostgreSQL's time, same ids).
WALKED = 3000
WALK_FROM_MENTIONS = 1000


def person_articles_sql(walked: int = WALKED, walk_from: int = WALK_FROM_MENTIONS, shown: int = SHOWN) -> str:
    """PERSON_ARTICLES_SQL with other bounds (tests make both branches run on a few rows)."""
    return f"""
WITH many AS MATERIALIZED (
    SELECT count(*) >= {walk_from} AS yes
    FROM (SELECT 1 FROM articles_mention WHERE person_id = %(pk)s LIMIT {walk_from}) m
), newest AS (
    SELECT id FROM articles_article ORDER BY published_at DESC NULLS LAST, imported_at DESC, id DESC LIMIT {walked}
), walked AS (
    SELECT n.id FROM newest n
    WHERE (SELECT yes FROM many)
      AND EXISTS (SELECT 1 FROM articles_mention m WHERE m.person_id = %(pk)s AND m.article_id = n.id)
    LIMIT {shown + 1}
), theirs AS MATERIALIZED (
    SELECT DISTINCT article_id FROM articles_mention WHERE person_id = %(pk)s
)
SELECT id FROM walked WHERE (SELECT count(*) FROM walked) > {shown}
UNION ALL
SELECT id FROM (
    SELECT a.id FROM theirs t JOIN articles_article a ON a.id = t.article_id
    WHERE (SELECT count(*) FROM walked) <= {shown}
    ORDER BY a.published_at DESC NULLS LAST, a.imported_at DESC, a.id DESC
    LIMIT {shown + 1}
) sorted
"""


PERSON_ARTICLES_SQL = person_articles_sql()


def render_person(
    request, pk, show_rejected, can_edit, quote_ids, article_ids, event_ids, co_mentioned, *, kind=""
) -> str:
    """The person page's content; its reads compiled once per process and sent to PostgreSQL
    together (articles/compiled.py)."""
    using, key = fragments.read_alias(Person), {"pk": pk}
    quotes, articles, events = quote_ids[:SHOWN], article_ids[:SHOWN], event_ids[:SHOWN]
    found, tags, suggestions, quote_rows, article_rows, event_rows, links = compiled.instances_together(
        [
            compiled.Read("person-page", lambda v: Person.objects.filter(pk=v["pk"]), key),
            compiled.Read("person-tags", lambda v: Tag.objects.filter(people=v["pk"]), key),
            compiled.Read(
                "person-merge-suggestions",
                lambda v: MergeSuggestion.objects.open_for(v["pk"]).select_related("person", "candidate"),
                key,
            ),
            compiled.among_read("person-quotes", Quote.objects.with_context(), quotes),
            compiled.among_read("person-articles", Article.objects.for_list(), articles),
            compiled.among_read("person-events", Event.objects.all(), events),
            links_read("person", pk),
        ],
        using,
    )
    if not found:
        raise Http404("No such person.")
    person = found[0]
    compiled.set_prefetched(person, "tags", tags)
    context = {
        "person": person,
        "record": person,
        "kind": "person",
        "can_edit": can_edit,
        "show_rejected": show_rejected,
        "quote_kind": kind,
        "quote_kinds": QuoteKind.choices,
        "quotes": compiled.ordered(quote_rows, quotes),
        "more_quotes": len(quote_ids) > SHOWN,
        "articles": compiled.ordered(article_rows, articles),
        "more_articles": len(article_ids) > SHOWN,
        "events": compiled.ordered(event_rows, events),
        "more_events": len(event_ids) > SHOWN,
        "co_mentioned": co_mentioned,
        "possible_duplicates": [s.other_than(person) for s in suggestions],
        "links": links,
        **PARTIALS_UNSET,
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
