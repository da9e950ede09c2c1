"""A house's decisions as outlets word them: a text passed or defeated in the passive, a body that is not a chamber
approving something, a text voted down "in the assembly" or "in a voice vote", a motion that failed, a person who
survived or lost a vote, the mover named after the vote, the members whose words are reported (not quoted) after it,
and the officer who chaired the sitting. Invented stories (the layouts_blind c-pages showed the classes)."""

from articles.ingest.dates import PartialDate
from articles.ingest.events import find_events, is_presiding_role
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes


def events_of(body: str) -> list[tuple[str, list[str]]]:
    people = find_people(body)
    quotes = find_quotes(body, people)
    return [
        (e.kind, [people[i].name for i in e.participants]) for e in find_events(body, people, quotes, PartialDate())
    ]


def votes(body: str) -> list[list[str]]:
    return [names for kind, names in events_of(body) if kind == "vote"]


def test_a_text_passed_in_the_passive_takes_the_officials_quoted_after_it():
    body = "\n\n".join(
        [
            "The Coastal Ferries Bill was approved late on Thursday after a debate that ran over two sittings.",
            'Harbours Minister Ilse Marven said: "The islands will have a boat every morning, whatever the weather."',
        ]
    )
    assert any("Ilse Marven" in names for names in votes(body))
    body = "\n\n".join(
        [
            "The amendment was rejected after a long afternoon of speeches.",
            '"We will bring it back in the autumn," opposition whip Darius Kell said.',
        ]
    )
    assert any("Darius Kell" in names for names in votes(body))


def test_a_board_or_a_commission_approving_something_is_its_decision():
    body = "\n\n".join(
        [
            "The regional transport board approved a 6 percent fare rise on Monday.",
            'Board chair Renata Oyelaran said: "Nobody likes a higher fare, but the buses have to run."',
        ]
    )
    assert any("Renata Oyelaran" in names for names in votes(body))
    body = "\n\n".join(
        [
            "The licensing commission rejected the casino's application for a second floor.",
            'Commissioner Pieter Haagen said: "The town has enough tables already."',
        ]
    )
    assert any("Pieter Haagen" in names for names in votes(body))


def test_a_text_defeated_in_the_house_or_approved_in_a_vote_is_voted_on():
    body = "\n\n".join(
        [
            "A motion to halve the arts grant was defeated in the assembly on Wednesday.",
            '"Culture is not a luxury for a small country," Culture Minister Aino Saari said.',
        ]
    )
    assert any("Aino Saari" in names for names in votes(body))
    body = "The new map of wards was adopted by the councillors in a show of hands chaired by Mayor Liesel Brandt."
    assert not votes(body)  # a show of hands is not named a vote here
    body = "The new map of wards was adopted by the councillors in a roll-call vote chaired by Mayor Liesel Brandt."
    assert any("Liesel Brandt" in names for names in votes(body))


def test_a_motion_that_failed_takes_the_person_it_was_against():
    body = "The censure motion against Health Minister Paulo Reis failed on Monday, winning only 40 votes."
    assert any("Paulo Reis" in names for names in votes(body))
    body = "A recall bill aimed at Governor Mirela Voss failed in the upper house."
    assert any("Mirela Voss" in names for names in votes(body))


def test_a_plan_that_failed_or_a_bill_that_failed_to_move_is_no_vote():
    assert not votes("Senator Kofi Arhin said the plan failed because nobody paid for it.")
    assert not votes("The bill sponsored by Senator Kofi Arhin failed to reach the floor before the recess.")


def test_a_person_who_survived_or_lost_a_vote_took_part_in_it():
    assert any("Teodora Lind" in names for names in votes("Premier Teodora Lind survived a confidence vote on Friday."))
    body = "Mayor Osric Bellamy lost a no-confidence motion by two votes after the budget row."
    assert any("Osric Bellamy" in names for names in votes(body))


def test_the_mover_named_after_a_defeated_text_took_part():
    body = "\n\n".join(
        [
            "An opposition amendment to scrap the road toll was defeated in the chamber on Tuesday.",
            "Deputy Marisa Quental, who tabled the amendment, argued that drivers already paid enough.",
        ]
    )
    assert any("Marisa Quental" in names for names in votes(body))
    body = "\n\n".join(
        [
            "The motion of no confidence in the water minister failed on Thursday.",
            "The motion was put forward by Senator Hallam Price on behalf of the Greens.",
        ]
    )
    assert any("Hallam Price" in names for names in votes(body))


def test_members_whose_words_are_reported_after_a_body_s_vote_took_part():
    body = "\n\n".join(
        [
            "The upper house voted 40 to 29 on Wednesday to open an inquiry into dairy prices.",
            "Senator Wilma Oduya said the inquiry would start with farmers in the north.",
            "The opposition's spokesman on farming, Senator Brandon Acre, said the inquiry duplicated a review.",
        ]
    )
    found = votes(body)
    assert any({"Wilma Oduya", "Brandon Acre"} <= set(names) for names in found)


