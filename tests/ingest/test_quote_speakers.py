"""Speakers of quotations on unseen news: attributions the parser misreads, bodies and documents
that speak, unnamed speakers carried on. Made-up sentences."""

from articles.ingest.people import find_people

from .extracted import speakers_of


def test_a_subject_and_any_intransitive_verb_after_a_comma_quotation_attribute_it():
    body = (
        "Senator Tom Vardy said the port had lost its identity.\n\n"
        '"Our port will always be our port," an irritated Lena Marsh retaliated. "It never gives up."'
    )
    speakers = speakers_of(body)
    assert speakers["Our port will always be our port,"] == "Lena Marsh"
    assert speakers["It never gives up."] == "Lena Marsh"


def test_a_speech_verb_the_tagger_reads_as_a_noun_before_a_prepositional_phrase():
    body = (
        "The memo reached the committee on Monday.\n\n"
        '"Our ports remain open to every ship and every crew," the Norwegians state in the memo, which '
        "was shared with members."
    )
    assert speakers_of(body)["Our ports remain open to every ship and every crew,"] == "the Norwegians"


def test_an_organisation_before_a_colon_is_the_source():
    body = 'The Hale campaign, in a note to donors, put it more bluntly: "We need every vote in every county."'
    assert speakers_of(body)["We need every vote in every county."] == "The Hale campaign"


def test_a_document_before_a_colon_is_the_source():
    body = 'A footnote in the audit makes that plain: "No funds were moved between the two accounts."'
    assert speakers_of(body)["No funds were moved between the two accounts."] == "A footnote in the audit"


def test_a_document_sent_by_a_person_speaks_for_that_person():
    body = (
        "Tom Hale won the county by a wide margin.\n\n"
        "A fundraising email sent out by Hale on Monday night warned of a hard race: "
        '"Every county will matter and every vote will count."'
    )
    assert speakers_of(body)["Every county will matter and every vote will count."] == "Tom Hale"


def test_the_person_carries_on_an_unnamed_source_of_the_paragraph():
    body = (
        "Mayor Ann Cole did not comment.\n\n"
        'Another source close to the mayor said, "She will run again." Later the person added, '
        '"She has not told her staff yet."'
    )
    speakers = speakers_of(body)
    assert speakers["She will run again."] == "Another source close to the mayor"
    assert speakers["She has not told her staff yet."] == "Another source close to the mayor"


def test_opined_is_a_speech_verb():
    body = 'Drivers were warned again.\n\n"Leave the car at home," opined the Riverside Courier.'
    assert speakers_of(body)["Leave the car at home,"] == "the Riverside Courier"


def test_a_speech_verb_read_as_a_noun_before_an_interjecting_comma():
    body = (
        "One worker kept a copy of the handbook.\n\n"
        '"Family leave," the handbook states, becomes available "after one year of service."'
    )
    assert speakers_of(body)["Family leave,"] == "the handbook"


def test_a_closing_mark_run_into_the_speakers_name():
    body = (
        "Ann Cole spoke in Leeds on Friday.\n\n"
        "“It has been most surprising to see the mood turn so fast,”Cole said. “Nobody expected it.”"
    )
    speakers = speakers_of(body)
    assert speakers["It has been most surprising to see the mood turn so fast,"] == "Ann Cole"
    assert speakers["Nobody expected it."] == "Ann Cole"


def test_a_speech_verb_opening_the_sentence_before_the_name():
    body = 'Roger Vance spoke for an hour on Monday.\n\nContinued Vance: "So I think it is a very real problem."'
    assert speakers_of(body)["So I think it is a very real problem."] == "Roger Vance"


def test_an_unnamed_description_by_age_is_the_label():
    body = 'The clip ran for a minute.\n\n"What if the mayor took singing lessons?" the 43-year-old asked in the clip.'
    assert speakers_of(body)["What if the mayor took singing lessons?"] == "the 43-year-old"


def test_blamed_carries_a_partial_quotation():
    body = 'Gov. Dana Pruitt blamed the court\'s "four unelected judges who blocked our sensible laws."'
    assert speakers_of(body)["four unelected judges who blocked our sensible laws."] == "Dana Pruitt"


