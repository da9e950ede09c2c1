"""Quoted phrases that are the writer's labels or the names of programmes, not anyone's words
(issue 18, polnear9 batch): newsdesk gave them to whoever spoke in the sentence. Made-up
sentences, each with a look-alike whose quotation keeps its speaker."""

from .extracted import speakers_of


def test_a_quoted_phrase_before_the_noun_it_describes_is_a_label():
    body = (
        "The council met on Tuesday.\n\n"
        "“It will not last,” Ann Hale said. The council pushed the “rent freeze” story all week.\n\n"
        "“We have no money left,” Tom Reyes said. That could bring on the “emergency budget” scenario "
        "in which nobody is paid."
    )
    speakers = speakers_of(body)
    assert "rent freeze" not in speakers
    assert "emergency budget" not in speakers


def test_a_label_after_a_determiner_whatever_the_parse_of_its_words():
    body = (
        "The council met on Tuesday.\n\n"
        '“We printed enough for every street,” Tom Reyes said. Volunteers carried the "Homes for all" '
        "leaflet door to door.\n\n"
        "“It will not last,” Ann Hale said. The tenants fear its “temporary” status."
    )
    speakers = speakers_of(body)
    assert "Homes for all" not in speakers
    assert "temporary" not in speakers


def test_quoted_words_followed_by_a_time_word_or_a_verb_stay_speech():
    body = (
        "The council met on Tuesday.\n\n"
        "Councillor Ann Hale called the plan a “total failure” yesterday.\n\n"
        "Tom Reyes said the talks were “constructive” and would go on.\n\n"
        "Tom Reyes said the repairs are “a few more weeks” away.\n\n"
        "Ann Hale claimed that the board had run a “rigged” vote all along.\n\n"
        "Tenants still face a “hard” winter, Tom Reyes said."
    )
    speakers = speakers_of(body)
    assert speakers["total failure"] == "Ann Hale"
    assert speakers["constructive"] == "Tom Reyes"
    assert speakers["a few more weeks"] == "Tom Reyes"
    assert speakers["rigged"] == "Ann Hale"  # a sentence that attributes: her word
    assert speakers["hard"] == "Tom Reyes"


def test_a_programme_after_a_broadcasters_possessive_or_a_work_noun_is_no_speech():
    body = (
        "The council met on Tuesday.\n\n"
        "Councillor Ann Hale told Channel Nine’s “Sunrise” on Monday that she would stand again.\n\n"
        "Tom Reyes said he had watched the film “Undertow” twice and found it dull."
    )
    speakers = speakers_of(body)
    assert "Sunrise" not in speakers
    assert "Undertow" not in speakers


def test_a_possessive_before_a_sentence_or_lower_case_words_keeps_the_quotation():
    body = (
        "The council met on Tuesday.\n\n"
        "Ann Hale repeated the mayor’s “We will not sell the park,” and the crowd cheered.\n\n"
        "Tom Reyes dismissed his rival’s “quick fix” as a gimmick."
    )
    speakers = speakers_of(body)
    assert "We will not sell the park," in speakers
