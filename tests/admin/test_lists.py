"""Admin lists stay quick at size: a fixed number of queries whatever the rows, and no
COUNT(*) of a big table that is not filtered."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Annotation, Quote
from articles.paginators import EstimatedCountPaginator
from articles.querysets import estimated_row_count

from . import records

pytestmark = pytest.mark.django_db


def add_rows(model: str, n: int) -> None:
    """n rows of model, each with its own related rows (so a missing select_related shows)."""
    author = get_user_model().objects.get_or_create(username="writer")[0]
    for i in range(n):
        article = records.article(f"Story {model} {i}", outlet=f"Outlet {i % 3}")
        person = records.person(f"Person {model} {i}", f"P{i}")
        if model == "quote":
            records.quote(article, "Mr Wallace said", person)
        elif model == "mention":
            records.mention(article, person, "Ben Wallace")
        elif model == "event":
            records.event(f"Event {i}", participants=[person], articles=[article])
        elif model == "link":
            records.link(person, article)
        elif model == "tag":
            records.tag(f"Tag {article.pk}")
        elif model == "annotation":
            Annotation.objects.create(article=article, author=author, exact="Ben", start=0, end=3)


def changelist_queries(client, model: str, params: dict | None = None) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse(f"admin:articles_{model}_changelist"), params or {})
    assert response.status_code == 200
    return [q["sql"] for q in captured.captured_queries]


@pytest.mark.parametrize("model", ["article", "person", "quote", "mention", "event", "link", "tag", "annotation"])
def test_changelist_queries_do_not_grow_with_rows(editor_client, model):
    add_rows(model, 2)
    changelist_queries(editor_client, model)  # warm caches (content types, session)
    few = changelist_queries(editor_client, model)
    add_rows(model, 12)
    many = changelist_queries(editor_client, model)
    assert len(many) == len(few), "\n".join(many)


def is_count_of(sql: str, table: str) -> bool:
    return bool(re.search(r"\bCOUNT\(", sql, re.I)) and f'"{table}"' in sql


@pytest.fixture
def big_quote_table(monkeypatch):
    """The quote table made to look big: a few rows, analysed, with the 'big' threshold lowered."""
    article = records.article()
    for n in range(6):
        records.quote(article, f"Quote {n}", review_status="verified" if n < 2 else "needs_review")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_quote")
    assert estimated_row_count(Quote) == 6
    monkeypatch.setattr(EstimatedCountPaginator, "exact_count_below", 5)


def test_unfiltered_big_list_is_not_counted(editor_client, big_quote_table):
    queries = changelist_queries(editor_client, "quote")
    assert not [q for q in queries if is_count_of(q, "articles_quote")], queries
    assert any("pg_class" in q for q in queries)


def test_filtered_big_list_is_counted_exactly(editor_client, big_quote_table):
    with CaptureQueriesContext(connection) as captured:
        response = editor_client.get(reverse("admin:articles_quote_changelist"), {"review_status__exact": "verified"})
    assert response.context["cl"].result_count == 2
    assert any(is_count_of(q["sql"], "articles_quote") for q in captured.captured_queries)


def test_searched_big_list_is_counted_exactly(editor_client, big_quote_table):
    response = editor_client.get(reverse("admin:articles_quote_changelist"), {"q": "Quote 3"})
    assert response.context["cl"].result_count == 1


def test_small_table_is_counted_exactly(editor_client):
    article = records.article()
    for n in range(3):
        records.quote(article, f"Quote {n}")
    queries = changelist_queries(editor_client, "quote")
    assert any(is_count_of(q, "articles_quote") for q in queries)


def test_paginator_uses_the_estimate_only_for_whole_big_tables(big_quote_table):
    assert EstimatedCountPaginator(Quote.objects.order_by("pk"), 2).count == 6
    with CaptureQueriesContext(connection) as captured:
        paginator = EstimatedCountPaginator(Quote.objects.all(), 2)
        assert paginator.count == 6
        assert paginator.num_pages == 3
    assert not any(is_count_of(q["sql"], "articles_quote") for q in captured.captured_queries)
    assert EstimatedCountPaginator(Quote.objects.filter(review_status="verified"), 2).count == 2


def test_outlet_filter_lists_each_outlet_once(editor_client):
    for outlet in ["GB News", "BBC", "GB News", ""]:
        records.article(outlet=outlet)
    response = editor_client.get(reverse("admin:articles_article_changelist"))
    outlet_filter = next(f for f in response.context["cl"].filter_specs if f.title == "outlet")
    assert [title for _, title in outlet_filter.lookup_choices] == ["(no outlet)", "BBC", "GB News"]
    filtered = editor_client.get(reverse("admin:articles_article_changelist"), {"outlet": "__none__"})
    assert [a.outlet for a in filtered.context["cl"].result_list] == [""]


def test_list_pages_leave_out_article_text(editor_client):
    add_rows("quote", 2)
    queries = changelist_queries(editor_client, "quote")
    listing = next(q for q in queries if '"articles_quote"."text"' in q and "JOIN" in q)
    assert '"articles_article"."body"' not in listing and '"articles_article"."raw_text"' not in listing


def test_quotes_list_shows_and_filters_the_kind(editor_client):
    article = records.article("Story of kinds")
    person = records.person("Ben Wallace", "Wallace")
    direct = records.quote(article, "Mr Wallace said", person)
    reported = records.quote(article, "Wallace said", person)
    Quote.objects.filter(pk=reported.pk).update(kind="indirect", cue="said")
    url = reverse("admin:articles_quote_changelist")
    html = editor_client.get(url, {"kind__exact": "indirect"}).content.decode()
    assert f"/{reported.pk}/change/" in html and f"/{direct.pk}/change/" not in html
    assert "Reported" in html