def test_a_clause_after_a_partial_quotation_is_not_its_attribution():
    body = 'When Tom Hale said he would "protect every family in the county," the crowd applauded loudly.'
    assert speakers_of(body)["protect every family in the county,"] == "Tom Hale"


def test_a_message_sent_to_someone_saying_is_the_senders():
    body = (
        "Tom Hale won the county on Tuesday.\n\n"
        "Even before Hale took the stage, his campaign sent out a text message to supporters saying: "
        '"With your help, we won the county!"'
    )
    assert speakers_of(body)["With your help, we won the county!"] == "his campaign"


def test_went_so_far_as_to_say():
    body = "The Courier columnist Dana Whitlock went so far as to say: ''The paper as we know it is over.''"
    assert speakers_of(body)["The paper as we know it is over."] == "Dana Whitlock"


def test_said_and_a_description_the_parser_made_the_subject_of_the_clause_after_it():
    body = (
        "At a bakery near the square, a cashier was shaken.\n\n"
        '"One man came in and said we should close for good," said the woman, who like many in the town '
        "did not want to be quoted by name."
    )
    assert speakers_of(body)["One man came in and said we should close for good,"] == "the woman"


def test_a_bare_surname_stays_with_the_person_it_already_stood_for():
    body = (
        "Senator Tom Sanders spoke in Ames on Friday. Sanders said the race was close.\n\n"
        'His wife, Jane Sanders, introduced him. "We really can win on Tuesday," said Sanders as he closed out. '
        '"Mrs. Sanders knows every county," he added.'
    )
    people = find_people(body)
    assert speakers_of(body)["We really can win on Tuesday,"] == "Tom Sanders"
    jane = next(p for p in people if p.name == "Jane Sanders")
    assert "Mrs. Sanders" in [m.text for m in jane.mentions]


def test_a_colon_after_a_bracket_run_into_the_quotation():
    body = 'Rep. Dana Whitlock (D-Ore.):"I have not heard anyone else ever cite that figure."'
    assert speakers_of(body)["I have not heard anyone else ever cite that figure."] == "Dana Whitlock"


def test_a_name_opening_the_sentence_before_a_whose_clause_speaks():
    body = (
        "Mr. Pellow, whose latest firm, Datapoint, helps brands find suppliers, said Mr. Hale was a candidate "
        "in the spirit of the valley: ''He has a lot of ideas and drops them if they fail.''"
    )
    assert speakers_of(body)["He has a lot of ideas and drops them if they fail."] == "Pellow"


def test_a_statement_released_by_a_person_speaks_for_that_person():
    body = (
        "But Mr. Hale showed no sign of backing down, releasing a statement that, while condemning violence, "
        "accused the county leadership of using ''its power to prevent a fair process from taking place.''"
    )
    assert speakers_of(body)["its power to prevent a fair process from taking place."] == "Hale"


def test_sings_introduces_a_quotation():
    body = 'In her best-known song, Dana Moss sings, "Do not go changing to try and please me."'
    assert speakers_of(body)["Do not go changing to try and please me."] == "Dana Moss"


def test_a_quotation_in_the_clause_of_a_named_persons_verb_is_their_words():
    body = (
        "Councillor Ann Cole spoke last.\n\n"
        'Cole thought the turnout was high, a tribute to "the long hours of her volunteers in every ward."'
    )
    assert speakers_of(body)["the long hours of her volunteers in every ward."] == "Ann Cole"


def test_a_named_body_listing_a_quotation_is_its_source():
    body = 'On its website, the Port Authority lists "the safety of passengers as our first priority."'
    assert speakers_of(body)["the safety of passengers as our first priority."] == "the Port Authority"


def test_a_short_phrase_in_a_verbs_clause_stays_a_scare_quote():
    body = 'Tom Hale visited the "smart city" showroom on Monday.'
    assert speakers_of(body) == {}


def test_a_quotation_under_a_common_noun_subject_gets_no_speaker():
    body = 'The crowd filled the square under banners about "no more closures in our valley towns."'
    assert speakers_of(body)["no more closures in our valley towns."] == ""


def test_a_name_before_a_participle_aside_speaks_for_a_verb_with_auxiliaries():
    body = (
        "The row began on Friday after Mr. Tom Hale, asked about the deaths of two reporters, had said, "
        "''I think our own city does plenty of harm too.''"
    )
    assert speakers_of(body)["I think our own city does plenty of harm too."] == "Tom Hale"


