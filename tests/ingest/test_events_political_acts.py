"""Political and government acts told in other words than the old triggers: firings, confirmations, a nominee
clearing a committee, judges' rulings, bids ruled out, requests for inquiries, support announced, people questioned
by investigators, letters sent, calls made, suits filed, and 'they' for two people named together. Each class
with look-alikes that are no event (refusals, plans, conditionals, negations, other senses of the verb).
Invented sentences (the PolNeAR articles of tests/data/events_dev2 showed the classes)."""

from articles.ingest.dates import PartialDate
from articles.ingest.events import find_events
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes


def events_of(body: str) -> list[tuple[str, list[str], str]]:
    people = find_people(body)
    quotes = find_quotes(body, people)
    return [
        (e.kind, [people[i].name for i in e.participants], e.summary)
        for e in find_events(body, people, quotes, PartialDate())
    ]


def kinds(body: str) -> list[str]:
    return [kind for kind, _, _ in events_of(body)]


def with_kind(body: str, kind: str) -> list[list[str]]:
    return [names for k, names, _ in events_of(body) if k == kind]


# firings


def test_someone_fired_or_sacked_is_a_dismissal():
    assert ["Ines Varga", "Paul Lind"] in with_kind(
        "Mayor Ines Varga fired her chief of staff, Paul Lind, on Monday.", "dismissal"
    )
    body = "The suit was filed by Paul Lind, a former aide who Mayor Ines Varga fired in March."
    assert ["Ines Varga", "Paul Lind"] in with_kind(body, "dismissal")
    body = "Paul Lind was sacked by Mayor Ines Varga after the audit."
    assert any({"Paul Lind", "Ines Varga"} <= set(names) for names in with_kind(body, "dismissal"))


def test_firing_back_firing_shots_and_dismissing_claims_are_no_dismissal():
    assert "dismissal" not in kinds("Mayor Ines Varga fired back at her critics on Monday.")
    assert "dismissal" not in kinds("Police fired tear gas at the crowd outside Mayor Ines Varga's office.")
    assert "dismissal" not in kinds("Mayor Ines Varga dismissed the claims about Paul Lind as nonsense.")
    assert "dismissal" not in kinds("Mayor Ines Varga dismissed Paul Lind as a crank.")
    assert "dismissal" not in kinds("Mayor Ines Varga did not fire Paul Lind.")
    assert "dismissal" not in kinds("Mayor Ines Varga would fire Paul Lind if the audit found fraud.")


# confirmations and committees


def test_a_nominee_confirmed_by_a_count_or_a_body():
    body = "Ruth Okafor is the president's pick for the appeals court. She was confirmed 61 to 38 on Tuesday."
    assert ["Ruth Okafor"] in with_kind(body, "appointment")
    body = "Judge Ruth Okafor was confirmed by the Senate on Tuesday."
    assert any("Ruth Okafor" in names for names in with_kind(body, "appointment"))


def test_a_confirmed_report_or_a_future_confirmation_is_no_appointment():
    assert "appointment" not in kinds("Senator Tom Reyes confirmed the report on Tuesday.")
    assert "appointment" not in kinds("Ruth Okafor was confirmed as the speaker at the spring dinner.")
    assert "appointment" not in kinds("The Senate could confirm Ruth Okafor next week.")


def test_a_nominee_who_cleared_a_committee_was_voted_through_it():
    body = "Ruth Okafor, who cleared the Judiciary Committee in May, still waits for a floor vote."
    assert ["Ruth Okafor"] in with_kind(body, "vote")
    assert "vote" not in kinds("Ruth Okafor cleared her desk in May and left the building.")


# rulings


def test_a_judge_rules_writes_for_the_majority_or_dissents():
    assert ["Tom Ashby"] in with_kind("Judge Tom Ashby ruled on Friday that the new map was unlawful.", "ruling")
    body = "Judge Tom Ashby heard the case. Judge Ashby made his ruling after a two-day hearing."
    assert any("Tom Ashby" in names for names in with_kind(body, "ruling"))
    body = "Circuit Judge Mara Quist, writing for the majority, said the law was clear."
    assert ["Mara Quist"] in with_kind(body, "ruling")
    body = "Judge Leo Brandt, in his dissent, said the voters had been misled."
    assert ["Leo Brandt"] in with_kind(body, "ruling")


def test_a_ruling_with_no_judge_or_a_persons_decision_is_no_ruling():
    assert "ruling" not in kinds("That ruling was overturned in May, Senator Tom Reyes said.")
    assert "ruling" not in kinds("Tom Ashby's decision to retire surprised his colleagues.")
    assert "ruling" not in kinds("Senator Tom Reyes wrote for the local paper for ten years.")


