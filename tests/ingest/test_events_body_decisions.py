"""Decisions of bodies told in other words than 'voted' or 'passed': a chamber backing, choosing, ratifying or
amending; a cabinet agreeing a package; a bill passing with a count of votes or clearing a stage; a decision named
as a noun; an agreement two bodies sign; a committee summoning someone; a walkout; a march to a named place.
With no member as the doer, the officials quoted on it take part. Invented stories, written for these tests."""

from articles.ingest.dates import PartialDate
from articles.ingest.events import find_events
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes

THURSDAY_14_MARCH_2024 = PartialDate(2024, 3, 14)
UNKNOWN = PartialDate()


def events(body: str, published: PartialDate = UNKNOWN) -> list[tuple[str, list[str], PartialDate]]:
    people = find_people(body)
    quotes = find_quotes(body, people)
    return [
        (e.kind, [people[i].name for i in e.participants], e.date) for e in find_events(body, people, quotes, published)
    ]


def participants_of(kind: str, body: str) -> list[list[str]]:
    return [names for k, names, _ in events(body) if k == kind]


def test_councillors_backing_a_route_is_their_vote_with_the_officials_quoted_on_it():
    body = "\n\n".join(
        [
            "Harrowgate borough councillors on Monday backed the northern line for the new tram extension.",
            "Council leader Petra Vasquez said the northern line would reach twice as many homes.",
            '"We have argued about this for three years and now we can start building," Vasquez said.',
        ]
    )
    found = events(body, THURSDAY_14_MARCH_2024)
    assert any(k == "vote" and "Petra Vasquez" in names and day.day == 11 for k, names, day in found), found


def test_a_route_chosen_by_a_count_of_votes_is_a_vote():
    body = "\n\n".join(
        [
            "The southern crossing was chosen by 17 votes to 6 at the authority's meeting.",
            'Transport committee chair Omar Lindqvist said: "The southern crossing spares the old harbour."',
        ]
    )
    assert any("Omar Lindqvist" in names for names in participants_of("vote", body))


def test_a_bill_passing_with_its_count_takes_a_minister_whose_title_the_reader_only_finds_before_the_name():
    body = "\n\n".join(
        [
            "The assembly passed a bill on Wednesday that caps rents in the capital for three years.",
            "The bill passed with 41 votes in favour and 13 against.",
            "Minister of Housing and Planning Beatriz Okafor said tenants had waited long enough.",
            '"A family should not lose its home because a landlord found a richer tenant," Okafor said.',
        ]
    )
    assert any("Beatriz Okafor" in names for names in participants_of("vote", body))


def test_a_cabinet_agreeing_a_package_and_a_chamber_ratifying_a_treaty_are_decisions():
    body = "\n\n".join(
        [
            "The cabinet agreed a relief package for flooded farms on Tuesday.",
            'Finance Minister Rui Tavares said: "Every farm under water will have its first payment this month."',
        ]
    )
    assert any("Rui Tavares" in names for names in participants_of("vote", body))
    body = "\n\n".join(
        [
            "The senate ratified the fisheries treaty with its northern neighbour on Friday.",
            'Senator Ilse Marchetti, who chairs the foreign affairs committee, said: "This ends a long quarrel."',
        ]
    )
    assert any("Ilse Marchetti" in names for names in participants_of("vote", body))


def test_an_agreement_two_bodies_sign_takes_their_officials_quoted_on_it():
    body = "\n\n".join(
        [
            "The port authority and the dockworkers' federation signed an accord on Monday ending the overtime ban.",
            '"The ships will move again tomorrow," port authority director Selma Haddou said during the signing.',
            'Federation secretary Kofi Mensah-Boateng said: "Our members have a contract they can live with."',
        ]
    )
    assert any({"Selma Haddou", "Kofi Mensah-Boateng"} <= set(names) for names in participants_of("signing", body))
    people = find_people(body)
    signings = [e for e in find_events(body, people, find_quotes(body, people), UNKNOWN) if e.kind == "signing"]
    assert signings[0].summary.startswith("The port authority and the dockworkers' federation sign an accord")


def test_an_amendment_signed_by_two_ministers_is_their_signing():
    body = "Trade Minister Hanna Virtanen and her counterpart Diego Salas signed an amendment to the customs accord."
    assert any({"Hanna Virtanen", "Diego Salas"} <= set(names) for names in participants_of("signing", body))


def test_a_decision_named_as_a_noun_after_it_was_taken():
    body = "After the passage of the budget, Finance Minister Rui Tavares thanked the opposition for its votes."
    assert any("Rui Tavares" in names for names in participants_of("vote", body))


def test_a_committee_summoning_someone_a_walkout_and_a_march_to_a_named_place():
    body = "The public accounts committee summoned health secretary Maria Delacroix to explain the overspend."
    assert any("Maria Delacroix" in names for names in participants_of("hearing", body))
    body = "Opposition leader Tomas Reyes walked out of the chamber when the speaker cut off his microphone."
    assert any("Tomas Reyes" in names for names in participants_of("protest", body))
    body = "Union leader Amara Diallo marched to parliament with about 3,000 teachers on Saturday."
    assert any("Amara Diallo" in names for names in participants_of("protest", body))


def test_a_text_turned_down_or_moved_through_a_stage_is_a_vote():
    quoted = '\n\nHousing Minister Ana Ruiz said: "We will not give up on tenants."'
    for body in [
        "The amendment was defeated by 30 votes to 12 on Monday.",
        "The senate threw out the amendment on Monday.",
        "The housing bill cleared committee stage on Tuesday.",
        "The rent bill advanced out of the Senate committee on Tuesday.",
    ]:
        assert any("Ana Ruiz" in names for names in participants_of("vote", body + quoted)), body


def test_a_vote_told_by_its_result_takes_the_officials_quoted_on_it():
    body = "\n\n".join(
        [
            "The vote was 27-19. Council chair Henrik Aalto said the depot could not stay open.",
            '"We cannot keep buses in a shed that floods every spring," Aalto said.',
        ]
    )
    assert any("Henrik Aalto" in names for names in participants_of("vote", body))
    assert not participants_of("vote", 'The vote will be close.\n\nCouncil chair Henrik Aalto said: "We will see."')


def test_intended_hypothetical_or_merely_mentioned_decisions_are_not_events():
    # (a vote a body has scheduled, "will vote next week", stays an event, as the layouts' gold has it)
    quoted = '\n\nCouncil leader Petra Vasquez said: "We want the northern line."'
    for body in [
        "The senate plans to vote on the rent bill next week." + quoted,
        "The council could vote on the tram plan in May." + quoted,
        "The council may back the northern line in April." + quoted,
        "The rent bill, which Senator Ilse Marchetti introduced last year, caps rents for three years.",
        "Senator Ilse Marchetti backed the rent bill in a speech to students.",
        "Before the approval of the budget, Finance Minister Rui Tavares met union leaders.",
        "Finance Minister Rui Tavares sought approval of the budget from the opposition.",
        "Senator Ilse Marchetti helped clear the way for talks." + quoted,
        "Police blocked the road to the stadium." + quoted,
    ]:
        assert not participants_of("vote", body), body


def test_walking_and_marching_that_are_no_protest():
    assert not participants_of("protest", "Mayor Jane Okafor walked to the town hall from her home.")
    assert not participants_of("protest", "Candidate Jane Okafor marched to victory in the primary.")
    assert not participants_of("hearing", "Captain Jane Okafor summoned the courage to speak.")