def test_a_partial_quotation_in_a_clause_reported_before_it_is_not_the_next_speakers():
    body = (
        'But even as Tom Hale claimed on Tuesday that "the port was never in better shape," Ann Cole said '
        "the two accounts could not both be true."
    )
    assert speakers_of(body)["the port was never in better shape,"] == "Tom Hale"


def test_a_nickname_in_quotation_marks_inside_a_name_is_no_quotation():
    body = (
        'Senator Rogelio "Boy" Tuazon said the bill would pass.\n\n'
        "The coach, Kelvin ‘Sugar’ Okoro, told reporters the team was ready.\n\n"
        '"We have waited long enough," Tuazon said.'
    )
    assert speakers_of(body) == {"We have waited long enough,": "Rogelio Tuazon"}


def test_a_name_after_the_honourable_speaks():
    body = (
        "Hon. Felix Amankwah, the deputy minister, presented the bill on Tuesday.\n\n"
        '"We have waited long enough for clean water," Hon. Amankwah said.'
    )
    assert speakers_of(body) == {"We have waited long enough for clean water,": "Felix Amankwah"}


def test_a_quotation_paragraph_after_a_paragraph_ending_on_a_named_subject_is_that_persons():
    body = (
        "The council met on Tuesday to weigh the harbour plan.\n\n"
        "Councillor Rosa Imbert is hopeful about the vote, in part because she sees the plan as a compromise.\n\n"
        '"Nobody gets everything they wanted, and that is how it should be."'
    )
    assert speakers_of(body)["Nobody gets everything they wanted, and that is how it should be."] == "Rosa Imbert"


def test_a_pronoun_subject_of_the_paragraph_before_speaks_a_quotation_paragraph():
    body = (
        "Marta Ollins has knocked on doors in the ward for a month.\n\n"
        "She stops at a gate and waits.\n\n"
        '"Good evening, I am here about the library vote."'
    )
    assert speakers_of(body)["Good evening, I am here about the library vote."] == "Marta Ollins"


def test_a_paragraph_before_whose_subject_did_not_act_does_not_lend_it():
    body = (
        "Councillor Rosa Imbert did not attend the meeting on the harbour plan.\n\n"
        '"Nobody gets everything they wanted, and that is how it should be."'
    )
    assert speakers_of(body).get("Nobody gets everything they wanted, and that is how it should be.") in {None, ""}


def test_who_joined_to_an_earlier_relative_clause_is_the_noun_it_describes():
    body = (
        "The rally was small on Friday.\n\n"
        "The senator spoke for Tom Aldane, who is running for the county seat and who worked the crowd, "
        'praising "the honesty of a man who never once broke a promise" as he went.'
    )
    assert speakers_of(body)["the honesty of a man who never once broke a promise"] == "Tom Aldane"


def test_a_clause_about_whose_possession_is_no_speaker_label():
    body = (
        "The minister praised Mr. Ebbe Larsen, whose term ends next June, for the "
        '"patient and needed reforms at the fund."'
    )
    assert speakers_of(body).get("patient and needed reforms at the fund.") != "whose term"


def test_a_paragraph_about_several_people_does_not_lend_its_last_subject():
    body = (
        "Ana Ruiz named three members to the board, while Tom Vale named two. "
        "Councillor Rosa Imbert chose four.\n\n"
        '"The board should sit until every case has been heard."'
    )
    assert speakers_of(body).get("The board should sit until every case has been heard.") != "Rosa Imbert"


# --- transcripts and interviews set out as one paragraph per turn ------------------------------


def transcript_turns(body):
    """Each transcript turn's words → (speaker's name or label, label, kind)."""
    from articles.ingest.attributions import find_attributions
    from articles.ingest.quotes import find_quotes

    people = find_people(body)
    quotes = find_attributions(body, people, find_quotes(body, people))
    return {
        q.text: (people[q.speaker].name if q.speaker is not None else None, q.speaker_label, q.kind)
        for q in quotes
        if q.cue == ":"
    }


