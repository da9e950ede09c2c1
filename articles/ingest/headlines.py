"""Which line near a page's top is its headline: a learned weighing of each candidate line's traits.

cleaning/page_start.py describes every candidate line (the non-furniture lines among the page's first lines, down
to the story's lead) by the traits below: where it stands, its shape, what stands under it (a byline, a
date, the lead), how many of its words the story goes on to use, and what the page-start rules say of
it (a motto, a masthead, a menu, the line a site's strip gives way to). The weights
(data/headline_weights.json) are learned from pages with a known headline by
`manage.py train_headline_model` (headline_training.py).

The weights overrule the page-start rules' headline only when another candidate scores clearly above
it, and only where the rules have no verdict: a line they call furniture or a credit is never chosen,
and a headline the page echoes stands. Across layout batches the weights choose right more often than
the rules do on batches the rules were not written for, but alone they break what the rules guarantee
(a deck never replaces its headline; a story sentence never leaves the body; a page whose rules find
only a lead gets no title), so cleaning/page_start.py keeps those guarantees whatever the weights say.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from articles.ingest.weights import read_weights, weighted_sum

MODEL_PATH = Path(__file__).parent / "data" / "headline_weights.json"
# In log-odds. The smallest margin (in steps of 0.5) at which no page of tests/data/layouts or seeds/ and no
# page-start unit test is overruled wrongly.
OVERRULING_MARGIN = 1.0

# The traits by which the page-start rules call a line the site's furniture or a credit, never the headline
NOT_HEADLINE_VERDICTS = (
    "ticker_shaped",
    "credit_line",
    "publisher_name",
    "tagline",
    "menu_line",
    "menu_fragment",
    "section_label",
    "site_slogan",
    "ticker",
    "dated_site_line",
    "over_a_link",
    "reads_as_motto",
    "language_edition",
    "site_tagline",
    "menu_over_headline",
    "above_a_label",
    "original_language_headline",
)

# Every trait cleaning/page_start.py gives a candidate line; 1.0 or 0.0 unless said otherwise.
TRAITS = (
    # where the line stands among the candidates
    "first_candidate",
    "second_candidate",
    "third_candidate",
    "later_candidate",
    "lines_from_top",  # the line's index on the page, in tens
    # its shape
    "one_word",
    "two_words",
    "three_to_five_words",
    "six_to_twelve_words",
    "thirteen_to_twenty_words",
    "over_twenty_words",
    "headline_shaped",
    "sentence",
    "question",
    "ends_with_colon",
    "ends_with_full_stop",
    "all_capitals",
    "title_case",
    "starts_lowercase",
    "has_digit",
    "has_pipe",
    "capitalised_share",  # 0–1: the share of its words that start with a capital
    # what stands under it, and the story
    "credited_right_under",
    "byline_below",
    "dated_right_under",
    "meta_follows",
    "over_its_lead",
    "below_story_start",
    "reads_as_lead",
    "story_words_share",  # 0–1: the share of its words the story paragraphs under it use
    "no_story_words",
    # what the page says of it elsewhere
    "echoed_by_share_or_browser_title",
    "repeated_on_page",
    "browser_title",
    # what the page-start rules make of it
    "publisher_name",
    "institution_name",
    "tagline",
    "menu_line",
    "menu_fragment",
    "section_label",
    "site_slogan",
    "ticker",
    "dated_site_line",
    "over_a_link",
    "reads_as_motto",
    "committee_name",
    "language_edition",
    "site_tagline",
    "menu_over_headline",
    "above_a_label",
    "shaped_as_site_name",
    "menu_word",
    "labelled_headline",
    "ticker_shaped",
    "credit_line",
    "under_headline_shaped_line",
    "over_longer_deck",
    "original_language_headline",
    # the line an earlier candidate gives way to, by the rule that says so
    "headline_under_menus",
    "headline_with_byline_below",
    "headline_under_date",
    "headline_under_intro",
    "headline_under_site_lines",
    "short_headline_over_deck",
)


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return read_weights(MODEL_PATH, TRAITS, what="headline", command="train_headline_model")


def score(traits: dict[str, float], learned: dict[str, float] | None = None) -> float:
    """How strongly a candidate line's traits say 'headline' (comparable between one page's candidates), by
    the shipped weights or by the learned ones given."""
    return weighted_sum(traits, weights() if learned is None else learned)


def overruling_candidate(candidates: list[dict[str, float]], ruled: int) -> int:
    """The candidate the rules chose (index ruled), unless another's traits weigh more than OVERRULING_MARGIN
    above it: then that one. A headline the page echoes (a share line, its browser title) stands, and no line
    the rules call furniture (a motto, a ticker, a menu …) is chosen over it: the weights decide only where the
    rules have no verdict."""
    if candidates[ruled].get("echoed_by_share_or_browser_title"):
        return ruled
    scores = [score(traits) for traits in candidates]
    open_to_choice = [k for k, traits in enumerate(candidates) if k == ruled or not not_headline_verdict(traits)]
    best = max(open_to_choice, key=lambda k: (scores[k], -k))
    return best if scores[best] - scores[ruled] > OVERRULING_MARGIN else ruled


def not_headline_verdict(traits: dict[str, float]) -> bool:
    """Whether the page-start rules call the line the site's furniture or a credit, not this story's headline."""
    return any(traits.get(trait) for trait in NOT_HEADLINE_VERDICTS)
