"""Each page runs a small, fixed number of SQL queries whatever the amount of data.

Every page is requested with one copy and with three copies of a small newsroom (articles
with mentions, quotes, annotations, tags, events, links) and must run exactly the same,
known number of queries both times. The counts include the session and user lookups (2)
and, on pages with editing controls, the editor check (1). Long lists are counted by the
planner's estimate first and exactly only when it is small, so these small worlds show one
query more than a list of 100,000 articles does (make bench prints those counts).
"""

import pytest
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
        # session, user, outlets, estimate, count, rows, tags (a long list: the estimate, no count)
        ("article list", reverse("articles:list"), 7),
        # session, user, outlets, ranked ids (no count), rows, tags, snippets for the rows shown
        ("article search", reverse("articles:list") + "?q=Moscow+OR+calm", 7),
        # … + the person picked by number
        ("article list by person", reverse("articles:list") + f"?person={person.pk}&outlet=The+Record&tag=ukraine", 8),
        # session, user, article (+tags), editor, mentions, quotes, annotations (+tags), events, links
        ("article page", article.get_absolute_url(), 11),
        ("article page, rejected shown", article.get_absolute_url() + "?show_rejected=1", 11),
        # session, user, count, rows
        ("people", reverse("articles:people"), 4),
        # session, user, person (+tags), editor, quotes, articles, events, co-mentioned, merge suggestions, links
        ("person page", person.get_absolute_url(), 11),
        # session, user, person picked, editor, estimate, count, rows, tags, outlets, also reported
        ("quotes", reverse("articles:quotes") + f"?speaker={person.pk}", 10),
        ("quotes search", reverse("articles:quotes") + "?q=calm", 9),
        # session, user, quote (+tags), editor, events, also reported, links
        ("quote page", reverse("articles:quote", args=[quote.pk]), 8),
        # session, user, editor, count, rows, participants, articles, quotes, tags
        ("events", reverse("articles:events"), 9),
        ("events by person", reverse("articles:events") + f"?person={person.pk}", 10),
        # session, user, event (+participants, articles, quotes, tags), editor, links
        ("event page", event.get_absolute_url(), 9),
        # session, user, count, rows
        ("tags", reverse("articles:tags"), 4),
        # session, user, tag, editor, articles, quotes, people, events, annotations
        ("tag page", tag.get_absolute_url(), 9),
        # session, user, article, annotations (+tags)
        ("annotations export", reverse("articles:annotations_export", args=[article.pk]), 5),
        # session, user, annotation (+tags): the list item htmx asks for (edit form's Cancel)
        ("annotation item (htmx)", reverse("articles:annotation", args=[annotation.pk]), 4),
        # session, user, one query per kind
        ("link picker", reverse("articles:link_search") + "?find=a", 6),
        ("tag suggestions", reverse("articles:tag_suggest") + "?name=u", 3),
        ("person suggestions", reverse("articles:person_suggest") + "?label=wal", 3),
    ]


@pytest.mark.parametrize("size", [1, 3])
def test_each_page_runs_a_fixed_number_of_queries(editor_client, editor, size, django_assert_num_queries):
    f.newsroom(editor, size=size)
    for name, url, expected in pages():
        headers = {"HX-Request": "true"} if "(htmx)" in name else {}
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
