"""A made-up two-paragraph story under whatever page top (and foot) a test gives it, for the headline and outlet
tests of the layout batches."""

from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import read_metadata

HEADLINE = "Harbour board approves night ferry trial"
LEAD = "The harbour board on Tuesday approved a six-month trial of night ferries between the two piers."
SECOND = '"Shift workers have asked for this for years," the board\'s chair, Mira Tallis, said.'


def page(*top: str, bottom: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, "", LEAD, "", SECOND, "", *bottom])


def metadata(*top: str, bottom: tuple[str, ...] = ()):
    return read_metadata(clean_page(page(*top, bottom=bottom)))
