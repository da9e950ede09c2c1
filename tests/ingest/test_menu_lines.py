"""A site's menu copied onto one line (section names set apart by wide gaps or separator marks) is never
the headline; headlines that hold such a mark or a stray double space stay headlines."""

import pytest

from articles.ingest.cleaning import clean_page, spaced_menu
from articles.ingest.metadata import read_metadata

HEADLINE = "River council approves new ferry timetable"


def page_under(menu: str, headline: str = HEADLINE) -> str:
    return "\n".join(
        [
            "The Valley Courier",
            menu,
            headline,
            "By Tomasz Reyes",
            "Published June 3, 2024",
            "",
            "The river council on Monday approved a timetable that adds two evening ferries between the towns.",
            "",
            "Councillors said the change would take effect from the start of July.",
        ]
    )


MENUS = [
    "Local   Nation   Sport",
    "U.K.   Europe   Markets   Culture   Letters",
    "Home\tRegion\tFarming\tCourts\tFeatures\tRecipes",
    "Metro | Schools | Transit | Real Estate",
    "Politics · Science · Arts & Culture · Travel · Food · Obituaries",
    "Region • Economy • Health • Sport • Opinion • Puzzles • Video • Weather",
    "Cities / Coast / Islands / Mountains",
]


@pytest.mark.parametrize("menu", MENUS)
def test_a_line_of_short_section_names_set_apart_is_a_menu(menu):
    assert spaced_menu(menu)


@pytest.mark.parametrize("menu", MENUS)
def test_a_menu_on_one_line_over_the_headline_is_never_the_headline(menu):
    cleaned = read_metadata(clean_page(page_under(menu)))
    assert cleaned.title == HEADLINE


LOOKALIKES = [
    "Budget 2025: Levies | Spending",
    "Live | Senators debate the water bill tonight",
    "Mayor opens  the new harbour bridge after delays",
    "Ferry Strike Ends  As Crews Accept  New Pay Offer Today",
    "Floods | Farmers count the cost | Roads reopen slowly",
    "Storm Warning · Coast Braces",
    "Local Nation Sport Weather Culture",  # one space: the shape gives no gaps to go by
    "Local   Nation",  # two names: too few for a menu by its gaps
    "A   B   C   D   E   F   G   H   I",  # nine: more than a menu's row
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_a_headline_with_separators_or_a_double_space_is_no_menu_by_its_gaps(line):
    assert not spaced_menu(line)


@pytest.mark.parametrize(
    "headline",
    [
        "Budget 2025: Levies | Spending",
        "Live | Senators debate the water bill tonight",
        "Mayor opens  the new harbour bridge after delays",
    ],
)
def test_a_headline_holding_a_separator_or_double_space_stays_the_headline(headline):
    title = read_metadata(clean_page(page_under("Skip to content", headline))).title
    # the line is the headline; other rules may trim a label before its bar or a name after it ("Live |")
    assert title and title in " ".join(headline.split())
