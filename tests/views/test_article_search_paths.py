"""Article search finds its newest candidates one of two ways, by how many articles match;
both rank the same candidates into the same order."""

import re

import pytest
from django.urls import reverse

from articles import search
from articles.models import Article

from .. import factories as f

pytestmark = pytest.mark.django_db


def listed(client, monkeypatch, few_matches: int, **params) -> list[int]:
    monkeypatch.setattr(search, "FEW_MATCHES", few_matches)
    monkeypatch.setattr(search, "FEW_MATCHES_FOR_PHRASES", few_matches)
    html = client.get(reverse("articles:list"), params).content.decode()
    return [int(pk) for pk in re.findall(r'class="title" href="/articles/(\d+)/"', html)]


@pytest.mark.parametrize("q", ["Moscow", "calm OR communication", '"lines of communication"', "Shoigu -Wallace"])
def test_gathering_and_walking_list_the_same_articles(editor_client, editor, monkeypatch, q):
    f.newsroom(editor, size=4)
    gathered = listed(editor_client, monkeypatch, 10**9, q=q)
    assert gathered == listed(editor_client, monkeypatch, 0, q=q)
    # With an outlet filter too (another compiled shape).
    assert listed(editor_client, monkeypatch, 10**9, q=q, outlet="The Record") == listed(
        editor_client, monkeypatch, 0, q=q, outlet="The Record"
    )


@pytest.mark.parametrize("gather", [True, False])
def test_only_the_newest_candidates_are_ranked(editor, gather):
    made = f.newsroom(editor, size=4)
    rows = list(search.ranked_query(Article.objects.visible(), "Moscow", candidates=3, gather=gather))
    ranked = search.ranked(rows, candidates=3)
    newest = sorted(made["articles"], key=lambda a: (a.published_at, a.imported_at, a.pk), reverse=True)
    assert [pk for pk, _rank in rows] == [a.pk for a in newest[:4]]  # newest first, one more than asked
    assert set(ranked.ids) == {a.pk for a in newest[:3]} and ranked.more
