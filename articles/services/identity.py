"""One Person per real person and one Event per real event, across articles.

Persons
- A full name joins a known Person when the match is certain: the same surname (spelling-
  insensitive: Dmitri/Dmitry, Alexei/Aleksey) and compatible given names, or an exact name
  or alias. A lone surname joins the one known Person with that surname, if there is one.
- A name that is only close to a known one (a misspelt surname: "Petrov"/"Petorv") is
  not merged: a new Person is made and a MergeSuggestion offers the pair to editors, who
  merge or dismiss it (admin, person page).

Events
- A reported event joins a known Event of the same kind (talks and meetings are one kind)
  whose participants overlap, when dates and places do not conflict.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from difflib import SequenceMatcher

from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Q, Value
from django.db.models.functions import Upper

from articles.ingest.dates import PartialDate
from articles.ingest.people import given_names_match, transliteration_key, without_suffix
from articles.ingest.records import ExtractedEvent, ExtractedPerson
from articles.models import Event, MergeSuggestion, Person
from articles.services import curation

DUPLICATE_REASON = "The names differ only in spelling: {a} / {b}."
SIMILAR_SURNAME = 0.8  # difflib ratio above which two surnames may be one misspelt
KIND_GROUPS = {"talks": "meeting"}


def normalise(text: str) -> str:
    """Casefolded words only: quote marks, apostrophes, punctuation and spacing do not count."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def quote_fingerprint(text: str) -> str:
    """Equal for the same words whatever the quote marks, case, spacing and closing punctuation."""
    return hashlib.sha256(normalise(text).encode()).hexdigest()[:32]


# --- persons ----------------------------------------------------------------------------------


def resolve_person(extracted: ExtractedPerson) -> Person:
    """The known Person this name stands for, or a new one (noting near-duplicates)."""
    name = " ".join(extracted.name.split())
    person = find_known_person(name)
    if person is None:
        person = Person.objects.create(name=name, role=extracted.role, aliases=extracted.aliases)
        note_possible_duplicates(person)
        return person
    absorb(person, name, extracted)
    return person


def by_name():
    """People with UPPER(name) at hand, the expression of the trigram index person_name_trgm:
    equality, regular expressions and % similarity on it are index lookups, not a scan of
    every person (at 50,000 people a scan cost a third of a second per name)."""
    return Person.objects.alias(upper_name=Upper("name"))


def find_known_person(name: str) -> Person | None:
    """A certain match only: exact name or alias, same person by spelling, or a lone surname's owner."""
    words = name.split()
    if len(words) == 1:
        # Not by alias: "Hale" may be an alias of two different Hales.
        return owner_of_surname(words[0])
    # The few matches are read and the first made picked here: with ORDER BY id LIMIT 1, the
    # generic plan a prepared statement keeps walks every person by id (25 ms at 37,000 people).
    matches = by_name().filter(Q(upper_name=Upper(Value(name))) | Q(aliases__contains=[name]))
    exact = min(matches, key=lambda p: p.pk, default=None)
    if exact is not None:
        return exact
    certain = [p for p in similar_people(name) if same_person(p.name, name)]
    if certain:
        return min(certain, key=lambda p: p.pk)
    # A person known so far only by this surname gets the full name now.
    namesakes = people_with_surname(words[-1])
    lone = [p for p in namesakes if len(p.name.split()) == 1]
    full = [p for p in namesakes if len(p.name.split()) > 1]
    return lone[0] if len(lone) == 1 and not full else None


def owner_of_surname(surname: str) -> Person | None:
    """The one known full-named Person with this surname; else a Person known by it alone."""
    owners = [p for p in people_with_surname(surname) if len(p.name.split()) > 1]
    if len(owners) == 1:
        return owners[0]
    return by_name().filter(upper_name=Upper(Value(surname))).order_by("pk").first()


def people_with_surname(surname: str) -> list[Person]:
    pattern = r"(^|\s)" + re.escape(surname) + "$"
    return list(by_name().exclude(review_status="rejected").filter(upper_name__iregex=pattern).order_by("pk"))


