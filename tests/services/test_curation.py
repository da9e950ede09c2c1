"""Curation services: merges, splits and reassignments move everything, lose nothing, and
record history with the acting user and a reason."""

import pytest
from django.contrib.auth import get_user_model

from articles.ingest.pipeline import extract
from articles.ingest.records import ExtractedArticle, ExtractedPerson, Metadata, Span
from articles.models import Event, Link, Mention, Person, Quote, ReviewStatus
from articles.services import curation, identity, importing
from articles.services.curation import CurationError

from ..admin import records

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(db):
    return get_user_model().objects.create_user("curator")


@pytest.fixture
def wallace_twice():
    """One man extracted as two people, with everything that can hang off a person."""
    article = records.article()
    ben = records.person("Ben Wallace", "Wallace", role="Defence Secretary")
    mr = records.person("Mr Wallace", "Wallace MP", description="Quoted in the Moscow story.")
    shoigu = records.person("Sergei Shoigu", "Shoigu")
    records.mention(article, ben, "Ben Wallace")
    records.mention(article, mr, "Mr Wallace")
    said = records.quote(article, "We will keep talking.", mr)
    hawks = records.tag("Hawks")
    said.tags.add(hawks)
    mr.tags.add(hawks, records.tag("Defence"))
    ben.tags.add(hawks)
    meeting = records.event(participants=[mr, shoigu], articles=[article], fingerprint=f"meeting:{mr.pk},{shoigu.pk}")
    records.link(mr, shoigu, note="met in Moscow")
    records.link(ben, shoigu, note="counterparts")  # the merge would repeat this link
    records.link(mr, ben)  # the merge would make this point at itself
    records.link(meeting, mr, relation="background")
    return {"article": article, "ben": ben, "mr": mr, "shoigu": shoigu, "quote": said, "event": meeting}


def test_merge_people_moves_everything_to_the_survivor(wallace_twice, user):
    ben, mr, shoigu = wallace_twice["ben"], wallace_twice["mr"], wallace_twice["shoigu"]
    result = curation.merge_people(ben, [mr], user=user)

    assert not Person.objects.filter(pk=mr.pk).exists()
    ben.refresh_from_db()
    assert ben.aliases == ["Wallace", "Mr Wallace", "Wallace MP"]
    assert ben.role == "Defence Secretary"
    assert ben.description == "Quoted in the Moscow story."
    assert sorted(Mention.objects.filter(person=ben).values_list("text", flat=True)) == ["Ben Wallace", "Mr Wallace"]
    assert Quote.objects.get(pk=wallace_twice["quote"].pk).speaker == ben
    event = Event.objects.get(pk=wallace_twice["event"].pk)
    assert set(event.participants.all()) == {ben, shoigu}
    assert event.fingerprint == f"meeting:{min(ben.pk, shoigu.pk)},{max(ben.pk, shoigu.pk)}"
    assert sorted(ben.tags.values_list("name", flat=True)) == ["Defence", "Hawks"]
    # Link to Shoigu repeated an existing one: dropped, its note kept; the self-link dropped.
    assert records.links_of(ben) == sorted(
        [
            ("person", ben.pk, "person", shoigu.pk, "related"),
            ("event", event.pk, "person", ben.pk, "background"),
        ]
    )
    kept = Link.objects.get(source_id=ben.pk, target_id=shoigu.pk)
    assert kept.note == "counterparts\n\nmet in Moscow"
    assert (result.mentions, result.quotes, result.events, result.tags) == (1, 1, 1, 1)
    assert (result.links.moved, result.links.dropped) == (1, 2)


def test_merge_people_records_history_with_user_and_reason(wallace_twice, user):
    ben, mr = wallace_twice["ben"], wallace_twice["mr"]
    curation.merge_people(ben, [mr], user=user)

    survivor_row = ben.history.latest("history_id")
    assert survivor_row.history_user == user
    assert f"#{mr.pk} “Mr Wallace”" in survivor_row.history_change_reason
    assert sorted(t.tag.name for t in survivor_row.tags.all()) == ["Defence", "Hawks"]
    gone = Person.history.filter(id=mr.pk).latest("history_id")
    assert (gone.history_type, gone.history_user) == ("-", user)
    assert f"Merged into #{ben.pk}" in gone.history_change_reason
    quote_row = wallace_twice["quote"].history.latest("history_id")
    assert (quote_row.speaker_id, quote_row.history_user) == (ben.pk, user)
    # The bulk history row keeps the quote's tags (simple-history's bulk helper would drop them).
    assert [t.tag.name for t in quote_row.tags.all()] == ["Hawks"]
    assert "tags" not in quote_row.diff_against(quote_row.prev_record).changed_fields
    event_row = wallace_twice["event"].history.latest("history_id")
    assert event_row.history_user == user
    assert {p.person_id for p in event_row.participants.all()} == {ben.pk, wallace_twice["shoigu"].pk}
    dropped = Link.history.filter(history_type="-")
    assert dropped.count() == 2 and all(row.history_user == user for row in dropped)


