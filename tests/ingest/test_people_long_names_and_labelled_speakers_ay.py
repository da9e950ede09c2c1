"""Long names kept whole (the Gulf's 'H.E.' before 'bin … Al …' names, Catalan and Spanish double
surnames, a last word the tagger read as a place), names after an office or a role noun, and
speakers written with letters after the name or after the body they speak for (issue 18, stop 41).
Made-up sentences."""

from .extracted import people_of, speakers_of

# --- "His Excellency" abbreviated before a long Arabic name ----------------------------------------


def test_an_abbreviated_excellency_opens_a_long_arabic_name():
    body = (
        "H.E. Khalfan bin Rashid Al Maamari, head of the services committee, said the report was ready. "
        "H. E. Saif bin Hamad Al Siyabi, member for the coastal wilayat, asked for more time."
    )
    people = people_of(body)
    assert "Khalfan bin Rashid Al Maamari" in people
    assert "Saif bin Hamad Al Siyabi" in people


def test_excellency_written_as_two_letters_with_a_space():
    body = "H E Nasra bint Salim Al Habsi, chair of the health committee, opened the session on Monday."
    assert list(people_of(body)) == ["Nasra bint Salim Al Habsi"]


def test_particles_do_not_count_towards_the_four_words_after_an_honorific():
    body = "Dr. Faisal bin Omar Al Rashdi told the council the hospital would open in June."
    assert list(people_of(body)) == ["Faisal bin Omar Al Rashdi"]


# --- Catalan and Spanish double surnames --------------------------------------------------------


def test_a_catalan_second_surname_after_i_belongs_to_the_name():
    body = '"The port will stay public," the regional minister, Marta Puig i Ferrer, told the chamber.'
    assert speakers_of(body) == {"The port will stay public,": "Marta Puig i Ferrer"}


def test_a_spanish_second_surname_after_y_belongs_to_the_name():
    body = "Councillor Andrés Molina y Castro said the market would reopen after the repairs."
    assert list(people_of(body)) == ["Andrés Molina y Castro"]


def test_i_before_a_capitalised_phrase_is_no_surname():
    body = "Mayor Pau Roca said the festival i Vidal Hermanos sponsor would return."
    assert "Pau Roca" in people_of(body)


# --- a last word the tagger cut off, then the surname speaking alone ------------------------------


def test_the_word_after_a_full_name_that_speaks_alone_ends_that_name():
    body = (
        "The talks were led by Natural Resources Minister Dilshad Rasul Barzinji and the federal oil minister.\n\n"
        '"We have waited long enough," Barzinji told reporters on Monday.'
    )
    people = people_of(body)
    assert "Dilshad Rasul Barzinji" in people
    assert speakers_of(body)["We have waited long enough,"] == "Dilshad Rasul Barzinji"


def test_a_surname_tagged_with_the_verb_after_it_still_speaks_for_the_full_name():
    body = (
        "Outside the ministry, union organiser Thandeka Mokoena read out the demands.\n\n"
        '"Nobody will accept this offer. Not the nurses, not the clerks," Mokoena told the crowd.'
    )
    assert speakers_of(body)["Nobody will accept this offer. Not the nurses, not the clerks,"] == "Thandeka Mokoena"


# --- names after an office or a role noun ---------------------------------------------------------


def test_a_name_tagged_as_a_place_after_a_lowercase_role_noun_and_a_comma_is_a_person():
    body = (
        "The head of the union of municipalities, Larissa mayor Kostas Papadimas, asked the ministry "
        "for a guarantee that no service would close."
    )
    assert "Kostas Papadimas" in people_of(body)


def test_the_given_name_run_into_the_body_of_an_office_stays_with_the_surname():
    body = "Speaker of Parliament Ioane Vaai read out the letter before the sitting was adjourned."
    people = people_of(body)
    assert list(people) == ["Ioane Vaai"]
    assert people["Ioane Vaai"].role == "Speaker of Parliament"


# --- speakers labelled with letters after the name or after the body they serve ----------------------


