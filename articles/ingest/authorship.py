"""Which person names printed in a page's byline positions are its authors: a learned yes or no for each name.

metadata.py gathers every person-shaped name the page prints on a short line between the headline and the
story, or under the story's end ('By Ann Lee', 'Ann Lee | Staff Writer', 'Ann Lee' alone over the date, 'Reporting
by Ann Lee and Ben Ode', 'Ann Lee can be reached at …'), one candidate per distinct name, and describes it by the
layout-agnostic traits below: where the line sits, what else it says (a credit word, a role, the outlet, a date, a
photo credit, an editor's credit, a share or follow button), whether an email address or a handle spells the name,
and whether the story itself uses the name (a person quoted or written about is no author). The weights
(data/author_weights.json) are learned from pages with known authors by `manage.py train_author_model`
(author_training.py): a logistic model over all candidates of all pages, each name judged on its own.

The rules' authors stand whenever they find any (their guarantees hold: a quoted person, an outlet, a desk or a
sponsor never comes out of them). Only where the rules find no author do the weights name one, and only a name
scoring above ACCEPTING_MARGIN log-odds and never one the story quotes ('Lee said'); the page's outlet or a
desk's credit is never a candidate.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from articles.ingest.weights import read_weights, weighted_sum

MODEL_PATH = Path(__file__).parent / "data" / "author_weights.json"
# In log-odds. The smallest (in steps of 0.5 from 0) at which no page of tests/data/layouts or seeds/ and no author
# unit test gains a wrong author.
ACCEPTING_MARGIN = 0.0

# Every trait metadata.py gives a candidate name; 1.0 or 0.0.
TRAITS = (
    "bias",
    # where its line sits
    "under_headline",  # between the headline and the story's first paragraph
    "under_story",  # after the story's last paragraph
    "in_story_lines",  # a line the cleaning kept as story
    "line_removed",  # a line the cleaning left out of the story
    "near_date_line",  # the line, or one of the two next to it, gives the page's date
    "line_of_its_own",  # the line is the name alone
    # what else its line says
    "credit_word",  # "By", "Written by", "Words:", "Author", "Posted by", "Reporting by"
    "role_word",  # "Staff Writer", "Correspondent", "Reporter"
    "names_outlet",  # the line names the page's outlet
    "photo_word",  # "Photo:", "Photographer", "Image", "Illustration"
    "editor_word",  # "Edited by", "Editing by", "Editor:"
    "button_word",  # "Follow", "Share", "Tags", "Related", "Read more"
    "contact_word",  # an email address, "@handle", "can be reached", "contact"
    "sentence_shaped",  # the line ends like a sentence
    "long_line",  # more than twelve words
    "three_or_more_names",  # a menu or a tag list
    "two_names",
    # whether the page backs it
    "spelt_by_address",  # an email address or handle on the page spells it
    "bio_under_story",  # a later line opens with the name ("Ann Lee covers …")
    "surname_in_story",  # the story's paragraphs use the surname
    "surname_speaks",  # the story has the surname saying something ("Lee said")
    "surname_in_headline",  # the headline names the person: whom the story is about
    "word_in_lower_case",  # the page writes a word of the name in lower case: a common word ("Top Stories")
    "known_given_name",  # it opens with a given name newsdesk's lexicon knows
    "tagged_person",  # the language model tags the name on its line as a person
    # its shape
    "three_or_four_words",
    "has_initial",
    "all_capitals",
)


# A candidate with any of these traits is never taken, whatever its weight: a person the story quotes is its
# source, not its writer.
NEVER_ACCEPTED = ("surname_speaks",)


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return read_weights(MODEL_PATH, TRAITS, what="author", command="train_author_model")


def score(traits: dict[str, float], learned: dict[str, float] | None = None) -> float:
    """The log-odds that a candidate name is an author of its page, by the shipped weights or the learned ones
    given."""
    return weighted_sum(traits, weights() if learned is None else learned)


def accepted(
    candidates: list[dict[str, float]], learned: dict[str, float] | None = None, margin: float | None = None
) -> list[int]:
    """The candidates (by index, in page order) the weights take for authors: each scoring above the margin."""
    margin = ACCEPTING_MARGIN if margin is None else margin
    return [
        k
        for k, traits in enumerate(candidates)
        if score(traits, learned) > margin and not any(traits.get(t) for t in NEVER_ACCEPTED)
    ]
