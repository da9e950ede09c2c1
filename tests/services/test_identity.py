"""Cross-article identity: one Person per real person, one Event per real event, quote fingerprints."""

import pytest

from articles.ingest.dates import PartialDate
from articles.ingest.records import ExtractedEvent, ExtractedPerson, Span
from articles.models import MergeSuggestion, Person, Quote
from articles.services.identity import quote_fingerprint, resolve_event, resolve_person
from articles.services.importing import import_bytes

pytestmark = pytest.mark.django_db


def person(name, *mentions, role=""):
    spans = [Span(i, i + len(m), m) for i, m in enumerate(mentions or (name,))]
    return ExtractedPerson(name=name, role=role, mentions=spans)


def test_quote_fingerprint_ignores_marks_case_spacing_and_closing_punctuation():
    assert quote_fingerprint("We’re ready,") == quote_fingerprint("we're  READY.")
    assert quote_fingerprint("“It is over”") == quote_fingerprint('"It is over."')
    assert quote_fingerprint("It is over") != quote_fingerprint("It is not over")


def test_same_name_resolves_to_one_person_and_collects_aliases():
    first = resolve_person(person("Tom Hale", "Tom Hale", "Hale", role="Defence Minister"))
    second = resolve_person(person("Tom Hale", "Tom Hale", "Mr Hale"))
    assert first.pk == second.pk
    second.refresh_from_db()
    assert second.role == "Defence Minister"
    assert {"Hale", "Mr Hale"} <= set(second.aliases)


def test_transliteration_variants_merge():
    first = resolve_person(person("Dmitry Orlov"))
    second = resolve_person(person("Dmitri Orlov"))
    assert first.pk == second.pk
    second.refresh_from_db()
    assert "Dmitri Orlov" in second.aliases


def test_misspelt_surname_is_offered_as_a_merge_not_merged():
    right = resolve_person(person("Ivan Petrov"))
    wrong = resolve_person(person("Ivan Petorv"))
    assert right.pk != wrong.pk
    right.refresh_from_db()
    wrong.refresh_from_db()
    suggestion = MergeSuggestion.objects.get()
    assert {suggestion.person, suggestion.candidate} == {wrong, right}
    assert suggestion.status == "open" and "spelling" in suggestion.reason
    resolve_person(person("Ivan Petorv"))
    assert MergeSuggestion.objects.count() == 1  # offered once


def test_lone_surname_resolves_to_the_one_known_person_with_it():
    known = resolve_person(person("Anna Berg"))
    assert resolve_person(person("Berg")).pk == known.pk


def test_lone_surname_shared_by_two_people_stays_surname_only():
    resolve_person(person("Bill Hale"))
    resolve_person(person("Mary Hale"))
    lone = resolve_person(person("Hale"))
    assert lone.name == "Hale"
    assert Person.objects.count() == 3


def test_surname_only_person_takes_the_full_name_when_it_arrives():
    lone = resolve_person(person("Berg"))
    full = resolve_person(person("Anna Berg"))
    assert full.pk == lone.pk
    full.refresh_from_db()
    assert full.name == "Anna Berg"
    assert "Berg" in full.aliases


def the_event(extracted, participants):
    """The event resolve_event finds or creates for this report."""
    return resolve_event(extracted, participants)[0]


def event(kind, date=None, location=""):
    return ExtractedEvent(summary=f"a {kind}", kind=kind, date=date or PartialDate(), location=location)


def test_same_event_with_overlapping_participants_is_one_event():
    hale, girard = resolve_person(person("Tom Hale")), resolve_person(person("Luc Girard"))
    first, created = resolve_event(event("invitation", location="Paris"), [hale, girard])
    second, created_again = resolve_event(event("invitation", date=PartialDate(2023, 1, 16)), [hale, girard])
    assert (created, created_again) == (True, False)
    assert first.pk == second.pk
    second.refresh_from_db()
    assert (second.date_year, second.date_month, second.date_day) == (2023, 1, 16)


