"""Reported speech and the shared speaker resolver, on made-up sentences."""

import json

import pytest

from articles.ingest import attributions
from articles.ingest import nlp as pipeline_nlp
from articles.ingest.attribution_training import learn_cue_table, read_corpus
from articles.ingest.people import find_people
from articles.ingest.quotes import find_quotes
from articles.ingest.records import DIRECT, INDIRECT, MIXED


def extract(body):
    people = find_people(body)
    quotes = attributions.find_attributions(body, people, find_quotes(body, people))
    for quote in quotes:
        assert body[quote.start : quote.end] == quote.text
    return people, quotes


def speaker_name(people, quote):
    return people[quote.speaker].name if quote.speaker is not None else None


def reported(quotes):
    return [q for q in quotes if q.kind != DIRECT]


def test_said_with_a_clause_is_indirect_speech_of_the_named_subject():
    body = (
        "Defence Secretary Ben Wallace met officials in Paris.\n\nMr Wallace said the UK was ready to send more troops."
    )
    people, quotes = extract(body)
    [quote] = quotes
    assert quote.kind == INDIRECT
    assert quote.text == "the UK was ready to send more troops"
    assert quote.cue == "said"
    assert speaker_name(people, quote) == "Ben Wallace"
    assert quote.speaker_label == "Mr Wallace"


def test_according_to_puts_the_rest_of_the_clause_in_the_content():
    people, [quote] = extract("According to Ben Wallace, London is keeping its contacts with Moscow.")
    assert (quote.kind, quote.text, quote.cue) == (
        INDIRECT,
        "London is keeping its contacts with Moscow",
        "according to",
    )
    assert speaker_name(people, quote) == "Ben Wallace"


def test_cue_verbs_beyond_said_come_from_the_learned_table():
    body = "Mayor Ann Reyes vowed to rebuild the bridge. She insisted that the money was there."
    people, quotes = extract(body)
    assert [(q.cue, q.text) for q in quotes] == [
        ("vowed", "to rebuild the bridge"),
        ("insisted", "that the money was there"),
    ]
    assert {speaker_name(people, q) for q in quotes} == {"Ann Reyes"}


def test_a_paraphrase_carrying_quoted_words_is_mixed_and_the_quotation_stays_direct():
    body = 'Finance minister Tom Hale said the plan was "a disaster for workers" and would be withdrawn.'
    direct_only = find_quotes(body, find_people(body))
    people, quotes = extract(body)
    assert [(q.text, q.start, q.end, q.speaker) for q in quotes if q.kind == DIRECT] == [
        (q.text, q.start, q.end, q.speaker) for q in direct_only
    ]
    [mixed] = reported(quotes)
    assert mixed.kind == MIXED
    assert mixed.text == 'the plan was "a disaster for workers" and would be withdrawn'
    assert speaker_name(people, mixed) == "Tom Hale"


def test_a_direct_quotation_gets_its_cue_and_no_second_quote():
    _people, quotes = extract('"We will not back down," Tom Hale told reporters.')
    [quote] = quotes
    assert (quote.kind, quote.text, quote.cue) == (DIRECT, "We will not back down,", "told reporters")


def test_a_cue_inside_a_quotation_is_not_an_attribution():
    _people, quotes = extract('Tom Hale spoke on Friday. "We reject the claims that the deal failed," he said.')
    assert [(q.kind, q.cue) for q in quotes] == [(DIRECT, "said")]


def test_a_collective_source_is_a_label_and_never_a_person():
    _people, [quote] = extract("Downing Street said a package of sweeping measures would follow.")
    assert quote.speaker is None
    assert quote.speaker_label == "Downing Street"


def test_a_label_is_the_source_not_a_fragment_of_the_sentence():
    _people, [quote] = extract("Ukraine, Downing Street said, would get more weapons.")
    assert quote.speaker_label == "Downing Street"
    assert quote.text == "would get more weapons"


def test_a_passive_cue_without_an_agent_has_no_source():
    _people, [quote] = extract(
        "Senator Ann Reyes spoke on Monday.\n\nThe bill is expected to pass the Senate next week."
    )
    assert quote.text == "to pass the Senate next week"
    assert (quote.speaker, quote.speaker_label) == (None, "")


