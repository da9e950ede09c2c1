"""Events: the timeline (grouped by the date as far as it is known) and an event's page."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.caching import kept_while_unchanged
from articles.forms import EventFilterForm
from articles.ingest.dates import PartialDate
from articles.models import Event
from articles.querysets import links_for
from articles.views.browse import resolve_person
from articles.views.common import page_or_fragment, user_can_edit

EVENTS_PER_PAGE = 40


def timeline_heading(event) -> str:
    """The group an event sits in: 'February 2022', '2022', 'January, year unknown', 'Date unknown'."""
    if event.date_year is None and event.date_month is None:
        return "Date unknown"
    return PartialDate(event.date_year, event.date_month).display()


def timeline_groups(events) -> list[tuple[str, list]]:
    """Consecutive events under their heading, in timeline order."""
    groups: list[tuple[str, list]] = []
    for event in events:
        heading = timeline_heading(event)
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        groups[-1][1].append(event)
    return groups


@require_GET
@login_required
@kept_while_unchanged
def event_list(request):
    """Renders the timeline: events newest first by their known date, year-unknown ones
    grouped by month after the dated ones, undated last; filter by person. htmx gets #timeline."""
    form = EventFilterForm.from_request(request)
    person_filter, person = resolve_person(form.value("person"))
    events = Event.objects.visible(form.value("show_rejected", False))
    if person_filter is not None:
        taking_part = Event.participants.through.objects.filter(person__in=[person] if person else person_filter)
        events = events.filter(pk__in=taking_part.values("event_id"))
    page = Paginator(events.timeline().with_related(), EVENTS_PER_PAGE).get_page(form.page_number)
    context = {
        "form": form,
        "page": page,
        "groups": timeline_groups(page.object_list),
        "person": person,
        "can_edit": user_can_edit(request),
    }
    return page_or_fragment(request, "articles/event_list.html", "timeline", context)


@require_GET
@login_required
@kept_while_unchanged
def event_detail(request, pk):
    """Renders an event: date as known, participants, the articles that report it, its quotes,
    tags, links and review."""
    event = get_object_or_404(Event.objects.with_related(), pk=pk)
    context = {
        "event": event,
        "record": event,
        "kind": "event",
        "can_edit": user_can_edit(request),
        "links": list(links_for(event)),
    }
    return render(request, "articles/event_detail.html", context)
