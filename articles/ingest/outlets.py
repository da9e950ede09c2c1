"""Which name a page's evidence gives is its outlet: a learned weighing of each candidate name's traits.

metadata.py gathers every name the outlet rules' helpers find on a page (a masthead, a menu cue, a browser
title's site, a sign-off, a byline's or a dateline's credit, a copyright holder, an agency credited alone …),
one candidate per distinct name, and describes it by the traits below: which kinds of evidence name it and how
many, where the rules' order puts it, where and how often the page prints it, its shape, and whether it is also
a person's name, an author of the page, a section label or a news agency. The weights
(data/outlet_weights.json) are learned from pages with a known outlet by `manage.py train_outlet_model`
(outlet_training.py).

The rules' answer (or their finding none) stands where it is firm: when every piece of evidence names the same
outlet, a label names the page's issuer, or a carried story credits the newsroom that wrote it (issue 18's convention:
'CITY (AFP) —', 'This story first appeared in X', 'Source: X' name X, not the site that carries the story). Where the
candidates disagree, or the rules find none and looser evidence names one, the weights overrule the rules only when
another candidate scores clearly above their answer, and never in favour of a name the page credits as its author
(the rules' own guarantee: a writer is not the publication). A section's name is never a candidate.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from articles.ingest.weights import read_weights, weighted_sum

MODEL_PATH = Path(__file__).parent / "data" / "outlet_weights.json"
# In log-odds. The smallest margin (in steps of 0.5) at which no page of tests/data/layouts or seeds/ and no
# outlet unit test is overruled wrongly.
OVERRULING_MARGIN = 2.0

# The kinds of evidence metadata.py reads an outlet from, in the rules' order (the first that names one wins).
EVIDENCE_KINDS = (
    "issuer",  # "News provided by X", "From: X" over a press release
    "writer_credit",  # a carried story's newsroom: "CITY (AFP) —", "This story first appeared in X", "Source: X"
    "running_head",  # a printed page's "X | March 24, 2025 | 27"
    "issue_masthead",  # a newsletter's name over its dated issue line
    "masthead",  # the masthead above the headline
    "menu_cue",  # "More from X", "Trending on X", "X's newsletters"
    "tagline",  # "X is a nonprofit newsroom …"
    "name_at_end",  # the site's name repeated at the page's end
    "title_site",  # "Headline | X", a browser title's site
    "dated_outlet",  # "March 21, 2024 (X)"
    "initials_sign_off",  # "… said. DE" under a page topped by a "Daily Example"-shaped name
    "with_agencies",  # "X with AFP"
    "sign_off",  # "— Ann Lee, X"
    "publication_credit",  # "This report was first published by X"
    "byline_outlet",  # "By Ann Lee, X"
    "staff_credit",  # "X News Service"
    "desk_credit",  # "X Press Office"
    "credited_outlet",  # a credit line naming the outlet
    "wire_publisher",  # "KAMPALA (X / AFP - …)"
    "dateline_agency",  # "LONDON (Agency) -", "/AGENCY/.": a capitalised name in brackets or slashes after a dateline
    "named_by_furniture",  # "Thanks for reading X!" twice
    "named_by_address",  # "example-herald.com" and the name that spells it
    "copyright",  # "© 2024 X"
    "publisher_label",  # "Publisher: X Media AS"
    "rights_holder",  # "… without permission from X"
    "source_credit",  # "Source: X"
    "agency_alone",  # "PA Media" alone on a line
    "name_over_menu",  # the name printed over the site's menu
)
# Evidence the rules never answer with, that names candidates for the weights alone: every masthead, copyright
# holder and name the site's furniture gives itself (the rules take only the first, or one printed twice), a name
# the page prints that a domain on it spells, and the site's name in a browser title that does not echo the headline.
LOOSE_EVIDENCE_KINDS = (
    "any_masthead",
    "any_copyright",
    "any_self_reference",
    "spelt_by_a_domain",
    "browser_title_site",
)

# Every trait metadata.py gives a candidate name; 1.0 or 0.0 unless said otherwise.
TRAITS = (
    # which kinds of evidence name it
    *(f"by_{kind}" for kind in EVIDENCE_KINDS + LOOSE_EVIDENCE_KINDS),
    "two_kinds",
    "three_or_more_kinds",
    "no_outlet",  # the rules' answer when no evidence of theirs names one: the page names no outlet
    # where and how often the page prints it
    "printed_once",
    "printed_twice_or_thrice",
    "printed_four_times_or_more",
    "printed_nowhere_whole",  # the page never prints the name as it stands (a name rebuilt from a domain, initials)
    "line_of_its_own",  # a line of the page is the name alone
    "above_headline",
    "under_story",  # printed on a line after the headline that is not the story's
    "in_story",  # the story's paragraphs name it
    "in_first_tenth",
    "in_last_tenth",
    # its shape
    "one_word",
    "two_words",
    "three_or_more_words",
    "all_capitals",
    "starts_with_the",
    "has_digit",
    "has_publisher_word",  # "Media", "Group", "Press" …
    "masthead_shaped",
    # what else it is
    "person_shaped",
    "page_author",
    "section_shaped",
    "news_agency",
    "photo_credit_shaped",  # "AP Photo", "Example Images": who took a picture, not who published the story
    "office_shaped",  # "Communications Department", "Press Office": an office of some body, named without the body
    "initials_of_another",  # "AP" beside "Associated Press"
    "spelt_out_by_another",  # "Associated Press" beside "AP"
)

# A candidate with any of these traits is never chosen over the rules' answer.
NEVER_OVERRULING = ("page_author",)
# The rules' answer stands when these kinds of evidence name it: a label that says who issued the page ("News
# provided by X" over the newswire's masthead) or the newsroom that wrote a carried story (issue 18's convention),
# unless it names only an office ("From: Communications Department").
FIRM_EVIDENCE = ("by_issuer", "by_writer_credit")


def firm_answer(traits: dict[str, float]) -> bool:
    """The rules' answer stands whatever the weights say: a label names the page's issuer, or a carried story
    credits the newsroom that wrote it (FIRM_EVIDENCE), and it names more than an office."""
    return any(traits.get(t) for t in FIRM_EVIDENCE) and not traits.get("office_shaped")


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return read_weights(MODEL_PATH, TRAITS, what="outlet", command="train_outlet_model")


def score(traits: dict[str, float], learned: dict[str, float] | None = None) -> float:
    """How strongly a candidate name's traits say 'the outlet' (comparable between one page's candidates), by
    the shipped weights or by the learned ones given."""
    return weighted_sum(traits, weights() if learned is None else learned)


def overruling_candidate(
    candidates: list[dict[str, float]], ruled: int, learned: dict[str, float] | None = None, margin: float | None = None
) -> int:
    """The candidate the rules chose (index ruled), unless the candidates disagree and another's traits weigh more
    than the margin (OVERRULING_MARGIN) above it: then that one. A page's author is never chosen over the rules."""
    if len(candidates) < 2 or firm_answer(candidates[ruled]):
        return ruled  # every piece of evidence names the same outlet, or a label names the issuer: a firm answer
    margin = OVERRULING_MARGIN if margin is None else margin
    scores = [score(traits, learned) for traits in candidates]
    open_to_choice = [
        k for k, traits in enumerate(candidates) if k == ruled or not any(traits.get(t) for t in NEVER_OVERRULING)
    ]
    best = max(open_to_choice, key=lambda k: (scores[k], -k))
    return best if scores[best] - scores[ruled] > margin else ruled
