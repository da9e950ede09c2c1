"""Quoted words that are nobody's speech on news pages (names of bills and schemes, words on a
sign, a report's phrases), beside quotations of the same shape that are, and a speaker named
only in the paragraph after a quotation."""

from .extracted import speakers_of


def test_a_name_after_a_naming_word_is_no_quotation():
    body = (
        'Sen. Tom Hale said the so-called "Fair Rents Act" would reach the floor next week.\n\n'
        'The second phase, dubbed "Clean Streets Two", starts in April, a plan known as "Project Harbour" '
        'will follow it, and a Treasury paper titled "Paths to Ownership" has not been tabled.'
    )
    assert speakers_of(body) == {}


def test_a_headline_or_a_slogan_named_in_the_story_is_no_quotation():
    body = (
        'A column headlined "Islanders forgotten again as ferry cuts bite" ran on Sunday, and hundreds '
        "marched under the slogan "
        '"our boats, our lives, our say" to the ministry.\n\n'
        'Transport Minister Anna Kovacs told reporters: "The timetable will change in May."'
    )
    assert speakers_of(body) == {"The timetable will change in May.": "Anna Kovacs"}


def test_a_name_after_calls_the_is_no_quotation_but_a_judgement_after_called_is_speech():
    body = (
        'Premier Anna Kovacs has staked her term on what she calls the "housing guarantee", '
        'a plan which its backers call "Homes For All Now".\n\n'
        'Opposition leader Tom Hale condemned what he called "a reckless gamble".\n\n'
        'Sen. Lena Ortiz called it "a floor under families, not a ceiling on profits."'
    )
    assert speakers_of(body) == {
        "a reckless gamble": "Tom Hale",
        "a floor under families, not a ceiling on profits.": "Lena Ortiz",
    }


def test_words_on_a_sign_or_banner_are_no_quotation():
    body = (
        'Parents carried signs that read "Fund Kids, Not Formulas" and a banner reading "Our land, our say" '
        "outside the Capitol.\n\n"
        '"You cannot run a school on a spreadsheet," State Rep. Tom Hale told the crowd.'
    )
    assert speakers_of(body) == {"You cannot run a school on a spreadsheet,": "Tom Hale"}


def test_a_one_word_reply_is_speech():
    body = 'Transport Minister Anna Kovacs was asked whether the tax could return.\n\n"No," she said. "Not this term."'
    assert speakers_of(body) == {"No,": "Anna Kovacs", "Not this term.": "Anna Kovacs"}


def test_a_reports_phrase_inside_what_it_says_is_no_quotation_but_its_quoted_sentence_stays():
    body = (
        'The 48-page report says staff were told to keep the price "out of the public eye until the deal is done".\n\n'
        'A footnote in the audit makes that plain: "No funds were moved between the two accounts."\n\n'
        'The letter from Tom Hale warned that the review would leave island towns "cut off in winter".'
    )
    speakers = speakers_of(body)
    assert "out of the public eye until the deal is done" not in speakers
    assert speakers["No funds were moved between the two accounts."] == "A footnote in the audit"
    assert "cut off in winter" in speakers


def test_a_quotation_whose_speaker_the_next_paragraph_names():
    body = (
        '"We were told there would be a public meeting. There never was."\n\n'
        "That was the verdict of Councillor Declan Moran at Monday's meeting of the district.\n\n"
        '"We have pictures of roads that exist only on paper."\n\n'
        "Those were the words of the member representing Ikorodu, Hon. Kemi Adeyemi, who moved the motion."
    )
    assert speakers_of(body) == {
        "We were told there would be a public meeting. There never was.": "Declan Moran",
        "We have pictures of roads that exist only on paper.": "Kemi Adeyemi",
    }
