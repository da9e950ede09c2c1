"""Quotations and their speakers: every rule on made-up sentences."""

from spacy.tokens import Doc

from articles.ingest import nlp
from articles.ingest.people import find_people
from articles.ingest.quotes import Attributor, find_quotes


def extract(body):
    people = find_people(body)
    quotes = find_quotes(body, people)
    return people, quotes


def speaker_name(people, quote):
    return people[quote.speaker].name if quote.speaker is not None else None


def only_quote(body):
    people, quotes = extract(body)
    assert len(quotes) == 1, [q.text for q in quotes]
    return people, quotes[0]


def test_curly_quote_after_colon_with_named_speaker():
    body = "Defence Minister Tom Hale told the paper: “We will not back down.”"
    people, quote = only_quote(body)
    assert quote.text == "We will not back down."
    assert body[quote.start : quote.end] == quote.text
    assert speaker_name(people, quote) == "Tom Hale"
    assert quote.speaker_label == "Defence Minister Tom Hale"


def test_straight_quote_then_he_said():
    body = 'Tom Hale spoke to reporters in Oslo.\n\n"The plan is working," he said.'
    people, quote = only_quote(body)
    assert quote.text == "The plan is working,"
    assert (speaker_name(people, quote), quote.speaker_label) == ("Tom Hale", "he")


def test_single_quotes_and_said_x():
    body = "'The plan is working,' said Mary Cole, the finance minister."
    people, quote = only_quote(body)
    assert quote.text == "The plan is working,"
    assert speaker_name(people, quote) == "Mary Cole"


def test_doubled_single_quote_marks():
    body = "''It would make sense to treat it like the others,'' Ms. Ann Reyes said."
    people, quote = only_quote(body)
    assert quote.text == "It would make sense to treat it like the others,"
    assert speaker_name(people, quote) == "Ann Reyes"


def test_mismatched_closing_marks():
    body = "Mary Cole flew to Vienna on Monday.\n\n\"Any delay would be a mistake,`' she added."
    people, quote = only_quote(body)
    assert quote.text == "Any delay would be a mistake,"
    assert speaker_name(people, quote) == "Mary Cole"


def test_apostrophes_are_not_quote_marks():
    _, quotes = extract("It's the team's choice, and the players' union agreed, Hale's aide said.")
    assert quotes == []


def test_partial_quote_inside_reported_speech():
    body = "Foreign Minister Mary Cole warned Mr Novak he must “stand down” from the border."
    people, quote = only_quote(body)
    assert quote.text == "stand down"
    assert quote.partial
    assert speaker_name(people, quote) == "Mary Cole"


def test_multi_paragraph_quotation_continues_with_the_same_speaker():
    body = (
        "Tom Hale told the paper: “The first thing is to talk.\n\n"
        "“The second thing is to listen.\n\n"
        "“The third thing is to act.”\n\n"
        "The talks resume on Monday."
    )
    people, quotes = extract(body)
    assert [q.text for q in quotes] == [
        "The first thing is to talk.",
        "The second thing is to listen.",
        "The third thing is to act.",
    ]
    assert {speaker_name(people, q) for q in quotes} == {"Tom Hale"}


def test_unnamed_source_keeps_its_label_and_no_person():
    body = "Tom Hale arrived late.\n\nA senior defence source said: “The minister is glad the talks went ahead.”"
    _, quote = only_quote(body)
    assert quote.speaker is None
    assert quote.speaker_label == "A senior defence source"


def test_spokesman_for_a_named_person_is_not_that_person():
    body = "A spokesman for Tom Hale said: “The minister has been clear about the risks.”"
    _, quote = only_quote(body)
    assert quote.speaker is None
    assert quote.speaker_label == "A spokesman for Tom Hale"


def test_collective_source_is_a_label():
    body = "British officials warned any further delay would be a “humanitarian disaster” for the region."
    _, quote = only_quote(body)
    assert quote.speaker is None
    assert quote.speaker_label == "British officials"


def test_pronoun_goes_to_the_person_of_that_gender():
    body = (
        "Mary Cole met Mr Tom Hale in Geneva on Friday.\n\n"
        "Speaking at the embassy afterwards, she said: “We have agreed on a timetable.”"
    )
    people, quote = only_quote(body)
    assert (speaker_name(people, quote), quote.speaker_label) == ("Mary Cole", "she")


