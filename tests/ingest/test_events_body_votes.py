"""A body's vote (a council, a board, a chamber) told with no member as its subject: the members and officials quoted
on it in the paragraphs after took part. Invented stories (the ab01–ab20 layouts showed the class)."""

from articles.ingest.dates import PartialDate
from articles.ingest.events import find_events
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes


def votes(body: str) -> list[list[str]]:
    people = find_people(body)
    quotes = find_quotes(body, people)
    return [
        [people[i].name for i in e.participants]
        for e in find_events(body, people, quotes, PartialDate())
        if e.kind == "vote"
    ]


def test_a_council_s_vote_takes_the_councillors_quoted_on_it():
    body = "\n\n".join(
        [
            "The harbour council voted 9-4 on Tuesday to freeze ferry fares for another year.",
            "The freeze will cost the council about £300,000.",
            "Council leader Ingrid Solvang said the islands could not bear another rise.",
            '"Nobody here can afford to pay more this winter," Solvang said.',
            "Councillor Tomas Berge voted against.",
            '"We are borrowing to pay for a promise," Berge said.',
        ]
    )
    assert ["Ingrid Solvang", "Tomas Berge"] in votes(body)


def test_a_chamber_s_vote_by_a_count_of_votes_takes_the_minister_quoted_after_it():
    body = "\n\n".join(
        [
            "The bill extending free night buses was passed by 51 votes to 9 on Thursday.",
            'Mobility Minister Anna Kessler said: "Night workers should not pay for a bus everyone else rides free."',
        ]
    )
    assert any("Anna Kessler" in names for names in votes(body))


def test_people_quoted_far_below_the_vote_are_not_its_participants():
    filler = [f"The harbour has {n} berths for the winter ferries and the fishing fleet." for n in range(3, 9)]
    body = "\n\n".join(
        [
            "The harbour council voted 9-4 on Tuesday to freeze ferry fares for another year.",
            *filler,
            '"The fishing fleet needs more berths," harbourmaster Lars Dahl said.',
        ]
    )
    assert not any("Lars Dahl" in names for names in votes(body))
