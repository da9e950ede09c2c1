"""Legislative and council business as papers around the world tell it: a presiding officer suspending the
sitting, an interpellation request submitted, a committee summoning a minister 'to appear', a walkout by members
'led by' a named leader, a text defeated whose mover was named a paragraph or two before, a chamber advancing a bill
after named members agreed to support it. And the look-alikes that are no event: a vote scheduled, a motion someone
only means to move, a sitting the speaker could suspend. Invented stories, written for these tests."""

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


def test_a_speaker_suspending_the_sitting_is_the_sitting_with_the_speaker_dated_from_the_weekday():
    found = events(
        story(
            "Speaker Odile Ramgoolam suspended the sitting for half an hour on Tuesday after members crowded the well.",
            '"Members will debate from their seats or not at all," Ramgoolam said.',
        )
    )
    assert any(k == "sitting" and "Odile Ramgoolam" in names and day.day == 12 for k, names, day in found), found


def test_a_sitting_the_speaker_could_suspend_and_a_suspended_campaign_are_no_sitting():
    found = events(
        story(
            "Speaker Odile Ramgoolam could suspend the sitting if the shouting goes on, her office warned.",
            "Candidate Basile Moutou suspended his campaign on Monday after the party withdrew its support.",
        )
    )
    assert not any(k == "sitting" for k, _, _ in found), found


def test_members_submitting_an_interpellation_request_take_part_in_it():
    found = events(
        story(
            "MPs Yousef Al-Dhafiri and Nasser Al-Ajmi submitted the interpellation request on Sunday.",
            'Al-Dhafiri said: "The minister has had two years to explain the delays."',
        )
    )
    assert any({"Yousef Al-Dhafiri", "Nasser Al-Ajmi"} <= set(names) and day.day == 10 for _, names, day in found), (
        found
    )


def test_a_committee_summoning_a_minister_to_appear_next_week_is_his_hearing():
    found = events(
        story(
            "The public accounts committee summoned Health Minister Ravindra Gunasekara to appear before it next week"
            " to explain the purchase of the scanners.",
            "Gunasekara said he would bring every invoice.",
        )
    )
    assert any(k == "hearing" and "Ravindra Gunasekara" in names for k, names, _ in found), found


def test_a_walkout_by_members_led_by_a_named_leader_is_his_protest():
    found = events(
        story(
            "Opposition members, led by Pradeep Shetty, staged a walkout on Wednesday before the bill was put to vote.",
            '"We will not lend our presence to this," Shetty told reporters in the lobby.',
        )
    )
    assert any(k == "protest" and "Pradeep Shetty" in names and day.day == 13 for k, names, day in found), found


def test_a_motion_defeated_takes_its_mover_named_two_paragraphs_before():
    found = events(
        story(
            "Opposition transport spokesman Lenworth Campbell had moved a motion calling for an audit of the contract.",
            '"The company was registered a week before the tender closed," Campbell said.',
            "The motion was defeated by 31 votes to 20 on a division.",
            'Works Minister Garfield Reid said: "There is nothing to audit that has not been published."',
        )
    )
    assert any(k == "vote" and "Lenworth Campbell" in names for k, names, _ in found), found


def test_a_motion_only_promised_gives_its_would_be_mover_no_part_in_the_vote():
    found = events(
        story(
            "Opposition transport spokesman Lenworth Campbell said he would move a motion calling for an audit.",
            "The motion was defeated by 31 votes to 20 on a division.",
        )
    )
    assert not any("Lenworth Campbell" in names for k, names, _ in found if k == "vote"), found


def test_a_chamber_advancing_a_bill_after_named_members_agreed_to_support_it_is_their_vote():
    found = events(
        story(
            "The Senate advanced the government's wage theft bill in a procedural vote on Wednesday, after independent"
            " senators Fergus Tilley and Asha Pillai agreed to support it.",
            "The final vote is expected next week.",
        )
    )
    assert any(
        k == "vote" and {"Fergus Tilley", "Asha Pillai"} <= set(names) and day.day == 13 for k, names, day in found
    ), found


def test_votes_scheduled_expected_or_only_required_are_no_votes():
    found = events(
        story(
            "A vote on the second reading is scheduled for next month, and the bill would have to clear the Senate.",
            "Analysts said the measure is expected to pass comfortably, though Senator Hamish Doyle has said he"
            " would vote against it.",
        )
    )
    assert not any(k == "vote" for k, _, _ in found), found