# bids ruled out


def test_a_bid_ruled_out_is_announced():
    body = "Former governor Nell Strand ruled out a run for the Senate on Monday."
    assert ["Nell Strand"] in with_kind(body, "announcement")


def test_other_things_ruled_out_or_a_bid_not_ruled_out_are_no_event():
    assert not kinds("Former governor Nell Strand ruled out any tax rise.")
    assert not kinds("Former governor Nell Strand has not ruled out a run for the Senate.")


# requests for inquiries and resignations


def test_a_request_for_an_inquiry_or_a_resignation():
    body = "Representative Dana Kell on Tuesday requested an investigation of the port contract."
    assert ["Dana Kell"] in with_kind(body, "request")
    assert ["Dana Kell"] in with_kind("Representative Dana Kell called for a special prosecutor.", "request")
    body = "Representative Dana Kell called on Wednesday for Minister Omar Haddad to resign."
    assert with_kind(body, "request") == [["Dana Kell"]]
    assert "resignation" not in kinds(body)  # the minister was asked to resign; he did not


def test_a_policy_called_for_a_planned_or_denied_request_is_no_event():
    assert not kinds("Representative Dana Kell called for sanctions on the shipping firms.")
    assert "request" not in kinds("Representative Dana Kell plans to request an investigation of the contract.")
    assert "request" not in kinds("Representative Dana Kell would seek an inquiry if the minister stayed.")
    assert "request" not in kinds("Representative Dana Kell has not requested an inquiry.")


# support announced


def test_support_announced_or_thrown_behind_someone_is_an_endorsement():
    body = "Governor Ray Moss announced that he would support Tara Lund for mayor."
    assert with_kind(body, "endorsement") == [["Ray Moss", "Tara Lund"]]
    assert "announcement" not in kinds(body)  # the support is what was announced
    body = "Tara Lund is running for mayor. Governor Ray Moss has thrown his support behind Lund."
    assert ["Ray Moss", "Tara Lund"] in with_kind(body, "endorsement")


def test_support_refused_denied_not_yet_given_or_for_a_bill_is_no_endorsement():
    assert "endorsement" not in kinds("Governor Ray Moss announced that he would not support Tara Lund.")
    assert "endorsement" not in kinds("Governor Ray Moss threw his support behind the housing bill.")
    assert "endorsement" not in kinds("Governor Ray Moss has yet to endorse Tara Lund.")
    assert "endorsement" not in kinds("Governor Ray Moss refused to endorse Tara Lund on Friday.")


def test_a_running_mate_is_not_named_after_the_candidate_as_a_participant():
    body = "Tara Lund's running mate, Governor Ray Moss, has thrown his support behind Ann Pike."
    assert ["Ray Moss", "Ann Pike"] in with_kind(body, "endorsement")


def test_the_one_accused_of_an_act_did_it():
    body = "The columnist Tom Reed attacked Governor Anna Berg by accusing her of endorsing Jane Roe."
    assert with_kind(body, "endorsement") == [["Anna Berg", "Jane Roe"]]


def test_an_endorsement_received_is_no_visit():
    body = "Senator Ann Lee received the endorsement of Governor Tom Hale on Friday."
    assert "visit" not in kinds(body)


# questioned, written, called, sued


def test_told_investigators_is_questioning():
    body = "Aide Kim Ortiz and adviser Sam Bell told investigators they had deleted nothing."
    assert ["Kim Ortiz", "Sam Bell"] in with_kind(body, "interview")
    assert not kinds("Aide Kim Ortiz told friends she was tired of the job.")


def test_a_press_release_or_a_letter_sent_to_many_is_a_statement():
    body = "Governor Ray Moss said in a press release on Monday that the plant would stay open."
    assert ["Ray Moss"] in with_kind(body, "statement")
    body = "On Thursday a letter was sent from the club's chairman, Lou Pratt, to the club members."
    assert ["Lou Pratt"] in with_kind(body, "statement")
    assert "statement" not in kinds("Lou Pratt sent his assistant an email about the lunch.")


def test_calls_made_to_someone_are_calls():
    body = "Tara Lund has begun making calls to party delegates across the state."
    assert ["Tara Lund"] in with_kind(body, "call")
    assert "call" not in kinds("Tara Lund made calls for calm after the flood.")


def test_a_lawsuit_filed_by_someone():
    body = "The lawsuit filed by former clerk Linda Moore last month claims the council broke the law."
    assert ["Linda Moore"] in with_kind(body, "lawsuit")
    assert "lawsuit" not in kinds("The report filed by former clerk Linda Moore last month lists the council's debts.")


