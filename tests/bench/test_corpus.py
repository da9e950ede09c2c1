"""generate_corpus: benchmark articles written in bulk look like imported ones.

A small corpus (20 articles from the seeds) is enough to check the records; the 100,000 of
`make bench` are only ever generated there, never in the tests.
"""

import hashlib
from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from articles.bench import corpus
from articles.models import Article, Event, Mention, Person, Quote
from articles.services.identity import quote_fingerprint

from ..conftest import SEEDS

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(seeded):
    """The four seeds imported normally, then 20 generated articles made from them."""
    imported = set(Article.objects.values_list("pk", flat=True))
    call_command("generate_corpus", "20", "--templates", str(SEEDS), "--seed", "7", verbosity=0)
    return Article.objects.exclude(pk__in=imported)


def test_generates_the_number_of_articles_asked_for(generated):
    assert generated.count() == 20
    assert Article.objects.count() == 24


def test_articles_have_the_fields_an_import_fills(generated):
    imported = Article.objects.exclude(pk__in=generated.values("pk")).first()
    for article in generated:
        assert article.content_hash == hashlib.sha256(article.raw_text.encode()).hexdigest()
        assert article.title and article.body and article.outlet in corpus.OUTLETS
        assert article.body.replace("\n\n", "\n") in article.raw_text.replace("\n\n", "\n")
        assert article.published_precision in {"day", "minute"}
        moment = datetime(article.published_year, article.published_month, article.published_day, tzinfo=UTC)
        assert article.published_at.date() == moment.date()
        assert article.published.display().startswith(str(article.published_day))
        for cut in article.removed_lines:
            assert article.raw_text.split("\n")[cut["line"]] == cut["text"] and cut["reason"]
        assert article.paragraphs
    # Same kinds of values as an imported article: nothing left empty that an import fills.
    filled = {"title", "body", "raw_text", "content_hash", "source_file", "outlet", "published_precision"}
    assert all(getattr(imported, f) for f in filled - {"outlet", "published_precision"})
    assert all(getattr(a, f) for a in generated for f in filled)


def test_mentions_and_quotes_point_into_the_body(generated):
    mentions = Mention.objects.filter(article__in=generated).select_related("article", "person")
    quotes = Quote.objects.filter(article__in=generated).select_related("article")
    assert mentions.count() > 100
    assert quotes.count() >= 100  # about ten per article
    for m in mentions:
        assert m.article.body[m.start : m.end] == m.text
        assert m.text == m.person.name or m.text in m.person.aliases or len(m.person.aliases) == 8
    for q in quotes:
        assert q.article.body[q.start : q.end] == q.text
        assert q.fingerprint == quote_fingerprint(q.text)
    assert quotes.filter(speaker__isnull=False).count() > quotes.count() / 2


def test_people_are_renamed_consistently(generated):
    people = Person.objects.filter(mentions__article__in=generated).distinct()
    assert people.count() > 20
    for person in people:
        assert person.name not in person.aliases
        surname = person.name.split()[-1]
        for text in Mention.objects.filter(person=person).values_list("text", flat=True):
            assert surname in text or text in person.aliases
    # The seeds' real names are gone from the generated bodies.
    assert not generated.filter(body__contains="Wallace").exists()


def test_events_link_people_articles_and_quotes(generated):
    events = Event.objects.filter(articles__in=generated).distinct()
    assert events.exists()
    for event in events.prefetch_related("articles", "quotes", "participants"):
        articles = {a.pk for a in event.articles.all()}
        assert all(q.article_id in articles for q in event.quotes.all())
        assert event.fingerprint.startswith(f"{event.kind}:")
        assert event.fingerprint.split(":")[1] == ",".join(str(p.pk) for p in event.participants.order_by("pk"))


def test_generated_articles_are_searchable_and_added_to(generated):
    word = generated.first().body.split()[3].strip(".,“”\"'")
    assert Article.objects.search(word).exists()
    call_command("generate_corpus", "5", "--templates", str(SEEDS), verbosity=0)
    assert Article.objects.count() == 29
    assert Article.objects.values("content_hash").distinct().count() == 29