def test_merged_name_resolves_to_the_survivor(wallace_twice, user):
    ben, mr = wallace_twice["ben"], wallace_twice["mr"]
    curation.merge_people(ben, [mr], user=user)
    people = Person.objects.count()
    for name in ("Mr Wallace", "Wallace MP", "Wallace"):
        assert identity.resolve_person(ExtractedPerson(name=name)) == ben
    assert Person.objects.count() == people


def extraction_naming(name: str, body: str) -> ExtractedArticle:
    start = body.index(name)
    return ExtractedArticle(
        metadata=Metadata(title="Wallace speaks again"),
        body=body,
        people=[ExtractedPerson(name=name, mentions=[Span(start, start + len(name), name)])],
    )


def test_reimport_after_merge_does_not_resurrect_the_merged_person(wallace_twice, user, monkeypatch):
    ben, mr = wallace_twice["ben"], wallace_twice["mr"]
    curation.merge_people(ben, [mr], user=user)
    body = "Mr Wallace said the talks would go on."

    # The text pipeline is being built elsewhere: import through the real write path with a known extraction.
    def fake_extract(text, **options):  # same call as pipeline.extract
        return extraction_naming("Mr Wallace", body)

    monkeypatch.setattr(importing, "extract", fake_extract)
    people = set(Person.objects.values_list("pk", flat=True))

    result = importing.import_bytes(f"Wallace speaks again\n\n{body}\n".encode(), "wallace-again.txt")

    assert result.status == "imported"
    assert set(Person.objects.values_list("pk", flat=True)) == people
    assert list(Mention.objects.filter(article_id=result.article_id).values_list("person_id", flat=True)) == [ben.pk]


def test_reimport_through_the_real_pipeline_finds_the_survivor(wallace_twice, user):
    ben, mr = wallace_twice["ben"], wallace_twice["mr"]
    text = (
        "Wallace speaks again\n\nDefence talks\n\n"
        "Mr Wallace, the defence secretary, said on Monday that the talks in Moscow would go on next week.\n"
    )
    found = extract(text).people
    assert "Mr Wallace" in {p.name for p in found} | {a for p in found for a in p.aliases}
    curation.merge_people(ben, [mr], user=user)
    people = set(Person.objects.values_list("pk", flat=True))
    result = importing.import_bytes(text.encode(), "wallace-pipeline.txt")
    assert result.status == "imported"
    assert Person.objects.filter(pk__in=people).count() == len(people)
    assert not Person.objects.exclude(pk__in=people).filter(name__icontains="Wallace").exists()


def test_merge_needs_another_person(wallace_twice, user):
    with pytest.raises(CurationError):
        curation.merge_people(wallace_twice["ben"], [wallace_twice["ben"]], user=user)


@pytest.fixture
def smiths():
    """John and Jane Smith extracted as one 'John Smith'."""
    article = records.article()
    other = records.article("Embassy stays open")
    john = records.person("John Smith", "Smith", "Jane Smith")
    first = records.mention(article, john, "John Smith")
    jane_full = records.mention(article, john, "Jane Smith")
    smith_budget = records.mention(article, john, "Smith", occurrence=2)
    smith_embassy = records.mention(article, john, "Smith", occurrence=3)
    budget = records.quote(article, "the budget was fixed", john)
    embassy = records.quote(article, "the embassy would stay open", john)
    elsewhere = records.quote(other, "Embassy staff are safe", john)
    records.mention(other, john, "Jane Smith")
    talks = records.event("Smith visits the embassy", participants=[john], articles=[article])
    return locals()


