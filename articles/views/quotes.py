"""Quotes: the searchable list (one row per quotation, "also reported by") and a quote's page."""

from django.contrib.auth.decorators import login_required
from django.db import router
from django.db.models import F
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from articles import compiled, fragments, search
from articles.forms import QuoteFilterForm
from articles.models import Article, Quote
from articles.pagecache import kept_while_unchanged
from articles.paginators import CappedCountPaginator, SQLRows
from articles.querysets import also_reported, link_rows
from articles.views.browse import resolve_person
from articles.views.common import PARTIALS_UNSET, page_or_fragment, user_can_edit

QUOTES_PER_PAGE = 30
QUOTES_COUNTED = 300  # lists the planner puts above this are counted by its estimate
QUOTE_PAGE_OTHERS = 100  # other reports listed on a quote's own page (the list shows ten)

# A search for words in few quotes: newest first by walking the newest articles would test
# thousands of quotes to find a page of matches. Below this many matches (the planner's
# estimate) the matches are gathered first through the search index and sorted, and the first
# report of each quotation picked among them; above it the walk finds a page quickly.
FEW_MATCHES = 2500
FIRST_REPORTS_AMONG_MATCHES_SQL = """
WITH matched AS MATERIALIZED ({matched})
SELECT quote_id FROM (
    SELECT m.*, row_number() OVER (
        PARTITION BY CASE WHEN m.fingerprint = '' THEN m.quote_id::text ELSE m.fingerprint END
        ORDER BY COALESCE(m.published_at, 'infinity'), m.quote_id
    ) AS report
    FROM matched m
) reports
WHERE report = 1
ORDER BY published_at DESC NULLS LAST, article_id DESC, start
"""


@require_GET
@login_required
@kept_while_unchanged
def quote_list(request):
    """Renders quotes newest first, filtered by text, speaker, tag or outlet; a quotation that
    several outlets reported (same fingerprint) shows once with the others as "also reported by".
    htmx gets #results."""
    form = QuoteFilterForm.from_request(request)
    speaker_filter, speaker = resolve_person(form.value("speaker"))
    show_rejected = form.value("show_rejected", False)
    values = {
        "tag": form.value("tag"),
        "outlet": form.value("outlet"),
        "kind": form.value("kind"),
        "q": form.value("q"),
    }
    values = {k: v for k, v in values.items() if v}

    def selected(values: dict):
        """The quotes the filters and the search select, every report."""
        quotes = Quote.objects.visible(show_rejected)
        if speaker_filter is not None:
            quotes = quotes.filter(speaker__in=[values["speaker"]] if speaker else speaker_filter)
        quotes = quotes.filtered(
            tag=values.get("tag", ""), outlet=values.get("outlet", ""), kind=values.get("kind", "")
        )
        return search.search_quotes(quotes, values.get("q", ""))

    def quote_ids(values: dict):
        """The ids of the quotes shown, first reports only, newest first."""
        return selected(values).one_per_fingerprint().newest_first().values_list("pk", flat=True)

    def matched(values: dict):
        """What FIRST_REPORTS_AMONG_MATCHES_SQL sorts and picks from."""
        return selected(values).values(
            "article_id", "start", "fingerprint", quote_id=F("pk"), published_at=F("article__published_at")
        )

    # The page's ids first (no rows built), from SQL compiled once per shape of the filters;
    # their rows come from the fragment cache when nothing they show has changed, else they
    # are fetched and rendered.
    if speaker_filter is not None and speaker is None:  # people matched by name: an ordinary query
        ids = quote_ids(values)
    else:
        if speaker is not None:
            values["speaker"] = speaker.pk
        shape = f"quote-ids:{int(bool(show_rejected))}"
        using = router.db_for_read(Quote)
        if "q" in values:
            # Not prepared: the best plan depends on the words.
            sql, params = compiled.compiled_sql(f"matched-{shape}", matched, values)
            estimate = SQLRows(sql, params, using, prepare=False).estimate()
            if estimate < FEW_MATCHES:
                sql = FIRST_REPORTS_AMONG_MATCHES_SQL.format(matched=sql)
            else:
                sql, params = compiled.compiled_sql(shape, quote_ids, values)
            ids = SQLRows(sql, params, using, prepare=False, estimate=estimate)
        else:
            ids = SQLRows(*compiled.compiled_sql(shape, quote_ids, values), using)
    # Counting first reports exactly costs a probe per quote counted: only short lists are.
    page = CappedCountPaginator(ids, QUOTES_PER_PAGE, estimate_above=QUOTES_COUNTED, cap=QUOTES_COUNTED).get_page(
        request.GET.get("page")
    )
    can_edit = user_can_edit(request)

    def render_rows():
        found = Quote.objects.with_context().prefetch_related("tags").in_bulk(list(page.object_list))
        rows = [found[pk] for pk in page.object_list if pk in found]
        context = {
            "quotes": rows,
            "also": also_reported(rows),
            "can_edit": can_edit,
            **PARTIALS_UNSET,
            "csrf_token": fragments.CSRF_MARK,
        }
        return render_to_string("articles/quote_list.html#rows", context, request=request)

    rows = fragments.cached_rows(
        request, "quotes", list(page.object_list), fragments.QUOTE_ROWS_STAMP_SQL, render_rows, extra=[can_edit]
    )
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "speaker": speaker,
        "outlets": Article.objects.outlets(),
        "can_edit": can_edit,
    }
    return page_or_fragment(request, "articles/quote_list.html", "results", context)


@require_GET
@login_required
@kept_while_unchanged
def quote_detail(request, pk):
    """Renders one quote: its text, speaker, article, events, the other outlets that reported it,
    tags, links and review."""
    quote = get_object_or_404(Quote.objects.with_context().prefetch_related("tags"), pk=pk)
    context = {
        "quote": quote,
        "record": quote,
        "kind": "quote",
        "can_edit": user_can_edit(request),
        "speaker_form_shown": True,  # one quote: its form is on the page (lists fetch it when opened)
        "events": list(quote.events.timeline()),
        "others": also_reported([quote], limit=QUOTE_PAGE_OTHERS).get(quote.fingerprint, []),
        "links": link_rows(quote),
    }
    return render(request, "articles/quote_detail.html", context)