def similar_people(name: str) -> list[Person]:
    """Known people whose name is close by trigrams (spelling variants, misspellings)."""
    return list(
        by_name()
        .exclude(review_status="rejected")
        .filter(upper_name__trigram_similar=name.upper())  # the index's % (similarity ≥ 0.3)
        .annotate(similarity=TrigramSimilarity(Upper("name"), name.upper()))
        .filter(similarity__gte=0.3)
        .order_by("-similarity", "pk")[:20]
    )


def same_person(known: str, name: str) -> bool:
    """Certain: same surname up to transliteration, and given names that agree."""
    a, b = tuple(known.split()), tuple(name.split())
    if len(a) < 2 or len(b) < 2 or a[len(without_suffix(a)) :] != b[len(without_suffix(b)) :]:
        return False  # "Donald Hale Jr." is neither "Donald Hale" nor "Donald Roe Jr."
    a, b = without_suffix(a), without_suffix(b)
    if len(a) < 2 or len(b) < 2 or transliteration_key(a[-1]) != transliteration_key(b[-1]):
        return False
    return given_names_match(a[:-1], b[:-1])


def possibly_same_person(known: str, name: str) -> bool:
    """Close but not certain: a surname one or two letters off, given names that agree."""
    a, b = known.split(), name.split()
    if len(a) < 2 or len(b) < 2 or same_person(known, name):
        return False
    surname_a, surname_b = transliteration_key(a[-1]), transliteration_key(b[-1])
    close = SequenceMatcher(None, surname_a, surname_b).ratio() >= SIMILAR_SURNAME
    return close and given_names_match(tuple(a[:-1]), tuple(b[:-1]))


def note_possible_duplicates(person: Person) -> None:
    """Offer each close-but-uncertain pair to editors as a merge (once; a dismissal sticks)."""
    for other in similar_people(person.name):
        if other.pk != person.pk and possibly_same_person(other.name, person.name):
            first, second = sorted([person, other], key=lambda p: p.pk)
            MergeSuggestion.objects.get_or_create(
                person=first,
                candidate=second,
                defaults={"reason": DUPLICATE_REASON.format(a=first.name, b=second.name)},
            )


def absorb(person: Person, name: str, extracted: ExtractedPerson) -> None:
    """Add the new spellings as aliases; a lone-surname Person takes the full name."""
    fields = set()
    forms = [name, *extracted.aliases]
    if len(person.name.split()) == 1 and len(name.split()) > 1:
        forms.append(person.name)
        person.name = name
        fields.add("name")
    new_aliases = [a for a in dict.fromkeys(forms) if a != person.name and a not in person.aliases]
    if new_aliases:
        person.aliases = person.aliases + new_aliases
        fields.add("aliases")
    if extracted.role and not person.role:
        person.role = extracted.role
        fields.add("role")
    if fields:
        person.save(update_fields=[*sorted(fields), "updated_at"])


# --- events -----------------------------------------------------------------------------------


def event_fingerprint(kind: str, participants: list[Person]) -> str:
    return f"{kind}:" + ",".join(str(p.pk) for p in sorted(participants, key=lambda p: p.pk))


def resolve_event(
    extracted: ExtractedEvent, participants: list[Person], reported_before: list[Event] = ()
) -> tuple[Event, bool]:
    """(event, created): the known Event this report describes (same kind, overlapping
    participants, no conflicting date or place), its date or place filled in and the
    participants added, or a new one.

    reported_before: the events this article was linked to before a re-import. One of them
    sharing a participant is the same event, whatever editors did to it since (merged it
    into another kind, rejected it): re-reading the article must not bring the old one back.

    Writes no history row: the caller records one per event once all this report's links are
    in (each row copies every link of the event's four m2m relations).
    """
    event = earlier_report(extracted, participants, reported_before) or find_known_event(extracted, participants)
    if event is None:
        return create_event(extracted, participants), True
    with curation.history_paused(event):
        fill_in(event, extracted)
        event.participants.add(*participants)
    return event, False


def earlier_report(extracted: ExtractedEvent, participants: list[Person], events: list[Event]) -> Event | None:
    wanted = {p.pk for p in participants}
    for event in events:
        known = {p.pk for p in event.participants.all()}
        if (known & wanted) or (not known and not wanted and event.kind == extracted.kind):
            return event
    return None


