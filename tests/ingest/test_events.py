"""Events: triggers, participants, dates, places, summaries, quotes. Made-up sentences."""

from articles.ingest.dates import PartialDate
from articles.ingest.events import find_events
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes

FRIDAY_10_MARCH_2023 = PartialDate(2023, 3, 10)
UNKNOWN = PartialDate()


def extract(body, published=UNKNOWN):
    people = find_people(body)
    quotes = find_quotes(body, people)
    return people, quotes, find_events(body, people, quotes, published)


def names(people, event):
    return [people[i].name for i in event.participants]


def only_event(body, published=UNKNOWN):
    people, quotes, events = extract(body, published)
    assert len(events) == 1, [(e.kind, e.summary) for e in events]
    return people, quotes, events[0]


def test_meeting_with_place_and_relative_date():
    body = "Foreign Minister Anna Berg met Carl Lind in Oslo on Tuesday to discuss fishing rights."
    people, _, event = only_event(body, FRIDAY_10_MARCH_2023)
    assert event.kind == "meeting"
    assert names(people, event) == ["Anna Berg", "Carl Lind"]
    assert event.location == "Oslo"
    assert event.date_text == "on Tuesday"
    assert event.date == PartialDate(2023, 3, 7)
    assert event.summary == "Berg meets Lind in Oslo"


def test_talks_with_the_subject_of_a_light_verb():
    body = "US secretary of state Ann Cole held talks with Chinese diplomats in Geneva on Friday."
    people, _, event = only_event(body)
    assert event.kind == "talks"
    assert names(people, event) == ["Ann Cole"]
    assert event.location == "Geneva"


def test_date_stays_unknown_without_a_publication_date():
    body = "Foreign Minister Anna Berg met Carl Lind in Oslo last week."
    _, _, event = only_event(body)
    assert event.date_text == "last week"
    assert not event.date.known


def test_invitation_takes_in_the_visit_it_invites_to():
    body = "Mr Tom Hale extended an invitation to his French counterpart, Luc Girard, to visit Paris earlier this week."
    people, _, event = only_event(body)
    assert event.kind == "invitation"
    assert names(people, event) == ["Tom Hale", "Luc Girard"]
    assert event.location == "Paris"
    assert event.summary == "Hale invites Girard to Paris"


def test_two_events_in_one_sentence_each_with_its_own_people():
    body = (
        "He cited a recent meeting between the two foreign ministers, Ann Cole and Luc Girard, in Vienna, "
        "and a telephone conversation between army chiefs Tom Hale and Ivan Petrov."
    )
    people, _, events = extract(body)
    by_kind = {e.kind: names(people, e) for e in events}
    assert set(by_kind["meeting"]) == {"Ann Cole", "Luc Girard"}
    assert set(by_kind["call"]) == {"Tom Hale", "Ivan Petrov"}


def test_the_two_leaders_are_the_last_two_people_named():
    body = (
        "Chancellor Eva Roth has warned that President Paul Novak could be stalling.\n\n"
        "The two leaders had a telephone conversation last week."
    )
    people, _, event = only_event(body)
    assert event.kind == "call"
    assert set(names(people, event)) == {"Eva Roth", "Paul Novak"}


def test_role_description_stands_for_the_person_with_that_role():
    body = (
        "The Italian defence minister has accepted an invitation to meet Tom Hale.\n\n"
        "“Italian defence minister Carla Moretti has offered to meet in Rome,” a source said."
    )
    people, _, events = extract(body)
    acceptance = next(e for e in events if e.kind == "acceptance")
    assert set(names(people, acceptance)) == {"Carla Moretti", "Tom Hale"}


def test_speech_gets_the_quotes_given_there():
    body = (
        "Foreign Minister Mary Cole flew to Sydney on Monday.\n\n"
        "Speaking at the Harbour Institute in Sydney, she said: “We are ready to talk.\n\n"
        "“We are also ready to act.”"
    )
    people, quotes, event = only_event(body)
    assert event.kind == "speech"
    assert names(people, event) == ["Mary Cole"]
    assert event.location == "Sydney"
    assert [quotes[i].text for i in event.quotes] == ["We are ready to talk.", "We are also ready to act."]


def test_intentions_are_not_events():
    _, _, events = extract("Minister Ivan Petrov has offered to meet in Moscow instead.")
    assert events == []


def test_two_sentences_about_one_meeting_are_one_event():
    body = (
        "Foreign Minister Mary Cole is in Vienna for talks with her counterpart Luc Girard.\n\n"
        "At the meeting in Vienna she said the two sides were close."
    )
    people, _, events = extract(body)
    assert len(events) == 1
    assert set(names(people, events[0])) == {"Mary Cole", "Luc Girard"}


def test_deployment_without_named_people():
    body = "Some 350 marines are to begin deploying to Estonia as part of the plan."
    _, _, event = only_event(body)
    assert event.kind == "deployment"
    assert event.participants == []
    assert event.location == "Estonia"


def test_triggers_inside_quotations_are_not_events():
    _, _, events = extract("“We met Carl Lind in Oslo,” Anna Berg said.")
    assert events == []


def test_summary_uses_full_names_when_participants_share_a_surname():
    body = "Bill Hale met Mary Hale in Oslo on Tuesday to sign the papers."
    _, _, event = only_event(body)
    assert event.summary == "Bill Hale meets Mary Hale in Oslo"
