"""Each page runs a small, fixed number of SQL queries whatever the amount of data.

Every page is requested with one copy and with three copies of a small newsroom (articles
with mentions, quotes, annotations, tags, events, links) and must run exactly the same,
known number of queries both times. The counts include the user lookup, which also says
whether the user is an Editor (1; articles/auth.py; the session comes from its cache,
settings.CACHES["sessions"]). Long lists are counted by the
planner's estimate first and exactly only when it is small, so these small worlds show one
query more than a list of 100,000 articles does (make bench prints those counts). The counts
are for a first request; a repeated one whose content comes from the fragment cache runs
fewer (CACHED below), and none of them depends on the amount of data.
"""

import re

import pytest
from django.core.cache import caches
from django.urls import reverse

from articles.models import Annotation, Event, Person, Quote, Tag

from .. import factories as f

pytestmark = pytest.mark.django_db


def pages():
    """(name, url, expected queries) with the first record of each kind."""
    article = f.Article.objects.order_by("pk").first()
    person = Person.objects.get(name="Ben Wallace")
    quote = Quote.objects.order_by("pk").first()
    event = Event.objects.order_by("pk").first()
    tag = Tag.objects.get(slug="ukraine")
    annotation = Annotation.objects.order_by("pk").first()
    return [
        # user, estimate, count (a long list: the estimate only), ids, stamp, outlets; then,
        # unless the rows come from the fragment cache: rows, tags
        ("article list", reverse("articles:list"), 8),
        # user, estimate (how many match: gather or walk), ranked ids (no count), stamp, outlets;
        # rows, tags, snippets for the rows shown
        ("article search", reverse("articles:list") + "?q=Moscow+OR+calm", 8),
        # … + the person picked by number
        ("article list by person", reverse("articles:list") + f"?person={person.pk}&outlet=The+Record&tag=ukraine", 9),
        # user (+editor), stamp; unless cached: article (+tags), mentions, quotes,
        # annotations (+tags), events, links
        ("article page", article.get_absolute_url(), 10),
        ("article page, rejected shown", article.get_absolute_url() + "?show_rejected=1", 10),
        # user, count, rows
        ("people", reverse("articles:people"), 3),
        # user (+editor), quote, article and event ids, co-mentioned, stamp; unless cached:
        # person (+tags), quotes, articles, events, merge suggestions, links
        ("person page", person.get_absolute_url(), 11),
        # user (+editor), person picked, estimate, count, ids, stamp, outlets;
        # unless cached: rows, tags, also reported, rewordings
        ("quotes", reverse("articles:quotes") + f"?speaker={person.pk}", 11),
        ("quotes search", reverse("articles:quotes") + "?q=calm", 10),
        # user (+editor), quote (+tags), events, also reported, rewordings, links
        ("quote page", reverse("articles:quote", args=[quote.pk]), 7),
        # user (+editor), count, rows, participants, articles, quotes, tags
        ("events", reverse("articles:events"), 7),
        ("events by person", reverse("articles:events") + f"?person={person.pk}", 8),
        # user (+editor), event (+participants, articles, quotes, tags), links
        ("event page", event.get_absolute_url(), 7),
        # user (+editor), what waits of each kind (estimate, and a short queue's count: 3 × 2),
        # decided today, rows, outlets
        ("review queue", reverse("articles:review_queue"), 10),
        ("review queue, people", reverse("articles:review_queue") + "?kind=people&outlet=The+Record", 10),
        # … + the person picked; the rows' participants, articles, quotes and tags
        ("review queue, events", reverse("articles:review_queue") + f"?kind=events&speaker={person.pk}", 15),
        # user, count, rows
        ("tags", reverse("articles:tags"), 3),
        # user (+editor), tag, articles, quotes, people, events, annotations
        ("tag page", tag.get_absolute_url(), 7),
        # user, article, annotations (+tags)
        ("annotations export", reverse("articles:annotations_export", args=[article.pk]), 4),
        # user, annotation (+tags): the list item htmx asks for (edit form's Cancel)
        ("annotation item (htmx)", reverse("articles:annotation", args=[annotation.pk]), 3),
        # user, one query per kind
        ("link picker", reverse("articles:link_search") + "?find=a", 5),
        ("tag suggestions", reverse("articles:tag_suggest") + "?name=u", 2),
        ("person suggestions", reverse("articles:person_suggest") + "?label=wal", 2),
    ]


@pytest.mark.parametrize("size", [1, 3])
def test_each_page_runs_a_fixed_number_of_queries(editor_client, editor, size, django_assert_num_queries):
    f.newsroom(editor, size=size)
    for name, url, expected in pages():
        headers = {"HX-Request": "true"} if "(htmx)" in name else {}
        caches["estimates"].clear()  # each page as a fresh process first shows it (outlets are kept a minute)
        with django_assert_num_queries(expected):
            response = editor_client.get(url, headers=headers)
        assert response.status_code == 200, name


def test_the_pages_show_more_rows_with_more_data(editor_client, editor):
    """The fixed counts are not from empty pages: the larger world shows more on each."""
    f.newsroom(editor, size=3)
    page = editor_client.get(reverse("articles:list")).content.decode()
    assert page.count('class="title"') == 6
    page = editor_client.get(reverse("articles:events")).content.decode()
    assert page.count('class="summary"') == 6


# Requested again with nothing changed, the content comes from the fragment cache (and the
# planner's estimate of a list's length and the outlets from the last minute's).
CACHED = {
    "article list": 4,  # user, count, ids, stamp
    "article search": 3,  # user, ranked ids, stamp
    "article page": 2,  # user (+editor), stamp
    "person page": 4,  # user, quote, article and event ids, co-mentioned, stamp
    "quotes": 5,  # user (+editor), person picked, count, ids, stamp
}


@pytest.mark.parametrize("size", [1, 3])
def test_repeated_pages_take_their_content_from_the_cache(editor_client, editor, size, django_assert_num_queries):
    f.newsroom(editor, size=size)
    for name, url, _expected in pages():
        if name in CACHED:
            first = editor_client.get(url).content
            with django_assert_num_queries(CACHED[name]):
                again = editor_client.get(url)
            assert again.status_code == 200, name
            # The same page but for the CSRF tokens and CSP nonces, new in every response.
            assert strip_tokens(again.content) == strip_tokens(first), name


def strip_tokens(html: bytes) -> bytes:
    """The page without what is new in every response: CSRF tokens and CSP nonces."""
    return re.sub(rb'(name="csrfmiddlewaretoken" value=|"X-CSRFToken": |nonce=)"[^"]+"', rb"\1", html)
