"""The article list (search and filters) and the article page (marked-up body and its records)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from articles import compiled, fragments, search
from articles.forms import ArticleSearchForm
from articles.fragments import read_alias
from articles.markup import Span, mark_up
from articles.models import AnchorStatus, Article, Event, Mention, Person, Quote, ReviewStatus, Tag
from articles.pagecache import kept_while_unchanged
from articles.paginators import CappedCountPaginator, SQLRows
from articles.querysets import annotations_for, links_read
from articles.urlpaths import fast_reverse
from articles.views.common import PARTIALS_UNSET, page_or_fragment, user_can_edit, wants_fragment

ARTICLES_PER_PAGE = 25
WORKSPACE = "articles/article_workspace.html"


def resolve_person(value: str):
    """A filter's person: a number picks one person; words pick everyone whose name matches.

    Returns (filter value for the queryset or None, the Person when one was picked by number).
    """
    value = (value or "").strip()
    if not value:
        return None, None
    if value.isdigit():
        person = Person.objects.filter(pk=int(value)).first()
        return (person, person) if person else (Person.objects.none(), None)
    return Person.objects.matching(value), None


@require_GET
@login_required
@kept_while_unchanged
def article_list(request):
    """Renders the articles, newest first or best match first when searching, a page at a time.

    htmx requests (typing in the search box, changing a filter) get the #results fragment.
    """
    form = ArticleSearchForm.from_request(request)
    q = form.value("q")
    person_filter, person = resolve_person(form.value("person"))
    status = form.value("status")
    show_rejected = bool(form.value("show_rejected", False) or status == ReviewStatus.REJECTED)
    dates = form.value("date_from", None), form.value("date_to", None)
    values = {
        k: v for k, v in {"outlet": form.value("outlet"), "tag": form.value("tag"), "status": status}.items() if v
    }
    if person is not None:
        values["person"] = person.pk

    def listed(values: dict):
        return Article.objects.visible(show_rejected).filtered(
            outlet=values.get("outlet", ""),
            person=values["person"] if person is not None else person_filter,
            tag=values.get("tag", ""),
            date_from=dates[0],
            date_to=dates[1],
            status=values.get("status", ""),
        )

    # Ids first (no rows built), from SQL the ORM compiles once per shape of the filters, unless
    # the filters are dates or a name (compiled the ordinary way).
    precompiled = not any(dates) and (person_filter is None or person is not None)
    using = read_alias()
    ranked = None
    if q:
        # The best of the newest matches, ranked in one query (ids only, no count).
        if precompiled:
            # Gather the matches or walk the newest articles, by how many the planner expects.
            gather = search.gathers(listed(values), q)
            sql, params = compiled.compiled_sql(
                f"ranked:{int(show_rejected)}:{int(gather)}",
                lambda v: search.ranked_query(listed(v), v["q"], gather=gather),
                {**values, "q": q},
            )
            ranked = search.ranked(compiled.fetch_all(sql, params, using, prepare=False))
        else:
            ranked = search.ranked_ids(listed(values), q)
        page = Paginator(ranked.ids, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    else:
        if precompiled:
            newest = lambda v: listed(v).newest_first().values_list("pk", flat=True)  # noqa: E731
            ids = SQLRows(*compiled.compiled_sql(f"article-ids:{int(show_rejected)}", newest, values), using)
        else:
            ids = listed(values).newest_first().values_list("pk", flat=True)
        page = CappedCountPaginator(ids, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    shown = list(page.object_list)

    def render_rows():
        found = Article.objects.for_list().prefetch_related("tags").in_bulk(shown)
        rows = [found[pk] for pk in shown if pk in found]
        marked = search.snippets(Article.objects, q, shown) if q else {}
        for article in rows:
            article.snippet = marked.get(article.pk)
        return render_to_string("articles/article_list.html#rows", {"articles": rows}, request=request)

    # The rows (and their search snippets) come from the fragment cache while nothing they show changed.
    rows = fragments.cached_rows(request, "articles", shown, fragments.ARTICLE_ROWS_STAMP_SQL, render_rows, extra=[q])
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "ranked_more": ranked.more if ranked else False,
        "q": q,
        "person": person,
        "outlets": Article.objects.outlets(),
        "statuses": ReviewStatus.choices,
    }
    return page_or_fragment(request, "articles/article_list.html", "results", context)


def said_how(quote) -> str:
    """The body's tooltip on a quote: verbatim words or what the article reports someone said."""
    if quote.kind == "direct":
        return f"Said by {quote.source_name}"
    return f"Reported speech ({quote.cue or 'paraphrase'}), not verbatim: {quote.source_name}"


def body_spans(article, mentions, quotes, annotations) -> list[Span]:
    """The spans the body shows: people linked, quotes with their speaker, annotations.
    mentions are rows that start (id, start, end, person id), as MENTION_ROW reads them."""
    spans = [
        Span(start, end, "mention", mention_id, (("href", fast_reverse("articles:person", [person_id])),))
        for mention_id, start, end, person_id, *_ in mentions
    ]
    spans += [
        Span(
            q.start,
            q.end,
            "quote",
            q.pk,
            (("data-speaker", said_how(q)), ("aria-describedby", f"quote-item-{q.pk}")),
            f"kind-{q.kind} status-{q.review_status}",
        )
        for q in quotes
    ]
    spans += [
        Span(a.start, a.end, "annotation", a.pk, (("title", a.note or a.exact[:80]), ("data-note", f"note-{a.pk}")))
        for a in annotations
        if a.anchor_status != AnchorStatus.ORPHANED
    ]
    return spans


