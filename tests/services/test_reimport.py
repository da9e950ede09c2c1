"""A corrected page re-imported in place keeps what editors made: tags, links, decisions."""

import pytest
from django.contrib.contenttypes.models import ContentType

from articles.ingest.records import (
    ExtractedArticle,
    ExtractedEvent,
    ExtractedPerson,
    ExtractedQuote,
    Metadata,
    Span,
)
from articles.models import Article, Event, Link, Person, Quote, Tag
from articles.services import importing

pytestmark = pytest.mark.django_db


def fake_extract(raw_text, **options):  # called like pipeline.extract
    """A stand-in extractor: every line in double quotes is a quote by the first-line name."""
    lines = [line for line in raw_text.split("\n") if line.strip()]
    body = "\n\n".join(lines[1:])
    person = ExtractedPerson(name="Ada Lovelace", mentions=[Span(0, 3, "Ada")])
    quotes = []
    for line in lines[1:]:
        if line.startswith('"'):
            start = body.index(line) + 1
            text = line.strip('"')
            quotes.append(ExtractedQuote(text=text, start=start, end=start + len(text), speaker=0, speaker_label="Ada"))
    # "call: Ada and Charles" lines report an event of that kind between the two people.
    events, people = [], [person]
    for line in lines[1:]:
        if ": Ada and Charles" in line:
            if len(people) == 1:
                at = body.index("Charles")
                people.append(ExtractedPerson(name="Charles Babbage", mentions=[Span(at, at + 7, "Charles")]))
            events.append(ExtractedEvent(summary=line, kind=line.split(":")[0], participants=[0, 1]))
    return ExtractedArticle(metadata=Metadata(title=lines[0]), body=body, people=people, quotes=quotes, events=events)


@pytest.fixture(autouse=True)
def _fake_extractor(monkeypatch):
    monkeypatch.setattr(importing, "extract", fake_extract)


def test_reimport_keeps_quote_rows_decisions_tags_and_links(editor):
    page = 'Headline\nAda spoke.\n"First quote stays."\n"Second quote goes."\n'
    first = importing.import_bytes(page.encode(), "page.txt")
    article = Article.objects.get(pk=first.article_id)
    stays = Quote.objects.get(text="First quote stays.")
    goes = Quote.objects.get(text="Second quote goes.")
    tag = Tag.objects.create(name="Keep", slug="keep")
    stays.tags.add(tag)
    article.tags.add(tag)
    other = Person.objects.create(name="Charles Babbage")
    stays.speaker, stays.speaker_label, stays.review_status = other, "", "verified"
    stays.save()
    ct = ContentType.objects.get_for_model
    Link.objects.create(source_type=ct(Quote), source_id=stays.pk, target_type=ct(Article), target_id=article.pk)

    corrected = 'Headline\nAda spoke again, at more length.\n"First quote stays."\n"A new quote."\n'
    second = importing.import_bytes(corrected.encode(), "page.txt")

    assert second.status == "updated" and second.article_id == article.pk
    kept = Quote.objects.get(pk=stays.pk)
    assert kept.start == Article.objects.get().body.index("First quote stays.")
    assert kept.review_status == "verified"
    assert kept.speaker == other  # the editor's fix, not the extractor's guess
    assert list(kept.tags.all()) == [tag]
    assert list(Article.objects.get().tags.all()) == [tag]
    assert Link.objects.filter(source_id=stays.pk).exists()
    assert not Quote.objects.filter(pk=goes.pk).exists()
    assert Quote.objects.filter(text="A new quote.", article=article).count() == 1
    assert Person.objects.filter(name="Ada Lovelace").count() == 1


def test_failure_inside_import_leaves_nothing(monkeypatch):
    def broken_write(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importing, "write_extraction", broken_write)
    result = importing.import_bytes(b'Headline\n"A quote."\n', "page.txt")
    assert result.status == "failed"
    assert "disk on fire" in result.reason and "nothing stored" in result.reason
    assert Article.objects.count() == 0
    assert Quote.objects.count() == 0


def test_rejected_event_stays_rejected_and_single_after_reimport():
    importing.import_bytes(b"Headline\nmeeting: Ada and Charles met.\n", "page.txt")
    event = Event.objects.get()
    event.review_status = "rejected"
    event.save()
    importing.import_bytes(b"Headline\nmeeting: Ada and Charles met, in Paris.\n", "page.txt")
    assert list(Event.objects.values_list("pk", "review_status")) == [(event.pk, "rejected")]
    assert list(event.articles.all()) == list(Article.objects.all())


def test_event_an_editor_recast_is_not_recreated_by_reimport():
    importing.import_bytes(b"Headline\ncall: Ada and Charles spoke.\n", "page.txt")
    event = Event.objects.get()
    event.kind = "meeting"  # the editor's correction: it was a meeting, not a call
    event.save()
    importing.import_bytes(b"Headline\ncall: Ada and Charles spoke at length.\n", "page.txt")
    assert list(Event.objects.values_list("pk", "kind")) == [(event.pk, "meeting")]