def test_split_to_a_new_person_moves_the_chosen_rows_and_names(smiths, user):
    john = smiths["john"]
    result = curation.split_person(
        john,
        user=user,
        mention_ids=[smiths["jane_full"].pk, smiths["smith_embassy"].pk],
        quote_ids=[smiths["embassy"].pk],
        event_ids=[smiths["talks"].pk],
        new_name="Jane Smith",
    )

    jane = result.target
    assert result.created and jane.name == "Jane Smith"
    assert set(Mention.objects.filter(person=jane)) == {smiths["jane_full"], smiths["smith_embassy"]}
    assert set(Mention.objects.filter(person=john)) == {
        smiths["first"],
        smiths["smith_budget"],
        *Mention.objects.filter(article=smiths["other"]),
    }
    embassy = Quote.objects.get(pk=smiths["embassy"].pk)
    # Moved, not checked: the quote still waits for review.
    assert (embassy.speaker, embassy.review_status) == (jane, ReviewStatus.NEEDS_REVIEW)
    assert Quote.objects.get(pk=smiths["budget"].pk).speaker == john
    assert list(smiths["talks"].participants.all()) == [jane]
    john.refresh_from_db()
    jane.refresh_from_db()
    # "Smith" still names John in another mention; "Jane Smith" is now the other person's name.
    assert john.aliases == ["Smith"]
    assert jane.aliases == ["Smith"]
    assert identity.resolve_person(ExtractedPerson(name="Jane Smith")) == jane
    row = john.history.latest("history_id")
    assert row.history_user == user and f"Split to #{jane.pk}" in row.history_change_reason
    quote_row = embassy.history.latest("history_id")
    assert quote_row.history_user == user and quote_row.speaker_id == jane.pk


def test_split_to_an_existing_person(smiths, user):
    jane = records.person("Jane Smith")
    result = curation.split_person(smiths["john"], user=user, quote_ids=[smiths["elsewhere"].pk], target=jane)
    assert not result.created
    assert Quote.objects.get(pk=smiths["elsewhere"].pk).speaker == jane
    assert Person.objects.count() == 2


def test_split_keeps_each_records_review_status(smiths, user):
    article = smiths["article"]
    statuses = [ReviewStatus.NEEDS_REVIEW, ReviewStatus.VERIFIED, ReviewStatus.REJECTED]
    quotes = [records.quote(article, f"the {status} line", smiths["john"], review_status=status) for status in statuses]
    smiths["talks"].review_status = ReviewStatus.VERIFIED
    smiths["talks"].save()

    curation.split_person(
        smiths["john"],
        user=user,
        quote_ids=[q.pk for q in quotes],
        event_ids=[smiths["talks"].pk],
        new_name="Jane Smith",
    )

    moved = Quote.objects.filter(pk__in=[q.pk for q in quotes]).order_by("pk")
    assert [(q.speaker.name, q.review_status) for q in moved] == [("Jane Smith", s) for s in statuses]
    smiths["talks"].refresh_from_db()
    assert smiths["talks"].review_status == ReviewStatus.VERIFIED


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"new_name": "Jane Smith"}, "at least one"),
        ({"quote_ids": [0], "new_name": "Jane Smith"}, "at least one"),
        ({"mention_ids": [1]}, "either"),
        ({"mention_ids": [1], "new_name": "john smith"}, "already this person's name"),
    ],
)
def test_split_refuses_what_it_cannot_do(smiths, user, kwargs, message):
    if kwargs.get("mention_ids") == [1]:
        kwargs["mention_ids"] = [smiths["first"].pk]
    with pytest.raises(CurationError, match=message):
        curation.split_person(smiths["john"], user=user, **kwargs)


def test_reassign_speakers_to_a_person_and_to_an_unnamed_source(smiths, user):
    john = smiths["john"]
    jane = records.person("Jane Smith")
    budget, embassy = smiths["budget"], smiths["embassy"]

    assert curation.reassign_speakers(Quote.objects.filter(pk__in=[embassy.pk]), user=user, speaker=jane) == 1
    embassy.refresh_from_db()
    assert (embassy.speaker, embassy.review_status) == (jane, ReviewStatus.VERIFIED)

    changed = curation.reassign_speakers(
        [budget.pk, embassy.pk], user=user, speaker=None, speaker_label="a Treasury source"
    )
    assert changed == 2
    for q in Quote.objects.filter(pk__in=[budget.pk, embassy.pk]):
        assert (q.speaker, q.speaker_label) == (None, "a Treasury source")
        row = q.history.latest("history_id")
        assert row.history_user == user and "a Treasury source" in row.history_change_reason
    # Asking again changes nothing, so no new history.
    rows = Quote.history.count()
    assert curation.reassign_speakers([budget.pk], user=user, speaker=None, speaker_label="a Treasury source") == 0
    assert Quote.history.count() == rows
    assert john.quotes.count() == 1


def test_reassign_to_unnamed_needs_a_label(smiths, user):
    with pytest.raises(CurationError):
        curation.reassign_speakers([smiths["budget"].pk], user=user, speaker=None, speaker_label=" ")


def test_reassign_works_in_batches(smiths, user, monkeypatch):
    monkeypatch.setattr(curation, "BATCH_SIZE", 1)
    jane = records.person("Jane Smith")
    assert curation.reassign_speakers(smiths["john"].quotes.all(), user=user, speaker=jane) == 3
    assert not smiths["john"].quotes.exists()


