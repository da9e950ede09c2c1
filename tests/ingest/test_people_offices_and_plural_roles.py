"""Names the people reader missed or misread after an office or a role: the object of 'swore in', a name
after an office with its own 'of' phrase ('Speaker of the National Assembly X', 'Minister of Energy X')
wherever it stands in the clause, and a plural role before several names ('MPs X and Y')."""

from articles.ingest.people import find_people


def people(body: str) -> dict[str, str]:
    """Each person's name → the role read for them."""
    return {person.name: person.role for person in find_people(body)}


def test_the_person_sworn_in_is_named_not_taken_for_a_place():
    body = (
        "The cabinet was reshuffled on Friday.\n\n"
        "The Governor General swore in Marisol Quaye as the new health minister at a short ceremony in the capital.\n\n"
        "The president swore in Devon Ashby-Clarke as attorney general the following morning."
    )
    assert {"Marisol Quaye", "Devon Ashby-Clarke"} <= set(people(body))


def test_a_name_in_a_place_after_in_stays_a_place():
    body = (
        "The minister was sworn in at a ceremony on Friday.\n\n"
        "She thanked the voters who had backed her party in Port Avalon and across the northern islands."
    )
    assert "Port Avalon" not in people(body)


def test_a_name_after_an_office_whose_of_phrase_has_the_is_the_officer():
    body = (
        "The new session of parliament began this week.\n\n"
        "Speaker of the National Assembly Tenzin Dorjee-Lhamo opened the session on Monday with a short address.\n\n"
        "Speaker of the House of Assembly Ngaire Tomoana-Hale adjourned the sitting on Tuesday after a long debate."
    )
    found = people(body)
    assert found.get("Tenzin Dorjee-Lhamo") == "Speaker of the National Assembly"
    assert found.get("Ngaire Tomoana-Hale") == "Speaker of the House of Assembly"


def test_an_office_with_the_in_its_of_phrase_and_no_name_names_no_one():
    body = (
        "The border reopened on Wednesday.\n\n"
        "The Minister of the Interior said the crossing would stay open through the holidays, officials added."
    )
    assert people(body) == {}


def test_a_name_after_a_portfolio_office_that_is_not_the_subject():
    body = (
        "The plant will be built next year.\n\n"
        "The agreement was signed earlier this month by Minister of Energy Pema Wangdi and the visiting delegation"
        " from the lenders.\n\n"
        "A second deal was signed by Minister of Trade and Industry Abena Owusu and two investors on Thursday."
    )
    found = people(body)
    assert found.get("Pema Wangdi") == "Minister of Energy"
    assert found.get("Abena Owusu") == "Minister of Trade and Industry"


def test_an_office_with_a_portfolio_and_no_name_names_no_one():
    body = (
        "The budget was tabled on Monday.\n\n"
        "Reporters later met the Minister of Finance and Planning at the treasury building for a briefing."
    )
    assert people(body) == {}


def test_a_plural_role_before_two_names_is_no_part_of_the_first_name():
    body = (
        "The interpellation request was filed on Sunday.\n\n"
        "MPs Khalid Al-Otaibi and Saad Al-Harbi submitted the request to the secretariat after the session.\n\n"
        "Councillors Mereana Pohatu and Dylan Ferris voted against the budget on Tuesday evening."
    )
    assert {"Khalid Al-Otaibi", "Saad Al-Harbi", "Mereana Pohatu", "Dylan Ferris"} <= set(people(body))
    assert not any(name.split()[0] in {"MPs", "Councillors"} for name in people(body))


def test_a_surname_that_ends_like_a_plural_title_stays_whole():
    body = (
        "The series returns in March.\n\n"
        "Actor Lee Majors said he was pleased with the ratings, and Generals Hotel manager Ana Ruiz agreed."
    )
    assert "Lee Majors" in people(body)


def test_the_first_name_after_a_lowercase_plural_role_is_a_person_whatever_the_tagger_read():
    body = (
        "The Senate advanced the bill in a procedural vote on Wednesday, after independent senators Morgan Tilley"
        " and Asha Pillai agreed to support it.\n\n"
        "The final vote is expected next week."
    )
    assert {"Morgan Tilley", "Asha Pillai"} <= set(people(body))


def test_a_verb_in_the_third_person_before_a_firm_names_no_one():
    body = (
        "The bank announced a new chief on Monday.\n\n"
        "She heads Morgan Stanley's wealth unit in the region and will start in June, the bank said."
    )
    assert "Morgan Stanley" not in people(body)


def test_the_name_after_swore_in_is_a_person_whatever_entity_the_tagger_gave_it():
    body = (
        "The new minister took office last night.\n\n"
        "Acting Governor General Dame Rosalind Pinder swore in Corinne Seymour-Ward as the new fisheries minister at"
        " State House last night.\n\n"
        "Janice Alleyne swore in Odessa Brathwaite as the new works minister at Government House last night."
    )
    assert {"Corinne Seymour-Ward", "Odessa Brathwaite"} <= set(people(body))


def test_a_place_after_was_sworn_in_is_no_person():
    body = (
        "The new judges were named last week.\n\n"
        "The new judge was sworn in Kingston on Monday by the chief justice, who wished her well."
    )
    assert "Kingston" not in people(body)


def test_a_sentence_of_offices_and_names_is_prose_not_a_headline():
    body = (
        "Kathmandu, May 3, 2024 — Speaker of the National Assembly Pemba Lhamo-Sherpa received Ambassador of"
        " Norway Ingrid Solberg on May 2.\n\n"
        "The two discussed parliamentary exchanges."
    )
    assert people(body).get("Pemba Lhamo-Sherpa") == "Speaker of the National Assembly"


def test_a_firm_after_members_of_a_union_is_no_person():
    body = (
        "A strike was called on Friday.\n\n"
        "Members of the Union of Port and Dock Workers at Harbourline Ferries have voted for strike action over"
        " rosters.\n\n"
        "Harbourline Ferries said it was disappointed by the result."
    )
    assert "Harbourline Ferries" not in people(body)
