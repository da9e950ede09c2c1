"""People: the list, a person's page, and the name suggestions the speaker picker asks for."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.forms import PersonFilterForm
from articles.models import Article, Event, MergeSuggestion, Person, Quote
from articles.querysets import links_for
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
    mention them, their events, the people they appear with most, tags, links and review."""
    person = get_object_or_404(Person.objects.prefetch_related("tags"), pk=pk)
    show_rejected = request.GET.get("show_rejected") == "1"
    quotes, more_quotes = first(Quote.objects.filter(speaker=person).visible(show_rejected).with_context().by_date())
    articles, more_articles = first(Article.objects.mentioning(person))
    events, more_events = first(Event.objects.involving(person).visible(show_rejected).timeline())
    context = {
        "person": person,
        "record": person,
        "kind": "person",
        "can_edit": user_can_edit(request),
        "show_rejected": show_rejected,
        "quotes": quotes,
        "more_quotes": more_quotes,
        "articles": articles,
        "more_articles": more_articles,
        "events": events,
        "more_events": more_events,
        "co_mentioned": list(Person.objects.co_mentioned_with(person)),
        "possible_duplicates": [
            s.other_than(person)
            for s in MergeSuggestion.objects.open_for(person.pk).select_related("person", "candidate")
        ],
        "links": list(links_for(person)),
    }
    return render(request, "articles/person_detail.html", context)


@require_GET
@login_required
def person_suggest(request):
    """Renders up to eight people whose name or alias matches ?label= (the speaker picker's
    choices: buttons that submit the speaker form with that person)."""
    text = request.GET.get("label") or request.GET.get("q") or ""
    people = list(Person.objects.visible().matching(text).order_by("name")[:8]) if text.strip() else []
    return render(request, "articles/workbench.html#person-options", {"people": people})
