"""What the ingest tests read off a made-up body: its people by name, its quotations' speakers."""

from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes


def people_of(body, **kwargs):
    """Each person's name → the person."""
    return {p.name: p for p in find_people(body, **kwargs)}


def speakers_of(body):
    """Each quotation's words → the speaker's name (or its label when no person)."""
    people = find_people(body)
    return {
        q.text: people[q.speaker].name if q.speaker is not None else q.speaker_label for q in find_quotes(body, people)
    }