def test_a_party_s_member_speaking_on_a_vote_holds_office():
    body = "\n\n".join(
        [
            "The assembly voted 31 to 25 to let towns set their own speed limits.",
            "The Greens' Oonagh Farrell said her party had backed the change.",
        ]
    )
    assert any("Oonagh Farrell" in names for names in votes(body))


def test_the_officer_who_chaired_the_sitting_took_part_in_its_decision():
    body = "\n\n".join(
        [
            "The provincial assembly approved the water tariff bill on Monday.",
            "The sitting was presided over by Speaker Halima Dube.",
        ]
    )
    assert any("Halima Dube" in names for names in votes(body))
    body = "\n\n".join(
        [
            "The finance committee met on Tuesday with Senator Rui Castelo in the chair.",
            "The committee rejected the bill by five votes to two.",
            'Deputy Minister Alma Ferreira said: "We will come back with a better draft."',
        ]
    )
    assert any({"Rui Castelo", "Alma Ferreira"} <= set(names) for names in votes(body))


def test_presiding_roles():
    assert is_presiding_role("Speaker")
    assert is_presiding_role("Council Speaker")
    assert is_presiding_role("Chairman of the Shura Council")
    assert not is_presiding_role("Chairman of the Finance Committee")
    assert not is_presiding_role("Deputy Speaker")
    assert not is_presiding_role("spokesperson")


def test_a_body_s_vote_told_by_an_official_takes_the_officials_quoted_after_it():
    body = "\n\n".join(
        [
            "Assembly Speaker Yusuf Demir said the budget was approved by a two-thirds majority.",
            '"Every school will get its roof fixed this year," Education Minister Leyla Aksoy said.',
        ]
    )
    assert any({"Yusuf Demir", "Leyla Aksoy"} <= set(names) for names in votes(body))


def kinds(body: str, kind: str) -> list[list[str]]:
    return [names for found, names in events_of(body) if found == kind]


def test_two_people_named_side_by_side_as_subjects_both_act():
    body = "Trade Minister Ana Quispe and her Chilean counterpart Tomas Errazuriz signed the accord in Lima."
    assert any({"Ana Quispe", "Tomas Errazuriz"} <= set(names) for names in kinds(body, "signing"))
    body = "Harbour Minister Odile Faure and his Belgian counterpart Joris Peeters signed the agreement on Monday."
    assert any({"Odile Faure", "Joris Peeters"} <= set(names) for names in kinds(body, "signing"))


def test_a_body_s_vote_naming_only_whom_it_was_about_takes_the_members_quoted_after():
    body = "\n\n".join(
        [
            "The state assembly voted 70-28 on Tuesday to override Governor Alma Reyes's veto of the school bill.",
            'Assemblyman Curtis Nwankwo said: "Children cannot wait another year for their books."',
        ]
    )
    assert any({"Alma Reyes", "Curtis Nwankwo"} <= set(names) for names in votes(body))
    body = "\n\n".join(
        [
            "The city council voted 9-4 on Monday to censure Councillor Dario Lenz over his expenses.",
            'Council leader Freya Holm said: "Public money is not pocket money."',
        ]
    )
    assert any({"Dario Lenz", "Freya Holm"} <= set(names) for names in votes(body))


def test_a_rapporteur_and_a_legislature_s_president_hold_office():
    body = "\n\n".join(
        [
            "The chamber approved the pensions bill on Thursday with 160 votes in favour.",
            "Opposition rapporteur Stavros Kalamaris said the bill left widows worse off.",
        ]
    )
    assert any("Stavros Kalamaris" in names for names in votes(body))
    assert is_presiding_role("President of the National Assembly")
    assert not is_presiding_role("President of the Republic")


def test_officials_who_briefed_or_appeared_before_a_body_that_met_took_part():
    body = "\n\n".join(
        [
            "The public accounts committee met on Monday under the chairmanship of Senator Farida Qadir.",
            "Audit director Sadia Noor briefed the committee that 14 projects were behind schedule.",
        ]
    )
    assert any({"Farida Qadir", "Sadia Noor"} <= set(names) for names in kinds(body, "meeting"))
    body = "\n\n".join(
        [
            "The water board met on Friday with Chair Helga Brandt presiding.",
            "Engineer Tobias Lund appeared before the board to explain the leaks in the eastern main.",
        ]
    )
    assert any("Tobias Lund" in names for names in kinds(body, "meeting"))


