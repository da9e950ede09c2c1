"""Outlets a page names only faintly, and outlets the aq batch added (tests/data/layouts/aq01–aq20).

A logo's alternative text ('Logo X'), a rights notice without its © sign ('X. All rights reserved.'), a newsletter box
('Get the X newsletter in your inbox'), a subscription appeal closing the story ('Subscribe to X for full access …'),
the site's handle ('Follow @XY for …'), the newsroom's mailbox ('newsdesk@x.example'), a name over a short tagline
that calls it a daily or news (also when the name is a word date lines and sections use: 'Today'), a name in another
language beside a motto in that language ('La Voix de … – L'actualité du …'), a programme's name beside its
channel's ('Evening Bulletin | X TV', and 'Watch Evening Bulletin weekdays at 19:30 on X TV.' is no story) and a body's
name beside its press office ('X Alliance — Press Office'). Each class beside look-alikes that keep what the rules
read before."""

import pytest

from articles.ingest.cleaning import clean_page, handle_name, masthead_name
from articles.ingest.metadata import read_metadata
from articles.ingest.outlet_training import labelled_page, learn_weights
from articles.ingest.outlets import firm_answer
from articles.ingest.page_end import broadcast_pointer

HEADLINE = "Harbour board approves new ferry timetable"
BYLINE = "By Ana Ruiz"
DATE = "March 12, 2025"
LEAD = "The harbour board approved a new ferry timetable on Wednesday, adding two evening crossings."
SECOND = '"Commuters asked for a later boat and now they will have one," board chair Lena Moss said.'
LAST = "The new timetable starts in April."


def read(*top: str, bottom: tuple[str, ...] = (), head: tuple[str, ...] = (HEADLINE, BYLINE, DATE)):
    text = "\n".join([*top, *head, "", LEAD, "", SECOND, "", LAST, "", *bottom])
    page = clean_page(text)
    return read_metadata(page), page


def outlet(*top: str, bottom: tuple[str, ...] = (), head: tuple[str, ...] = (HEADLINE, BYLINE, DATE)) -> str:
    return read(*top, bottom=bottom, head=head)[0].outlet


# --- a logo's alternative text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Logo Kestrel Weekly Review", "Logo: Kestrel Weekly Review", "Kestrel Weekly Review logo"]
)
def test_a_logo_s_alternative_text_names_the_site_without_the_word_logo(line):
    assert outlet("Skip to content", line, "Search", "Politics | Economy | Sport") == "Kestrel Weekly Review"


def test_a_logo_word_inside_a_name_stays():
    assert masthead_name("Logos Daily News") == "Logos Daily News"


# --- the site's furniture naming it once ---------------------------------------------------------------------


def test_a_rights_notice_without_its_sign_names_the_site():
    assert outlet("Economy", bottom=("Kestrel Courier. All rights reserved.",)) == "Kestrel Courier"


def test_a_rights_notice_without_its_sign_is_no_part_of_the_story():
    _, page = read("Economy", bottom=("Kestrel Courier. All rights reserved.",))
    assert "All rights reserved" not in page.body


def test_a_newsletter_box_naming_the_site_names_it():
    bottom = ("Get the Kestrel Beacon newsletter in your inbox every morning",)
    assert outlet(bottom=bottom) == "Kestrel Beacon"


def test_a_subscription_appeal_closing_the_story_names_the_site_and_leaves_the_story():
    meta, page = read(bottom=("Subscribe to The Kestrel Chronicle for full access to every story.",))
    assert meta.outlet == "The Kestrel Chronicle"
    assert "Subscribe" not in page.body
    assert page.body.rstrip().endswith(LAST)


def test_a_story_sentence_about_subscribing_stays_in_the_story():
    lead = "Subscribers to the ferry pass will pay less, the board said."
    page = clean_page("\n".join([HEADLINE, BYLINE, DATE, "", LEAD, "", lead, "", SECOND]))
    assert "Subscribers to the ferry pass" in page.body


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Follow @KestrelStar for the latest island news", "Kestrel Star"),
        ("Follow us @HarbourTimes on X", "Harbour Times"),
        ("Follow @AnnLee for updates", ""),  # a writer's handle: her name
        ("Follow @kestrelstar for news", ""),  # no capitals to tell its words apart
    ],
)
def test_a_site_s_handle_spells_its_name_when_its_words_are_capitalised(line, name):
    assert handle_name(line) == name


def test_a_handle_under_the_story_names_the_site_when_nothing_else_does():
    assert outlet(bottom=("Follow @KestrelStar for the latest island news",)) == "Kestrel Star"


def test_a_newsroom_mailbox_names_the_site_by_its_domain_when_nothing_else_does():
    assert outlet(bottom=("Got a story? Email newsdesk@kestreltidings.je",)) == "kestreltidings.je"


def test_a_writer_s_mailbox_names_no_outlet():
    assert outlet(bottom=("Contact the writer: ana.ruiz@kestreltidings.je",)) == ""


