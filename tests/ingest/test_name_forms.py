"""People: name forms from many naming traditions, and roles written around them. Made-up sentences."""

from .extracted import people_of


def test_two_word_malay_honorifics_are_not_a_name():
    body = (
        "Tan Sri Wong Kah Meng, the chairman of a rubber growers' group, said prices had fallen.\n\n"
        "Trade Minister Datuk Seri Dr Azlan Rahim said the government would step in."
    )
    people = people_of(body)
    assert set(people) == {"Wong Kah Meng", "Azlan Rahim"}
    assert people["Azlan Rahim"].role == "Trade Minister"


def test_given_names_before_bin_are_the_short_form_of_a_patronymic_name():
    body = (
        "Housing Minister Mohd Rizal bin Osman opened the flats on Monday.\n\n"
        "Mohd Rizal, who is also a local MP, said 300 families would move in."
    )
    people = people_of(body)
    assert list(people) == ["Mohd Rizal bin Osman"]
    assert [m.text for m in people["Mohd Rizal bin Osman"].mentions][-1] == "Mohd Rizal"


def test_particles_join_the_given_name_and_open_a_sentence():
    body = (
        "Anneke van der Berg-Dekker has run the dairy for twenty years.\n\n"
        "Van der Berg-Dekker, 61, keeps 90 cows near the dike.\n\n"
        "María de las Nieves Ortega, who sells cheese, said business was slow."
    )
    people = people_of(body)
    assert set(people) == {"Anneke van der Berg-Dekker", "María de las Nieves Ortega"}
    assert len(people["Anneke van der Berg-Dekker"].mentions) == 2


def test_a_hyphenated_given_name_stays_whole_before_said():
    body = '"The land is ours," said Jan-Pieter Smulders, whose family farms near the river.'
    assert list(people_of(body)) == ["Jan-Pieter Smulders"]


def test_titles_after_of_are_the_office_not_a_longer_office():
    body = (
        "A division Bench of Chief Justice Ravi Shankar Menon and Justice P.K. Lalitha heard the plea.\n\n"
        "Chief Justice Menon asked for a report."
    )
    people = people_of(body)
    assert set(people) == {"Ravi Shankar Menon", "P.K. Lalitha"}
    assert people["Ravi Shankar Menon"].role == "Chief Justice"
    assert people["P.K. Lalitha"].role == "Justice"  # not the whole "Chief Justice … and Justice"
    # An office's own 'of' phrase still ends before the name.
    body = "The minister said the talks were held by telephone with Russian Chief of the General Staff Ivan Petrov."
    assert list(people_of(body)) == ["Ivan Petrov"]


def test_a_korean_given_name_with_a_lowercase_syllable_stays_whole():
    body = (
        "Prime Minister Kenji Arakawa and South Korean President Choi Min-seok met in Tokyo on Friday.\n\n"
        "Choi said the talks had gone well."
    )
    people = people_of(body)
    assert set(people) == {"Kenji Arakawa", "Choi Min-seok"}
    assert [m.text for m in people["Choi Min-seok"].mentions][-1] == "Choi"  # the family name, written first


def test_a_nickname_in_quotation_marks_is_not_part_of_the_name():
    body = 'Owner Roberto "Bobby" Marchetti-Lyons watched from the sidewalk as crews worked.'
    assert list(people_of(body)) == ["Roberto Marchetti-Lyons"]


def test_a_surname_speaking_alone_finds_its_untagged_full_name():
    body = (
        "One plumber, Mehmet Yıldırım of Duisburg, said orders had halved.\n\n"
        '"People ask for a price and then wait," Yıldırım said.'
    )
    people = people_of(body)
    assert list(people) == ["Mehmet Yıldırım"]
    assert [m.text for m in people["Mehmet Yıldırım"].mentions] == ["Mehmet Yıldırım", "Yıldırım"]


