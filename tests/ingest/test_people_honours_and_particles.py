"""People written with strings of honours, patronymic particles, Irish surnames, letters after a
comma, and places and groups beside them; chairs and title-only references as speakers (issue 18).
Made-up sentences."""

import pytest

from articles.ingest.lexicon import PATRONYMIC_PARTICLES
from articles.ingest.people import same_full_name

from .extracted import people_of, speakers_of

# --- Malay, Bruneian and Indonesian honours ---------------------------------------------------


def test_the_name_after_a_string_of_bruneian_honours_is_the_person():
    body = (
        "Minister of Health Yang Berhormat Pehin Orang Kaya Seri Utama Dato Seri Setia Awang Haji Hamdan bin "
        "Haji Latif said the clinic would open in May."
    )
    people = people_of(body)
    assert list(people) == ["Hamdan bin Haji Latif"]
    assert people["Hamdan bin Haji Latif"].role == "Minister of Health"


def test_a_later_string_of_the_same_honours_stands_for_the_person():
    body = (
        "Minister of Health Yang Berhormat Pehin Orang Kaya Seri Utama Dato Seri Setia Awang Haji Hamdan bin "
        "Haji Latif opened the clinic.\n\n"
        '"Nobody should travel two hours to see a nurse," Yang Berhormat Pehin Orang Kaya Seri Utama said.'
    )
    assert list(people_of(body)) == ["Hamdan bin Haji Latif"]
    assert speakers_of(body)["Nobody should travel two hours to see a nurse,"] == "Hamdan bin Haji Latif"


def test_honours_before_a_given_name_alone_join_the_full_name():
    body = (
        "The question came from Yang Berhormat Dayang Hajah Rafidah binti Haji Salleh, a member for Belait.\n\n"
        '"The road floods every year," Yang Berhormat Dayang Hajah Rafidah said.'
    )
    assert list(people_of(body)) == ["Rafidah binti Haji Salleh"]
    assert speakers_of(body)["The road floods every year,"] == "Rafidah binti Haji Salleh"


def test_malaysian_honours_with_an_apostrophe_and_a_plain_honorific():
    body = (
        "Works Minister Dato' Sri Haji Razlan bin Omar visited the site. "
        "Awang Hisham Yusof, a contractor, said the bridge was safe."
    )
    assert set(people_of(body)) == {"Razlan bin Omar", "Hisham Yusof"}


def test_a_chinese_surname_yang_is_no_honour():
    body = "Yang Wei, a trader in the market, said prices had doubled."
    assert list(people_of(body)) == ["Yang Wei"]


# --- patronymic particles ---------------------------------------------------------------------


def test_a_lowercase_patronymic_closes_the_surname_and_the_surname_speaks_alone():
    body = (
        "The deputy minister, Azamat Bolotbek uulu, visited the dam.\n\n"
        '"The gates are older than I am," Bolotbek uulu told reporters.\n\n'
        "Engineer Saida Rustam qizi agreed."
    )
    people = people_of(body)
    assert set(people) == {"Azamat Bolotbek uulu", "Saida Rustam qizi"}
    assert [m.text for m in people["Azamat Bolotbek uulu"].mentions] == ["Azamat Bolotbek uulu", "Bolotbek uulu"]
    assert speakers_of(body)["The gates are older than I am,"] == "Azamat Bolotbek uulu"


@pytest.mark.parametrize(
    "full",
    [
        "Nur Aina bin Yusof",
        "Nur Aina binti Yusof",
        "Nur Aina bte Yusof",
        "Nur Aina bt Yusof",
        "Nur Aina ibni Sultan Yusof",
        "Nur Aina ibn Yusof",
    ],
)
def test_the_given_names_before_any_patronymic_particle_are_the_short_form(full):
    # the one set of particles the name finder reads a styled name by tells the short form too
    assert same_full_name(("Nur", "Aina"), tuple(full.split()))
    assert same_full_name(tuple(full.split()), ("Nur", "Aina"))


