"""One Person per real person and one Event per real event, across articles."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.db.models import Q

from articles.ingest.records import ExtractedEvent, ExtractedPerson
from articles.models import Event, Person


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def quote_fingerprint(text: str) -> str:
    """Equal for the same words whatever the quote marks, case and spacing."""
    return hashlib.sha256(normalise(text).encode()).hexdigest()[:32]


def resolve_person(extracted: ExtractedPerson) -> Person:
    """The known Person this name stands for (by name or alias), or a new one."""
    name = extracted.name.strip()
    person = Person.objects.filter(Q(name__iexact=name) | Q(aliases__contains=[name])).order_by("pk").first()
    if person is None:
        return Person.objects.create(name=name, role=extracted.role, aliases=extracted.aliases)
    new_aliases = [a for a in extracted.aliases if a not in person.aliases and a != person.name]
    if new_aliases or (extracted.role and not person.role):
        person.aliases = person.aliases + new_aliases
        person.role = person.role or extracted.role
        person.save(update_fields=["aliases", "role", "updated_at"])
    return person


def event_fingerprint(kind: str, participants: list[Person]) -> str:
    return f"{kind}:" + ",".join(str(p.pk) for p in sorted(participants, key=lambda p: p.pk))


def resolve_event(extracted: ExtractedEvent, participants: list[Person]) -> Event:
    """The known Event with the same kind and participants (and no conflicting date), or a new one."""
    fingerprint = event_fingerprint(extracted.kind, participants)
    date = extracted.date
    for event in Event.objects.filter(fingerprint=fingerprint).exclude(review_status="rejected"):
        if (
            date.year
            and event.date_year
            and (date.year, date.month, date.day)
            != (
                event.date_year,
                event.date_month,
                event.date_day,
            )
        ):
            continue
        return event
    return Event.objects.create(
        summary=extracted.summary,
        kind=extracted.kind,
        date_year=date.year,
        date_month=date.month,
        date_day=date.day,
        date_precision=date.precision if date.precision != "minute" else "day",
        date_text=extracted.date_text,
        location=extracted.location,
        fingerprint=fingerprint,
    )
