"""The review queue: what extraction made and nobody has decided on yet (quotes first, then
people and events), worked through from the keyboard (static/js/review.js).

The decisions themselves go through the workbench's review and speaker actions
(articles/views/workbench.py), the widgets every other page shows; this page lists, filters
and counts.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from articles.forms import QUEUE_KINDS, QUEUE_STATUS_CHOICES, ReviewQueueForm
from articles.models import Article, Event, Person, Quote, ReviewStatus
from articles.paginators import CappedCountPaginator, CountedPaginator
from articles.views.browse import resolve_person
from articles.views.common import render_fragments, user_can_edit, wants_fragment

TEMPLATE = "articles/review_queue.html"
ITEMS_PER_PAGE = 25
MODELS = {"quotes": Quote, "people": Person, "events": Event}
FRAGMENTS = {"review-progress": "progress", "queue": "queue"}


def queue_records(kind: str, records):
    """The queue's records of a kind in the order they are worked through, with what each row
    shows: quotes newest article first in reading order, people by name, events by date."""
    if kind == "quotes":
        return records.with_context().newest_first()
    if kind == "people":
        return records.with_counts().order_by("name", "pk")
    return records.with_related().timeline()


@require_GET
@login_required
def review_queue(request):
    """Renders the queue of one kind of record, filtered; htmx gets #queue (filters changed)
    or #review-progress (after each decision)."""
    form = ReviewQueueForm.from_request(request)
    kind = form.value("kind", "quotes")
    status = form.value("status", ReviewStatus.NEEDS_REVIEW)
    person_filter, person = resolve_person(form.value("speaker"))
    filters = {
        "outlet": form.value("outlet"),
        "person": person if person is not None else person_filter,
        "date_from": form.value("date_from", None),
        "date_to": form.value("date_to", None),
    }
    selected = {name: model.objects.for_review(**filters) for name, model in MODELS.items()}
    fragment = FRAGMENTS.get(request.htmx.target) if wants_fragment(request) else None
    # What waits, counted once: for each kind's tab, or after a decision this kind's only.
    counted = [kind] if fragment == "progress" else MODELS
    # A long queue is counted by the planner's estimate ("about"), a short one exactly.
    counters = {name: CappedCountPaginator(selected[name].waiting(), ITEMS_PER_PAGE) for name in counted}
    waiting = {name: counter.count for name, counter in counters.items()}
    estimated = counters[kind].estimated
    reviewed = selected[kind].decided_today().count()
    context = {
        "form": form,
        "kind": kind,
        "record_kind": QUEUE_KINDS[kind],
        "status": status,
        "reviewed": reviewed,
        "total": reviewed + waiting[kind],
        "estimated": estimated,
        "status_label": dict(QUEUE_STATUS_CHOICES)[status].lower(),
        "filtering": any(filters[name] for name in ("outlet", "date_from", "date_to")) or bool(form.value("speaker")),
        "speaker": person,
        "can_edit": user_can_edit(request),
        "oob": False,
        "query": urlencode([(k, v) for k, v in request.GET.items() if v.strip() and k not in ("page", "kind")]),
    }
    if fragment == "progress":
        return render(request, f"{TEMPLATE}#progress", context)
    records = selected[kind] if status == "any" else selected[kind].filter(review_status=status)
    if status == ReviewStatus.NEEDS_REVIEW:
        paginator = CountedPaginator(
            queue_records(kind, records), ITEMS_PER_PAGE, count=waiting[kind], estimated=estimated
        )
    else:
        paginator = CappedCountPaginator(queue_records(kind, records), ITEMS_PER_PAGE)
    context["page"] = paginator.get_page(form.page_number)
    context["tabs"] = [(name, name.capitalize(), waiting[name], counters[name].estimated) for name in MODELS]
    if fragment is None:
        context["outlets"] = [(outlet, outlet) for outlet in Article.objects.outlets()]
        response = render(request, TEMPLATE, context)
    else:
        # Filters changed: the queue, and out of band the progress and the tabs they count.
        response = render_fragments(request, TEMPLATE, ["queue", "progress", "tabs"], {**context, "oob": True})
        # The address bar keeps the filters, without the empty ones.
        query = urlencode([(k, v) for k, v in request.GET.items() if v.strip() and k != "page"])
        response["HX-Push-Url"] = f"{request.path}?{query}" if query else request.path
    response["Vary"] = "HX-Request"
    return response