def test_a_speaker_with_letters_after_the_name_is_the_person():
    body = (
        'Committee Chair Rhona Gillespie MSP said: "We were promised a finished ferry two years ago."\n\n'
        'The party\'s health spokesman, Owen Pritchard MLA, said the waiting lists showed "a service in retreat".'
    )
    speakers = speakers_of(body)
    assert speakers["We were promised a finished ferry two years ago."] == "Rhona Gillespie"
    assert speakers["a service in retreat"] == "Owen Pritchard"


def test_a_name_after_the_body_a_spokesperson_serves_is_the_spokespersons():
    body = (
        "A spokeswoman for the Transport Ministry, Aigerim Seitkali, said the ministry would "
        '"listen to drivers" before the rules change.\n\n'
        'A lawyer for the Orbis Shipping company, Tomasz Wrona, said the firm was "ready to settle".'
    )
    speakers = speakers_of(body)
    assert speakers["listen to drivers"] == "Aigerim Seitkali"
    assert speakers["ready to settle"] == "Tomasz Wrona"


# --- bodies, places, documents and portfolios that are not people ----------------------------------


def test_a_name_beside_a_noun_for_a_business_or_a_campaign_is_no_person():
    body = (
        "The operator of the crossing, Skerry Link, said the timetable would not change. "
        "A residents' campaign, Save Our Pier, gathered 3,000 names. "
        "A member of the group, Ailsa Munro, said the pier was safe."
    )
    assert list(people_of(body)) == ["Ailsa Munro"]


def test_the_ends_of_a_route_are_places():
    body = (
        "The new tram will run from Ha Dong Market to Cau Giay in the west of the city. "
        "Buses from Kasese to Bwera stopped on Monday, engineer Peter Mugisha said."
    )
    assert list(people_of(body)) == ["Peter Mugisha"]


def test_residents_and_patients_of_a_town_name_a_place_wherever_its_name_is_found_again():
    body = (
        "Residents of Hoa Binh have waited since 2016 for the road. "
        "Patients from Kyjov will be driven to the Kyjov hospital, director Jana Mrazova said."
    )
    assert list(people_of(body)) == ["Jana Mrazova"]


def test_a_constituency_named_after_a_seat_is_a_place_where_it_speaks_too():
    body = (
        "The member for Ambae, Esmon Tari, withdrew his name.\n\n"
        '"Ambae needs the new wharf more than a new government," Mr Tari said.'
    )
    assert list(people_of(body)) == ["Esmon Tari"]


def test_a_name_modifying_a_noun_after_the_or_a_demonstrative_names_a_thing():
    body = (
        "Counting will take place with the Lok Sabha results on June 4. "
        '"This Bill was written in the capital and will be felt in the valleys," said Rhian Powell.'
    )
    assert list(people_of(body)) == ["Rhian Powell"]


def test_the_words_before_a_role_and_a_name_are_the_roles_ward_or_portfolio():
    body = (
        "Kinross Central councillor Fiona Baird said the school would stay open. "
        "Union Ayush Minister Ravi Menon said the clinics were ready."
    )
    assert set(people_of(body)) == {"Fiona Baird", "Ravi Menon"}


def test_a_numbered_bill_and_a_portfolio_are_no_people():
    body = (
        "Nineteen senators voted for House Bill No. 4120 on Monday, the Minister of State for Northern "
        "Development has announced. Questions from MPs followed, and Senator Lorna Reyes spoke against it."
    )
    assert list(people_of(body)) == ["Lorna Reyes"]


# --- speakers given as an office, a document or a pronoun after an office written with a comma ----------


def test_an_office_before_a_comma_and_an_honorific_is_the_role_the_office_noun_later_stands_for():
    body = (
        "The plan was welcomed by Minister of Transport and Works, Hon. Desmond Pryce, who visited the port.\n\n"
        '"The harbour will be busy again by the summer," the Minister said.\n\n'
        "The motion passed, according to the Speaker of the Assembly, Sheikh Abdullahi Omar Farah, who chaired it.\n\n"
        '"Nobody is above this chamber," the Speaker said.'
    )
    speakers = speakers_of(body)
    assert speakers["The harbour will be busy again by the summer,"] == "Desmond Pryce"
    assert speakers["Nobody is above this chamber,"] == "Abdullahi Omar Farah"