# What the article page shows of a person (its people list, the speakers of its quotes): the
# rest of the row (aliases, description, times) is left unread.
PERSON_SHOWN = ("id", "name", "role")
# An article's mentions are read as rows, not objects (two dozen on a page: its people are made
# once each from them): (id, start, end, then the person's PERSON_SHOWN columns, id first).
MENTION_ROW = ("pk", "start", "end", *(f"person__{name}" for name in PERSON_SHOWN))


def article_workspace(request, pk: int, *, show_rejected: bool = False, article=None, with_state: bool = False) -> dict:
    """Everything the article page shows: the article (everything but the raw text and the
    vector; read here too unless given) with its tags, mentions, quotes, annotations, events
    and links. A fixed number of reads, each compiled once per process (articles/compiled.py:
    the ORM's compiling cost more than PostgreSQL's running them on a first view), sent to
    PostgreSQL together; with_state adds fragments.article_state() to them, first (so the
    stamp is never newer than the content), as "state". 404 when there is no such article."""
    using, shown, key = read_alias(), f"{int(show_rejected)}", {"pk": pk}
    state = [fragments.article_state_statement(pk)] if with_state else []
    reads = [
        *state,
        compiled.Statement(
            *compiled.compiled_sql(
                "article-mention-rows",
                lambda v: Mention.objects.filter(article_id=v["pk"]).order_by("start").values_list(*MENTION_ROW),
                key,
            )
        ),
        compiled.Read(
            f"article-quotes:{shown}",
            lambda v: (
                Quote.objects.filter(article_id=v["pk"])
                .select_related("speaker")
                .defer(*(f"speaker__{f.name}" for f in Person._meta.concrete_fields if f.name not in PERSON_SHOWN))
                .visible(show_rejected)
                .order_by("start")
            ),
            key,
        ),
        compiled.Read("article-annotations", lambda v: annotations_for(v["pk"]), key),
        compiled.Read(
            f"article-events:{shown}",
            lambda v: Event.objects.filter(articles=v["pk"]).visible(show_rejected).timeline(),
            key,
        ),
        links_read("article", pk),
    ]
    if article is None:
        reads += [
            compiled.Read(
                "article-page", lambda v: Article.objects.for_page().prefetch_related(None).filter(pk=v["pk"]), key
            ),
            compiled.Read("article-tags", lambda v: Tag.objects.filter(articles=v["pk"]), key),
        ]
    results = compiled.instances_together(reads, using)
    state_rows = results.pop(0) if with_state else None
    mentions, quotes, annotations, events, links, *record = results
    if article is None:
        found, tags = record
        if not found:
            raise Http404("No such article.")
        article = found[0]
        compiled.set_prefetched(article, "tags", tags)
    people: dict[int, dict] = {}
    for row in mentions:
        person_id = row[3]
        entry = people.get(person_id)
        if entry is None:
            person = Person.from_db(using, PERSON_SHOWN, row[3:])
            entry = people[person_id] = {"person": person, "count": 0}
        entry["count"] += 1
    return {
        "article": article,
        "kind": "article",
        "record": article,
        "can_edit": user_can_edit(request),
        "show_rejected": show_rejected,
        "paragraphs": mark_up(article.body, body_spans(article, mentions, quotes, annotations)),
        "people": sorted(people.values(), key=lambda e: (-e["count"], e["person"].name)),
        "quotes": quotes,
        "annotations": annotations,
        "events": events,
        "links": links,
        **PARTIALS_UNSET,
        **({"state": state_rows[0] if state_rows else None} if with_state else {}),
    }


@require_GET
@login_required
@kept_while_unchanged
def article_detail(request, pk):
    """Renders one article: metadata, the body with people linked, quotes and annotations
    highlighted, and beside it its people, quotes, events, tags, links and annotations;
    the lines cut as page noise in a collapsed section.

    The content comes from the fragment cache when nothing it shows has changed (one query
    says so: articles/fragments.py), else it is queried, rendered and cached."""
    show_rejected = request.GET.get("show_rejected") == "1"
    if wants_fragment(request):
        context = article_workspace(request, pk, show_rejected=show_rejected)
        return page_or_fragment(request, WORKSPACE, "body", context)
    cache, seen_key = fragments.cache(), fragments.key("article-seen", pk)
    first_view = cache.get(seen_key) is None
    if first_view:
        # Nothing of this article kept since the cache was emptied, so its content will be
        # read: its stamp is read with it, in the same round trip (one, not two).
        context = article_workspace(request, pk, show_rejected=show_rejected, with_state=True)
        state = context.pop("state")
    else:
        context, state = None, fragments.article_state(pk)
    if state is None:
        raise Http404("No such article.")
    title, stamp, annotated = state
    can_edit = user_can_edit(request)
    user_part = request.user.pk if annotated else ""
    key = fragments.key("article", pk, stamp, can_edit, show_rejected, user_part, request.get_full_path())
    html = cache.get(key)
    if html is None:
        if context is None:
            context = article_workspace(request, pk, show_rejected=show_rejected)
        html = render_to_string(WORKSPACE, {**context, "csrf_token": fragments.CSRF_MARK}, request=request)
        cache.set(key, html)
    if first_view:
        # Also when the rendering was kept and only the mark was culled: else every view after
        # a commit would read the content again without needing it.
        cache.set(seen_key, True)
    context = {"title": title, "workspace": fragments.with_csrf(request, html), "can_edit": can_edit}
    response = render(request, "articles/article_detail.html", context)
    response["Vary"] = "HX-Request"
    return response