def find_known_event(extracted: ExtractedEvent, participants: list[Person]) -> Event | None:
    wanted = {p.pk for p in participants}
    group = KIND_GROUPS.get(extracted.kind, extracted.kind)
    kinds = [k for k in {extracted.kind, group, *[k for k, g in KIND_GROUPS.items() if g == group]}]
    # The SQL keeps only events compatible() could accept, so a busy kind (100,000 speeches) is
    # not read whole: dates that agree, and the participants' events or, with nobody named,
    # events that name nobody either, at a known place on a known date.
    candidates = (
        Event.objects.exclude(review_status="rejected").filter(kind__in=kinds).filter(agreeing_dates(extracted.date))
    )
    if wanted:
        candidates = candidates.filter(participants__in=wanted).distinct()
    elif extracted.location and extracted.date.known:
        candidates = (
            candidates.filter(participants=None)
            .exclude(location="")
            .exclude(date_year=None, date_month=None, date_day=None)
        )
    else:
        return None
    best, best_overlap = None, 0
    for event in candidates.prefetch_related("participants").order_by("pk"):
        known = {p.pk for p in event.participants.all()}
        if not compatible(event, extracted, known, wanted):
            continue
        overlap = len(known & wanted)
        if overlap > best_overlap or best is None:
            best, best_overlap = event, overlap
    return best


def compatible(event: Event, extracted: ExtractedEvent, known: set[int], wanted: set[int]) -> bool:
    """Two people in common make a match; one person (who may give many interviews, visits
    and speeches) or nobody, only with the same known place and the same known date.

    When the participants agree (two in common, or the very same people) and both reports
    date it to the same day, it is one event however each outlet names the place ("Estonia",
    "Tallinn")."""
    if (known or wanted) and not known & wanted:
        return False
    if not dates_agree(event.date, extracted.date):
        return False
    shared = known & wanted
    participants_agree = len(shared) >= 2 or (shared and known == wanted)
    if participants_agree and same_day(event.date, extracted.date):
        return True
    if len(shared) < 2 and not (event.location and extracted.location and event.date.known and extracted.date.known):
        return False
    return not (event.location and extracted.location and normalise(event.location) != normalise(extracted.location))


def same_day(a: PartialDate, b: PartialDate) -> bool:
    return a.day is not None and b.day is not None and dates_agree(a, b)


def agreeing_dates(date: PartialDate) -> Q:
    """Events whose date agrees with this one (dates_agree, as a filter)."""
    agree = Q()
    for part in ("year", "month", "day"):
        value = getattr(date, part)
        if value is not None:
            agree &= Q(**{f"date_{part}": value}) | Q(**{f"date_{part}__isnull": True})
    return agree


def dates_agree(a: PartialDate, b: PartialDate) -> bool:
    """Unknown agrees with anything; known parts must be equal where both have them."""
    for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)):
        if x is not None and y is not None and x != y:
            return False
    return True


def create_event(extracted: ExtractedEvent, participants: list[Person]) -> Event:
    date = extracted.date
    event = Event(
        summary=extracted.summary,
        kind=extracted.kind,
        date_year=date.year,
        date_month=date.month,
        date_day=date.day,
        date_precision=date.precision if date.precision != "minute" else "day",
        date_text=extracted.date_text[:100],
        location=extracted.location[:200],
        fingerprint=event_fingerprint(extracted.kind, participants),
    )
    with curation.history_paused(event):  # resolve_event's caller records its history
        event.save()
        event.participants.add(*participants)
    return event


def fill_in(event: Event, extracted: ExtractedEvent) -> None:
    """A second report may know the date or the place the first did not."""
    fields = []
    date = extracted.date
    if date.known and (not event.date.known or date_is_finer(date, event.date)):
        event.date_year, event.date_month, event.date_day = date.year, date.month, date.day
        event.date_precision = date.precision if date.precision != "minute" else "day"
        event.date_text = extracted.date_text[:100]
        fields += ["date_year", "date_month", "date_day", "date_precision", "date_text"]
    if extracted.location and not event.location:
        event.location = extracted.location[:200]
        fields.append("location")
    if fields:
        event.save(update_fields=[*fields, "updated_at"])


def date_is_finer(new: PartialDate, old: PartialDate) -> bool:
    order = {"": 0, "year": 1, "month": 2, "day": 3, "minute": 3}
    return order[new.precision] > order[old.precision]