def test_two_newsroom_mailboxes_of_different_sites_name_no_outlet():
    bottom = ("Tips: news@kestreltidings.je", "Letters: letters@harbourmail.je")
    assert outlet(bottom=bottom) == ""


# --- a name over its tagline ---------------------------------------------------------------------------------


def test_a_common_word_name_over_a_tagline_calling_it_a_daily_is_the_masthead():
    assert outlet("The Island", "Aruba's English daily", "Local | Caribbean | Business | Sports") == "The Island"


def test_a_word_date_lines_use_over_a_news_tagline_is_the_site_s_name():
    assert outlet("Today", "Kestrel's news, every morning") == "Today"


def test_today_over_a_weather_line_stays_a_date_word():
    meta, _ = read("Kestrel Courier", "Today", "Port Kestrel 31°C Partly cloudy")
    assert meta.outlet == "Kestrel Courier"


def test_today_over_a_news_tagline_on_a_page_with_no_other_date_is_no_name():
    assert outlet("Today", "Kestrel's news, every morning", head=(HEADLINE, BYLINE)) == ""


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("La Voix de l'Estuaire – L'actualité du Gabon", "La Voix de l'Estuaire"),
        ("El Eco del Valle – Noticias de la región", "El Eco del Valle"),
        ("Kestrel Notes – Essays on gardening", ""),  # a motto that calls it no news
    ],
)
def test_a_name_beside_a_motto_calling_it_news_in_any_language_over_the_menu_is_the_masthead(line, name):
    assert outlet(line, "Accueil | Politique | Économie | Société") == name


# --- a programme beside its channel, an office beside its body --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Evening Bulletin | Kestrel TV", "Kestrel TV"),
        ("Morning Report | Coastline Radio", "Coastline Radio"),
        ("Kestrel TV | News", "Kestrel TV"),  # the channel, then a section
        ("Kestrel Herald | Politics", "Kestrel Herald"),
    ],
)
def test_a_programme_s_name_beside_its_channel_s_gives_the_channel(line, name):
    assert masthead_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel Democratic Alliance — Press Office", "Kestrel Democratic Alliance"),
        ("Ministry of Ports and Fisheries - Media Centre", "Ministry of Ports and Fisheries"),
        ("Kestrel Democratic Alliance — Statements and speeches", ""),
    ],
)
def test_a_body_s_name_beside_its_press_office_gives_the_body(line, name):
    assert masthead_name(line) == name


def test_a_the_opening_a_sentence_is_not_the_name_s():
    bottom = ("Notes to editors", "The Kestrel Democratic Alliance is a party founded in 2021.")
    assert outlet("Kestrel Democratic Alliance — Press Office", "Statements", bottom=bottom) == (
        "Kestrel Democratic Alliance"
    )


def test_a_the_inside_a_sentence_is_the_name_s():
    bottom = ("Follow the Wyebridge Advertiser on Facebook", "© 2025 The Wyebridge Advertiser Ltd")
    assert outlet(bottom=bottom) == "The Wyebridge Advertiser"


@pytest.mark.parametrize(
    ("line", "pointer"),
    [
        ("Watch Evening Bulletin weekdays at 19:30 on Kestrel TV.", True),
        ("Listen to Morning Talk every Sunday at 9 on Coastline Radio.", True),
        ("Watch the council meet every Tuesday at 6, the mayor urged.", False),  # someone's words, reported
        ("Watch the ferry leave the harbour.", False),
    ],
)
def test_a_programme_s_days_and_hour_after_watch_or_listen_is_the_station_s_pointer(line, pointer):
    assert broadcast_pointer(line) is pointer


def test_a_channel_s_pointer_to_its_programme_closing_the_story_leaves_the_story():
    bottom = ("Watch Evening Bulletin weekdays at 19:30 on Kestrel TV.",)
    meta, page = read("Watch live", "Evening Bulletin | Kestrel TV", "News   Programmes   Schedule", bottom=bottom)
    assert meta.outlet == "Kestrel TV"
    assert "Evening Bulletin" not in page.body


# --- learning the weights -------------------------------------------------------------------------------------


def _page(*top: str, lead: str = LEAD) -> str:
    return "\n".join([*top, HEADLINE, BYLINE, DATE, "", lead, "", SECOND, "", LAST, "", "© 2025 Kestrel Herald"])


def test_a_page_whose_rules_answer_is_firm_teaches_the_weights_nothing():
    # a carried story: the writer's credit is firm, the weights never weigh it, so its host's masthead and © line
    # (rightly passed over there) must not teach that a site's own names are no outlet
    carried = labelled_page("carried.txt", _page("Kestrel Herald", lead=f"KESTREL (AFP) — {LEAD}"), "AFP")
    own = labelled_page("own.txt", _page("Kestrel Herald", "Home | Islands | Business"), "Kestrel Herald")
    other = labelled_page("other.txt", _page("Harbour Courier", "Home | Sport"), "Harbour Courier")
    assert firm_answer(carried.candidates[0][1])
    assert not firm_answer(own.candidates[0][1])
    assert learn_weights([carried, own, other]) == learn_weights([own, other])