def test_pronoun_skips_names_inside_quotations():
    body = (
        "Tom Hale gave an interview on Sunday.\n\n"
        "“I have talked to President Novak many times,” he said.\n\n"
        "“It is a question of trust,” he added."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Tom Hale", "Tom Hale"]


def test_according_to():
    body = "“Prices will rise before the summer,” according to Ann Cole, an economist at a bank."
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ann Cole"


def test_next_quotation_in_the_paragraph_keeps_the_speaker():
    body = '"We are ready," Tom Hale said. "The army has trained for this."'
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Tom Hale", "Tom Hale"]


def test_a_show_title_is_not_a_quotation():
    _, quotes = extract('Tom Hale told NBC\'s "Face the Nation" that the talks would resume.')
    assert quotes == []


def test_quotes_in_related_headline_lines_are_page_noise():
    body = (
        "Tom Hale said the budget was balanced.\n\n"
        "Police tackle thief who targeted restaurant 'full of officers'\n\n"
        "Manhunt for actor who 'fled the scene'"
    )
    assert extract(body)[1] == []


def test_lone_scare_quote_without_a_source_is_dropped():
    _, quotes = extract('The deal, a "win-win" for both sides, was signed in March.')
    assert quotes == []


def test_called_for_is_not_speech():
    _, quotes = extract("Tom Hale has called for the army to step back from the “wrong” option of a war.")
    assert quotes == []


def test_she_said_two_paragraphs_after_her_name_past_a_man_named_between():
    body = (
        "Health minister Ruth Okello opened the new ward on Monday.\n\n"
        "The ward was built by a firm run by Daniel Mwangi and cost four million shillings.\n\n"
        "“This ward will save lives in the whole county,” she said."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ruth Okello"


def test_he_said_two_paragraphs_after_his_name_with_nobody_between():
    body = (
        "Mr Colin Ashworth, the finance director, presented the accounts on Friday.\n\n"
        "The council has to save twelve million pounds over two years.\n\n"
        "“There is no easy way to do this,” he said."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Colin Ashworth"


def test_a_pronoun_goes_to_the_subject_not_to_a_person_of_the_same_gender_in_the_object():
    body = (
        "Anna Field met Ruth Cole in Leeds on Monday.\n\n"
        "The meeting lasted two hours.\n\n"
        "“We agreed on almost everything,” she said."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Anna Field"


def test_two_people_alternating_quotes_across_paragraphs_keep_their_speakers():
    body = (
        "Mayor Tom Whitaker and council president Angela Ruiz clashed on Thursday.\n\n"
        "“I have asked for the numbers three times,” Ruiz said.\n\n"
        "“She has had the numbers since March,” Whitaker said.\n\n"
        "“Then he should not mind sharing them,” she replied.\n\n"
        "“I will share them when the council stops playing games,” he said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Angela Ruiz", "Tom Whitaker", "Angela Ruiz", "Tom Whitaker"]


def test_a_participle_carrying_on_the_quoted_clause_is_not_its_attribution():
    body = (
        "President Amani Wekesa left for Kampala on Thursday.\n\n"
        "Kenya's president said the two countries had “wasted too many years” arguing over tariffs."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Amani Wekesa"


def test_a_name_right_before_said_colon_is_the_speaker_whatever_the_parse():
    body = (
        "Critics of the deal warned that small farmers could be hurt. "
        "Opposition senator Otieno Ochieng-Were said: “Cheap imports will destroy our dairy sector.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Otieno Ochieng-Were"


def test_the_treasurer_is_not_the_shadow_treasurer_named_last():
    body = (
        "Treasurer Fiona Gallagher promised a surplus.\n\n"
        "Shadow treasurer Liam Hendry said the promise would not last.\n\n"
        "Asked about Mr Hendry's comments, the Treasurer said he had “no plan at all”."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Fiona Gallagher"
    assert quote.speaker_label == "the Treasurer"


def test_a_source_that_is_an_institution_keeps_its_name_as_the_label():
    body = (
        "Ministers met on Monday to discuss the funding formula.\n\n"
        "“Councils have been given record funding this year,” Downing Street said."
    )
    _, quote = only_quote(body)
    assert (quote.speaker, quote.speaker_label) == (None, "Downing Street")


def test_continue_to_be_is_not_a_speech_verb():
    body = (
        "Senator Dale Brannigan said on Tuesday that he was sure his rival Ann Reyes would "
        "continue to be “a strong voice for the farmers of the state.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Dale Brannigan"


def test_a_passive_clause_joined_to_a_speech_verb_keeps_its_subject_as_the_speaker():
    body = "Ruth Cole was joined on stage by Senator Tom Hale and joked, “You can cut this part later,” to loud cheers."
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ruth Cole"


def test_adding_after_a_reported_clause_belongs_to_the_one_who_said_it():
    body = "Senator Ann Reyes said the process of writing the platform could be “messy,” adding, “Democracy is messy.”"
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Ann Reyes", "Ann Reyes"]


def test_an_infinitive_after_a_quotation_is_not_its_attribution():
    body = (
        'Dana Price, 45, a Leeds schoolteacher, said the festival represented the "ideal moment" '
        "to call attention to persistent problems of housing and debt."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Dana Price"


def test_a_thing_that_suggests_inside_reported_speech_is_not_the_source():
    body = (
        "Ruth Cole, the agency's auditor, said the files that were taken suggested the intruders "
        "wanted “economic intelligence.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ruth Cole"


def test_reacted_after_a_quotation_attributes_it():
    body = "“What sport is he talking about, and who?” reacted Senator Tom Hale."
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Tom Hale"


def test_a_name_after_a_dash_before_a_colon_is_the_source():
    body = (
        "Ruth Cole, a pollster, has studied the region for a decade.\n\n"
        "Turnout has mattered more than money in this contest - Ruth Cole: "
        "“Two weeks ago the north was the strongest region. Now it is the coast.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ruth Cole"


def test_a_named_body_as_the_subject_before_a_colon_is_the_source():
    body = (
        "The Westmere Board of Elections was firm in its findings: “Further discussion on this issue is unnecessary.”"
    )
    _, quote = only_quote(body)
    assert quote.speaker is None
    assert quote.speaker_label == "The Westmere Board of Elections"


def test_said_with_a_colon_after_a_quotation_introduces_the_next_one():
    body = (
        "Ruth Cole and her husband Tom Hale fled the city in March.\n\n"
        "“We are refugees,” Ms Cole said. “We are not criminals.” Mr Hale said: “We are running from the war.”"
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Ruth Cole", "Ruth Cole", "Tom Hale"]


def test_the_minister_after_an_office_with_an_of_phrase():
    body = (
        "Minister of Youth Development Musa Abubakar-Tafida gave the league a deadline on Monday. "
        "“Public money needs public accounts,” the minister told journalists."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Musa Abubakar-Tafida"


def test_a_title_opening_a_sentence_makes_the_role_noun_resolvable():
    body = (
        "Taoiseach Liam Keogh rejected calls for a rent freeze.\n\n"
        "The Taoiseach said completions had risen. “We are building more than ever,” he told the chamber."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Liam Keogh"


def test_a_hyphenated_surname_alone_is_the_speaker():
    body = (
        "Lawyer Nkem Alade-Cole filed the appeal on Monday.\n\n"
        "“We will take this to the highest court,” Alade-Cole said."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Nkem Alade-Cole"


def test_a_pronoun_after_a_role_noun_subject_is_that_role_holder():
    body = (
        "Magistrate Anke van der Berg heard the application.\n\n"
        "State prosecutor Lerato Dlamini said the accused had access to large sums. "
        "“He moved millions through shell companies,” she said.\n\n"
        "The magistrate agreed. She said the application was “not persuasive” and adjourned."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Lerato Dlamini", "Anke van der Berg"]


def test_a_pronoun_after_an_unmatched_role_noun_is_not_someone_with_another_office():
    body = (
        "Hana Berg rarely gives interviews. “I prefer to be forgotten,” she said.\n\n"
        "The Swedish foreign minister, Karin Ekholm, called her “the best of her generation”.\n\n"
        "Asked about her weekends, the mediator laughed. “I garden. Badly,” she said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Hana Berg", "Karin Ekholm", "Hana Berg"]


def test_a_name_in_apposition_right_before_said_is_the_speaker():
    body = (
        "The Home Office said the backlog would be cleared by December.\n\n"
        "Outside the chamber, the chief executive of the Refugee Support Network, Gillian Otterburn, "
        "said both sides were “arguing about spreadsheets while people wait in hotels”.\n\n"
        "The Speaker, Sir Anthony Merrow, twice called the House to order."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Gillian Otterburn"


def test_a_quotation_paragraph_after_a_reporting_sentence_is_its_speaker():
    body = (
        "Party rules were debated late into the night.\n\n"
        "If anything, Tim Ash argued in his email to delegates, the incident showed why the rules needed changing.\n\n"
        "“Major changes now are dangerous and not a good idea.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Tim Ash"


def test_a_quotation_paragraph_after_a_reporting_sentence_by_a_lone_name_keeps_the_label():
    body = (
        "Her friends have called the candidate “an orange buffoon,” Susan said as she turned around.\n\n"
        "“But he is ours, and we love him!”"
    )
    _, quotes = extract(body)
    assert quotes[-1].speaker_label == "Susan"


def test_quotation_paragraphs_after_an_attributed_quotation_keep_its_speaker():
    body = (
        "“We like a lot of the candidates,” Tom Adler said during a long interview in Macau on Tuesday, "
        "ahead of the formal opening of his new hotel in the former colony, "
        "which cost more than two billion dollars.\n\n"
        "“It is changing every day.”\n\n"
        "“Out of fourteen candidates, forty percent is unheard of.”\n\n"
        "Asked about the convention, he declined to comment."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Tom Adler"] * 3


def test_a_dash_line_after_a_quotation_paragraph_signs_it():
    body = (
        "As is our practice, we do not award ratings in debates.\n\n"
        "“Almost all new income is going to the top one percent.”\n\n"
        "- Bernie Sanders.\n\n"
        "The senator is relying on an outdated statistic."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Bernie Sanders"


def test_questioning_and_pressing_verbs_attribute_quotations():
    body = (
        "“Would it be negotiable?” Sean Hannity pressed.\n\n"
        "“Where did the money go?” Liza Manalo questioned.\n\n"
        "“We could not have done it without them,” Omar Haddad credited."
    )
    _, quotes = extract(body)
    assert [q.speaker_label for q in quotes] == ["Sean Hannity", "Liza Manalo", "Omar Haddad"]


def test_a_quotation_paragraph_takes_the_main_clause_speaker_not_a_verb_below_it():
    body = (
        "Doug Schoen elaborated in an editorial that delegates, even those who pledged before the campaign began, "
        "may reconsider.\n\n"
        "“A win in California would powerfully underscore her weakness as a candidate.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Doug Schoen"


def test_a_closing_speech_verb_the_tagger_read_as_a_noun_still_attributes():
    body = (
        "The campaign sent a fundraising email on Wednesday.\n\n"
        "“Friend, let me be blunt. I can win this. He can't,” the email read.\n\n"
        "“She will stand up to the gun lobby,” a voice-over in the ad states."
    )
    _, quotes = extract(body)
    assert [q.speaker_label for q in quotes] == ["the email", "a voice-over in the ad"]


def test_a_statement_put_out_right_before_the_quotation_is_its_source():
    body = (
        "Immediately after the attacks, Donald Trump issued a statement, "
        "“Last night, our nation was attacked. My deepest sympathy goes out to the victims.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Donald Trump"


def test_a_quotation_written_without_a_space_after_said_or_a_colon():
    body = (
        "Paul Ryan spoke on Tuesday.\n\n"
        "Ryan said,“Look, those images have no place in a campaign.”\n\n"
        'Former secretary of state Hillary Rodham Clinton:"We learned that from the department."'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Paul Ryan", "Hillary Rodham Clinton"]


def test_role_nouns_for_abbreviated_and_formal_titles():
    body = (
        "Gov. Daniel Whitcomb vetoed the bill on Tuesday. Justice Halima Abdi-Farah heard the appeal.\n\n"
        "The governor said vouchers were “a solution looking for a problem.”\n\n"
        "“The State must follow the law,” the judge said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Daniel Whitcomb", "Halima Abdi-Farah"]


def test_a_pronoun_after_a_role_noun_subject_and_the_same_pronoun_again():
    body = (
        "Isla Drummond-Kerr bought the club for £1. Her manager, Craig Buchanan, praised her. "
        "“Nobody works harder,” Buchanan said.\n\n"
        "The chairwoman admits she is impatient. “I want the first train in before I am sixty,” she said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Craig Buchanan", "Isla Drummond-Kerr"]


def test_a_possessed_answer_before_a_colon_is_its_owners_quotation():
    body = "Treasurer Niklas Haugen was asked about the shortfall. His reply was blunt: “The money was never there.”"
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Niklas Haugen"


def test_he_after_an_unnamed_speaker_of_the_same_paragraph_stays_unnamed():
    body = (
        "Prosecutor Imran Shah said the accused had lied.\n\n"
        "The victim's brother told the court the family had lost everything. “We lost our home,” he said.\n\n"
        "A spokesman for the hospital said staff had done their best. “It was a hard night,” he said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == [None, None]
    assert [q.speaker_label for q in quotes] == ["The victim's brother", "A spokesman for the hospital"]


def test_a_name_before_said_that_the_parser_took_as_an_object_is_the_pronouns_antecedent():
    body = (
        "Vice Minister Tran Van Minh summoned the envoy. “Nobody owns the sea,” Tran said.\n\n"
        "In Davao, fisheries official Romy Dizon said boats from his province would keep fishing. "
        "“Our people have fished there for generations,” he said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Tran Van Minh", "Romy Dizon"]


def test_a_description_by_age_or_former_occupation_is_the_person_just_named():
    body = (
        "Head coach Mateo Barrios defended his squad. “They never stopped running,” the 61-year-old Uruguayan said.\n\n"
        "Former captain Kofi Boateng blamed the league. “We have no academies,” the ex-Porto midfielder said."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Mateo Barrios", "Kofi Boateng"]


def test_a_quotation_paragraph_then_so_says_names_its_speaker():
    body = (
        "Few people had heard of the clinic in Jos.\n\n"
        "“We treated everyone who came, and nobody paid.”\n\n"
        "So says Dr Ngozi Ekwueme, 52, who opened the clinic in 2009."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ngozi Ekwueme"


def test_a_quotation_after_a_sentence_about_a_named_person_is_theirs():
    body = (
        "Health Minister Ruth Amadi praised the team.\n\n"
        "Amadi is more cautious about the future. “We were lucky this time.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ruth Amadi"


def test_a_quotation_paragraph_after_someone_spoke_or_went_on_with_remarks():
    body = (
        "Governor Lena Marsh spoke only in general terms during the interview.\n\n"
        "“We have to be tougher.”\n\n"
        "Senator Paul Odum continued his remarks.\n\n"
        "“Nobody is listening to the farmers.”"
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Lena Marsh", "Paul Odum"]


def test_an_office_with_an_of_phrase_then_the_name_is_that_person_when_tagged_as_one_body():
    body = (
        'Leader of the Opposition S. Meenakshi Sundaram called the package "an eyewash". '
        "Mr. Sundaram said farmers would get nothing."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) is not None
    assert speaker_name(people, quote).endswith("Sundaram")


def test_went_on_after_a_quotation_attributes_it():
    body = (
        "Anchor Dana Pryce asked about the polls. “Polls change,” Pryce said.\n\n"
        "“You know, it happens, right?” Mayor Colm Brady went on, as if he had not heard her."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Dana Pryce", "Colm Brady"]


def test_a_finding_that_holds_a_quotation_is_its_source():
    body = (
        "Pollster Greta Lind published new figures on Monday. In March, Lind found that "
        "“about twice as many voters care about rents as about taxes.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Greta Lind"


def test_a_description_of_the_speaker_after_the_quotation_does_not_end_the_attribution():
    # A relative clause or an apposition between the name and its verb has verbs of its own
    # (and the quotation is two sentences, so the last clause of its sentence is no help).
    body = (
        "Port director Nadia Petrov announced the new timetable on Friday.\n\n"
        '"The ferries will run again by spring. Nobody should worry," Petrov, who has led the port '
        "board since 2019, told reporters.\n\n"
        "Jonas Keel runs the fish market.\n\n"
        '"Nobody asked us. Not once," Keel, a retired trawler captain from the north coast, said quietly.'
    )
    people, quotes = extract(body)
    assert [(q.text[:12], speaker_name(people, q)) for q in quotes] == [
        ("The ferries ", "Nadia Petrov"),
        ("Nobody asked", "Jonas Keel"),
    ]


def test_people_described_after_a_quotation_who_said_something_else_did_not_say_it():
    body = (
        'Mayor Ines Falk admitted the budget was late - "could we not have planned this better?" - '
        "residents who attended the meeting said they were unhappy."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ines Falk"


def test_a_participle_attribution_whose_clause_the_parser_hangs_from_the_quotation():
    # '…, telling reporters, "A lot of people said …"': the quotation's own verb is not the
    # attribution; the speaker is the subject of the clause the participle belongs to.
    body = (
        "Tessa Morrow did not seem impressed by the offer on Monday, telling reporters, "
        "\u201cA lot of people said the director should resign.\u201d"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Tessa Morrow"


def test_added_joined_to_the_reported_clause_goes_back_to_who_said_it():
    # The parser joins "added" to "was", whose subject is "it": the speaker is who said it.
    body = (
        "Speaking to cheering volunteers at the campaign office on Monday, Lena Ortiz, 54, said it was "
        'too early to congratulate winners but added, "I think you all have a sense of the count."'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Lena Ortiz"


def test_a_speech_verb_read_as_a_modifier_of_the_name_before_a_colon():
    body = (
        "Former senator Paul Harker, the party's 2018 candidate for governor, tweeted in reply: "
        '"Big difference: we fix roads; they just cut ribbons."'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Paul Harker"


def test_a_speech_verb_left_unlinked_before_a_colon_takes_the_subject_of_its_clause():
    body = (
        "Senator Rosa Lindqvist, exasperated, famously responded: "
        '"What difference does it make now?" Her critics cited it for years.'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Rosa Lindqvist"


def test_a_name_nobody_listed_before_a_verb_the_parser_gave_no_subject_is_the_label():
    # '"…," Brandvold notes.' parsed with the name as a compound of the verb and not found as
    # a person: the name is still who spoke. Built by hand, as the parser does it only now and then.
    words = ["“", "Look", "at", "May", ",", "”", "Brandvold", "notes", "."]
    doc = Doc(
        nlp.load().vocab,
        words=words,
        spaces=[False, True, True, False, False, True, True, False, False],
        pos=["PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        heads=[7, 7, 1, 2, 7, 7, 7, 7, 7],
        deps=["punct", "ccomp", "prep", "pobj", "punct", "punct", "compound", "ROOT", "punct"],
    )
    attributor = Attributor(doc.text, doc, [], [])
    source = attributor.source_beside([doc[6]], [])
    assert (source.person, source.label) == (None, "Brandvold")
    # Words going on after the verb make it a headline or a clause, not an attribution.
    assert not attributor.source_beside([doc[6]], [doc[8]]).found


def test_a_relative_clause_describing_the_speaker_before_the_speech_verb():
    body = (
        "Police diverted traffic onto local roads.\n\n"
        '"We are selling every litre at a loss. Nobody can live like that for long," Dragan Petrović, '
        "a farmer from Temerin who helped organise the protest, told reporters."
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Dragan Petrović"


def test_a_participle_clause_between_the_name_and_said_colon():
    # 'X, asked about …, said: "…"': the parser gives 'asked' the name and leaves 'said' alone.
    body = (
        "Ports reopened on Monday.\n\n"
        "The navy's spokesman Ruan Kessler, asked about the blockade at a briefing in Durban, said: "
        '"Every vessel will be inspected before it leaves the harbour."'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ruan Kessler"


def test_a_spokeswoman_for_a_named_office_holder_is_not_the_office_holder():
    body = 'Talks went on late.\n\nA spokeswoman for Mayor Hilde Brandvik said the mayor was "studying the offer".'
    _, quote = only_quote(body)
    assert quote.speaker is None
    assert quote.speaker_label == "A spokeswoman for Mayor Hilde Brandvik"


def test_the_role_before_an_honorific_stands_for_the_person():
    body = (
        "Council leader Cllr Petra Lindgren defended the budget on Tuesday.\n\n"
        '"We have cut what we could without closing libraries," the council leader said.'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Petra Lindgren"


def test_the_role_set_in_apposition_before_a_name_stands_for_the_person():
    body = (
        "The chair, retired judge Oskar Wendt, opened the inquiry on Monday.\n\n"
        '"We will hear every witness who asks to be heard," the chair said.'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Oskar Wendt"


def test_he_said_after_an_unnamed_spokesman_whose_principal_is_not_a_person_of_the_story():
    body = (
        "The opposition leader, Tarek Bellamy, called the plan reckless.\n\n"
        "The prime minister's spokesman was asked whether the plan was affordable. "
        'He said: "Every measure has been costed."'
    )
    _, quote = only_quote(body)
    assert quote.speaker is None
    assert quote.speaker_label == "The prime minister's spokesman"


def test_a_pronoun_speaks_for_the_one_person_its_paragraph_brings_in():
    body = (
        '"We will appeal at once," Attorney General Marta Halloran said.\n\n'
        "The families were represented by Ingrid Sorensen-Vale of the Legal Aid Centre. "
        '"Our clients have waited eleven years," she told reporters.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Marta Halloran", "Ingrid Sorensen-Vale"]


def test_a_pronoun_after_someone_else_spoke_in_between_keeps_the_usual_rule():
    body = (
        '"We will appeal," Viktor Halloran said.\n\n'
        'The case was brought by Ingrid Sorensen-Vale. "It took years," Halloran said. "We are tired," he added.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Viktor Halloran"] * 3


def test_a_wire_dateline_is_not_the_subject_of_the_first_sentence():
    body = (
        "LISBON, May 2 (Example Wire) — Portugal's finance minister, Ana Luísa Correia de Matos, on Friday "
        'defended the budget, saying it would "protect pensions for a decade."'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ana Luísa Correia de Matos"


def test_a_wire_dateline_parsed_as_the_subject_with_the_speaker_in_apposition():
    body = (
        "ROME, June 9 (Example Wire) — Italy's labour minister, Carla Benedetta Rossi de Santis, on Monday "
        'defended the reform, saying it would "give workers a fair chance."'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Carla Benedetta Rossi de Santis"


def test_passive_subject_speaks_the_complement():
    # "X was prompted to say", "X was quoted as saying": the passive verb's subject is the speaker.
    body = (
        "Ann Cole spoke first. The debate was so dull that Tom Hale was prompted to say, "
        '"I cannot believe how civil it has been."'
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Tom Hale"
    body = 'The mayor, Tom Hale, was quoted as saying: "We will rebuild the bridge."'
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Tom Hale"


def test_colon_lead_cut_by_an_earlier_quotation_is_the_sentence_subject():
    # The window before the colon is "with Clinton" (the quotation before ends the window): a
    # prepositional phrase is no source; the sentence's subject is.
    body = (
        'Ann Cole hammered Tom Hale, calling him a "train wreck," and contrasted him, whom she '
        'described as "volatile," with Clinton: "What I have seen is a steady hand."'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Ann Cole"] * 3


def test_adverb_before_colon_is_no_source():
    body = (
        "Tom Hale spoke at the rally on Monday.\n\n"
        'Then, later that month on television: "I have never said we made a mistake."'
    )
    _people, quote = only_quote(body)
    assert quote.speaker_label != "Then"


def test_unnamed_speaker_described_by_relative_clause_before_subjectless_verb():
    body = (
        "Although there is no such overlap with the mayor's team, a city official who spoke anonymously "
        'to discuss internal strategy said Wednesday, "Certainly there are discussions between the '
        'council and the campaign."'
    )
    _people, quote = only_quote(body)
    assert (quote.speaker, quote.speaker_label) == (None, "a city official")


def test_inverted_attribution_after_quotation_with_parsed_subject_inside():
    body = (
        'Police have not named the suspects. "We don\'t have freedom of opinion anymore. #Cologne," '
        "tweeted a German user from Hanover going by the handle Pulvermann."
    )
    _people, quote = only_quote(body)
    assert (quote.speaker, quote.speaker_label) == (None, "a German user from Hanover")


def test_participle_after_comma_speaks_for_the_clause_subject():
    body = (
        "Ann Cole shared the news on social media last week, writing “Feels great to support someone "
        "I believe in. This is a man with integrity.”"
    )
    people, quote = only_quote(body)
    assert speaker_name(people, quote) == "Ann Cole"


def test_attribution_after_a_participle_aside_holding_a_quoted_name():
    body = (
        "Not everyone was pleased.\n\n"
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a "
        "cowboy hat and “Ted Cruz” campaign pins, said as confetti fluttered down around him."
    )
    people, quotes = extract(body)
    assert [(q.text, speaker_name(people, q)) for q in quotes] == [
        ("We’ve had more successful conventions than this one,", "Bill Eastland")
    ]


def test_as_x_put_it_with_a_quoted_title_in_the_description():
    body = (
        "The court may shift. As Ann Cole, professor of law at Yale and author of ''The Long Road,'' put "
        "it, ''Senators should remember that a compromise candidate today may be far better for them.''"
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Ann Cole"]


def test_lower_case_quoted_words_inside_the_lead_still_end_the_window():
    # 'quoted Reagan's "eleventh commandment"' is words someone said, not a quoted name: the lead of
    # the next quotation is not read across it (the subject of 'noted … and quoted' is no speaker).
    body = (
        "Prior to the apology, Ben Carson had made an attack on the campaign.\n"
        "Carson noted that Saturday would have been former President Ronald Reagan’s 105th birthday and "
        "quoted Reagan’s “eleventh commandment” -- “Thou shall not speak ill of thy fellow Republican.”"
    )
    people, quotes = extract(body)
    assert speaker_name(people, quotes[-1]) == "Ben Carson"


def test_name_after_an_inverted_said_is_the_subject_not_the_phrase_before():
    body = (
        "Every recent nominee has spoken at the conference.\n"
        "The promise to “take our country back” and “make America great again” appeals to lesser-educated "
        "whites who wish for a return to an era when a college degree was not necessary, said Alan "
        "Abramowitz, a demographer at Emory University."
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Alan Abramowitz", "Alan Abramowitz"]


def test_a_speaker_with_a_title_and_post_nominal_letters_is_the_person():
    body = (
        "Select Committee Chair Imogen Barraclough MP said the delay was inexcusable. "
        '"We were promised answers by March," she said.\n\n'
        '"No one could have foreseen it," said Sir Alistair Grew KC.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Imogen Barraclough", "Alistair Grew"]


def test_a_quotation_paragraph_speaks_for_the_person_the_paragraph_before_brought_in():
    body = (
        'Coach Lena Morrow said the pitch had flooded twice. "We trained in the car park," she said.\n\n'
        "Club treasurer Ida Varga, hired by the club in June, dug out the old drains.\n\n"
        '"The pipes were full of clay," she said.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Lena Morrow", "Ida Varga"]


def test_a_person_who_did_not_act_is_not_the_speaker_of_the_next_quotation():
    body = (
        'Coach Lena Morrow said the pitch had flooded twice. "We trained in the car park," she said.\n\n'
        "Club treasurer Ida Varga did not attend the meeting.\n\n"
        '"We need a new pitch," she said.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Lena Morrow", "Lena Morrow"]


def test_a_speaker_of_unknown_gender_loses_to_a_woman_named_since():
    body = (
        "Ilse Brandvold has run the ferry for twenty years. Now she wants to sell it.\n\n"
        '"It is a fine boat," said Kjeld Ostervang, who hopes to buy it.\n\n'
        "The offer pleases Brandvold, who built the cabin herself.\n\n"
        '"I will miss the sea," she said.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Kjeld Ostervang", "Ilse Brandvold"]


def test_words_in_quotation_marks_in_readers_comments_are_no_quotations():
    body = (
        'Mayor Tom Hale said: "The bridge opens in May."\n\n'
        "road_user_12 · 3 hours ago\n"
        'They said the same about the "new" bypass. Who believes them?\n'
        "Reply · Report\n\n"
        "Anna K. · 1 hour ago\n"
        'My husband calls it the "bridge to nowhere" and he is right.\n'
        "Like | Reply"
    )
    _, quotes = extract(body)
    assert [q.text for q in quotes] == ["The bridge opens in May."]
