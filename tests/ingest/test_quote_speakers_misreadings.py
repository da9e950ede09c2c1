"""Speakers of quotations the parse used to hand to the wrong person (issue 18, polnear8 batch):
questions put to someone, a speaker read as the object of their own verb, shouts after a
clause of their own, a paper named by its town, speech verbs the lemmatizer cut short.
Made-up sentences, each with a look-alike that keeps its result."""

from .extracted import speakers_of


def test_a_question_put_to_someone_in_the_passive_is_not_theirs():
    body = (
        "Tom Reyes spoke to the radio show on Monday.\n\n"
        "Tom Reyes was asked, “Would you sign the bill if it passed?” He answered, “I have no idea at all.”"
    )
    speakers = speakers_of(body)
    assert not speakers["Would you sign the bill if it passed?"]
    assert speakers["I have no idea at all."] == "Tom Reyes"


def test_a_question_put_by_a_named_agent_is_the_agents():
    body = (
        "Tom Reyes spoke to the radio show on Monday.\n\n"
        "Tom Reyes was asked by a caller, “Will you resign over the budget?” He replied, “Not this year.”"
    )
    speakers = speakers_of(body)
    assert speakers["Will you resign over the budget?"] == "a caller"
    assert speakers["Not this year."] == "Tom Reyes"


def test_an_active_question_in_an_exchange_stays_the_askers():
    body = (
        "The two councillors met on Friday.\n\n"
        "Councillor Ann Hale asked Tom Reyes, “Are you coming to the vote tonight?” Reyes replied, "
        "“No, I am far too busy.”"
    )
    speakers = speakers_of(body)
    assert speakers["Are you coming to the vote tonight?"] == "Ann Hale"
    assert speakers["No, I am far too busy."] == "Tom Reyes"


def test_the_one_accused_in_a_reported_clause_is_not_the_accuser():
    body = (
        "Ann Hale met Tom Reyes in May.\n\n"
        "Council leader Ann Hale said Reyes is wholly to blame for the delays and accused him of "
        "“playing games with the budget.”"
    )
    assert speakers_of(body)["playing games with the budget."] == "Ann Hale"


def test_the_accuser_is_found_past_an_aside_with_an_adverb():
    body = (
        "Ann Hale met Tom Reyes in May.\n\n"
        "Council leader Ann Hale, also speaking in Leeds, said Reyes is wholly to blame for the delays and "
        "accused him of “playing games with the budget, which I think is shameful.”"
    )
    assert speakers_of(body)["playing games with the budget, which I think is shameful."] == "Ann Hale"


def test_a_speaker_who_names_someone_else_as_object_keeps_the_quotation():
    body = (
        "Ann Hale met Tom Reyes in May.\n\n"
        "Tom Reyes said the budget was sound and accused her of “playing games with the figures.”"
    )
    assert speakers_of(body)["playing games with the figures."] == "Tom Reyes"


def test_a_shout_after_a_clause_of_its_own_is_that_clauses_subjects():
    body = (
        "Ann Hale spoke twice on Monday.\n\n"
        "The first clash came during a talk at the College of Art at Hull, when Reyes backers interrupted "
        "her talk, shouting “she wins, we lose!”"
    )
    assert speakers_of(body)["she wins, we lose!"] == "Reyes backers"


def test_a_participle_after_a_persons_main_clause_stays_that_persons():
    body = (
        "Ann Hale spoke twice on Monday.\n\n"
        "Ann Hale came to the school in Leeds, when teachers interrupted her talk, saying “we will fix this.”"
    )
    assert speakers_of(body)["we will fix this."] == "Ann Hale"


def test_a_paper_named_by_its_town_after_an_inverted_verb_is_the_source():
    body = (
        "Papers across the county, including the Ledger, warned of trouble at the match. "
        "“Fans should leave their flags at home,” opined Hull’s Evening Courier.\n\n"
        "Mayor Jo Bell was furious. “This is a disgrace,” said Hull’s mayor."
    )
    speakers = speakers_of(body)
    assert speakers["Fans should leave their flags at home,"] == "Hull’s Evening Courier"
    assert speakers["This is a disgrace,"] == "Jo Bell"


def test_a_speech_verb_the_lemmatizer_cuts_short_still_reports():
    body = (
        "The firm split over the deal.\n\n"
        "Ruth Abbey and the managers mounted a public fight against the family trusts. Mark Olsen sniped "
        "that Abbey, a first-time manager, was “running the firm like a hobby,” while Abbey and other "
        "managers wrote a series of angry letters."
    )
    assert speakers_of(body)["running the firm like a hobby,"] == "Mark Olsen"


def test_a_speaker_calling_someone_names_after_going_after_them_keeps_the_quotation():
    body = (
        "Ann Hale is spending the last day attacking a rival far behind her in the polls: Mayor Tom Reyes.\n\n"
        "Speaking at a hall in Hull, Hale went after Reyes, calling him “a total bore and a fraud.”"
    )
    assert speakers_of(body)["a total bore and a fraud."] == "Ann Hale"