def test_a_role_in_apposition_leaves_out_the_clause_describing_the_person():
    body = (
        "Nicolás Ortiz Benítez scored twice.\n\n"
        "Ortiz Benítez, the Paraguayan striker signed for a club-record fee in the summer, now has nine goals."
    )
    assert people_of(body)["Nicolás Ortiz Benítez"].role == "Paraguayan striker"


def test_what_a_group_is_known_as_is_not_a_person():
    body = (
        "Farmers near the river have been attacked by an armed group known locally as Jama'atu Ahlis Sahel, "
        "which demands levies at harvest.\n\n"
        "Village head Musa Danladi said the attacks began in March."
    )
    assert list(people_of(body)) == ["Musa Danladi"]


def test_a_name_holding_a_word_for_god_is_a_group():
    body = "Ansar Allah's chief negotiator, Abdulmalik al-Hamdani, struck a harder tone on Monday."
    people = people_of(body)
    assert list(people) == ["Abdulmalik al-Hamdani"]


def test_a_hyphenated_surname_the_tagger_cuts_stays_whole_and_its_bare_form_joins_it():
    body = (
        "Finance Minister Klara Brandt-Oyelaran presented the budget on Wednesday.\n\n"
        '"Nobody will pay more tax on bread," Brandt-Oyelaran said.'
    )
    people = people_of(body)
    assert list(people) == ["Klara Brandt-Oyelaran"]
    assert [m.text for m in people["Klara Brandt-Oyelaran"].mentions][-1] == "Brandt-Oyelaran"


def test_a_three_word_name_after_a_long_office_with_a_possessive_stays_whole():
    body = (
        "Director of the province's Department of Health Vũ Đức Thắng said the new ward would open in May.\n\n"
        '"We have beds, but not enough nurses," Thắng said.'
    )
    people = people_of(body)
    assert list(people) == ["Vũ Đức Thắng"]
    assert [m.text for m in people["Vũ Đức Thắng"].mentions][-1] == "Thắng"


def test_a_three_word_name_after_a_long_office_without_diacritics():
    body = (
        "Head of the city's Department of Planning Tran Minh Quan said the bridge would be finished in 2027.\n\n"
        "Quan said the contractor had been fined twice."
    )
    people = people_of(body)
    assert list(people) == ["Tran Minh Quan"]
    assert len(people["Tran Minh Quan"].mentions) == 2


def test_a_generational_suffix_is_not_the_surname():
    body = (
        "Mayor Rodolfo Bautista Jr. opened the bridge on Monday.\n\n"
        "Bautista said the toll would be lifted in June. Councilman Lyle Hargrove III disagreed.\n\n"
        "Hargrove said the council had not been told."
    )
    people = people_of(body)
    assert set(people) == {"Rodolfo Bautista Jr.", "Lyle Hargrove III"}
    assert [m.text for m in people["Rodolfo Bautista Jr."].mentions][-1] == "Bautista"
    assert [m.text for m in people["Lyle Hargrove III"].mentions][-1] == "Hargrove"


def test_a_middle_name_used_alone_is_the_same_person():
    body = (
        "State minister Harriet Nankya Ssempala toured the clinic on Friday.\n\n"
        "Nankya said the ministry would send two more doctors before Christmas."
    )
    people = people_of(body)
    assert list(people) == ["Harriet Nankya Ssempala"]
    assert [m.text for m in people["Harriet Nankya Ssempala"].mentions][-1] == "Nankya"


def test_a_son_with_a_generational_suffix_is_not_his_father():
    body = (
        "Donald Hale Jr. spoke at the rally before his father.\n\n"
        "Donald Hale told the crowd the mine would reopen. Hale said jobs would follow."
    )
    people = people_of(body)
    assert set(people) == {"Donald Hale Jr.", "Donald Hale"}
    assert [m.text for m in people["Donald Hale"].mentions] == ["Donald Hale", "Hale"]