def test_a_broadcast_transcript_gives_each_turn_to_its_label_and_carries_long_answers_on():
    body = (
        "Governor Ruth Okafor of Lakeland appeared on the Sunday programme hosted by Dan Pryce.\n\n"
        "Here is part of the exchange:\n\n"
        "DAN PRYCE: Governor, the flood money has not arrived. Who is to blame for that delay?\n\n"
        "OKAFOR: We sent every form the agency asked for, and we sent them twice.\n\n"
        "The agency has had our numbers since the first week of the storm season.\n\n"
        "(CROSSTALK)\n\n"
        "PRYCE: So you blame the agency for all of it?\n\n"
        'OKAFOR: Not all of it. "Our farmers cannot wait until spring for this money, and they should not have to."'
    )
    turns = transcript_turns(body)
    assert turns["Governor, the flood money has not arrived. Who is to blame for that delay?"][:2] == (
        "Dan Pryce",
        "DAN PRYCE",
    )
    assert turns["We sent every form the agency asked for, and we sent them twice."][:2] == ("Ruth Okafor", "OKAFOR")
    # The answer's second paragraph is still hers; the stage direction is nobody's.
    assert turns["The agency has had our numbers since the first week of the storm season."][0] == "Ruth Okafor"
    assert not any("CROSSTALK" in words for words in turns)
    assert turns["So you blame the agency for all of it?"][0] == "Dan Pryce"
    # Unmarked turns are reported as PolNeAR has them; a quotation inside a turn is the speaker's.
    assert turns["So you blame the agency for all of it?"][2] == "indirect"
    assert speakers_of(body)["Our farmers cannot wait until spring for this money, and they should not have to."] == (
        "Ruth Okafor"
    )


def test_a_question_and_answer_interview_gives_turns_to_q_and_a():
    body = (
        "The novelist Mira Castell spoke to us about her third book and the town that inspired it.\n\n"
        "Q: Why did you set the story in a fishing town?\n\n"
        "A: Because I grew up in one, and nobody had written about the winters there.\n\n"
        "Q: Was it hard to go back?\n\n"
        "A: Harder than I expected. Half the boats are gone now."
    )
    turns = transcript_turns(body)
    assert turns["Why did you set the story in a fishing town?"][1] == "Q"
    assert turns["Harder than I expected. Half the boats are gone now."][1] == "A"


def test_a_hearing_with_honorific_labels_resolves_surnames_to_the_people_named():
    body = (
        "Councillor Imran Khan questioned the housing officer, Paula Brandt, at Tuesday's committee.\n\n"
        "Mr Khan: How many families are still waiting for a flat?\n\n"
        "Ms Brandt: Just over four hundred, and the list grows every month.\n\n"
        'Mr Khan told reporters after the session: "Four hundred families is four hundred too many."\n\n'
        "Mr Khan: And how many flats will the new block provide?"
    )
    turns = transcript_turns(body)
    assert turns["How many families are still waiting for a flat?"][0] == "Imran Khan"
    assert turns["Just over four hundred, and the list grows every month."][0] == "Paula Brandt"
    # The writer's paragraph between two turns, with its own attribution, carries on nobody's turn.
    assert not any("told reporters" in words for words in turns)
    assert speakers_of(body)["Four hundred families is four hundred too many."] == "Imran Khan"


def test_name_colon_headings_tallies_and_a_single_label_are_no_transcript():
    headings = (
        "Five candidates face the voters on Tuesday. Here is what each needs.\n\n"
        "Hale: Win by a wide margin.\n\n"
        "Hale has led every poll in the state since the summer.\n\n"
        "Cole: Finish a strong second.\n\n"
        "Cole is counting on the northern counties to keep her in the race."
    )
    tallies = "The delegate count after Tuesday:\n\nHale: 1,204.\n\nCole: 988."
    single = "Sen. Tom Hale had a short answer for reporters.\n\nHALE: We will not back down on the budget."
    for body in (headings, tallies, single):
        assert transcript_turns(body) == {}