# who acts


def test_they_are_two_people_named_together_just_before():
    body = "Take Senators Anna Berg and Tom Hale. Last week, they endorsed Jane Roe for mayor."
    found = [(names, summary) for kind, names, summary in events_of(body) if kind == "endorsement"]
    assert found == [(["Anna Berg", "Tom Hale", "Jane Roe"], "Berg and Hale endorse Roe")]
    body = "Senators Anna Berg, Tom Hale and the mayor met voters. They later endorsed Jane Roe for mayor."
    assert not any("Anna Berg" in names for names in with_kind(body, "endorsement"))


def test_a_nomination_of_someone_is_an_appointment():
    body = "President Lena Marsh's nomination of Ruth Okafor to the court drew praise from both parties."
    assert ["Lena Marsh", "Ruth Okafor"] in with_kind(body, "appointment")
    assert "appointment" not in kinds("Senator Lena Marsh won the nomination in June.")


def test_whom_a_voted_text_names_is_no_voter():
    body = "The city council voted 7-2 on Wednesday for a motion condemning Senator Joe Park's remarks."
    assert "vote" in kinds(body)
    assert not any("Joe Park" in names for names in with_kind(body, "vote"))


def test_a_call_for_a_country_to_act_is_no_request():
    body = "Defence Secretary Ben Ward called for Russia to step back from the border."
    assert "request" not in kinds(body)
    body = "Representative Dana Kell called for Minister Omar Haddad to step down."
    assert ["Dana Kell"] in with_kind(body, "request")


def test_officials_asked_for_an_inquiry_make_a_request():
    body = "Representatives Dana Kell and Omar Haddad asked the U.S. attorney whether the minister lied under oath."
    found = [(names, summary) for kind, names, summary in events_of(body) if kind == "request"]
    assert found == [(["Dana Kell", "Omar Haddad"], "Kell and Haddad ask the U.S. attorney for an inquiry")]
    assert "request" not in kinds("Representative Dana Kell asked the reporter whether the minister lied.")


def test_an_interest_in_a_post_stated_is_a_candidacy():
    body = "Tom Reyes and Ann Pike have publicly stated their interest in the governor's seat."
    assert ["Tom Reyes", "Ann Pike"] in with_kind(body, "candidacy")
    assert not kinds("Mayor Tom Reyes stated his interest in gardening.")
    assert not kinds("Mayor Tom Reyes has not declared his candidacy for governor.")


def test_whose_seat_is_sought_does_not_run():
    body = "Tom Reyes and Ann Pike have publicly stated their interest in taking Governor Lou Marsh's seat."
    assert with_kind(body, "candidacy") == [["Tom Reyes", "Ann Pike"]]


def test_a_chamber_voting_to_confirm_a_nominee_confirms_them():
    body = "The Senate voted 52-48 on Thursday to confirm Judge Ruth Okafor to the appeals court."
    assert ("appointment", ["Ruth Okafor"], "Okafor is confirmed") in events_of(body)


def test_an_investigation_opened_and_a_bill_introduced_are_announced():
    body = "Attorney General Tom Reyes opened an investigation into the port contract on Friday."
    assert ("announcement", ["Tom Reyes"], "Reyes opens an investigation into the port contract") in events_of(body)
    body = "The FBI opened an investigation into Senator Ann Pike's campaign finances on Friday."
    assert not any("Ann Pike" in names for names in with_kind(body, "announcement"))  # she is investigated
    body = "Senator Ann Pike introduced a bill on Monday to cap drug prices."
    assert ["Ann Pike"] in with_kind(body, "announcement")
    assert not kinds("Senator Ann Pike hopes to introduce a bill next year.")
    assert not kinds("Senator Ann Pike did not introduce the bill.")


def test_someone_subpoenaed_by_a_committee():
    body = "The House Judiciary Committee subpoenaed Attorney General Tom Reyes on Wednesday."
    assert ("hearing", ["Tom Reyes"], "Reyes is subpoenaed") in events_of(body)
    assert not kinds("The lawyer Tom Reyes subpoenaed the bank records on Wednesday.")


def test_a_strike_led_or_gone_on_is_a_protest_and_an_air_strike_is_not():
    assert ["Kim Ortiz"] in with_kind("Union leader Kim Ortiz led a strike by 4,000 nurses on Monday.", "protest")
    assert "protest" not in kinds("The air strike on Tuesday killed twelve people, General Lou Marsh said.")
