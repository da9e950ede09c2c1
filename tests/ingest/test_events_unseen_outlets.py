"""Events as other outlets tell them: a meeting named by its day ("Tuesday's talks between X and the envoy Y"),
a meeting known from who chaired it, a by-election won, an official suspended in the passive, "the two prime
ministers" after two other ministers were named. And the look-alikes that are no event: what someone denied
("denied reports that he had met …"), a meeting only planned. Invented stories, written for these tests."""

from articles.ingest.dates import PartialDate
from articles.ingest.events import find_events
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes

THURSDAY_14_MARCH_2024 = PartialDate(2024, 3, 14)


def events(body: str, published: PartialDate = THURSDAY_14_MARCH_2024) -> list[tuple[str, list[str], PartialDate]]:
    people = find_people(body)
    quotes = find_quotes(body, people)
    return [
        (e.kind, [people[i].name for i in e.participants], e.date) for e in find_events(body, people, quotes, published)
    ]


def story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_talks_named_by_their_day_take_both_sides_and_that_day():
    found = events(
        "A government spokeswoman, Ilir Berisha, said on Wednesday that Tuesday's talks between Prime Minister "
        "Dren Morina and the UN mediator Sofie Lindahl had gone well."
    )
    assert any(
        {"Dren Morina", "Sofie Lindahl"} <= set(names) and day == PartialDate(2024, 3, 12) for _, names, day in found
    ), found


def test_a_meeting_named_by_yesterday_is_dated_yesterday():
    found = events("Yesterday's meeting between Mayor Tessa Brandt and the transport unions lasted three hours.")
    assert any("Tessa Brandt" in names and day == PartialDate(2024, 3, 13) for _, names, day in found), found


def test_whoever_chaired_the_meeting_took_part_in_it():
    found = events(
        "The cabinet agreed a fuel subsidy at its meeting on Monday, chaired by President Neo Kgosi at the State "
        "House in Lobatse."
    )
    assert any(k == "meeting" and names == ["Neo Kgosi"] and day.day == 11 for k, names, day in found), found


def test_a_by_election_won_is_an_election_with_its_winner():
    found = events("Candidate Aminath Zahir won the Hithadhoo North by-election on Saturday with 61 percent.")
    assert any(k == "election" and names == ["Aminath Zahir"] and day.day == 9 for k, names, day in found), found


def test_an_official_suspended_in_the_passive_is_dismissed():
    found = events(
        "Customs chief Paul Tagini was suspended last week by the finance minister, Ruth Kaua, pending an audit."
    )
    assert any(k == "dismissal" and "Paul Tagini" in names for k, names, _ in found), found


def test_a_suspended_campaign_or_sitting_is_no_dismissal():
    found = events(
        story(
            "Candidate Ray Olsen suspended his campaign on Monday after a poor showing.",
            "Speaker Ana Ruiz suspended the sitting for an hour on Tuesday.",
        )
    )
    assert not any(k == "dismissal" for k, _, _ in found), found


def test_the_two_prime_ministers_are_the_prime_ministers_named_not_the_ministers_named_last():
    found = events(
        story(
            "The ceremony was attended by Prime Minister Karim Saber and his Tunisian counterpart, Hedi Mansour.",
            "The accord was signed by Transport Minister Lina Fawzi and Tunisia's Ports Minister Omar Jaziri.",
            "The two prime ministers then held talks on fishing rights.",
        )
    )
    talks = [names for k, names, _ in found if k == "talks"]
    assert any(set(names) == {"Karim Saber", "Hedi Mansour"} for names in talks), found


def test_what_someone_denied_having_done_is_no_event():
    found = events(
        story(
            "Senator Joan Whitby denied reports that she had met the lobbyist Carl Ames in March.",
            "Interior Minister Sami Haddad denied that he had resigned, saying he would stay until the vote.",
        )
    )
    assert not any(k in {"meeting", "resignation"} for k, _, _ in found), found


def test_a_meeting_only_planned_is_no_event_but_one_held_is():
    found = events(
        story(
            "A planned meeting between Governor Ama Owusu and the teachers' unions, announced for Friday, was put off.",
            "Governor Ama Owusu met the nurses' union on Monday.",
        )
    )
    meetings = [day for k, names, day in found if k == "meeting" and "Ama Owusu" in names]
    assert meetings and all(day.day == 11 for day in meetings), found


def test_a_vote_named_by_its_day_and_told_as_carried_is_the_announcers_vote_that_day():
    found = events(
        "Tuesday's vote in the health committee was carried by nine votes to three, committee chair Milan Hruska "
        "said on Wednesday."
    )
    assert any(k == "vote" and names == ["Milan Hruska"] and day.day == 12 for k, names, day in found), found


def test_a_vote_named_by_a_day_ahead_is_no_vote():
    found = events(
        story(
            "Friday's vote is expected to be close, committee chair Milan Hruska said on Wednesday.",
            "Tomorrow's vote was moved to the afternoon, the clerk, Eva Sedlak, said.",
        )
    )
    assert not any(k == "vote" for k, _, _ in found), found