def test_talks_and_meeting_between_the_same_people_are_one_event():
    cole, girard = resolve_person(person("Mary Cole")), resolve_person(person("Luc Girard"))
    talks, _ = resolve_event(event("talks", location="Vienna"), [cole, girard])
    meeting, created = resolve_event(event("meeting", location="Vienna"), [girard, cole])
    assert not created
    assert talks.pk == meeting.pk


def test_one_person_in_common_is_not_enough_without_place_and_date():
    hale, ferris = resolve_person(person("Tom Hale")), resolve_person(person("Ann Ferris"))
    first, _ = resolve_event(event("interview"), [hale])
    second, created = resolve_event(event("interview"), [hale, ferris])
    assert created
    assert first.pk != second.pk
    day = PartialDate(2023, 3, 7)
    assert the_event(event("speech", day, "Oslo"), [hale]).pk == the_event(event("speech", day, "Oslo"), [hale]).pk


def test_conflicting_date_or_place_makes_another_event():
    cole, girard = resolve_person(person("Mary Cole")), resolve_person(person("Luc Girard"))
    first = the_event(event("meeting", PartialDate(2023, 3, 7), "Vienna"), [cole, girard])
    other_day = the_event(event("meeting", PartialDate(2023, 5, 2), "Vienna"), [cole, girard])
    other_place = the_event(event("meeting", PartialDate(2023, 3), "Oslo"), [cole, girard])
    assert len({first.pk, other_day.pk, other_place.pk}) == 3


def test_same_people_kind_and_day_from_two_outlets_is_one_event_whatever_the_place():
    saarinen, tamm = resolve_person(person("Mikael Saarinen")), resolve_person(person("Kadri Tamm"))
    one = the_event(event("visit", PartialDate(2023, 5, 9), "Estonia"), [saarinen, tamm])
    two = the_event(event("visit", PartialDate(2023, 5, 9), "Tallinn"), [tamm, saarinen])
    assert one.pk == two.pk
    assert the_event(event("visit", PartialDate(2023, 5, 10), "Tallinn"), [saarinen, tamm]).pk != one.pk


def test_one_person_alone_on_the_same_day_is_the_same_event_without_a_place():
    orlov, ferris = resolve_person(person("Pavel Orlov")), resolve_person(person("Ann Ferris"))
    day = PartialDate(2023, 3, 3)
    first = the_event(event("press conference", day, "Moscow"), [orlov])
    assert the_event(event("press conference", day), [orlov]).pk == first.pk
    # one person in common is not the same people
    assert the_event(event("press conference", day), [orlov, ferris]).pk != first.pk


def test_different_kinds_are_different_events():
    hale, girard = resolve_person(person("Tom Hale")), resolve_person(person("Luc Girard"))
    assert the_event(event("invitation"), [hale, girard]).pk != the_event(event("call"), [hale, girard]).pk


def test_one_quotation_in_two_articles_shares_a_fingerprint():
    story = "The talks on fishing rights resume in Vienna next week after a pause of three months.\n\n"
    one = "Talks resume\n\n" + story + "Foreign Minister Mary Cole said: “We are ready to talk.”\n"
    two = "Cole in Vienna\n\n" + story + "'We are ready to talk,' Mary Cole told reporters in Vienna on Monday.\n"
    a = import_bytes(one.encode(), "one.txt")
    b = import_bytes(two.encode(), "two.txt")
    fingerprints = {q.article_id: q.fingerprint for q in Quote.objects.all()}
    assert fingerprints[a.article_id] == fingerprints[b.article_id]
    assert Person.objects.filter(name="Mary Cole").count() == 1


def test_short_form_of_a_given_name_is_the_same_person():
    full = resolve_person(person("Timothy Sloan"))
    assert resolve_person(person("Tim Sloan")).pk == full.pk


def test_a_generational_suffix_tells_two_people_apart_across_articles():
    father = resolve_person(person("Donald Hale"))
    son = resolve_person(person("Donald Hale Jr."))
    other = resolve_person(person("Donald Roe Jr."))
    assert len({father.pk, son.pk, other.pk}) == 3
    assert resolve_person(person("Donald Hale Jr.")).pk == son.pk


