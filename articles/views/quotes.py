"""Quotes: the searchable list (one row per quotation, "also reported by") and a quote's page."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from articles import caching, search
from articles.forms import QuoteFilterForm
from articles.models import Article, Quote, ReviewStatus
from articles.paginators import CappedCountPaginator
from articles.querysets import also_reported, links_for, planner_estimate, reworded_reports
from articles.views.browse import outlet_choices, resolve_person
from articles.views.common import page_or_fragment, user_can_edit

QUOTES_PER_PAGE = 30
QUOTES_COUNTED = 300  # lists the planner puts above this are counted by its estimate
QUOTE_PAGE_OTHERS = 100  # other reports listed on a quote's own page (the list shows ten)

# A search for words in few quotes: newest first by walking the newest articles would test
# thousands of quotes to find a page of matches. Below this many matches (the planner's
# estimate) the first report of each quotation is picked among the matches by a window
# (QuoteQuerySet.first_reports_by_window); above it the walk finds a page quickly.
FEW_MATCHES = 2500


@require_GET
@login_required
@caching.kept_while_unchanged
def quote_list(request):
    """Renders quotes newest first, filtered by text, speaker, tag or outlet; a quotation that
    several outlets reported (same fingerprint) shows once with the others as "also reported by".
    htmx gets #results."""
    form = QuoteFilterForm.from_request(request)
    speaker_filter, speaker = resolve_person(form.value("speaker"))
    status = form.value("status")
    show_rejected = bool(form.value("show_rejected", False) or status == ReviewStatus.REJECTED)
    values = {
        "tag": form.value("tag"),
        "outlet": form.value("outlet"),
        "kind": form.value("kind"),
        "status": status,
        "q": form.value("q"),
    }
    values = {k: v for k, v in values.items() if v}

    def selected(values: dict):
        """The quotes the filters and the search select, every report."""
        quotes = Quote.objects.visible(show_rejected)
        if speaker_filter is not None:
            quotes = quotes.filter(speaker__in=[values["speaker"]] if speaker else speaker_filter)
        quotes = quotes.filtered(
            tag=values.get("tag", ""),
            outlet=values.get("outlet", ""),
            kind=values.get("kind", ""),
            status=values.get("status", ""),
        )
        return search.search_quotes(quotes, values.get("q", ""))

    def quote_ids(values: dict):
        """The ids of the quotes shown, first reports only, newest first."""
        return selected(values).one_per_fingerprint().newest_first().values_list("pk", flat=True)

    if speaker is not None:
        values["speaker"] = speaker.pk
    estimate = None
    if "q" in values and (estimate := planner_estimate(selected(values))) < FEW_MATCHES:
        ids = selected(values).first_reports_by_window().newest_first().values_list("pk", flat=True)
    else:
        ids = quote_ids(values)
    # Counting first reports exactly costs a probe per quote counted: only short lists are.
    paginator = CappedCountPaginator(ids, QUOTES_PER_PAGE, estimate_above=QUOTES_COUNTED, cap=QUOTES_COUNTED)
    paginator.known_estimate = estimate
    page = paginator.get_page(form.page_number)
    can_edit = user_can_edit(request)

    def render_rows():
        found = Quote.objects.with_context().prefetch_related("tags").in_bulk(list(page.object_list))
        rows = [found[pk] for pk in page.object_list if pk in found]
        context = {
            "quotes": rows,
            "also": also_reported(rows),
            "reworded": reworded_reports(list(page.object_list)),
            "can_edit": can_edit,
        }
        return render_to_string("articles/quote_list.html#rows", context, request=request)

    rows = caching.list_rows(request, "quotes", list(page.object_list), [can_edit], render_rows)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "speaker": speaker,
        # The outlets' articles, not quotations: counting quotations per outlet reads every quote
        # (0.15 s at 20,000 articles, about 0.8 s at 100,000), where the articles' counts are one
        # index-only scan the articles list has kept already.
        "outlets": outlet_choices(Article.objects.outlet_counts(), "articles"),
        "statuses": ReviewStatus.choices,
        "can_edit": can_edit,
    }
    return page_or_fragment(request, "articles/quote_list.html", "results", context)


@require_GET
@login_required
@caching.kept_while_unchanged
def quote_detail(request, pk):
    """Renders one quote: its text, speaker, article, events, the other outlets that reported it
    (word for word, or reworded: with a word diff), tags, links and review."""
    quote = get_object_or_404(Quote.objects.with_context().prefetch_related("tags"), pk=pk)
    context = {
        "quote": quote,
        "record": quote,
        "kind": "quote",
        "can_edit": user_can_edit(request),
        "speaker_form_shown": True,  # one quote: its form is on the page (lists fetch it when opened)
        "events": list(quote.events.timeline()),
        "others": also_reported([quote], limit=QUOTE_PAGE_OTHERS).get(quote.fingerprint, []),
        "reworded": reworded_reports([quote.pk], limit=QUOTE_PAGE_OTHERS).get(quote.pk, []),
        "links": list(links_for(quote)),
    }
    return render(request, "articles/quote_detail.html", context)
