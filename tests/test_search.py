"""Full-text search over articles and quotes: websearch syntax, ranking, bounds, snippets."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string

from articles.models import Article, Quote
from articles.search import highlight, parse_query, search_articles, search_quotes, snippets

from . import factories as f

pytestmark = pytest.mark.django_db


def titles(q, articles=None, **kwargs):
    return [a.title for a in search_articles(articles or Article.objects.all(), q, **kwargs)]


def test_empty_query_is_no_search():
    assert parse_query("   ") is None
    qs = Article.objects.newest_first()
    assert search_articles(qs, "") is qs


def test_phrase_matches_only_the_words_in_that_order(seeded):
    assert titles('"always ask for more"') == [Article.objects.get(body__contains="always ask for more").title]
    assert titles('"more for ask always"') == []


def test_or_and_exclusion(seeded):
    assert len(titles("refugees OR Macron")) == 2
    both = set(titles("Shoigu"))
    assert len(both) == 2
    assert set(titles("Shoigu -Moscow")) < both or titles("Shoigu -Moscow") == []
    assert set(titles("Shoigu -Moscow")) == {
        a.title for a in Article.objects.filter(body__contains="Shoigu").exclude(body__icontains="moscow")
    }


def test_rank_puts_title_matches_first():
    body_only = f.article("Talks continue", "Nothing new.\n\nA word about Shoigu in passing.")
    in_title = f.article("Shoigu accepts invitation", "He will come to London.\n\nNo date is set yet.")
    assert titles("Shoigu") == [in_title.title, body_only.title]
    ranked = list(search_articles(Article.objects.all(), "Shoigu"))
    assert ranked[0].rank > ranked[1].rank


def test_ranking_is_bounded_to_the_newest_candidates():
    old = f.article("Shoigu Shoigu Shoigu", "Shoigu, Shoigu and Shoigu.", year=2001)
    new = f.article("Weekly round-up", "Also: Shoigu.", year=2022)
    assert titles("Shoigu", candidates=1) == [new.title]
    assert titles("Shoigu", candidates=2) == [old.title, new.title]


def test_search_respects_the_callers_filters():
    f.article("Shoigu in the Record", "Shoigu spoke.", outlet="The Record")
    f.article("Shoigu in the Wire", "Shoigu spoke.", outlet="Daily Wire")
    assert titles("Shoigu", Article.objects.filtered(outlet="Daily Wire")) == ["Shoigu in the Wire"]


def test_snippets_mark_matches_and_escape_the_body():
    a = f.article("Escaping", "Intro.\n\nIf 5 < 6 then <script>alert(1)</script> Shoigu & friends said <b>hello</b>.")
    other = f.article("Other", "Shoigu again.")
    marked = snippets(Article.objects, "Shoigu", [a.pk])
    assert list(marked) == [a.pk]  # only the rows asked for
    html = render_to_string("articles/article_list.html#snippet", {"article": SimpleNamespace(snippet=marked[a.pk])})
    assert "<mark>Shoigu</mark>" in html
    assert "<script" not in html and "<b>" not in html  # ts_headline drops tags; nothing gets through raw
    assert "&amp; friends" in html and "5 &lt; 6" in html
    assert other.pk not in marked


def test_highlight_balances_stray_markers():
    assert highlight("\ue000a\ue000b") == [("ab", True)]
    assert highlight("a\ue001b<") == [("ab<", False)]
    assert highlight("x \ue000y\ue001 z\ue000") == [("x ", False), ("y", True), (" z", False)]


def test_quote_search_uses_websearch_syntax():
    a = f.article()
    f.quote(a, "wants calm")
    f.quote(a, "We will always keep lines of communication open.")
    found = lambda q: [x.text for x in search_quotes(Quote.objects.order_by("pk"), q)]  # noqa: E731
    assert found('"lines of communication"') == ["We will always keep lines of communication open."]
    assert found("calm OR communication") == ["wants calm", "We will always keep lines of communication open."]
    assert found("-calm") == ["We will always keep lines of communication open."]