def test_the_statement_said_after_a_statement_someone_made_in_the_paragraph_before():
    body = (
        "The head of the farmers' union, Ilse Brandt, welcomed the plan in a statement on Friday.\n\n"
        '"Farmers need water before they need speeches," the statement said.\n\n'
        "In a letter to members, the club's chairman Owen Reid said the ground would be sold. "
        '"We had no other way out," the letter said.'
    )
    speakers = speakers_of(body)
    assert speakers["Farmers need water before they need speeches,"] == "Ilse Brandt"
    assert speakers["We had no other way out,"] == "Owen Reid"


def test_he_after_a_body_speaks_in_a_clause_is_the_person_named_before():
    body = (
        "Opposition finance critic Marek Novak said the scheme would cost more than the ministry admitted. "
        'In an interview, he called it "a bill for our grandchildren".\n\n'
        'Councillor Rosa Lind said repairs were later than the council claimed. She called them "a scandal".'
    )
    speakers = speakers_of(body)
    assert speakers["a bill for our grandchildren"] == "Marek Novak"
    assert speakers["a scandal"] == "Rosa Lind"


def test_a_name_after_a_constituency_read_as_a_second_conjunct_speaks_for_the_role():
    body = (
        "The Member for Kingston Central, Paulette Grant, who backed the bill, said the protest was theatre.\n\n"
        '"They had a week to read it and read none of it."'
    )
    assert speakers_of(body)["They had a week to read it and read none of it."] == "Paulette Grant"


# --- he or she after a paragraph that brings a person in -------------------------------------------


def test_she_after_the_paragraphs_subject_who_spoke_earlier_is_that_subject_not_the_last_speaker():
    body = (
        '"The rules are clear," Marta Lind said.\n\n'
        "A spokesman for the Interior Ministry, Oskar Berg, said the draft would be revised.\n\n"
        'Lind dismissed the criticism. "Nobody wrote this law for us but us," she said.'
    )
    assert speakers_of(body)["Nobody wrote this law for us but us,"] == "Marta Lind"


def test_he_opening_the_paragraph_after_an_office_holder_set_beside_the_offices_body():
    body = (
        '"We will vote for it," Councillor Ruth Banda said.\n\n'
        "Chairman of the Northern Traders Association, Yusuf Phiri, welcomed the bill but asked for more money.\n\n"
        'He said: "A market with no budget is a market in name only."'
    )
    assert speakers_of(body)["A market with no budget is a market in name only."] == "Yusuf Phiri"


def test_the_person_brought_in_with_a_long_string_of_honours_speaks_in_the_next_paragraph():
    body = (
        '"The funds are ready," Minister Yang Berhormat Dato Seri Setia Awang Haji Ismail bin Haji Salleh said.\n\n'
        "Yang Berhormat Dayang Hajah Norhayati binti Haji Ahmad had asked how the money would be audited.\n\n"
        '"Volunteers run our councils and nobody has trained them," she said.'
    )
    assert speakers_of(body)["Volunteers run our councils and nobody has trained them,"] == (
        "Norhayati binti Haji Ahmad"
    )


def test_a_majority_leader_written_with_an_honorific_and_a_seat_speaks_after_the_paragraph():
    body = (
        '"Bring the minister here," Hon. Lamin Sowe said.\n\n'
        "The Majority Leader, Hon. Musa Ceesay, Member for Kombo East, opposed the motion.\n\n"
        '"This House has committees for that," he said.'
    )
    assert speakers_of(body)["This House has committees for that,"] == "Musa Ceesay"


def test_a_given_name_the_tagger_ran_into_the_offices_body_stays_with_two_surnames():
    body = (
        "President of the National Assembly Rolando Cepero Valdés closed the session on Friday. "
        "Director of the National Museum Lucia Perez Ortiz said the roof leaked. "
        "Speaker of the House of Assembly Jane Doe adjourned the sitting."
    )
    assert set(people_of(body)) == {"Rolando Cepero Valdés", "Lucia Perez Ortiz", "Jane Doe"}