def test_a_name_with_bte_in_running_text_is_one_person_and_its_given_names_stand_for_it():
    body = (
        "The new clinic in Tutong was opened by Nur Aina bte Yusof, the district's senior nurse.\n\n"
        '"We waited ten years for this building," Nur Aina said.'
    )
    people = people_of(body)
    assert list(people) == ["Nur Aina bte Yusof"]
    assert [m.text for m in people["Nur Aina bte Yusof"].mentions] == ["Nur Aina bte Yusof", "Nur Aina"]
    assert speakers_of(body)["We waited ten years for this building,"] == "Nur Aina bte Yusof"


def test_honours_before_a_name_with_bte_and_a_father_with_an_honorific():
    body = (
        "The motion on school buses was seconded by Yang Berhormat Dayang Nur Aina bte Haji Yusof, "
        "who represents a rural seat.\n\n"
        '"Children should not walk an hour to class," Yang Berhormat Dayang Nur Aina said.'
    )
    assert list(people_of(body)) == ["Nur Aina bte Haji Yusof"]
    assert speakers_of(body)["Children should not walk an hour to class,"] == "Nur Aina bte Haji Yusof"


@pytest.mark.parametrize(
    "full",
    [
        "Siti Hajar binte Rahmat",
        "Siti Hajar bt Rahmat",
        "Siti Hajar binti Rahmat",
        "Siti Hajar ibni Rahmat",
        "Aisha Mariam bint Rahmat Al-Hinai",  # a hyphenated family name after the father's
    ],
)
def test_every_patronymic_particle_joins_the_father_s_name_in_running_text(full):
    # the tagger reads "Rahmat" as a date or a building here: after the particle it is the father's name all the same
    body = f"The prize went to {full}, a teacher at a primary school in Jurong, on Friday."
    assert list(people_of(body)) == [full]


def test_binte_and_ibni_with_honours_in_one_story():
    body = (
        "Madam Nurul Huda binte Rahmat, a retired teacher, met the prince, Tengku Faris ibni Sultan Hamid, "
        "at the library on Saturday.\n\n"
        '"The library was my second home," Nurul Huda said.'
    )
    people = people_of(body)
    assert set(people) == {"Nurul Huda binte Rahmat", "Faris ibni Sultan Hamid"}
    assert [m.text for m in people["Nurul Huda binte Rahmat"].mentions][-1] == "Nurul Huda"


@pytest.mark.parametrize("particle", sorted(PATRONYMIC_PARTICLES))
def test_a_patronymic_particle_not_between_name_words_joins_nothing(particle):
    # lowercase running text ("bt" is also a texting "but")
    body = (
        f"Lina Wong, a clerk in Kuching, said the old forms printed {particle} in small letters.\n\n"
        f"Farid Osman wrote {particle} and nothing more, she said."
    )
    assert set(people_of(body)) == {"Lina Wong", "Farid Osman"}
    # after a name, but before a lowercase word
    body = f"Lina Wong said Farid Osman {particle} was all one applicant wrote on the line."
    people = people_of(body)
    assert "Lina Wong" in people
    assert not any(particle in m.text.split() for p in people.values() for m in p.mentions)


def test_a_short_form_is_all_the_given_names_before_the_particle():
    assert not same_full_name(("Aina",), ("Nur", "Aina", "bte", "Yusof"))  # one word: too little to tell
    assert not same_full_name(("Nur", "Aina"), ("Siti", "Nur", "Aina", "bte", "Yusof"))
    assert not same_full_name(("Nur", "Aina"), ("Nur", "Aina", "Hanim", "ibni", "Yusof"))


# --- letters after a comma; chairs ------------------------------------------------------------


def test_letters_after_a_comma_close_a_name_of_four_words():
    body = "The committee met under the chairmanship of Syed Imran Ali Shah, MNA, on Monday."
    people = people_of(body)
    assert list(people) == ["Syed Imran Ali Shah"]
    assert people["Syed Imran Ali Shah"].role == "chair"


def test_the_chairman_is_the_person_the_meeting_was_held_under():
    body = (
        "The meeting was held under the chairmanship of Nadia Rahim Qureshi, MNA.\n\n"
        'The Chairman said, "We will not accept another delay."'
    )
    assert speakers_of(body)["We will not accept another delay."] == "Nadia Rahim Qureshi"


def test_the_committee_chair_is_who_chaired_it():
    body = (
        "The Health Committee, chaired by Harriet Mollison, MP, visited the hospital.\n\n"
        'The committee chair said, "We saw wards that were built for half as many beds."'
    )
    assert speakers_of(body)["We saw wards that were built for half as many beds."] == "Harriet Mollison"


