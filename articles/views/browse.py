"""The article list (search and filters) and the article page (marked-up body and its records)."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import router
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET

from articles import caching, search
from articles.forms import ArticleSearchForm, RecordPageForm
from articles.markup import Span, mark_up
from articles.models import AnchorStatus, Article, Event, Mention, Person, Quote, ReviewStatus
from articles.paginators import CappedCountPaginator
from articles.querysets import annotations_for, links_of
from articles.views.common import page_or_fragment, user_can_edit, wants_fragment

ARTICLES_PER_PAGE = 25
WORKSPACE = "articles/article_workspace.html"


def resolve_person(value):
    """A person filter's cleaned value (FilterForm.clean_person_field): a Person picked by number,
    or words that pick everyone whose name matches.

    Returns (filter value for the queryset or None, the Person when one was picked by number).
    """
    if isinstance(value, Person):
        return value, value
    value = (value or "").strip()
    if not value:
        return None, None
    return Person.objects.matching(value), None


@require_GET
@login_required
@caching.kept_while_unchanged
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

    # Ids first (no rows built): the rows' rendering may be kept (caching.list_rows).
    ranked = None
    if q:
        # The best of the newest matches, ranked in one query (ids only, no count).
        ranked = search.ranked_ids(listed(values), q)
        page = Paginator(ranked.ids, ARTICLES_PER_PAGE).get_page(form.page_number)
    else:
        ids = listed(values).newest_first().values_list("pk", flat=True)
        page = CappedCountPaginator(ids, ARTICLES_PER_PAGE).get_page(form.page_number)
    shown = list(page.object_list)

    def render_rows():
        found = Article.objects.for_list().prefetch_related("tags").in_bulk(shown)
        rows = [found[pk] for pk in shown if pk in found]
        marked = search.snippets(Article.objects, q, shown) if q else {}
        for article in rows:
            article.snippet = marked.get(article.pk)
        return render_to_string("articles/article_list.html#rows", {"articles": rows}, request=request)

    # The rows (and their search snippets) are kept while nothing they show changes.
    rows = caching.list_rows(request, "articles", shown, [q], render_rows)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "ranked_more": ranked.more if ranked else False,
        "q": q,
        "person": person,
        "outlets": outlet_choices(Article.objects.outlet_counts()),
        "statuses": status_choices(),
    }
    return page_or_fragment(request, "articles/article_list.html", "results", context)


def said_how(quote) -> str:
    """The body's tooltip on a quote: verbatim words or what the article reports someone said."""
    if quote.kind == "direct":
        return f"Said by {quote.source_name}"
    return f"Reported speech ({quote.cue or 'paraphrase'}), not verbatim: {quote.source_name}"


def outlet_choices(counts: list[tuple[str, int]], unit: str = "") -> list[tuple[str, str]]:
    """The outlet filter's choices: (outlet, "The Record (12)"), or "The Record (12 articles)"."""
    return [(outlet, f"{outlet} ({n:,}{' ' + unit if unit else ''})") for outlet, n in counts]


def status_choices() -> list[tuple[str, str]]:
    """The review filter's choices, each with how many articles have that status."""
    counts = Article.objects.status_counts()
    return [(value, f"{label} ({counts.get(value, 0):,})") for value, label in ReviewStatus.choices]


def body_spans(article, mentions, quotes, annotations) -> list[Span]:
    """The spans the body shows: people linked, quotes with their speaker, annotations.
    mentions are rows that start (id, start, end, person id), as MENTION_ROW reads them."""
    spans = [
        Span(start, end, "mention", mention_id, (("href", reverse("articles:person", args=[person_id])),))
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


def article_workspace(pk: int, *, can_edit: bool, show_rejected: bool = False, article=None) -> dict:
    """Everything the article page shows: the article (everything but the raw text and the
    vector; read here unless given) with its tags, mentions, quotes, annotations, events and
    links. A fixed number of reads whatever the article's size. 404 when there is no such article."""
    if article is None:
        article = get_object_or_404(Article.objects.for_page(), pk=pk)
    mentions = Mention.objects.filter(article_id=pk).order_by("start").values_list(*MENTION_ROW)
    quotes = list(
        Quote.objects.filter(article_id=pk)
        .select_related("speaker")
        .defer(*(f"speaker__{f.name}" for f in Person._meta.concrete_fields if f.name not in PERSON_SHOWN))
        .visible(show_rejected)
        .order_by("start")
    )
    annotations = list(annotations_for(pk))
    using = router.db_for_read(Person)
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
        "can_edit": can_edit,
        "show_rejected": show_rejected,
        "paragraphs": mark_up(article.body, body_spans(article, mentions, quotes, annotations)),
        "people": sorted(people.values(), key=lambda e: (-e["count"], e["person"].name)),
        "quotes": quotes,
        "annotations": annotations,
        "events": list(Event.objects.filter(articles=pk).visible(show_rejected).timeline()),
        "links": list(links_of("article", pk)),
    }


def render_article_content(request, workspace: dict, *, can_edit: bool) -> tuple[str, str]:
    """(title, html) of an article page's content (an article_workspace()), as a reader
    (can_edit False) or an editor sees it."""
    context = {**workspace, "can_edit": can_edit}
    return workspace["article"].title, render_to_string(WORKSPACE, context, request=request)


@require_GET
@login_required
@caching.kept_while_unchanged
def article_detail(request, pk):
    """Renders one article: metadata, the body with people linked, quotes and annotations
    highlighted, and beside it its people, quotes, events, tags, links and annotations;
    the lines cut as page noise in a collapsed section.

    The content's rendering, and the page around it, are kept while nothing the content shows
    changes (caching.article_page); the import worker renders the content ahead of the first
    reader (views/prerender.py)."""
    show_rejected = RecordPageForm.from_request(request).value("show_rejected", False)
    can_edit = user_can_edit(request)
    if wants_fragment(request):
        context = article_workspace(pk, can_edit=can_edit, show_rejected=show_rejected)
        return page_or_fragment(request, WORKSPACE, "body", context)

    def render_content() -> tuple[str, str]:
        workspace = article_workspace(pk, can_edit=can_edit, show_rejected=show_rejected)
        return render_article_content(request, workspace, can_edit=can_edit)

    def render_page(title: str, workspace: str) -> HttpResponse:
        context = {"title": title, "workspace": workspace, "can_edit": can_edit}
        response = render(request, "articles/article_detail.html", context)
        response["Vary"] = "HX-Request"
        return response

    return caching.article_page(request, pk, article_parts(can_edit, show_rejected), render_content, render_page)


def article_parts(can_edit: bool, show_rejected: bool) -> list:
    """What an article page's content depends on besides the rows it shows."""
    return [can_edit, show_rejected]
