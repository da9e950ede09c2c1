"""A person's newest articles and first quotes (articles/querysets.py, person_articles_sql and
person_quotes_sql) come out the same whichever way they are found: walking the newest (or
oldest) articles of the desk, or sorting all of the person's own (for someone in few of them,
or when the walk comes up short)."""

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.querysets import person_articles_sql, person_quotes_sql

from .. import factories as f

pytestmark = pytest.mark.django_db

SHOWN = 3  # a page shows 3 here (SHOWN + 1 ids say whether there are more)


def newest_of(person) -> list[int]:
    """What the page should list: the person's articles, newest first, SHOWN + 1 of them."""
    rows = (
        Article.objects.filter(mentions__person=person)
        .distinct()
        .order_by(F("published_at").desc(nulls_last=True), "-imported_at", "-id")
        .values_list("pk", flat=True)
    )
    return list(rows[: SHOWN + 1])


def found(person, *, walked: int, walk_from: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(*person_articles_sql(person.pk, walked=walked, walk_from=walk_from, shown=SHOWN))
        return [row[0] for row in cursor.fetchall()]


@pytest.fixture
def desk():
    """A busy person in the six newest articles (twice in each), a quiet one in two old ones,
    and a third whose articles are all older than the newest six."""
    busy, quiet, old = f.person("Ben Wallace"), f.person("Sergei Shoigu"), f.person("Ann Linde")
    for day in range(1, 7):
        a = f.article(f"Old story {day}", "Ann Linde spoke. Sergei Shoigu said little.", year=2019, day=day)
        f.mention(a, old, "Ann Linde")
        if day <= 2:
            f.mention(a, quiet, "Sergei Shoigu")
    for day in range(1, 7):
        a = f.article(f"New story {day}", "Ben Wallace spoke. Then Ben Wallace left.", year=2024, day=day)
        f.mention(a, busy, "Ben Wallace")
        f.mention(a, busy, "Ben Wallace", occurrence=1)
    return busy, quiet, old


def test_the_walk_and_the_sort_find_the_same_newest_articles(desk):
    busy, quiet, old = desk
    for person in (busy, quiet, old):
        expected = newest_of(person)
        # Walk for anyone (a person with one mention is walked), walk for no one, and the
        # walk of the 6 newest articles coming up short for the third person.
        assert found(person, walked=6, walk_from=1) == expected, person.name
        assert found(person, walked=6, walk_from=10**6) == expected, person.name
    assert len(newest_of(busy)) == SHOWN + 1 and len(newest_of(quiet)) == 2


def test_only_people_mentioned_often_enough_are_walked(desk):
    busy, quiet, _ = desk

    def walked_rows(person, walk_from):
        with connection.cursor() as cursor:
            sql, params = person_articles_sql(person.pk, walked=6, walk_from=walk_from, shown=SHOWN)
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
            return _rows_walked(cursor.fetchone()[0][0]["Plan"])

    # The busy person has 12 mentions: walked from 12, not from 13; the quiet one (2) never here.
    assert walked_rows(busy, 12) > 0
    assert walked_rows(busy, 13) == 0
    assert walked_rows(quiet, 12) == 0


def _rows_walked(node: dict) -> int:
    """Rows the plan read walking the newest articles (the sort reads them as `a`), 0 when the
    walk never ran."""
    walked = node.get("Relation Name") == "articles_article" and node.get("Alias") == "articles_article"
    own = node.get("Actual Rows", 0) * node.get("Actual Loops", 0) if walked else 0
    return own + sum(_rows_walked(child) for child in node.get("Plans", []))


def test_a_person_page_asks_for_its_quotes_articles_and_events_in_one_query(desk):
    """Person.objects.ids_on_page: the quotes by date (oldest first, a kind, rejected left out unless
    asked for), the newest articles as above, and the latest events, in one query."""
    from articles.models import Person, ReviewStatus

    busy, quiet, _ = desk
    articles = newest_of(busy)
    first, second = (Article.objects.get(pk=pk) for pk in articles[:2])
    said = f.quote(first, "Ben Wallace spoke", speaker=busy)
    earlier = f.quote(second, "Then Ben Wallace left", speaker=busy, kind="indirect")
    rejected = f.quote(second, "Ben Wallace", speaker=busy, review_status=ReviewStatus.REJECTED)
    summit = f.event("Summit", participants=[busy], year=2024, month=1, day=2)
    talks = f.event("Talks", participants=[busy], year=2024, month=3, day=1)
    with CaptureQueriesContext(connection) as queries:
        quotes, found_articles, events = Person.objects.ids_on_page(busy.pk, SHOWN + 1)
    assert len(queries) == 1
    assert quotes == [earlier.pk, said.pk] and found_articles == articles and events == [talks.pk, summit.pk]
    assert Person.objects.ids_on_page(busy.pk, 9, quote_kind="indirect")[0] == [earlier.pk]
    assert rejected.pk in Person.objects.ids_on_page(busy.pk, 9, show_rejected=True)[0]
    assert Person.objects.ids_on_page(quiet.pk, 9) == ([], newest_of(quiet), [])
    assert Person.objects.ids_on_page(10**9, 9) == ([], [], [])


def first_quotes_of(person, *, kind: str = "", show_rejected: bool = False) -> list[int]:
    """What the page should list: the person's quotes by date, oldest first, SHOWN + 1 of them."""
    from articles.models import Quote

    quotes = Quote.objects.filter(speaker=person).filtered(kind=kind).visible(show_rejected).by_date()
    return list(quotes.values_list("pk", flat=True)[: SHOWN + 1])


def found_quotes(person, *, walked: int, walk_from: int, **filters) -> list[int]:
    sql, params = person_quotes_sql(person.pk, shown=SHOWN, walked=walked, walk_from=walk_from, **filters)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def test_the_walk_and_the_sort_find_the_same_first_quotes(desk):
    """Quotes in the two oldest stories (a busy speaker, several a story, one rejected, one
    reported speech), in the newest ones, or only in the newest (the walk of the four oldest
    articles comes up short)."""
    from articles.models import ReviewStatus

    busy, quiet, old = desk
    oldest = list(Article.objects.order_by("published_at", "pk"))
    for story in oldest[:2]:
        f.quote(story, "Sergei Shoigu said little", speaker=busy)
        f.quote(story, "Ann Linde spoke", speaker=busy, kind="indirect")
    f.quote(oldest[0], "Ann Linde", speaker=busy, review_status=ReviewStatus.REJECTED)
    for story in oldest[-3:]:
        f.quote(story, "Then Ben Wallace left", speaker=quiet)
    f.quote(oldest[-1], "Ben Wallace spoke", speaker=old)
    for person in (busy, quiet, old):
        for filters in ({}, {"kind": "indirect"}, {"show_rejected": True}):
            expected = first_quotes_of(person, **filters)
            assert found_quotes(person, walked=4, walk_from=1, **filters) == expected, (person.name, filters)
            assert found_quotes(person, walked=4, walk_from=10**6, **filters) == expected, (person.name, filters)
    assert len(first_quotes_of(busy)) == SHOWN + 1 and len(first_quotes_of(busy, show_rejected=True)) == SHOWN + 1
    assert len(first_quotes_of(quiet)) == 3 and len(first_quotes_of(busy, kind="indirect")) == 2


def test_a_person_page_lists_events_in_the_order_of_the_events_timeline(desk):
    """The raw SQL of a person's page and EventQuerySet.timeline() share one order: dated events
    newest first, year-only and month-only ones after the fully dated ones of their year, undated
    last, ties by creation newest first."""
    from articles.models import Event, Person

    busy = desk[0]
    dates = [(2024, 3, 1), (2024, None, None), (2024, 3, None), (None, None, None), (2023, 12, 31), (2024, 3, 1)]
    for n, (year, month, day) in enumerate(dates):
        f.event(f"Event {n}", participants=[busy], year=year, month=month, day=day)
    expected = list(Event.objects.filter(participants=busy).timeline().values_list("pk", flat=True))
    assert Person.objects.ids_on_page(busy.pk, 10)[2] == expected
    assert [Event.objects.get(pk=pk).summary for pk in expected] == [
        "Event 5",
        "Event 0",
        "Event 2",
        "Event 1",
        "Event 4",
        "Event 3",
    ]
