"""Which lines of a raw page are the story, and which are page noise (kept, with reasons).

A page pasted from a website is the story wrapped in page furniture: menus above the headline,
a header (standfirst, byline, date line, photo caption and credit) between the headline and
the first paragraph, widgets and embedded video titles inside the story, and a block of
unrelated headlines after it. `reader` reads the page top to bottom, a module for each stage:

1. `page_start`: the headline, and what the lines over it are; a page whose first line is a story
   sentence has no headline;
2. `header`: the lines from the headline to the first line shaped like a story paragraph;
3. `story`: every line from there on, except furniture, and at its end sign-offs, credits, notes
   and linked headlines (the site's notes about the page are read by `articles.ingest.page_end`).

`page_facts` is what the stages look up about the whole page. The line readers they share:
`reasons` (shown to editors), `patterns` (regexes, word lists, limits), `menus`, `mastheads`,
`bylines`, `site_names`, `credits`, `site_strips`, `furniture`; `page_lines` holds the result
(CleanedPage) and the reader's view of a line.

A line of language names or codes ("English | Español", "EN FR", "عربي") is the site's language
switch wherever it stands, and so is a word or two in a script the page's story does not use.

Every rule reads the shape of a line, not its words: does it end like a sentence, how long
is it, is it repeated, does it sit in a run of headline-shaped lines, is it next to a photo
credit. Only common web boilerplate ("read more", "listen to this article", "advertisement"),
credit markers ("©", "Photo/", "Getty Images"), the generic words of newspaper names
("Post", "Times", "Herald") for mastheads, languages' names for language switches, the words a
motto says about the site ("news", "since 1894", "your") and those a lead keeps and a headline
drops (articles, the perfect tense, "on Friday") are matched by vocabulary. Story lines are
whitespace-normalised and otherwise kept verbatim, quote marks included.
"""

from articles.ingest.cleaning.bylines import (
    PUBLISHER_WORDS,
    byline_date_text,
    byline_names,
    byline_outlet,
    closing_credit,
    company_name,
    credited_outlet,
    follow_sign_off,
    helped_by,
    name_with_outlet,
    names_beside_date,
    person_name,
    person_name_line,
    plain_byline,
    sign_off,
    without_legal_form,
    words_of_headline,
)
from articles.ingest.cleaning.credits import issuing_body, outlet_with_agencies, publication_credit, reprinted_from
from articles.ingest.cleaning.furniture import (
    contact_line,
    furniture_reason,
    language_links,
    link_labels,
    record_field,
    release_note,
    share_bar,
    split_date_tail,
    web_archive_toolbar,
)
from articles.ingest.cleaning.mastheads import (
    acronym_masthead,
    agency_masthead,
    calls_itself_a_paper,
    committee_name,
    formal_state_name,
    in_other_language,
    institution_name,
    language_edition,
    masthead_name,
    reads_as_motto,
    station_name,
)
from articles.ingest.cleaning.menus import spaced_menu
from articles.ingest.cleaning.page_lines import CleanedPage
from articles.ingest.cleaning.patterns import (
    EMAIL_SUBJECT_FIELD,
    HEADING_NAME_MAX_WORDS,
    KICKER_WORDS,
    MEDIA_LABEL_WORDS,
    MENU_SECTION_NAMES,
    MENU_WORDS,
    SECTION_WORDS,
)
from articles.ingest.cleaning.reader import clean_page, headline_candidates, page_end_lines
from articles.ingest.cleaning.reasons import (
    AGENCY_CREDIT,
    AUTHOR_NOTE,
    BYLINE,
    COPYRIGHT_NOTICE,
    DATE_LINE,
    EMBEDDED_HEADLINE,
    END_MARK,
    LANGUAGE_LINKS,
    LEARNED_PAGE_END,
    MASTHEAD,
    NAVIGATION,
    NOTICE,
    OUTLET_NAME,
    PHOTO_CREDIT,
    POLL,
    PRESS_CONTACT,
    PROMPT,
    PUBLICATION_CREDIT,
    PULL_QUOTE,
    READERS_COMMENTS,
    RELATED_HEADLINES,
    RELATED_LINK,
    SIDEBAR,
    SITE_NOTE,
    SITE_SIGN_OFF,
    TAXONOMY,
    TRANSCRIPT,
)
from articles.ingest.cleaning.site_names import ADDRESS_LINE, handle_name, self_references, site_domains, tagline_name
from articles.ingest.cleaning.site_strips import (
    dated_site_line,
    headlines_ticker,
    market_rate_line,
    ticker_shaped,
    weather_line,
)

__all__ = [
    "ADDRESS_LINE",
    "AGENCY_CREDIT",
    "AUTHOR_NOTE",
    "BYLINE",
    "COPYRIGHT_NOTICE",
    "DATE_LINE",
    "EMAIL_SUBJECT_FIELD",
    "EMBEDDED_HEADLINE",
    "END_MARK",
    "HEADING_NAME_MAX_WORDS",
    "KICKER_WORDS",
    "LANGUAGE_LINKS",
    "LEARNED_PAGE_END",
    "MASTHEAD",
    "MEDIA_LABEL_WORDS",
    "MENU_SECTION_NAMES",
    "MENU_WORDS",
    "NAVIGATION",
    "NOTICE",
    "OUTLET_NAME",
    "PHOTO_CREDIT",
    "POLL",
    "PRESS_CONTACT",
    "PROMPT",
    "PUBLICATION_CREDIT",
    "PUBLISHER_WORDS",
    "PULL_QUOTE",
    "READERS_COMMENTS",
    "RELATED_HEADLINES",
    "RELATED_LINK",
    "SECTION_WORDS",
    "SIDEBAR",
    "SITE_NOTE",
    "SITE_SIGN_OFF",
    "TAXONOMY",
    "TRANSCRIPT",
    "CleanedPage",
    "acronym_masthead",
    "agency_masthead",
    "byline_date_text",
    "byline_names",
    "byline_outlet",
    "calls_itself_a_paper",
    "clean_page",
    "closing_credit",
    "committee_name",
    "company_name",
    "contact_line",
    "credited_outlet",
    "dated_site_line",
    "follow_sign_off",
    "formal_state_name",
    "furniture_reason",
    "handle_name",
    "headline_candidates",
    "headlines_ticker",
    "helped_by",
    "in_other_language",
    "institution_name",
    "issuing_body",
    "language_edition",
    "language_links",
    "link_labels",
    "market_rate_line",
    "masthead_name",
    "name_with_outlet",
    "names_beside_date",
    "outlet_with_agencies",
    "page_end_lines",
    "person_name",
    "person_name_line",
    "plain_byline",
    "publication_credit",
    "reads_as_motto",
    "record_field",
    "release_note",
    "reprinted_from",
    "self_references",
    "share_bar",
    "sign_off",
    "site_domains",
    "spaced_menu",
    "split_date_tail",
    "station_name",
    "tagline_name",
    "ticker_shaped",
    "weather_line",
    "web_archive_toolbar",
    "without_legal_form",
    "words_of_headline",
]