def test_portfolio_words_after_an_office_are_not_the_name():
    body = "Secretary Finance Tariq Mehmood Awan told the committee the funds had been released."
    assert list(people_of(body)) == ["Tariq Mehmood Awan"]


# --- Irish surnames ---------------------------------------------------------------------------


def test_irish_surnames_with_particles_articles_and_mutations():
    body = (
        "Independent councillor Colm Mac Giolla Bhríde said the plan was late. "
        "Cathaoirleach Nóra Uí Dhonnchadha called a vote.\n\n"
        "Outside, Eoin Mac an tSaoir, who farms near the town, said he would object."
    )
    assert set(people_of(body)) == {"Colm Mac Giolla Bhríde", "Nóra Uí Dhonnchadha", "Eoin Mac an tSaoir"}


# --- hyphenated surnames after a person noun or in apposition -----------------------------------


def test_hyphenated_accented_surnames_in_apposition_and_after_a_person_noun():
    body = (
        "The state secretary, Réka Szőke-Balogh, said the port would open. "
        "In the village, farmer Awa Njie-Ceesay said the road was cut."
    )
    assert set(people_of(body)) == {"Réka Szőke-Balogh", "Awa Njie-Ceesay"}


def test_an_age_and_a_description_between_a_name_and_its_speech_verb():
    body = (
        "Councillor Tom Hale asked about the bins.\n\n"
        "In the village, Mariam Sesay, 47, a trader, said the market had flooded twice.\n\n"
        '"We lost everything in the stalls," she said.'
    )
    assert speakers_of(body)["We lost everything in the stalls,"] == "Mariam Sesay"


# --- places and groups --------------------------------------------------------------------------


def test_a_name_before_a_division_word_is_a_place():
    body = (
        "Floodwater reached Nong Saeng district on Friday. Nong Saeng was cut off, and soldiers used boats.\n\n"
        "Governor Anan Srisuk said help was on its way."
    )
    assert list(people_of(body)) == ["Anan Srisuk"]


def test_a_name_after_such_as_and_a_place_noun_is_a_place():
    body = "The rule keeps holiday homes out of villages such as An Baile Glas, the councillor Tom Hale said."
    assert list(people_of(body)) == ["Tom Hale"]


def test_a_name_after_a_word_for_a_group_is_the_group():
    body = "Campaign group Sahabat Hutan Kita welcomed the patrols, and Minister Ana Lopes said they would start soon."
    assert list(people_of(body)) == ["Ana Lopes"]


def test_an_irish_particle_after_an_office_with_its_own_of_phrase_belongs_to_the_name():
    body = "Director of Housing Niamh Ní Cheallaigh said the first homes would be ready in spring."
    assert list(people_of(body)) == ["Niamh Ní Cheallaigh"]


def test_the_community_of_a_name_is_a_place():
    body = "The clinic will open in the fishing community of Kuala Pelong, Health Minister Ann Cole said."
    assert list(people_of(body)) == ["Ann Cole"]


def test_o_of_an_irish_surname_is_a_name_word():
    body = "Director of Services Séamus Ó Riordáin said the homes would be ready in spring."
    assert list(people_of(body)) == ["Séamus Ó Riordáin"]


def test_provincial_seats_silks_and_doctorates_after_a_name():
    body = (
        "Rana Tahir Mehmood, MPA, tabled the bill. Femi Adeyemi-Bello SAN said the law was clear, and "
        "Grace Otieno PhD told the panel the data was old."
    )
    people = people_of(body)
    assert set(people) == {"Rana Tahir Mehmood", "Femi Adeyemi-Bello", "Grace Otieno"}
    assert people["Femi Adeyemi-Bello"].role == "SAN"


def test_a_given_name_before_bint_is_the_name_whatever_the_tagger_says():
    body = 'The undersecretary, Maryam bint Khalid Al Harthy, said the plan was ready.\n\n"We are ready," Maryam said.'
    people = people_of(body)
    assert list(people) == ["Maryam bint Khalid Al Harthy"]
    assert speakers_of(body)["We are ready,"] == "Maryam bint Khalid Al Harthy"
