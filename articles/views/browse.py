"""Read-only pages: the article list, an article, a person, an event, a tag."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article, Event, Person, Tag

ARTICLES_PER_PAGE = 25


@require_GET
@login_required
def article_list(request):
    """Renders the articles, newest first, a page at a time."""
    articles = Article.objects.for_list().newest_first()
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"page": page})


@require_GET
@login_required
def article_detail(request, pk):
    """Renders one article: its metadata and body paragraphs."""
    article = get_object_or_404(Article, pk=pk)
    return render(request, "articles/article_detail.html", {"article": article})


@require_GET
@login_required
def person_detail(request, pk):
    """Renders a person with their quotes and the articles that mention them."""
    person = get_object_or_404(Person, pk=pk)
    quotes = person.quotes.select_related("article").visible()
    articles = Article.objects.for_list().filter(mentions__person=person).distinct().newest_first()
    return render(request, "articles/person_detail.html", {"person": person, "quotes": quotes, "articles": articles})


@require_GET
@login_required
def event_detail(request, pk):
    """Renders an event with its participants, articles and quotes."""
    event = get_object_or_404(Event.objects.prefetch_related("participants", "articles", "quotes"), pk=pk)
    return render(request, "articles/event_detail.html", {"event": event})


@require_GET
@login_required
def tag_detail(request, slug):
    """Renders everything that carries a tag."""
    tag = get_object_or_404(Tag, slug=slug)
    return render(
        request,
        "articles/tag_detail.html",
        {
            "tag": tag,
            "articles": tag.articles.for_list(),
            "people": tag.people.all(),
            "quotes": tag.quotes.select_related("article", "speaker"),
            "events": tag.events.all(),
        },
    )