@pytest.fixture
def two_meetings(wallace_twice):
    article_two = records.article("Shoigu hosts Wallace")
    first = wallace_twice["event"]
    second = records.event(
        "Shoigu hosted Wallace for talks",
        participants=[wallace_twice["ben"], wallace_twice["shoigu"]],
        articles=[article_two],
        kind="meeting",
        date_year=2022,
        date_month=2,
        date_day=11,
        date_precision="day",
        location="Moscow",
    )
    second.tags.add(records.tag("Moscow"))
    records.link(second, wallace_twice["article"])
    return first, second


def test_merge_events_moves_everything_and_keeps_summaries_in_history(two_meetings, wallace_twice, user):
    first, second = two_meetings
    result = curation.merge_events(first, [second], user=user)

    assert not Event.objects.filter(pk=second.pk).exists()
    first.refresh_from_db()
    assert set(first.participants.all()) == {wallace_twice["mr"], wallace_twice["ben"], wallace_twice["shoigu"]}
    assert first.articles.count() == 2
    assert list(first.tags.values_list("name", flat=True)) == ["Moscow"]
    assert (first.date_year, first.date_month, first.date_day, first.date_precision) == (2022, 2, 11, "day")
    assert first.location == "Moscow"
    assert ("event", first.pk, "article", wallace_twice["article"].pk, "related") in records.links_of(first)
    assert result.added == {"participants": 1, "articles": 1, "quotes": 0, "tags": 1}
    row = first.history.latest("history_id")
    assert row.history_user == user
    assert "Shoigu hosted Wallace for talks" in row.history_change_reason
    assert row.articles.count() == 2
    deleted = Event.history.filter(id=second.pk).latest("history_id")
    assert deleted.history_type == "-" and deleted.summary == "Shoigu hosted Wallace for talks"


def test_attach_and_detach_record_one_history_row_each(wallace_twice, user):
    event = wallace_twice["event"]
    extra = records.article("Another report")
    said = wallace_twice["quote"]
    before = event.history.count()

    curation.attach_to_event(event, user=user, articles=[extra], quotes=[said])
    assert set(event.articles.all()) == {wallace_twice["article"], extra}
    assert list(event.quotes.all()) == [said]
    assert event.history.count() == before + 1
    row = event.history.latest("history_id")
    assert row.history_user == user and row.quotes.count() == 1 and row.articles.count() == 2

    curation.detach_from_event(event, user=user, quotes=[said])
    assert not event.quotes.exists()
    assert event.history.latest("history_id").quotes.count() == 0
    assert event.history.count() == before + 2


def test_delete_people_keeps_their_quotes_as_labelled_sources(smiths, user):
    curation.delete_people([smiths["john"]], user=user)
    budget = Quote.objects.get(pk=smiths["budget"].pk)
    assert (budget.speaker, budget.speaker_label) == (None, "John Smith")
    assert budget.history.latest("history_id").history_user == user
    assert not smiths["talks"].participants.exists()


def test_rewrite_fingerprint():
    assert curation.rewrite_fingerprint("meeting:3,5,9", {5, 9}, 4) == "meeting:3,4"
    assert curation.rewrite_fingerprint("not a key", {5}, 4) == "not a key"


def test_deleting_a_quote_or_article_records_the_events_that_lose_it(wallace_twice, user):
    event, said, article = wallace_twice["event"], wallace_twice["quote"], wallace_twice["article"]
    event.quotes.add(said)
    other_article = records.article("Other")
    event.articles.add(other_article)

    said_id = said.pk  # delete() clears the instance's pk
    curation.delete_with_history([said], user=user, reason="Not a quote")
    row = event.history.latest("history_id")
    assert (row.history_user, row.quotes.count()) == (user, 0)
    assert "Not a quote" in row.history_change_reason
    assert Quote.history.filter(id=said_id, history_type="-").get().history_user == user

    curation.delete_with_history([other_article], user=user)
    assert [a.article_id for a in event.history.latest("history_id").articles.all()] == [article.pk]


def test_deleting_a_tag_records_the_records_that_lose_it(wallace_twice, user):
    hawks = wallace_twice["quote"].tags.get()
    curation.delete_with_history([hawks], user=user, reason="Tag retired")
    for tagged in (wallace_twice["quote"], wallace_twice["ben"], wallace_twice["mr"]):
        row = tagged.history.latest("history_id")
        assert row.history_user == user and "Hawks" not in [t.tag.name for t in row.tags.all()]
