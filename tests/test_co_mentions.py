"""Person.objects.co_mentioned_with: "appears most with", counted in articles, not mentions."""

import pytest

from articles.models import Person

from . import factories as f

pytestmark = pytest.mark.django_db

BODY = "Ben Wallace met Sergei Shoigu. Shoigu spoke first; Shoigu spoke last. Liz Truss and Ben Wallace left."


def test_people_are_counted_once_per_shared_article_and_ranked():
    wallace, shoigu, truss, loner = (f.person(n) for n in ("Ben Wallace", "Sergei Shoigu", "Liz Truss", "Anne Alone"))
    for n in range(3):
        a = f.article(f"Story {n}", BODY)
        f.mention(a, wallace)
        for occurrence in range(3):  # three mentions in one article still make one article in common
            f.mention(a, shoigu, occurrence=occurrence)
        if n < 2:
            f.mention(a, truss)
    f.mention(f.article("Elsewhere", "Anne Alone and Liz Truss."), loner, "Anne Alone")
    together = Person.objects.co_mentioned_with(wallace)
    assert [(p.name, p.shared) for p in together] == [("Sergei Shoigu", 3), ("Liz Truss", 2)]
    assert [(p.name, p.shared) for p in Person.objects.co_mentioned_with(loner)] == []
    # Only the `within` latest articles of the person count.
    assert [(p.name, p.shared) for p in Person.objects.co_mentioned_with(wallace, within=1)] == [("Sergei Shoigu", 1)]