def test_a_pronoun_two_paragraphs_on_is_the_last_named_speaker():
    body = (
        "Jane Doe, the health minister, opened the clinic on Monday.\n\n"
        "The clinic cost twelve million pounds to build.\n\n"
        "She said the budget for next year was balanced."
    )
    people, [quote] = extract(body)
    assert speaker_name(people, quote) == "Jane Doe"
    assert quote.speaker_label == "She"


def test_a_role_noun_is_the_person_who_holds_the_role():
    body = 'Treasurer Jane Doe presented the budget on Monday.\n\nThe Treasurer said: "This is a budget for families."'
    people, [quote] = extract(body)
    assert [p.name for p in people] == ["Jane Doe"]  # "Treasurer" alone is not a person
    assert speaker_name(people, quote) == "Jane Doe"
    assert quote.speaker_label == "The Treasurer"


def test_the_spokesman_after_a_named_spokesman_is_him():
    body = 'Foreign ministry spokesman Ali Khan spoke on Friday.\n\n"We reject the claims," the spokesman said.'
    people, [quote] = extract(body)
    assert speaker_name(people, quote) == "Ali Khan"


def test_a_country_s_president_after_president_x_is_x():
    body = "President Amani Wekesa arrived in Nairobi.\n\nKenya's president said the talks had failed."
    people, [quote] = extract(body)
    assert speaker_name(people, quote) == "Amani Wekesa"


def test_an_indefinite_role_noun_stays_a_label():
    body = "Foreign ministry spokesman Ali Khan spoke on Friday.\n\nA spokesman for the army said the road was closed."
    _people, [quote] = extract(body)
    assert quote.speaker is None
    assert quote.speaker_label == "A spokesman for the army"


def test_two_people_alternating_quotes_keep_their_own_speakers():
    body = (
        "Anna Field and Tom Ruiz debated on Tuesday.\n\n"
        '"Taxes must fall," said Field. "They cannot," replied Ruiz. "They will," Field said.'
    )
    people, quotes = extract(body)
    assert [speaker_name(people, q) for q in quotes] == ["Anna Field", "Tom Ruiz", "Anna Field"]


def test_a_missing_cue_table_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(attributions, "MODEL_PATH", tmp_path / "nothing.json")
    attributions.cue_table.cache_clear()
    try:
        with pytest.raises(OSError, match=r"nothing\.json"):
            attributions.cue_table()
    finally:
        attributions.cue_table.cache_clear()


# --- learning the table ------------------------------------------------------------------------


def write_corpus(folder, articles):
    (folder / "text").mkdir()
    gold = []
    for name, text, annotated in articles:
        (folder / "text" / name).write_text(text)
        gold.append({"file": name, "attributions": annotated})
    (folder / "attributions.json").write_text(json.dumps({"articles": gold}))


def test_learning_counts_every_use_of_a_cue_word_and_relation():
    nlp = pipeline_nlp.load()
    annotated_text = "Ann Reyes said the bridge was safe."
    plain_text = "Tom Hale said nothing."
    content = "the bridge was safe"
    start = annotated_text.index(content)
    articles = [
        (nlp(annotated_text), [{"cue": "said", "ranges": [[start, start + len(content)]], "kind": "indirect"}]),
        (nlp(annotated_text), [{"cue": "said", "ranges": [[start, start + len(content)]], "kind": "indirect"}]),
        (nlp(annotated_text), [{"cue": "said", "ranges": [[start, start + len(content)]], "kind": "indirect"}]),
        (nlp(plain_text), []),
    ]
    table = learn_cue_table(articles)["cues"]
    assert table["say/VERB"]["ccomp"] == [1.0, 3]  # "said nothing" is a dobj, not a ccomp


def test_read_corpus_names_what_is_missing(tmp_path):
    with pytest.raises(ValueError, match=r"attributions\.json"):
        read_corpus(tmp_path)
    write_corpus(tmp_path, [("a.txt", "Text.", [])])
    (tmp_path / "text" / "a.txt").unlink()
    with pytest.raises(ValueError, match=r"'a\.txt'"):
        read_corpus(tmp_path)


def test_a_second_cue_joined_to_the_first_ends_the_first_content():
    body = 'Tom Hale added that "nobody likes cuts" in a lean year, but said: "We kept every school open."'
    _people, quotes = extract(body)
    [mixed] = reported(quotes)
    assert mixed.text == 'that "nobody likes cuts" in a lean year'
    assert [q.text for q in quotes if q.kind == DIRECT] == ["nobody likes cuts", "We kept every school open."]