def test_a_transcript_quoted_whole_gives_each_quoted_turn_to_its_label():
    body = (
        "Senator Vera Lind was pressed on the bridge contract by the host, Omar Hadley, on Sunday.\n\n"
        "A partial transcript follows:\n\n"
        '"HADLEY: Senator, your office signed the bridge contract a week before the bids closed. Why?\n\n'
        '"LIND: Because the old bridge was failing and we could not wait another winter for it.\n\n'
        '"VIDEO: A clip of the old bridge closed to lorries since March.\n\n'
        '"HADLEY: Did anyone on your staff know the winning firm in advance?\n\n'
        '"LIND: No. Not one person on my staff knew the firm before the bids came in."'
    )
    speakers = speakers_of(body)
    assert speakers["Senator, your office signed the bridge contract a week before the bids closed. Why?"] == (
        "Omar Hadley"
    )
    assert speakers["Because the old bridge was failing and we could not wait another winter for it."] == "Vera Lind"
    assert speakers["No. Not one person on my staff knew the firm before the bids came in."] == "Vera Lind"
    # A media label is nobody's name.
    assert all(speaker != "VIDEO" for speaker in speakers.values())


def test_words_a_named_person_owns_are_that_persons():
    body = (
        "Harbour director Sam Ortega and the mayor, Lena Marsh, met in March.\n\n"
        "The audit seems to contradict 2019 remarks from Ortega that "
        '"no ship will ever be turned away for lack of a berth."\n\n'
        'The mayor\'s answer was that "ports are built for the next century, not the next election," '
        "and she left the stage.\n\n"
        'A statement by Marsh on Monday said the city "will not sell the harbour to anyone."\n\n'
        'The remarks by Ortega, that "a harbour without ships is a car park," drew laughter.\n\n'
        '"Every berth is a promise." That line from Ortega appeared on the front page in 2019.'
    )
    speakers = speakers_of(body)
    assert speakers["no ship will ever be turned away for lack of a berth."] == "Sam Ortega"
    assert speakers["ports are built for the next century, not the next election,"] == "Lena Marsh"
    assert speakers["will not sell the harbour to anyone."] == "Lena Marsh"
    assert speakers["a harbour without ships is a car park,"] == "Sam Ortega"
    assert speakers["Every berth is a promise."] == "Sam Ortega"


def test_words_owned_by_a_role_nobody_named_holds_keep_the_role_as_their_source():
    body = (
        "Moderator Ann Reyes asked about child care in the second half of the debate.\n\n"
        'The Florida senator\'s answer was that "the most important institution in our society is the family," '
        "and he moved on."
    )
    assert speakers_of(body)["the most important institution in our society is the family,"] == "The Florida senator"


def test_words_about_someones_remarks_stay_with_whoever_says_them():
    body = (
        "Harbour director Sam Ortega and the mayor, Lena Marsh, met in March.\n\n"
        'Marsh said Ortega\'s remarks were "deeply wrong and badly timed."\n\n'
        'Marsh said the statement from the harbour board was "pure fiction from start to finish."\n\n'
        'Marsh called Ortega\'s plan "a fantasy that nobody will ever pay for."'
    )
    speakers = speakers_of(body)
    assert speakers["deeply wrong and badly timed."] == "Lena Marsh"
    assert speakers["pure fiction from start to finish."] == "Lena Marsh"
    assert speakers["a fantasy that nobody will ever pay for."] == "Lena Marsh"


def test_a_pronoun_owning_the_words_leaves_their_speaker_to_the_clause():
    body = (
        "Harbour director Sam Ortega and the mayor, Lena Marsh, met in March.\n\n"
        "Former envoy Ruth Adler, a Marsh supporter, stirred controversy last year over her remark that "
        '"no harbour is worth a single lost job."\n\n'
        'Marsh mocked Ortega\'s claim that he had saved the harbour as "the tallest tale of the decade."'
    )
    speakers = speakers_of(body)
    assert speakers["no harbour is worth a single lost job."] == "Ruth Adler"
    assert speakers["the tallest tale of the decade."] == "Lena Marsh"  # not the clause of Ortega's claim


def test_a_quotation_paragraph_carries_on_its_speaker_across_an_aside_in_brackets():
    body = (
        "Mayor Ann Cole met the drivers on Monday.\n\n"
        "The union's leader, Tom Reyes, also spoke about the contract, which runs out in June.\n\n"
        "(The contract covers 4,000 drivers. It was last renewed in 2019, after the strike.)\n\n"
        '"We want a fair deal and we want it before the summer. Nobody here wants another strike."'
    )
    assert speakers_of(body)[
        "We want a fair deal and we want it before the summer. Nobody here wants another strike."
    ] == ("Tom Reyes")


