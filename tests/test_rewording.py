"""Rewordings of a quotation: trimmed, a clause cut, a word changed; and what is not one."""

from articles.rewording import Part, compare

SHOWN = (
    "We will not sign this deal until the border question is settled, and we have told "
    "Brussels that plainly. Nobody should doubt our resolve on this."
)


def test_a_trimmed_quotation_is_shorter():
    found = compare(SHOWN, "We will not sign this deal until the border question is settled.")
    assert found and found.how == "shorter" and found.added == 0
    assert found.parts[-1] == Part(
        "delete", "and we have told Brussels that plainly. Nobody should doubt our resolve on this."
    )


def test_a_longer_report_contains_the_shown_one():
    found = compare("We will not sign this deal until the border question is settled.", SHOWN)
    assert found and found.how == "longer" and found.dropped == 0


def test_a_clause_cut_from_the_middle():
    cut = "We will not sign this deal until the border question is settled. Nobody should doubt our resolve on this."
    found = compare(SHOWN, cut)
    assert found and found.how == "shorter"
    assert [p.op for p in found.parts] == ["equal", "delete", "equal"]


def test_one_word_changed():
    found = compare(SHOWN, SHOWN.replace("plainly", "clearly"))
    assert found and found.how == "reworded" and (found.dropped, found.added) == (1, 1)
    assert Part("delete", "plainly.") in found.parts and Part("insert", "clearly.") in found.parts


def test_the_same_words_with_other_punctuation_are_no_rewording():
    assert compare(SHOWN, SHOWN.upper().replace(",", "")) is None


def test_an_unrelated_quotation_of_the_same_speaker_is_not_one():
    assert compare(SHOWN, "We will not be lectured by anyone about the state of our schools.") is None


def test_a_common_short_phrase_is_not_a_report():
    assert compare(SHOWN, "We will not") is None


def test_the_candidates_worth_a_diff_share_the_most_runs_of_words():
    from articles.rewording import most_alike

    shown = "We will not sign this deal until the border question is settled."
    others = {
        1: "We will not be lectured about the border.",  # one run: "we will not"
        2: "We will not sign this deal, until the border question is settled!",  # all of them
        3: "Nothing to do with it at all.",
        4: "They said we will not sign this deal yet.",  # four
    }
    assert most_alike(shown, others, 2) == {2, 4}
    assert most_alike(shown, others, 3) == {1, 2, 4}
    assert most_alike(shown, {}, 3) == set()