def test_a_petition_handed_to_an_office_takes_who_organised_it():
    body = "\n\n".join(
        [
            "Parents delivered a petition to the education office on Friday asking for a crossing guard.",
            "Mirela Dobre, who started the petition, said 900 families had signed it.",
        ]
    )
    assert any("Mirela Dobre" in names for names in kinds(body, "protest"))
    body = "\n\n".join(
        [
            "Residents handed a letter to the mayor's office on Tuesday objecting to the new car park.",
            "The letter was organised by Kwame Boateng, who chairs the residents' association.",
        ]
    )
    assert any("Kwame Boateng" in names for names in kinds(body, "protest"))


def test_a_memorandum_handed_over_takes_the_official_who_received_it():
    body = "\n\n".join(
        [
            "Nurses marched to the ministry on Wednesday, where union leader Agnes Phiri handed over a memorandum.",
            '"We cannot work double shifts for single pay," Phiri told the crowd.',
            "Ministry secretary Daniel Banda, who accepted the memorandum, said the minister would reply in a week.",
        ]
    )
    assert any({"Agnes Phiri", "Daniel Banda"} <= set(names) for _, names in events_of(body))


def test_the_officer_who_put_a_text_to_the_vote_and_its_seconder_took_part():
    body = "\n\n".join(
        [
            "Seconding the motion, MP Grace Anan said the roads had waited long enough.",
            "Speaker Ibrahim Sesay then put the motion to a voice vote.",
        ]
    )
    assert any({"Ibrahim Sesay", "Grace Anan"} <= set(names) for names in votes(body))
    body = "Chairwoman Lucia Ferraz put the amendment to the vote shortly after midnight."
    assert any("Lucia Ferraz" in names for names in votes(body))


def test_an_opposition_walkout_takes_the_leader_of_the_opposition():
    body = "\n\n".join(
        [
            "Leader of the Opposition Ruth Kamara accused the government of hiding the audit.",
            "Opposition members walked out of the chamber on Tuesday before the budget vote.",
        ]
    )
    assert any("Ruth Kamara" in names for names in kinds(body, "protest"))
    body = "\n\n".join(
        [
            "Opposition leader Hamid Karimi called the bill a land grab.",
            "All twelve opposition MPs walked out in protest when the Speaker refused a debate.",
        ]
    )
    assert any("Hamid Karimi" in names for names in kinds(body, "protest"))
    assert not kinds("Nurses walked out of two hospitals on Tuesday over pay.", "protest")


def test_a_text_advanced_or_passed_on_a_counted_vote_is_voted_on():
    body = "\n\n".join(
        [
            "The bill advanced on a 28-11 vote, with four senators absent.",
            'Senator Dolores Kaine said: "Renters have waited long enough."',
        ]
    )
    assert any("Dolores Kaine" in names for names in votes(body))
    body = "\n\n".join(
        [
            "The measure passed on a voice vote late on Thursday.",
            'Councillor Harold Ojo said: "This is the least we owe the volunteers."',
        ]
    )
    assert any("Harold Ojo" in names for names in votes(body))


def test_a_presiding_officer_s_ruling_is_an_event_and_a_judge_s_stays_the_court_s():
    assert ["Rolf Heine"] in kinds("Chairman Rolf Heine ruled the amendment out of order.", "ruling")
    body = "The Speaker, Ama Owusu, ruled that the question could not be put before the recess."
    assert ["Ama Owusu"] in kinds(body, "ruling")
    assert not kinds("Councillor Ama Owusu ruled out standing for mayor.", "ruling")


def test_who_told_the_body_a_hearing_was_of_took_part_in_it():
    body = "\n\n".join(
        [
            "At a hearing of the Senate committee on fisheries, Sen. Rosa Dimalanta said the ban came late.",
            "Fisheries Director Noel Batungbakal told the committee that stocks had fallen by a third.",
        ]
    )
    assert any({"Rosa Dimalanta", "Noel Batungbakal"} <= set(names) for names in kinds(body, "hearing"))
    body = "\n\n".join(
        [
            "During a meeting of the city council on Monday, Mayor Ines Carvalho defended the new parking fees.",
            "Transport officer Rui Matos informed the council that revenue had doubled.",
        ]
    )
    assert any({"Ines Carvalho", "Rui Matos"} <= set(names) for names in kinds(body, "meeting"))


def test_an_opposition_walkout_takes_the_opposition_member_named_after_it_first():
    body = "\n\n".join(
        [
            "Opposition leader Hamid Karimi spent the morning at a flood camp in the north.",
            "Opposition members walked out of the chamber on Tuesday when the Speaker refused more questions.",
            "Opposition whip Leila Sadeghi said the members had been told to sit down and keep quiet.",
        ]
    )
    assert any(names == ["Leila Sadeghi"] for names in kinds(body, "protest"))