def test_a_quotation_in_a_speech_described_by_a_clause_is_the_speakers():
    body = (
        "Mayor Ann Cole met the drivers on Monday.\n\n"
        'In a speech that spoke to the "fear and the anger of working families," Cole struck a hopeful note.\n\n'
        'In a town that voted for "the party of order and low taxes," Cole won easily.'
    )
    speakers = speakers_of(body)
    assert speakers["fear and the anger of working families,"] == "Ann Cole"
    assert not speakers["the party of order and low taxes,"]  # the town's vote, nobody's words


def test_a_role_noun_written_with_a_state_is_not_a_holder_from_another_state():
    body = (
        "Ted Ward, who is third in the polls, spoke on defence during an appearance with Sen. Joan Ernst, R-Iowa.\n\n"
        'The Florida senator told reporters he feels good about his campaign, and "we will see what it means a week '
        'from tonight."\n\n'
        'Ernst introduced him. The Iowa senator said the crowd was "bigger than anyone had expected for a Tuesday."'
    )
    speakers = speakers_of(body)
    assert speakers["we will see what it means a week from tonight."] != "Joan Ernst"
    assert speakers["bigger than anyone had expected for a Tuesday."] == "Joan Ernst"


def test_a_state_written_before_the_name_or_in_brackets_matches_the_role_noun():
    body = (
        "Sen. Ben Ward (D-N.Y.) and Iowa Sen. Joan Ernst spoke on defence on Monday.\n\n"
        'The New York senator said the bill was "a good start but only a start."\n\n'
        'The Iowa senator said the bill was "far too expensive for what it does."'
    )
    speakers = speakers_of(body)
    assert speakers["a good start but only a start."] == "Ben Ward"
    assert speakers["far too expensive for what it does."] == "Joan Ernst"


def test_a_quotation_between_dashes_after_a_persons_clause_is_that_persons():
    body = (
        "Mayor Ann Cole spoke for an hour at the union hall on Friday night.\n\n"
        'When Cole finally wrapped up - "I will fight for every route in this city!" - the hall rose to its feet.\n\n'
        'The band - "the loudest in the whole county," locals say - played until dawn.\n\n'
        'When the lights went out - "the worst night of the year for the club" - the band played on.'
    )
    speakers = speakers_of(body)
    assert speakers["I will fight for every route in this city!"] == "Ann Cole"
    assert speakers["the loudest in the whole county,"] == "locals"  # its own attribution inside the dashes
    assert not speakers.get("the worst night of the year for the club")  # the lights' clause: nobody's words


def test_a_quotation_after_a_lead_saying_only_when_goes_on_with_the_speaker_before():
    body = (
        "Mayor Ann Cole rarely admits a mistake, and reporters have stopped asking.\n\n"
        'For example: "We should never have closed the night buses," she told the Courier in May.\n\n'
        'Then, two weeks later on the radio: "I have never said the night buses were a mistake."\n\n'
        'And again in June, at a rally in the park: "Closing them was the right call."\n\n'
        'On the banner outside the hall: "Save our night buses now."'
    )
    speakers = speakers_of(body)
    assert speakers["I have never said the night buses were a mistake."] == "Ann Cole"
    assert speakers["Closing them was the right call."] == "Ann Cole"
    assert not speakers["Save our night buses now."]  # a banner's words, not hers


def test_a_speech_participle_after_a_subordinate_clause_is_the_main_speakers():
    body = (
        "Radio host Sam Reyes and Senator Ann Cole have made up after a long feud.\n\n"
        '"Ann Cole won tonight and I was very glad to see that," Reyes said during a panel on his show after the '
        'first-term senator easily won her primary, remarking that while there are "still some voters angry over the '
        'bridge tolls," Cole already "paid a very heavy price on that issue in this race."\n\n'
        'Cole, who spoke after Reyes had left the studio, said the feud was "over for good and for the better."'
    )
    speakers = speakers_of(body)
    assert speakers["still some voters angry over the bridge tolls,"] == "Sam Reyes"
    assert speakers["paid a very heavy price on that issue in this race."] == "Sam Reyes"
    assert speakers["over for good and for the better."] == "Ann Cole"
