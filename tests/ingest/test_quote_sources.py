"""Quotations whose source is written around a name: descriptions, roles, possessives, other
subjects. Made-up sentences."""

from .extracted import speakers_of


def test_a_colon_lead_in_with_a_pronoun_owner_is_that_person():
    body = (
        "Rosa Delgado, who runs the pharmacy, said she was woken by a call from police.\n\n"
        'Her verdict on the firefighters: "They saved my shop."'
    )
    assert speakers_of(body)["They saved my shop."] == "Rosa Delgado"


def test_a_who_clause_makes_a_name_in_the_object_a_subject_for_a_pronoun():
    body = (
        "The minister's caution irritates Greta Lindqvist, who worked for him in the 1990s.\n\n"
        'Her verdict: "He is waiting for someone else to be brave."'
    )
    assert speakers_of(body)["He is waiting for someone else to be brave."] == "Greta Lindqvist"


def test_a_who_clause_does_not_make_an_object_of_a_preposition_a_speaker():
    # "than Rob Pike, who has 151" is no "according to Rob Pike": "he said" is the last one who spoke
    body = (
        "Pete Moss said the count was fair.\n\n"
        "Moss has won more seats than Rob Pike, who has 151.\n\n"
        '"We will win the rest," he said.'
    )
    assert speakers_of(body)["We will win the rest,"] == "Pete Moss"


def test_a_name_in_apposition_to_a_place_subject_speaks_the_next_quotation():
    body = (
        "Mandera Senator Abdi Hassan opened the debate.\n\n"
        'Nairobi Senator Wanjiru Kamau-Ndegwa rose on a point of order. "The senator is misleading the '
        'House. No county will lose money."'
    )
    assert (
        speakers_of(body)["The senator is misleading the House. No county will lose money."] == "Wanjiru Kamau-Ndegwa"
    )


def test_a_possessor_is_not_the_person_a_paragraph_brings_in():
    body = (
        '"We will fight this," said Pieter Jansen, whose family has farmed here for a century.\n\n'
        "Jansen's neighbour, Aisha Bouzid, who keeps sheep, is more open. \"If they pay a fair price, "
        'I will listen," she said.'
    )
    assert speakers_of(body)["If they pay a fair price, I will listen,"] == "Aisha Bouzid"


def test_a_countrys_minister_is_not_another_countrys_counterpart():
    body = (
        "Foreign Minister Imran Saeed Qureshi will raise the matter with his Chinese counterpart, Liu Guowei, "
        "next week.\n\n"
        'In a statement, Pakistan\'s foreign minister said the country "will not accept any unilateral step".'
    )
    assert speakers_of(body)["will not accept any unilateral step"] == "Imran Saeed Qureshi"


def test_a_nationality_and_leader_stand_for_that_countrys_president():
    body = (
        "Prime Minister Kenji Arakawa and South Korean President Choi Min-seok met in Tokyo on Friday.\n\n"
        '"Our peoples have more in common than our histories suggest," the South Korean leader said.'
    )
    assert speakers_of(body)["Our peoples have more in common than our histories suggest,"] == "Choi Min-seok"


def test_an_age_description_stands_for_the_subject_named_in_the_paragraph_before():
    body = (
        'Owner Teodoro "Teddy" Castellanos-Ruiz arrived around 4 a.m. and watched from across the street.\n\n'
        '"My father opened this place in 1983," the 56-year-old said, his voice breaking.'
    )
    assert speakers_of(body)["My father opened this place in 1983,"] == "Teodoro Castellanos-Ruiz"


def test_an_age_description_reaches_past_a_paragraph_that_names_nobody():
    body = (
        '"They gave me intelligence," coach Diego Ferreyra told reporters.\n\n'
        "The 54-year-old Argentine, who took over in January, admitted he had not expected to lead so soon.\n\n"
        '"It is too early to celebrate," the 54-year-old Argentine said.'
    )
    assert speakers_of(body)["It is too early to celebrate,"] == "Diego Ferreyra"


def test_a_person_noun_description_stands_for_the_subject_named_before():
    body = (
        "Rohana Ismail, 63, whose house was under two metres of water, said she had lost everything.\n\n"
        '"That machine was my income," the grandmother of seven said.'
    )
    assert speakers_of(body)["That machine was my income,"] == "Rohana Ismail"


def test_a_party_description_stays_in_its_paragraph():
    body = (
        "Presidential candidate Ben Hollis suggests cutting regulations.\n\n"
        '"It drives the prices of everything up," the Republican said this week.'
    )
    assert speakers_of(body)["It drives the prices of everything up,"] == "the Republican"


def test_ruled_after_a_quotation_attributes_a_judge():
    body = (
        '"A stall, once razed, cannot be rebuilt by a court order," ruled Justice Tendai Mhlanga-Chirwa.\n\n'
        "The ruling out of any appeal was not discussed."
    )
    assert speakers_of(body)["A stall, once razed, cannot be rebuilt by a court order,"] == "Tendai Mhlanga-Chirwa"


def test_a_role_without_article_with_a_name_in_apposition_is_that_person():
    body = (
        "Lawyer for the vendors Mr Farai Chikomo of Chikomo & Partners told journalists outside court: "
        '"Our clients have paid their levies for years."'
    )
    assert speakers_of(body)["Our clients have paid their levies for years."] == "Farai Chikomo"


def test_said_the_striker_after_a_striker_was_named():
    body = (
        "Nicolás Ortiz Benítez scored twice.\n\n"
        "Ortiz Benítez, the Paraguayan striker signed for a club-record fee in the summer, now has nine goals.\n\n"
        '"I only think about the next goal," said the striker.'
    )
    assert speakers_of(body)["I only think about the next goal,"] == "Nicolás Ortiz Benítez"