def test_lone_surname_known_as_an_alias_of_two_people_stays_apart():
    resolve_person(person("Tom Hale", "Tom Hale", "Hale"))
    resolve_person(person("Ann Hale", "Ann Hale", "Hale"))
    assert resolve_person(person("Hale")).name == "Hale"


def test_the_candidates_query_keeps_every_event_compatible_would_accept():
    """find_known_event narrows the candidates in SQL (dates, participants, place): it finds
    what a pass of compatible() over every event of the kind finds, across dates known to the
    year, month or day, people named or not, places given or not."""
    from itertools import product

    from articles.models import Event
    from articles.services.identity import compatible, find_known_event

    a, b = Person.objects.create(name="Ana Lima"), Person.objects.create(name="Ben Okoro")
    dates = [PartialDate(), PartialDate(2022), PartialDate(2022, 3), PartialDate(2022, 3, 4), PartialDate(2023, 3, 4)]
    groups = [[], [a], [a, b], [b]]
    places = ["", "Lagos", "Accra"]
    for date, people, place in product(dates, groups, places):
        event = Event.objects.create(
            summary="a visit", kind="visit", date_year=date.year, date_month=date.month, date_day=date.day,
            date_precision=date.precision if date.precision != "minute" else "day", location=place,
        )  # fmt: skip
        event.participants.add(*people)
    for date, people, place in product(dates, groups, places):
        extracted = ExtractedEvent(summary="a visit", kind="visit", date=date, location=place)
        wanted = {p.pk for p in people}
        every = Event.objects.filter(kind="visit").prefetch_related("participants").order_by("pk")
        best, best_overlap = None, 0
        for event in every:
            known = {p.pk for p in event.participants.all()}
            if compatible(event, extracted, known, wanted):
                overlap = len(known & wanted)
                if overlap > best_overlap or best is None:
                    best, best_overlap = event, overlap
        assert find_known_event(extracted, people) == best, (date, [p.name for p in people], place)


def test_one_meeting_told_by_two_outlets_with_relative_days_is_one_event():
    """Each outlet's 'on Tuesday' and 'yesterday' resolve against its own publication date; the
    same people, kind and day make one event across outlets, another day another event."""
    from articles.models import Event

    wire = (
        "Ministers meet over fishing quotas\n\n"
        "OSLO, 9 March 2023 (Nordwire) - Fisheries Minister Ingrid Solberg met her Danish counterpart "
        "Jens Holm in Oslo on Tuesday to settle this year's quotas.\n\n"
        "The two ministers agreed to meet again before the summer.\n"
    )
    paper = (
        "Quota deal in sight after Oslo meeting\n\n"
        "Published: 08/03/2023 07:15\n\n"
        "By Kari Lund\n\n"
        "Jens Holm met Ingrid Solberg yesterday in the Norwegian capital, where both sides said a deal "
        "on the quotas was close.\n"
    )
    later = (
        "Second round of quota talks\n\n"
        "OSLO, 17 March 2023 (Nordwire) - Ingrid Solberg met Jens Holm in Oslo on Friday for a second "
        "round on the quotas.\n"
    )
    first = import_bytes(wire.encode(), "nordwire-quotas.txt")
    second = import_bytes(paper.encode(), "daily-quotas.txt")
    third = import_bytes(later.encode(), "nordwire-second-round.txt")
    meetings = Event.objects.filter(kind__in=["meeting", "talks"], participants__name="Ingrid Solberg").distinct()
    tuesday = meetings.get(date_year=2023, date_month=3, date_day=7)
    assert set(tuesday.articles.values_list("pk", flat=True)) == {first.article_id, second.article_id}
    friday = meetings.get(date_year=2023, date_month=3, date_day=17)
    assert list(friday.articles.values_list("pk", flat=True)) == [third.article_id]
