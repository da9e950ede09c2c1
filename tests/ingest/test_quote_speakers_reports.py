"""Speakers of quotations in exchanges, quoted reports and after writers' asides (issue 18, polnear7
batch). Made-up sentences, each with a look-alike that keeps its result."""

from .extracted import speakers_of


def test_a_turn_of_an_exchange_is_its_own_leads_speakers():
    body = (
        "The messages were released by the county on Friday.\n\n"
        "Mayor Ann Hale writes to Tom Reyes, “Are you coming to the dinner tonight?” Reyes writes back, "
        "“No, I am far too busy this week.”"
    )
    speakers = speakers_of(body)
    assert speakers["Are you coming to the dinner tonight?"] == "Ann Hale"
    assert speakers["No, I am far too busy this week."] == "Tom Reyes"


def test_a_quotation_with_no_lead_of_its_own_still_takes_the_attribution_after_it():
    body = (
        "Mayor Ann Hale spoke to reporters on Friday.\n\n"
        "“We won the vote,” Hale said. Councillor Tom Reyes replied, “Not for long, we will not.”"
    )
    speakers = speakers_of(body)
    assert speakers["We won the vote,"] == "Ann Hale"
    assert speakers["Not for long, we will not."] == "Tom Reyes"


def test_a_participle_describing_the_speaker_inside_an_apposition_is_no_clause_verb():
    body = (
        "The emails were made public on Friday.\n\n"
        "''We will sign the lease,'' Anna Petrova, a Russian-American then advising the city council, wrote "
        "in an email."
    )
    assert speakers_of(body)["We will sign the lease,"] == "Anna Petrova"


def test_a_quotation_paragraph_after_a_paragraph_closing_on_an_aside_in_brackets():
    body = (
        "Ann Hale, who runs the clinic, spoke to the panel on Monday.\n\n"
        "Hale also talked about the new licensing bill, which the assembly passed in May. (The bill "
        "requires every clinic to hold two licences. It also doubles the fee for each.)\n\n"
        "“A right you cannot afford to use is not much of a right. We will keep the doors open.”"
    )
    words = "A right you cannot afford to use is not much of a right. We will keep the doors open."
    assert speakers_of(body)[words] == "Ann Hale"


def test_a_bracketed_aside_that_is_the_whole_paragraph_before_leaves_no_speaker_of_its_own():
    body = (
        "The clinic opened in 2010.\n\n"
        "(The bill requires every clinic to hold two licences.)\n\n"
        "“A right you cannot afford to use is not much of a right.”"
    )
    assert not speakers_of(body)["A right you cannot afford to use is not much of a right."]


def test_a_report_quoted_whole_is_its_outlets_words_not_the_person_it_reports_on():
    body = (
        "The Riverside Courier reported on Tuesday that the council had split over the budget.\n\n"
        '"The meeting ran late, and Councillor Ann Hale told reporters afterwards that the vote had been unfair.\n\n'
        '"Hale said the budget had been rushed through without a proper debate.\n\n'
        '“We were given two hours to read four hundred pages,” Hale said."'
    )
    speakers = speakers_of(body)
    opening = "The meeting ran late, and Councillor Ann Hale told reporters afterwards that the vote had been unfair."
    assert speakers[opening] == "The Riverside Courier"
    assert speakers["Hale said the budget had been rushed through without a proper debate."] == "The Riverside Courier"
    assert speakers["We were given two hours to read four hundred pages,"] == "Ann Hale"  # her words inside it


def test_a_quotation_running_over_paragraphs_is_still_the_speaker_named_at_its_end():
    body = (
        "Councillor Ann Hale spoke after the vote on Tuesday.\n\n"
        '"We went into that room hoping for a fair hearing.\n\n'
        '"We did not get one, and I will say so at every meeting," Hale said.'
    )
    speakers = speakers_of(body)
    assert speakers["We went into that room hoping for a fair hearing."] == "Ann Hale"
    assert speakers["We did not get one, and I will say so at every meeting,"] == "Ann Hale"


def test_a_quotation_after_a_sentence_about_a_role_is_the_roles_holder_or_the_role():
    named = (
        "Mayor Ann Hale toured the flooded streets on Monday.\n\n"
        "The mayor is less sure than her deputy. “We were lucky this time.”"
    )
    assert speakers_of(named)["We were lucky this time."] == "Ann Hale"
    unnamed = "The river rose overnight.\n\nThe mayor is less sure. “We were lucky this time.”"
    assert speakers_of(unnamed)["We were lucky this time."] == "The mayor"


def test_a_quotation_after_a_sentence_about_any_mayor_has_no_speaker():
    body = "The river rose overnight.\n\nA mayor is rarely sure. “We were lucky this time.”"
    assert not speakers_of(body)["We were lucky this time."]


def test_a_question_then_asked_and_a_noun_is_the_nouns_question():
    body = (
        "The governor took questions from the crowd in the gym.\n\n"
        "“How big is that wall going to be?” asked the boy, who wore a red cap, as the audience laughed.\n\n"
        "“Where did all of the money go?” asked a woman in the front row."
    )
    speakers = speakers_of(body)
    assert speakers["How big is that wall going to be?"] == "the boy"
    assert speakers["Where did all of the money go?"] == "a woman"


def test_a_statement_then_told_and_a_noun_is_no_speaker():
    body = "The office closed at noon.\n\n“You will need to pay the whole fee before Friday,” told the clerk."
    assert not speakers_of(body)["You will need to pay the whole fee before Friday,"]
