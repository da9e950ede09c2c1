"""Which lines of a raw page are the story, and which are page noise (kept, with reasons).

A page pasted from a website is the story wrapped in page furniture: menus above the headline,
a header (standfirst, byline, date line, photo caption and credit) between the headline and
the first paragraph, widgets and embedded video titles inside the story, and a block of
unrelated headlines after it. The page is read top to bottom:

1. the headline: the first line long enough to be one that is not furniture, a masthead, a
   byline, a date line, a cut-off fragment, a site notice, a menu copied as one line, a section
   label ("THE LONG READ") or the motto under the masthead (a line under the masthead gives way to
   a later one when only that one has the byline close under it); a media label run into it
   ("WATCH: …") does not stop it, and a lower-case line wrapping it over the byline is its second
   line; lines above it are navigation (mastheads, bylines and date lines there are noted). The
   headline is the headline-shaped line closest over the byline or date (or the lead): the site's
   lines over it (a motto or tagline, today's edition line, 'Back issues', account links, a
   back link, a ticker, its weather line and market rates, a slogan its footer prints again or that
   calls the site a paper, a committee's name as a label, the site's motto under its name, the site's name
   again in a second language, a state's formal name over its department) give way to it, a line the share
   button or browser title repeats is it, and so is a line printed twice in a row (a page's heading and the
   article's own); a headline of a word or two keeps its place over a long deck. A press statement's release
   notes ('For Immediate Release', 'Ref: …'), a letterhead's contact line, a forwarded email's header and a bar
   of link labels set apart by runs of spaces are furniture wherever they stand over the story.
   A page whose first such line is a story sentence (long and in sentence case, opening with
   a dateline, finished right under the page's date over another paragraph, or reading as prose:
   saying when it happened, keeping the articles and perfect tense a headline drops, ending on who
   said it) has no headline: no title is better than a wrong one, and the sentence stays in the story;
2. the header: lines from the headline to the first line shaped like a story paragraph (a name
   alone there, over a role, the outlet or the date, is the byline; over "Photographer" it is not);
   a sponsor's credit ("Presented by Example Bank") and a helpers' credit ("With help from A") name
   no author;
3. the story: every line from there on, except furniture, and at its end sign-offs, credits,
   the author's note, helpers' credits, a sponsor's message, the site's tagline, disclosure notes,
   readers' comments and linked headlines with summaries. The site's notes about the page (its
   categories and tags, closed comments and what it says of readers' comments, republishing terms,
   its network, the print edition, an agency's note on its wire) are read by `page_end`, and so are
   the signs of a comment thread (a name over a time stamp, 'Reply') and the writer's bio.

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

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from articles.ingest.dates import MONTHS, WEEKDAYS, DateLine, find_date, parse_date_line
from articles.ingest.headlines import overruling_candidate
from articles.ingest.lexicon import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    FEMALE_FIRST_NAMES,
    FUNCTION_WORDS,
    HONORIFICS,
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
    MALE_FIRST_NAMES,
    MARKET_WORDS,
    MULTIWORD_PLACES,
    PLACE_CLOSING_WORDS,
    PLACE_OPENING_WORDS,
    TEMPERATURE,
    WEATHER_WORDS,
)
from articles.ingest.page_end import (
    access_wall_line,
    affiliate_note,
    archive_notice,
    broadcast_pointer,
    caption_with_credit,
    closed_by_end_mark,
    comment_action,
    comment_order,
    comment_rules,
    commenter_line,
    comments_closed,
    comments_disclaimer,
    comments_section_heading,
    contact_detail,
    counted_comments_heading,
    editors_initials,
    email_footer,
    journalist_bio_name,
    labelled_link,
    more_on_heading,
    name_alone,
    network_note,
    non_discrimination_notice,
    page_feedback,
    page_metric,
    press_contact,
    print_edition_note,
    reader_prompt,
    readers_appeal,
    republishing_notice,
    signup_box_line,
    taxonomy_line,
    transcript_case,
    transcript_heading,
    views_disclaimer,
    wire_subscribers_note,
)
from articles.ingest.records import RemovedLine
from articles.ingest.story_end import INSIDE, KEPT, OUTSIDE, lines_to_cut
from articles.ingest.text import (
    EMAIL_ADDRESS,
    QUOTATION_MARK,
    capitalised_share,
    content_words,
    ends_sentence,
    fold_quotes,
    join_paragraphs,
    normalise_whitespace,
    runs_on,
    starts_lowercase,
    word_count,
)

# Reasons shown to editors next to each removed line.
NAVIGATION = "navigation"
STANDFIRST = "standfirst"
BYLINE = "byline"
DATE_LINE = "date line"
PHOTO_CREDIT = "photo credit"
PHOTO_CAPTION = "photo caption"
WIDGET = "audio/video widget"
ADVERTISEMENT = "advertisement"
PROMPT = "newsletter or sharing prompt"
RELATED_LINK = "related link"
RELATED_HEADLINES = "related headlines"
EMBEDDED_HEADLINE = "embedded headline (video or link title)"
OUTLET_NAME = "repeated outlet name"
MASTHEAD = "masthead (the outlet's name)"
END_MARK = "end of the story mark or contact address"
PULL_QUOTE = "pull quote (repeats words of the story)"
REPEATED = "repeated line"
HEADER = "page header"
REPEATED_TITLE = "headline repeated"
TITLE_CONTINUED = "headline (its second line)"
COPYRIGHT_NOTICE = "copyright notice"
AUTHOR_NOTE = "note about the author"
PUBLICATION_CREDIT = "publication credit (where the story first appeared)"
SITE_SIGN_OFF = "sign-off (the site's name)"
NOTICE = "site notice (cookies, browser, disclaimer)"
READERS_COMMENTS = "readers' comments"
FIELD_LABEL = "label of a page field (From:, Published)"
AGENCY_CREDIT = "credit (the outlet with news agencies)"
LANGUAGE_LINKS = "language links (the site in other languages)"
TAXONOMY = "categories and tags"
SITE_NOTE = "note about the site (its network, its editor, its wire)"
RELEASE_NOTE = "release note (for immediate release, reference number)"
EMAIL_HEADER = "forwarded email's header (From:, Subject:)"
PRESS_CONTACT = "press contact (whom journalists may call)"
TRANSCRIPT = "broadcast transcript (not the story)"
OTHER_SCRIPT_TAIL = "words in another script run on after a sentence (a widget's label)"
LEARNED_PAGE_END = "after the story (by the page-end weights)"
READING_TIME = "reading time"
POLL = "readers' poll (its question, answers and vote button)"
SIDEBAR = "box beside the story (its heading and the quotations under it)"
# What a story carries inside it, between its paragraphs: not a sign that the story has ended.
_INSIDE_STORY = frozenset({PHOTO_CREDIT, PHOTO_CAPTION, PULL_QUOTE, WIDGET, ADVERTISEMENT, POLL})

# A page repeats lines (menus, share prompts, a junk file's filler), and the headline's candidates are each
# read by many rules: each distinct line is read once.
_READINGS_CACHED = 1 << 15
TITLE_SEARCH_LINES = 10  # the headline is among the first lines of a page
# A site's menu copied one link a line ('World', 'Politics', 'Today's Paper'): this many short lines together or more
MENU_COLUMN_MIN_LINES = 4
MENU_COLUMN_MAX_WORDS = 3  # a link's label; a headline is longer
STORY_WORDS_LINES = 40  # lines under a headline candidate searched for the story's use of its words
TAGLINE_MAX_WORDS = 6
SECTION_LABEL_MAX_WORDS = 5  # "Crime and Public Safety": a label over the headline, never longer
TEASER_SUMMARY_MAX_WORDS = 30  # the one-sentence summary under a linked headline
HEADLINE_MAX_WORDS = 25  # longer lines without a full stop are taken as story text
CAPTION_MAX_WORDS = 15
SHORT_LINE_WORDS = 5  # "Most Read", "All news": menu entries
MENU_MIN_ITEMS = 4  # one-word sections on one line: a menu copied as a line
SHORT_LINES_BEFORE_DATE = 4  # initials, a city, language links between a byline's name and its date
NAME_MAX_WORDS = 6  # "The View from Parliament Hill": a newsletter's or site's name over its issue's date
HEADING_NAME_MAX_WORDS = 4  # "Example News Homepage": a site's name or a link over the menus
RELATED_RUN_MIN = 3  # this many headline-shaped lines together are a block of related links
ABSORBED_CAPTION_MAX_WORDS = 12
GLUED_HEADLINE_MIN_WORDS = 6  # mean words per piece of a line of run-together headlines
CONTACT_BLOCK_MAX_LINES = 6  # a press contact's name, office, body, address, telephone and email under its heading
END_NOTE_MAX_WORDS = 40  # a writer's note after a magazine's end mark: a sentence or two, never a paragraph more
SIDEBAR_HEADING_MAX_WORDS = 5  # 'What they said', 'In their own words': a box's label, not a headline
PROMPT_BOX_MAX_LINES = 3  # a sign-up box's description, field and the like between its heading and its button
OTHER_SCRIPT_MAX_WORDS = 3  # "繁體中文", "ትግርኛ": a language's name in its own script, over a page in another
OTHER_SCRIPT_PAGE_SHARE = 0.9  # of the page's letters Latin: an English (or French, …) page
STANDFIRST_MIN_WORDS = 15  # a line under the headline this long, with no full stop, is its standfirst
SHORT_LEAD_MIN_WORDS = 8  # a finished sentence this long, over another paragraph, is a lead, not a headline
COMMENT_LOOKAHEAD = 6  # lines under a comment's signature and time stamp searched for its links or the next comment
_COMMENTER_SAYS = re.compile(r"\s(?:says|wrote|writes|commented)\s*:$")  # "Darlene K. says:", not "X said:"
COMMENT_HEADING_LINES = 2  # a comments section's heading and the site's disclaimer over its first comment
# Labels a page runs into its headline to point at a medium ("WATCH: Headline", "LIVE: Headline"): no part of it.
MEDIA_LABEL_WORDS = {"watch", "video", "videos", "listen", "audio", "live", "photos", "pictures", "gallery"}
# "Audio: Name speaks to Morning Report (6 min)", "Watch: The minister's statement (2:41)": a player's item, its
# running time closing it; a headline run after a media label has no running time.
_MEDIA_ITEM = re.compile(
    rf"^(?i:{'|'.join(sorted(MEDIA_LABEL_WORDS))})\s*:\s+.+[(\[]\s*(?:\d{{1,3}}\s*(?i:min(?:ute)?s?|secs?|seconds?)(?:\s+\d{{1,2}}\s*(?i:secs?|seconds?))?"
    r"|\d{1,2}:\d\d(?::\d\d)?)\s*[)\]]$"
)
# The last words of a line after its final sentence's stop: "… the bill. اضافة اعلان"
_OTHER_SCRIPT_TAIL = re.compile(r"(?<=[.!?\"”’])\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,2}\s*$")
# "What else do you need to know today?": a newsletter's heading over bulleted items of other news.
_ROUNDUP_HEADING = re.compile(r"^what else (?:do )?you need to know(?: today)?\W*$", re.IGNORECASE)
_CREDIT_WORD = re.compile(r"^(?:by|via|from|with|source)\b", re.IGNORECASE)
_LABELLED_HEADLINE = re.compile(rf"^(?i:{'|'.join(sorted(MEDIA_LABEL_WORDS))})\s*:\s+[A-Z\d\"“‘']")
# "BREAKING: Power restored …", "Just in | …": an alert label run into a line, as a site's ticker prints it.
_TICKER_LABEL = re.compile(
    r"^(?:breaking(?: news)?|just in|developing(?: story)?|news alert|alert|flash|newsflash|latest news)"
    r"\s*[:|–—-]\s+\S",
    re.IGNORECASE,
)

# Common web boilerplate, matched at the start of a line. Such a line is furniture when it is
# short, or the phrase is followed by a separator, or the line does not end like a sentence;
# "Advertisement spending rose 5% last year." stays.
_BOILERPLATE = {
    WIDGET: [
        r"listen to (?:this )?(?:article|story)", r"listen now", r"play (?:audio|video)", r"watch (?:the )?video",
        r"watch live",
        r"(?:like\s+)?loading\b.*(?:\.\.\.|…)",  # "Like Loading...": a blog's like button
    ],
    ADVERTISEMENT: [
        r"advertisement", r"advert", r"sponsored(?: content)?", r"promoted content", r"paid (?:post|content)",
        r"(?:story|article) continues below", r"continue reading",
        r"scroll (?:down )?to continue",  # "Scroll to continue with content": the label under an advert's slot
    ],
    PROMPT: [
        r"sign up", r"subscribe", r"newsletter", r"follow us", r"share (?:this|on)", r"click here",
        r"download (?:the|our) app", r"get the app", r"join the conversation",
        r"download now(?=\s*$)", r"app icon(?=\s*$)", r"open (?:in|the) app(?=\s*$)",  # an app banner over the page
        r"a version of this article appears in print", r"don'?t miss out", r"(?:stay|keep) up to date", r"never miss a",
        r"support (?:our |independent |quality |local )+(?:journalism|news(?:room)?)",
        r"like this(?=\s*:)", r"thanks for reading", r"republish this article",
        r"(?:type|enter) your e-?mail(?: address)?",  # a sign-up form's field
        # an email newsletter's own furniture, in its web archive
        r"view (?:this|the) (?:e-?mail|newsletter|message) (?:in|on) (?:your|a|the) (?:web )?browser",
        r"forward this (?:e-?mail|newsletter|message)",
        r"you (?:are|were) receiving this (?:e-?mail|newsletter|message)",
        r"(?:our|the) mailing address is", r"want to change how you receive these e-?mails",
        r"reply to this (?:e-?mail|newsletter|message)",
        r"you can update your preferences or unsubscribe", r"unsubscribe(?: from this list)?",
        r"get (?:the )?(?:latest|best|top) (?:news|stories|headlines|updates)", r"email address(?=\s*$)",
        r"have a (?:news )?tip", r"want more (?:stories|news|like this)", r"report a (?:correction|typo|error)",
        r"join (?:our|us on) [\w' ]{0,30}?(?:channel|community|group|whatsapp|telegram|newsletter|mailing list)\b",
        # "Join The Example Times' WhatsApp Channel and get …", "Catch all the Latest News … on The Example Herald."
        r"join (?:the )?[\w'’ ]{2,40}?(?:whatsapp|telegram) (?:channel|group)\b", r"catch all the latest\b",
        r"(?:kindly |please )share this (?:story|article|page|post)", r"read a summary of this (?:article|story)",
        r"share or comment on this (?:article|story)", r"do you like (?:the content of )?this (?:article|story)",
        r"get more [\w' ]{0,40}?(?:news|stories|updates)\b(?=.*\b(?:sign(?:ing)? up|newsletter|inbox)\b)",
        r"you can save this (?:article|story)", r"you must be (?:logged|signed) in to",
        r"already (?:a )?(?:subscriber|member|registered)",
        # "Follow us on our official WhatsApp channel for breaking news alerts!"; "Start your 7-day free trial to …"
        r"follow us on (?:our )?(?:official )?[\w' ]{0,30}?(?:channel|whatsapp|telegram|google news)\b",
        r"start (?:your|a) (?:\d{1,3}-day )?free trial",
    ],
    AUTHOR_NOTE: [r"about the authors?"],
    RELATED_LINK: [
        r"read more", r"(?:find|learn) out more", r"learn more", r"see more", r"see also",
        r"read also", r"also read", r"more on this story",
        r"(?:what to )?read next", r"up next", r"keep reading(?=\s*(?::|$))", r"more on this(?: topic)?(?=\s*(?::|$))",
        r"related(?=\s*(?::|$))", r"related (?:coverage|news|reading|links|posts)",
        r"related (?:stories|articles|content|topics)", r"(?:watch|video|listen|related|more|read)\s*:",
    ],
    NAVIGATION: [
        r"most (?:read|popular|viewed|shared)", r"trending(?: now| stories)?", r"top stories", r"latest news",
        r"recommended(?: for you)?", r"you (?:may|might) also like", r"more stories", r"skip to(?: main)? content",
        r"back to top",
        r"back to (?:the |all )?(?:[\w'’-]+ ){0,2}?(?:home\s?page|home|news|list|index|blog|articles|stories|posts"
        r"|search results|results|previous page|main page|section|category)(?=\s*$)",
        r"our standards", r"editorial standards", r"more in\b", r"more from\b", r"don'?t miss",
        r"what (?:readers|you) (?:say|think)", r"comments?", r"tags?", r"topics?",
        r"in case you missed it", r"you may have missed", r"editor'?s'? picks", r"popular now", r"latest stories",
        r"around the web", r"explore more", r"connect with us(?=\s*$)",
        r"jump to (?:navigation|(?:main )?content|search|footer)", r"(?:open|close|main) menu", r"menu(?=\s*$)",
        r"search(?: form)?(?=\s*$)", r"you are here(?=\s*(?::|$))", r"log ?in(?=\s*$)", r"sign in(?=\s*$)",
        r"create (?:a |your )?(?:free )?account", r"register(?=\s*$)",
        r"in this (?:article|story)(?=\s*:?\s*$)", r"print (?:this )?(?:article|page|story)", r"close (?:this )?window",
        r"source url(?=\s*:)", r"is this page useful", r"more by (?:this|these|the) authors?",
        r"corrections and clarifications", r"bookmark(?=\s*$)",
        # a share button's note, a wire's licensing button, a topics label
        r"link copied!?(?=\s*$)", r"purchase licensing rights\b", r"filed under(?=\s*:)",
        r"why you can trust\b", r"view all posts by\b",
        r"(?:popular|important|top|latest|main|more) news(?=\s*$)",
        # a photo gallery's controls over or inside the story: "View all 8 photos", "12 photos", "Open gallery"
        r"(?:view|see|browse) (?:all|more)(?: \d{1,3})? (?:photos|images|pictures)", r"(?:open|view) (?:the )?gallery",
        r"\d{1,3} (?:photos|images|pictures)(?=\s*$)", r"(?:photo |image )?gallery(?=\s*$)",
        # a newsletter's round-up of other news under its lead item, and its quiz
        r"what else (?:do )?you need to know(?: today)?", r"(?:today'?s )?quiz(?: answer)?(?=\s*:)",
    ],
    NOTICE: [
        r"we use cookies", r"accept (?:all )?cookies", r"(?:manage )?cookie (?:settings|preferences)",
        r"(?:this|our) (?:web)?site uses cookies",
        r"please enable javascript", r"your browser (?:is|does)", r"this (?:article|story) is more than \d+ \w+ old",
        r"this is an opinion piece", r"the views expressed (?:in this|are)",
        r"you are using an? (?:older|outdated|old|unsupported) (?:browser|version)",
        r"dear (?:users?|readers?|visitors?)(?=\s*,)",  # a portal's disclaimer addressed to its readers
    ],
}  # fmt: skip
_BOILERPLATE_RE = [
    # "» Read more: …", "› See also …": a link's arrow or chevron before its label
    (reason, re.compile(rf"^(?:[»›→▶►➤⇒]+\s*)?(?:{'|'.join(patterns)})(?!(?<=\w)\w)(?P<rest>.*)$", re.IGNORECASE))
    for reason, patterns in _BOILERPLATE.items()
]
_SEPARATOR_START = re.compile(r"^\s*[:|\-–—>»›]")
# Prompts written as whole sentences ("Don't miss out on the latest news."), still furniture.
_SENTENCE_PROMPT = re.compile(
    r"^(?:a version of this article appears in print|don'?t miss out|(?:stay|keep) up to date|never miss a"
    r"|support (?:our |independent |quality |local )+journalism"
    r"|thanks for reading|we use cookies|(?:this|our) (?:web)?site uses cookies|please enable javascript"
    r"|your browser (?:is|does)|join the conversation"
    r"|forward this (?:e-?mail|newsletter|message)|you (?:are|were) receiving this (?:e-?mail|newsletter|message)"
    r"|you can update your preferences or unsubscribe|want to change how you receive these e-?mails"
    r"|reply to this (?:e-?mail|newsletter|message)"
    r"|this (?:article|story) is more than|this is an opinion piece|the views expressed|have a (?:news )?tip"
    r"|want more (?:stories|news|like this)|you are using an? (?:older|outdated|old|unsupported) (?:browser|version)"
    r"|dear (?:users?|readers?|visitors?)(?=,)"
    r"|join (?:our|us on) [\w' ]{0,30}?(?:channel|community|group|whatsapp|telegram|newsletter|mailing list)"
    r"|join (?:the )?[\w'’ ]{2,40}?(?:whatsapp|telegram) (?:channel|group)|catch all the latest"
    r"|read a summary of this (?:article|story)|do you like (?:the content of )?this (?:article|story)"
    # a paper's account prompts: "You can save this article by registering …", "You must be logged in to …"
    r"|you can save this (?:article|story)|you must be (?:logged|signed) in to"
    r"|follow us on (?:our )?(?:official )?[\w' ]{0,30}?(?:channel|whatsapp|telegram|google news)"
    r"|start (?:your|a) (?:\d{1,3}-day )?free trial|what else (?:do )?you need to know"
    r"|get more [\w' ]{0,40}?(?:news|stories|updates)\b(?=.*\b(?:sign(?:ing)? up|newsletter|inbox)\b))\b",
    re.IGNORECASE,
)
# "(Except for the headline, this story has not been edited by … and is published from a syndicated feed.)"
_SYNDICATION_NOTE = re.compile(r"^\(.*\bsyndicated (?:news )?feed\b.*\)\W*$", re.IGNORECASE)
# "THE EXAMPLE STAR/ASIA NEWS NETWORK": the paper a reprinted story comes from, and its syndicate.
_SLASH_CREDIT = re.compile(r"^[A-Z][A-Z&'’. -]{1,40}/[A-Z][A-Z&'’. -]{1,40}$")
SLASH_CREDIT_MIN_WORDS = 3  # "WAR/PEACE" alone is a label, not a credit
# A field's label on its own line, its value on the next: "From:" / "Department for X", "Published" / the date.
_FIELD_LABEL = re.compile(
    r"^(?:from|issued by|published|first published|updated|last updated|date|source|organisation|department)\s*:?$",
    re.IGNORECASE,
)
# "For Immediate Release", "EMBARGOED UNTIL 00:01", "Ref: ECSL/PS/04/2025": what a press statement says of its own
# release and filing, never its headline (a statement may have none) and never its story.
_RELEASE_INSTRUCTION = re.compile(
    r"^(?:for (?:immediate |general )?release|immediate release|(?:strictly )?embargo(?:ed)?\b|not for (?:publication|"
    r"release|broadcast) (?:before|until)|release (?:date|time)\s*:)",
    re.IGNORECASE,
)
_REFERENCE_FIELD = re.compile(
    r"(?:^|\s)(?:(?:our |press |release |statement )?ref(?:erence)?\.?(?:\s*no\.?)?|(?:release|statement) no\.?)"
    r"\s*[:#]\s*[\w/.-]*\d[\w/.-]*$",
    re.IGNORECASE,
)
# "No. 07/2024", "Press Release No. 12 of 2024": a release's serial number on a line of its own.
_RELEASE_NUMBER = re.compile(
    r"^(?:(?:press |media )?(?:release|statement)\s+)?no\.?\s*[:#]?\s*\d{1,4}\s*(?:/|of)\s*(?:19|20)?\d\d$",
    re.IGNORECASE,
)
# "Tel: (758) 555-0102", "Phone 503-555-0119": a telephone number, labelled or shaped like one.
_PHONE_LABEL = re.compile(r"\b(?:tel|telephone|phone|fax|mobile)\b\.?\s*:?\s*\+?[\d(][\d\s().-]{6,}\d", re.IGNORECASE)
_PHONE_NUMBER = re.compile(r"(?<![\w-])\+?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3}[\s.-]\d{3,4}(?![\w-])")
CONTACT_LINE_MAX_WORDS = 20
# "---------- Forwarded message ---------", "Begin forwarded message:", "-----Original Message-----".
_FORWARDED_MARK = re.compile(
    r"^(?:-{2,}\s*(?:forwarded|original) message\s*-{2,}|begin forwarded message\s*:?)$", re.IGNORECASE
)
# "Subject: Fwd: Headline": the field's name and the mail's reply and forward marks, no part of its subject.
EMAIL_SUBJECT_FIELD = re.compile(r"^subject\s*:\s*(?:(?:re|fwd?|fw)\s*:\s*)*", re.IGNORECASE)
# "Night ferries:", "Canal water levels recover -": a headline's first line broken after its colon or dash.
_UNFINISHED_HEADLINE = re.compile(r"\S(?::|\s[-–—])$")
_EMAIL_FIELD = re.compile(r"^(?P<field>from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*\S", re.IGNORECASE)
_CLOSING_PROMPT = re.compile(r"(?:^|[.?!]\s+)(?:write to|contact|e-?mail|tell) us(?: at \S+)?[.!]?$", re.IGNORECASE)
_BRACKETED_LINK = re.compile(r"^\[[^\[\]]{1,40}\]$")
# "< Back to Home", "« All news", "← Previous story": a link led by an arrow, never a headline.
_ARROW_LINK = re.compile(r"^(?:<(?![a-z/!])|[←«‹❮⟵◀◄⇐])+\s*\S")  # not "<tweet …>": markup left in a text
ARROW_LINK_MAX_WORDS = 5
_BACK_TO = re.compile(r"^back to (?:the )?(?P<section>[\w&' ]{2,30})$", re.IGNORECASE)
# "Subscriber Log In / Subscribe Now", "Log in | Register", "Sign in • My account": the site's account links.
_ACCOUNT_LINK = re.compile(
    r"(?:(?:subscribers?|members?|readers?)\s+)?(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register"
    r"|subscribe(?:\s+(?:now|today|here))?|my account|(?:my )?profile|create (?:a |an )?(?:free )?account"
    r"|e-?edition|e-?paper|donate(?:\s+now)?|become a (?:member|subscriber)|manage (?:my )?subscription|newsletters?"
    r"|(?:welcome|hi|hello),? (?:guest|reader|visitor)|(?:today'?s|this week'?s) (?:paper|edition|issue)|back issues"
    r"|print edition|manage (?:my )?account|subscribe to (?:read|continue)(?: reading| more)?)",
    re.IGNORECASE,
)
LINK_LABELS_MIN = 3  # "Donate   Join   Volunteer": a bar of links; two pieces may be a headline and its date
LINK_LABEL_MAX_WORDS = 4  # "Get help at work": a link's label, never a headline's length
_LINK_SEPARATORS = re.compile(r"\s*[|/•·]\s*|\s{2,}|\s+or\s+", re.IGNORECASE)
_ISSUED_BY = re.compile(r"^(?:from|issued by)\s*:\s*(?P<issuer>.+)$", re.IGNORECASE)
_ISSUED_BY_LABEL = re.compile(r"^(?:from|issued by|(?:news )?provided by)\s*:?$", re.IGNORECASE)  # a release's issuer
# A person named beside the issuing body ("Department for X and Jane Doe MP"): "The Rt Hon", "MP".
_PERSON_STYLE = re.compile(
    r"^(?:the\s+)?(?:(?:rt\.?\s+)?hon\.?\s+|dr\.?\s+|sir\s+|dame\s+|lord\s+|baroness\s+)+", re.IGNORECASE
)
_POST_NOMINALS = re.compile(r"(?:\s+(?:MP|MSP|MS|MLA|MEP|TD|KC|QC|PC|OBE|CBE|MBE))+$")
# "Example Monde with AFP", "Example News with agencies": the outlet's credit for agency copy, no author.
_WITH_AGENCIES = re.compile(
    r"^(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?i:with)\s+"
    r"(?:(?i:(?:news\s+)?agencies|wires?)|(?:[A-Z]{2,6}|[A-Z][a-z]+)(?:\s*(?:,|and|&)\s*(?:[A-Z]{2,6}|[A-Z][a-z]+|[a-z]{2,4}))*)$"
)
# "The Example Ledger logoThe Example Ledger": a logo's text, then the publisher's name, as an aggregator prints them.
_LOGO_NAME = re.compile(r"^(?P<name>[A-Z][^|]{1,60}?)\s*logo\s*(?P=name)$")
# "Example Ledger logo": a logo's text alone, as a page's text gives its picture
_LOGO_FIRST = re.compile(r"^(?i:logo)\s*[:|–—-]?\s+(?=[A-Z])")
_LOGO_ALONE = re.compile(r"^(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+(?i:logo)$")
# "Disclosure statement", "Notes to editors": the heading of the notes that close a commentary page
# (funding, partners) or a press release (background, media contacts).
_DISCLOSURE_HEADING = re.compile(
    r"^(?:disclosure(?: statement)?|conflicts? of interest|competing interests|declaration of interests?"
    r"|notes? (?:to|for) editors?|about the authors?)$",
    re.IGNORECASE,
)

# "Dear Editor,", "Sir,": a letter to the editor opens the story.
_SALUTATION = re.compile(r"^(?:dear (?:editor|sir|madam|sir or madam|sir/madam)|sir|madam|editor)\s*[,:]?$", re.I)
# A press release's end mark: what follows it is for editors (contacts, "About X"), not story.
_RELEASE_END = re.compile(r"^(?:[-–—]+\s*ends?\s*[-–—]+|(?-i:ENDS?)|#{3,})$", re.IGNORECASE)

# Photo credits: a copyright sign, "Photo/…", "Photo: …", "via Getty Images", "NAME/AFP", "(AP)".
_AGENCY = r"(?:ap|afp|reuters|epa|getty(?: images)?|shutterstock|alamy|pa(?: media| wire)?|bloomberg|xinhua|anadolu)"
_CREDIT = re.compile(
    rf"©|\(c\)\s|^copyright\b|\ball rights reserved\b"
    rf"|\bphoto(?:graph)?s?\s*(?:/|:|by\b)|\b(?:image|picture|pic|credit|illustration)s?\s*(?::|by\b)"
    rf"|^(?:image|photo|picture) (?:source|caption)\b"
    rf"|\bgetty images\b|\bvia {_AGENCY}\b|[\w.]/{_AGENCY}\b|\b{_AGENCY}/\w|\({_AGENCY}(?: photo)?\)\W*$"
    r"|^[A-Z][a-z'’-]+(?: [A-Z][\w'’-]+){1,2}/[A-Z]{2,6}$",  # "Ann Lee/TER": the photographer and the outlet's initials
    re.IGNORECASE,
)
# A caption closed by the outlet's initials and its photographer: "… in Phnom Penh yesterday. ADT/Ann Lee". Case
# matters: capitals, a slash, then a name's capitalised words (the reverse of "Ann Lee/TER" above).
_INITIALS_CREDIT = re.compile(r"(?:^|\s)[A-Z]{2,6}/[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}\.?$")
# A numbered thread's post: "1/ …", "2/12 …", "🧵 1/ …".
_THREAD_POST = re.compile(r"^(?:🧵\s*)?(?P<number>\d{1,2})/(?:\d{1,2})?\s+\S")
# Headlines glued together by a copy from a link list: "…Anthem​ESPN Anchor Rips…".
_GLUED_WORDS = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")
_BREADCRUMB = re.compile(r"(?:\s[>»›/|]\s.*){2,}")
_LIST_ITEM = re.compile(r"^(?:[•●▪►*·-]|\d{1,2}[.)]\s)")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
_BULLET = re.compile(r"^[•●▪►*·]\s*")
# A line that is one quotation, perhaps signed: '"We will not back down" — Ann Lee'.
_PULL_QUOTE = re.compile(r"^[\"“‘'](?P<words>[^\"“”]+?)[\"”’']\s*(?:[—–-]+\s*[^\"“”]{0,60})?$")
# "(END)", "-ends-", "###", "==Kyodo": the wire's end of story; an address alone on a line.
# "Copyright 2024 Example Media, Inc. All rights reserved. This material may not be …": however long.
_COPYRIGHT_NOTICE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©\s*)?(?:\d{4}|©)|all rights reserved\b)", re.IGNORECASE)
# "This page is licensed under a Creative Commons Attribution 2.5 licence.": the terms a site publishes under.
_LICENCE_NOTICE = re.compile(
    r"^(?:(?:this|the|all) (?:page|article|story|work|text|content|post)s? (?:is |are |was )?(?:licensed|available"
    r"|published|released|distributed) under|licensed under) (?:a |the )?(?:creative commons|cc[ -]by|open)\b",
    re.IGNORECASE,
)
# "From Openwire News, the free news source you can write!": a site's tagline saying what it is.
_FROM_SITE_TAGLINE = re.compile(
    r"^From (?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}), the (?:free|independent|open|online|\w+'s)\b.{0,60}$"
)
# Where the story first appeared: "This report by The Example Press was first published March 3, 2024.",
# "Published in The Example Mirror, March 3rd, 2024".
# A newsroom's name may join its capitalised words with "of" or "and" ("the Port of Spain Sentinel").
_OUTLET = r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and)\s+)?[A-Z][\w&'’.-]*){0,3})"
_PUBLICATION_CREDITS = [
    re.compile(rf"^(?i:this (?:report|story|article) (?:by|from)) {_OUTLET} (?i:was (?:first )?published)\b[^.]*\.?$"),
    re.compile(
        rf"^(?i:published|printed|appeared) in {_OUTLET}(?:,|\s+on)\s+(?P<date>[^,]{{3,20}}(?:,\s*\d{{4}})?)\.?$"
    ),
    # "This article appeared in the print edition of The Example Post on March 4, 2024."
    re.compile(
        rf"^(?i:this (?:article|story|report|piece|post|commentary|column|op-ed|essay) (?:first |originally )?"
        rf"appeared (?:in|on)) (?i:the (?:print|[a-z]+day|weekend|morning|evening) edition of )?"
        rf"{_OUTLET}\b[^.]*\.?$"
    ),
    # a partner's story republished: "This story was originally published by Example Watch, a nonprofit
    # newsroom, and is republished here under a Creative Commons license."
    re.compile(
        rf"^(?i:this (?:article|story|report|piece|post) was (?:first |originally )?published (?:by|in|on)) "
        rf"{_OUTLET}\b[^.]*\.?$"
    ),
    # a carried story's credit alone on a line: "Originally published by Example Monitor", "First published in X."
    re.compile(rf"^(?i:originally|first) (?i:published|appeared) (?i:by|in|on) {_OUTLET}\.?$"),
    # a partner's article republished: "This article is republished from The Example Exchange under a Creative
    # Commons license. Read the original article."
    re.compile(
        rf"^(?i:this (?:article|story|report|piece|post) (?:is|was|has been) republished (?:here )?(?:from|with"
        rf" (?:the )?permission (?:of|from))) {_OUTLET}\b[^.]*\.?(?:\s+(?i:read the original[^.]*)\.?)?$"
    ),
    # a magazine's issue line: "This story appears in the Spring 2025 issue of Example Quarterly."
    re.compile(
        rf"^(?i:this (?:article|story|feature|piece|essay) (?:is from|(?:appears|appeared|ran) in) (?:the|our) )"
        rf"[^.]{{0,40}}?(?i:issue|edition) (?i:of) {_OUTLET}\.?$"
    ),
    # a feed's footer: "The post Storm hits coast appeared first on Example News."
    re.compile(rf"^(?i:the post) .+ (?i:appeared first on) {_OUTLET}\.?$"),
    # a syndication service's footer: "Published by Example Services with permission from The Example Courier."
    re.compile(
        rf"^(?i:published|distributed|provided) by .{{3,80}}? (?i:with permission from) {_OUTLET}(?:\.(?:\s.*)?)?$"
    ),
]
# "… said the council. – Example.com": the site signs off at the end of the last paragraph.
_SITE_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?\"”’])\s+)[—–-]+\s*(?P<site>[A-Z][\w-]*)(?P<domain>(?:\.[a-z]{2,6}){1,2})\s*$"
)
# "… will cost VNĐ200 billion. — VNS": the agency's initials close the last paragraph.
# "… said. DM", "… said. — VNS", "… the devices. (ANI)": the agency's or site's initials closing the story
_AGENCY_SIGN_OFF = re.compile(
    r"(?<=[.!?\"”’])\s+(?:(?P<dash>[—–-]+\s*)?(?P<agency>[A-Z]{2,6})|(?P<paren>\()(?P<in_paren>[A-Z]{2,6})\))\s*$"
)
# "… four years to complete. Enditem/ZL", "… the council said. (END)", "… by Friday. -ends-": the wire's end mark run
# onto the story's last sentence (with the editor's initials after "Enditem/"); cut, the sentence stays.
_RUN_ON_END_MARK = re.compile(
    r"(?<=[.!?\"”’])\s+(?:enditem(?:/[a-z]{1,4})?|\(end\)|[-–—]+\s*ends?\s*[-–—]+)\s*$", re.IGNORECASE
)
# "(Updates with analyst comment in third paragraph.)": the wire's note on what changed.
_UPDATE_NOTE = re.compile(r"^\((?:updates?|adds?|recasts?|corrects?|changes?|rewrites?)\b[^()]*\)\.?$", re.IGNORECASE)
# "(MNA/KP)": an agency's initials and its editor's closing the story, as state agencies sign their copy.
_END_MARK = re.compile(
    r"^(?:\(end\)|\((?-i:[A-Z]{2,6}(?:/[A-Z]{1,4})+)\)|[-–—]+\s*ends?\s*[-–—]+|(?-i:ENDS?)|enditem(?:/[a-z]{1,4})?|#{3,}|={2,}\s*\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?|[—–-]{1,3})$",
    re.IGNORECASE,
)
# "What you need to know:", "Key points": a summary block between the byline and the story.
_SUMMARY_HEADING = re.compile(
    r"^(?:what you need to know|key points|in (?:brief|summary)|at a glance|summary|highlights)\s*:?$", re.IGNORECASE
)
# A line cut off by the copy ("…and more sections"): never the headline.
_FRAGMENT = re.compile(r"^(?:…|\.\.\.)|(?:…|\.\.\.)$")
# A lead printed right under a summary's points is a long sentence; the points are short ones.
SUMMARY_LEAD_MIN_WORDS = 25
SUMMARY_LEAD_LENGTH = 2  # times the longest point's words
HEADER_LOOKAHEAD = 4  # lines after a sentence under the headline searched for a byline or date line
SIGN_OFF_SEARCH_LINES = 8
# "… is expected to open in April. – Siti Rahmah": the reporter's name after a dash closing the story's last
# sentence (a sentence end outside any quotation, so that '"…" – Ann Lee' under a pull quote stays its speaker's).
_REPORTER_SIGN_OFF = re.compile(r"(?<=[.!?])\s+[—–-]+\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*$")
REPORTER_SIGN_OFF = "sign-off (the reporter's name)"
SIGNED_SENTENCE_MIN_WORDS = 4  # "- Ann Lee" alone, or after "Thanks.", closes a live blog's entry or a letter
# "By: Ann K. Lee The council on Tuesday approved …": a byline run into the lead on one line.
_RUN_IN_BYLINE = re.compile(r"^By:?\s+(?=[A-Z])")
RUN_IN_LEAD_MIN_WORDS = 8
# "4–5 minutes", "5 min read", "3 minutes": the reading time a reader view prints under the author's name;
# "Reading time: 2 minutes", "Read time: 3 min" the same time labelled, as sites print it by the headline.
_READING_TIME_LINE = re.compile(
    r"^(?:(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*)?\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes?|mins?)\.?"
    r"(?:\s+read)?$",
    re.IGNORECASE,
)
PULL_QUOTE_MIN_WORDS = 4  # a sign-off byline sits among the last lines of a page
# A story paragraph opening with a dateline ("KISUMU, June 4 (AP) --", "HANOI, March 3. /VNA/.",
# "LONDON —") is never the headline, however short the page's real headline is.
_DATELINE_OPENING = re.compile(
    r"^(?:[A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,[^—–―()]{0,40})?\s*(?:[—–―]|-\s)"
    r"|[^()]{2,60}\((?:[A-Z][\w&.'’ /-]{0,60}?)\)\s*(?:[-—–―]+|:|(?=[A-Z\"“‘]))"
    r"|[^/]{2,60}\s/[A-Z][\w -]{1,15}/\.?"
    r"|[^,]{2,40},[^,]{3,30},\s*[A-Z]{2,6}\s*[-—–―])"
)
DATELINE_LEAD_MIN_WORDS = 8
# "has closed", "have been told", "had planned": the perfect tense, which headlines drop for the present.
_PERFECT_TENSE = re.compile(
    r"\b(?:has|have|had) (?:been |not |now |already |just )?\w+(?:ed|en|wn|ne|ut|ot|ld|ght)\b", re.IGNORECASE
)
_SAID_END = re.compile(r",\s+(?:[\w.'’-]+\s+){0,6}(?:said|says|told [\w'’]+|reported|announced)\.$", re.IGNORECASE)
PROSE_MIN_ARTICLES = 2  # "the", "a", "an": headlines drop them, story sentences keep them
# "on Friday", "yesterday", "last night": a news lead says when it happened; a headline, in the present
# tense, almost never does ("Sanders buys ad time for four Super Tuesday states." names no day of its own).
_WHEN_IT_HAPPENED = re.compile(
    r"\b(?:(?:on|last|this|next|early|late|since|until|by)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|yesterday|last night|this (?:morning|afternoon|evening)|earlier today)\b",
    re.IGNORECASE,
)
LEAD_MIN_WORDS = 18  # a first line this long that ends like a sentence, in sentence case, is the lead
# Words a headline in title case may leave in lower case: articles, conjunctions, prepositions.
_TITLE_CASE_SMALL_WORDS = {
    "about", "above", "across", "after", "against", "along", "among", "amid", "around", "before", "behind",
    "below", "beside", "between", "beyond", "despite", "down", "during", "except", "from", "inside", "into",
    "like", "near", "onto", "over", "past", "since", "than", "that", "then", "through", "toward", "towards",
    "under", "until", "upon", "versus", "when", "with", "within", "without", "while",
}  # fmt: skip
SENTENCE_CASE_MIN_LOWER_WORDS = 3


def _in_sentence_case(text: str) -> bool:
    """Written in sentence case: most words in lower case, or, in a sentence full of names and titles
    ('Government spokesman Arben Gashi said on Wednesday that …'), several longer words a title-case
    headline would capitalise left in lower case."""
    if capitalised_share(text) < 0.5:
        return True
    lower = [w for w in re.findall(r"[A-Za-z'’]+", text) if w[0].islower() and len(w) >= 4]
    return sum(w.lower() not in _TITLE_CASE_SMALL_WORDS for w in lower) >= SENTENCE_CASE_MIN_LOWER_WORDS


# Bylines: "By A", "By A and B", "By A, B", "By A, Role | Outlet", "By A in Place", and wire credits
# "Reporting by A and B; Writing by C; Editing by D" (the editors are not authors).
_BYLINE = re.compile(
    r"^(?:(?:(?:story|words|written|text|analysis|report|reported|reporting|additional reporting|writing|compiled"
    r"|(?:[a-z]+ )?original|presented|hosted|interview"  # "(Japanese original by …)": a translation's credit
    # a blog's or a CMS's credit: "Posted by A at 9:42 AM", "Submitted by A on date", "This entry was posted by A."
    r"|(?:this (?:entry|post|article|story) was )?(?:posted|submitted|published)|authored) )?"
    # "Deur / By Ann Lee", "Par / By Ann Lee": a bilingual site's label, its own language's "by" first
    r"(?:(?:deur|door|par|por|von|oleh|av|af|przez)\s*/\s*)?"
    r"by(?:\s*[—–]\s+|:?\s+|(?-i:(?=[A-Z][a-z])))"  # "ByAnn Lee": the space lost in the copy; "By — Ann Lee"
    # "Par Ann Lee", "Oleh Ann Lee": another language's "by", before a capital
    r"|(?:deur|door|par|por|oleh|przez)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
    # "Report: Ann Lee", "Text: Ann Lee": an agency's or a broadcaster's label
    r"|(?:words|authors?|author\(s\)|writers?|reporters?|report|reporting|journalists?|correspondents?|contributors?|text"
    r"|story"
    # "Autor: Ann Lee", "Auteur : Ann Lee", "Penulis: Ann Lee": the label in the site's own language
    r"|autor|autora|autorka|auteur|autore|autori|verfasser|penulis|wartawan|pewarta|skribent|toimittaja)"
    r"\s*:\s*"  # "Words: Ann Lee", "Reporting: Ann Lee"
    r"|from\s+(?=(?-i:[A-Z][a-z]+ [A-Z][\w'’-]+ in [A-Z])))"  # "From Ann Lee in Nairobi": a correspondent's credit
    r"(?P<names>.+)$",
    re.IGNORECASE,
)
# "@annlee": a social handle printed beside the author's name.
_FOLLOW_BUTTON = re.compile(r"^(?:\+\s*)?Follow(?:\s*\+)?$")
# "and Tom Ruiz": the rest of a byline broken over two lines
_BYLINE_CONTINUED = re.compile(r"^(?:and|&)\s+(?P<name>[^,;|]+?)\s*$")
_HANDLE = re.compile(r"\s*@\w{2,30}\b")
_EMAIL = re.compile(r"\s*" + EMAIL_ADDRESS.pattern)  # with the space before it
_NOT_AUTHOR_CREDIT = re.compile(
    # "Additional reporting by C" after the writers: a contributor, as "C contributed to this report" is
    r"^(?:additional\s+reporting|edit(?:ing|ed)|sub-?edit(?:ing|ed)|graphics?|photos?|photographs?|pictures?|images?|video|design(?:ed)?"
    r"|produc(?:ed|tion)|illustrat(?:ed|ions?)|fact-?check(?:ing|ed)|translat(?:ed|ion))\s+by\b",
    re.IGNORECASE,
)
# "Reporting by A; Editing by B", and "Written By: A Edited By: B" run together on one line; "By A. Picture: B",
# "By A   Photos by B": the photographer's credit run on after the writer's, after a full stop, a comma or a gap
_CREDIT_PARTS = re.compile(
    r"\s*;\s*|\s+(?=(?i:(?:edited|produced)\s+by)\b)"
    r"|\s*[.,]?\s+(?=(?i:(?:photo(?:graph)?s?|photography|pictures?|pics?|images?)\s*(?::|by\b)))"
)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*", re.IGNORECASE)  # "By ANN LEE/THE EXAMPLE POST"
_NAME_TOKEN = re.compile(
    # a capital of Latin script, accented too ("Émilie", "Ângelo", "Øystein")
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ][\w'’]*)*\.?"
    r"|(?:de|da|di|del|dela|delos|dos|das|van|von|der|den|le|la|du|bin|binti|ibn|al|ter)"
    # the one-letter joins of Catalan, Portuguese and Spanish double surnames ("Puig i Soler", "Lopes e Silva",
    # "Ortega y Gasset") and the Faroese place particles ("á Dunga", "í Líð"), between capitalised words
    r"|(?:i|e|y|á|í)"
    r"|[A-Z]\.)$"
)
_NOT_NAME_WORDS = {
    "correspondent", "editor", "reporter", "reporters", "writer", "staff", "contributor", "journalist",
    "columnist", "producer", "analyst", "bureau", "chief", "desk", "news", "agency", "online", "team",
    "political", "senior", "associate", "deputy", "press", "media", "digital", "the", "video", "videos",
    "photo", "photos", "photography", "graphics", "cinematography", "production", "produced", "additional",
    "contributed", "reporting", "editing", "and", "with", "via", "spokesperson", "spokesman", "spokeswoman",
    "department", "ministry", "office", "services", "communications", "government", "information",
    # a social or sharing button's label under the byline ("Follow Us", "Share on WhatsApp")
    "follow", "us", "share", "subscribe", "like", "tweet", "email", "print", "whatsapp", "facebook", "twitter",
    "instagram", "linkedin", "telegram", "youtube", "tiktok", "comment", "comments",
} | set(MONTHS) | set(WEEKDAYS)  # fmt: skip
# The last word of a newsroom's team credited in a byline ("Example News Desk", "Web Team").
_DESK_WORDS = {"desk", "team", "staff", "bureau"}
# The word that closes a role written before a name ("By state political reporter Ann Lee").
_ROLE_NOUNS = {
    "correspondent", "editor", "reporter", "writer", "contributor", "journalist", "columnist", "producer",
    "analyst",
}  # fmt: skip
# "Edited by Ann Lee and Tom Ruiz" in a live page's header: the only credit such pages print.
_EDITED_BY = re.compile(r"^edited by:?\s+(?P<names>.+)$", re.IGNORECASE)
# "Ann Lee (now) and Tom Ruiz (earlier)": who wrote a live page when.
_SHIFT_NOTE = re.compile(r"\s*\((?:now|earlier|later|before)\)", re.IGNORECASE)
_FILED_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
# "Posted on July 8, 2024 by Ann Lee": the blog's date and byline on one line.
DATED_BYLINE = re.compile(
    r"^(?:posted|published|written|updated)\s+(?:on\s+)?(?P<date>.{4,40}?)\s+(?=by\s)", re.IGNORECASE
)
# "By Ann Lee On March 5, 2024 10:12 pm In News", "By Ann Lee Time of article published Mar 8, 2024":
# the date (and section) after the names.
_BYLINE_DATE_TAIL = re.compile(
    r"\s+(?:(?:time|date) of (?:article|story|publication)\s+|first\s+)?"
    r"(?:on|published|posted|updated)\s*:?\s+(?P<date>.+?)(?:\s+in\s+[A-Z][\w&' ]{0,30})?$",
    re.IGNORECASE,
)
# "Follow Ann Lee on Twitter @annlee": the author's sign-off under the story.
_FOLLOW = re.compile(
    r"^follow\s+(?P<name>[A-Z][^@]{2,40}?)\s+on\s+(?:twitter|x|instagram|facebook|threads|bluesky|linkedin)\b",
    re.IGNORECASE,
)
# Credit words that make a line a byline even when it ends like a sentence ("Story by Ann Lee.").
_CREDIT_OPENING = re.compile(
    r"^\(?(?:story|words|written|text|reporting|additional reporting|(?:[a-z]+ )?original"
    r"|(?:this (?:entry|post|article|story) was )?(?:posted|submitted|published))\s+by\b",
    re.IGNORECASE,
)
_DASHED_CREDIT = re.compile(r"^[—–-]+\s*(?=(?i:reporting|report|words|text|story|written)\b)")
# A sign-off under the story: "— Ann Lee", "— Ann Lee, The Example Courier".
_SIGN_OFF = re.compile(r"^[—–-]+\s+(?P<name>[^,|]+?)(?:\s*[,|]\s*(?P<outlet>[^,|]+))?\s*$")
# "Ann Lee reported from Kyiv.", "Tom Ruiz contributed reporting.": the authors' note under the story.
_REPORTED_FROM = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3} (?:reported|contributed)\b")
# "The Example Agency contributed to this report.": a credit closing the page.
_CONTRIBUTED = re.compile(
    r"^[A-Z][^.!?]{2,80}\bcontributed (?:to )?(?:this |the )?(?:report|story|reporting|article)\b[^.!?]{0,60}\.?$"
)
# "With help from Ann Lee and Tom Ruiz.": the people who helped the authors, who are not authors themselves.
_HELPED_BY = re.compile(
    r"^(?i:with (?:help|assistance|research|additional help) from|with research by)\s+(?P<names>[A-Z][^.!?]{2,80}?)\.?$"
)


def helped_by(line: str) -> list[str]:
    """The helpers a credit names ('With help from Tom Ruiz and Ida Lund.' → both); [] for any other line
    ('With help from neighbours, the family rebuilt the barn.' is story)."""
    match = _HELPED_BY.match(normalise_whitespace(line))
    return name_list_line(match.group("names")) if match else []


# "Ann Lee can be reached at ann@example.com": how to reach the author.
_CONTACT = re.compile(
    r"\b(?:reached|contact(?:ed)?|e-?mail(?:ed)?|write to|sent to)\b.*[\w.+-]+@[\w-]+\.\w", re.IGNORECASE
)
# "Follow Example News on Facebook and Twitter.": the site's own prompt.
_FOLLOW_ANY = re.compile(
    r"^follow\s+.{2,40}?\s+on\s+(?:twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok|youtube)\b",
    re.IGNORECASE,
)
# "Image: Ann Lee / Example News", "Photo: Ann Lee", "Photograph by Ann Lee": a photo's credit led by its label.
_LABELLED_PHOTO_CREDIT = re.compile(r"^(?:image|photo(?:graph)?|picture|pic)s?\s*(?::|by\b)", re.IGNORECASE)
# "Tags", "TOPICS", "Related topics:": the heading of the site's tags listed one a line under the story.
_TAGS_HEADING = re.compile(r"^(?:related )?(?:tags?|topics?|keywords?)\s*:?$", re.IGNORECASE)
TAG_MAX_WORDS = 4
# The heading of readers' comments under a story: everything after it is theirs.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+comments?|comments?\s*\(\d+\)|(?:sign|log) in to (?:comment|reply)|join the (?:conversation|discussion)"
    r"|(?:show|view|read) (?:all )?(?:\d+ )?comments|leave a (?:comment|reply)|readers'? comments"
    r"|add (?:a |your )?comment!?"
    r"|(?:no|\d+) comments?:|post a comment)$",  # a blog's: "No comments:" over "Post a Comment"
    re.IGNORECASE,
)
# "Ann Lee is a staff writer at The Example Review.": the author's note closing the page.
_AUTHOR_BIO = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3} (?:is|was) (?:an?|the)\b")
# "The writer is a trade economist …": the note about the author, naming no one.
_WRITER_NOTE = re.compile(r"^(?:the|this) (?:writer|author|columnist)s? (?:is|are|was|were)\b", re.IGNORECASE)
# A byline split over lines: "By" alone, then one name per line.
_BARE_EDITOR = re.compile(r"^(?:editors?|edited by)\s*:?$", re.IGNORECASE)
_BARE_BY = re.compile(
    r"^(?:(?:written |words |story )?by|authors?(?: of (?:the|this) (?:article|story))?|writers?|reporters?):?$",
    re.IGNORECASE,
)


# A sponsor's credit: "Presented by Example Bank", "A message from Example Mutual:", "Sponsored by X", "Brought
# to you by X", "In partnership with X". Only "Presented by" and "Hosted by" may name a person (a podcast's host).
_SPONSOR_CREDIT = re.compile(
    r"^(?P<cue>a message from|presented by|hosted by|(?:sponsored|brought to you|paid for|powered|underwritten"
    r"|supported) by|in (?:partnership|association) with)\s*:?\s+(?P<sponsor>[A-Z].{1,60}?)\s*:?$",
    re.IGNORECASE,
)
# Words of a company's or a body's name ("Northgate Mutual Insurance", "Example Savings Bank"): no person's.
_ORGANISATION_WORDS = {
    "insurance", "bank", "mutual", "financial", "finance", "capital", "partners", "trust", "energy", "airlines",
    "airways", "motors", "technologies", "technology", "solutions", "systems", "services", "industries",
    "association", "alliance", "fund", "labs", "health", "pharma", "properties", "credit", "union", "telecom",
    "mobile", "brands", "foods", "hotels", "resorts", "savings", "investments", "logistics", "realty",
}  # fmt: skip


def company_name(text: str) -> bool:
    """'Northgate Mutual Insurance', 'Fjord Post Media AS', 'Example Savings Bank': a company's or a body's name
    (its words or its legal form say so), never a person's."""
    words = {w.lower().strip(".,") for w in text.split()}
    organisation_words = _ORGANISATION_WORDS | PUBLISHER_WORDS | INSTITUTION_WORDS
    return bool(words & organisation_words) or without_legal_form(text) != text.strip()


def sponsor_credit(line: str) -> str:
    """The sponsor a credit line names ('Presented by Northgate Mutual Insurance' → 'Northgate Mutual Insurance',
    'A message from Example Bank:'); '' for any other line, and for a host's credit ('Presented by Amara Osei')."""
    match = _SPONSOR_CREDIT.match(normalise_whitespace(line))
    if not match:
        return ""
    sponsor, cue = match.group("sponsor").rstrip(" .:"), match.group("cue").lower()
    if cue not in ("presented by", "hosted by"):
        return sponsor
    return sponsor if company_name(sponsor) or not _is_person_name(sponsor) else ""


# "… Comment(0)", "… 3 Comments", "… No Comments": a blog theme's comment count closing its credit line.
_COMMENT_COUNT_TAIL = re.compile(
    r"\s+(?:(?:no|\d+)\s+comments?|comments?\s*(?:\(\s*\d+\s*\)|:\s*\d+)|leave a comment)$", re.IGNORECASE
)
# "Posted on  Ann Lee  Comment(0)" (the date was an icon's, lost in the copy), "Posted on March 3, 2024 Ann Lee":
# a theme's posting credit with no "by" before the name.
_POSTED_ON = re.compile(r"^(?:posted|published|written)\s+on\s*:?\s+(?P<rest>.+)$", re.IGNORECASE)


_PUBLISHED_BY = re.compile(r"^(?:published|posted)\s+by\s+(?P<name>.+?)\W*$", re.IGNORECASE)


def _posted_on_parts(text: str) -> tuple[str, str]:
    """'Posted on March 3, 2024 Ann Lee' → ('March 3, 2024', 'Ann Lee'); ('', '') unless the rest is a name."""
    match = _POSTED_ON.match(_COMMENT_COUNT_TAIL.sub("", text))
    if not match or re.search(r"\sby\s", text, re.IGNORECASE):
        return "", ""
    rest, dated = match.group("rest").strip(), ""
    found = find_date(rest)
    if found and found[1][0] == 0:
        dated, rest = rest[: found[1][1]], rest[found[1][1] :].strip(" ,|·•-–—")
        if (clock := re.match(r"^(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?\s*", rest, re.IGNORECASE)) is not None:
            dated, rest = f"{dated} {clock.group().strip()}", rest[clock.end() :].strip(" ,|·•-–—")
    return (dated, _tidy_name(rest)) if _is_person_name(rest) else ("", "")


# "The road to the north has been cut three times this year By ANN LEE In Town": a deck (the standfirst) with the
# byline and the place it was filed from run on after it, on one line ("BY ANN LEE IN TOWN" in capitals too).
_DECK_THEN_BYLINE = re.compile(
    r"^(?P<deck>[A-Z\"“‘'][^|]{20,}?[a-z\d,.;:!?\"”’'])\s+"
    r"(?P<byline>(?:By|BY)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:In|IN|in)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})$"
)
DECK_MIN_WORDS = 5
DECK_MAX_CAPITALISED = 0.5  # share of a deck's words with a capital: sentence case


def deck_byline(text: str) -> str:
    """The byline run on after a deck on one line ('… cut three times this year By ANN LEE In Town' → 'By ANN LEE
    In Town'); '' for any other line."""
    match = _DECK_THEN_BYLINE.match(text)
    if not match or word_count(match.group("deck")) < DECK_MIN_WORDS:
        return ""
    # a deck is written in sentence case; "… Tell You He 'Won' By Finishing Third In Iowa" is a title-case headline
    return match.group("byline") if capitalised_share(match.group("deck")) < DECK_MAX_CAPITALISED else ""


def byline_names(line: str) -> list[str]:
    """The author names a byline gives, in order; [] when the line is not a byline.

    Names stop at the first part that is not a person's name: a role ("Political Editor"),
    an outlet ("The Times", "PA"), or anything after a "|". In a wire credit of several
    parts ("Reporting by A; Editing by B") the reporters and writers are the authors.
    """
    text = _HANDLE.sub("", normalise_whitespace(line)).rstrip(".")
    if sponsor_credit(text):
        return []  # "Presented by Example Bank": a sponsor, never an author
    text = _COMMENT_COUNT_TAIL.sub("", text)
    text = deck_byline(text) or text
    if posted := _posted_on_parts(text)[1]:
        return [posted]
    if (credit := _PUBLISHED_BY.match(text)) and without_legal_form(credit.group("name")) != credit.group("name"):
        return []  # "Published by Fjord Post Media AS": the publishing company, not a writer
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].rstrip(".")
    if (dashed := _DASHED_CREDIT.match(text)) and _BYLINE.match(text[dashed.end() :]):
        text = text[dashed.end() :]  # "— Reporting: Ann Lee" under the story: a labelled credit set off by a dash
    dated = DATED_BYLINE.match(text)
    if dated and parse_date_line(dated.group("date")):
        text = text[dated.end() :]
    tail = _BYLINE_DATE_TAIL.search(text)
    if tail and parse_date_line(tail.group("date")):
        text = text[: tail.start()]
    elif bare := _bare_date_after_names(text):
        text = text[: -len(bare)].rstrip(" ,-–—")
    names: list[str] = []
    for number, part in enumerate(_CREDIT_PARTS.split(text)):
        if _NOT_AUTHOR_CREDIT.match(part):
            continue
        match = _BYLINE.match(part)
        if names and not match and (listed := name_list_line(part)):
            names += [n for n in listed if n not in names]  # "Author(s): Ann Lee; Tom Ruiz": names one after another
            continue
        if not match or word_count(part) > 2 * CAPTION_MAX_WORDS:
            if number == 0:
                return []
            continue
        names += [n for n in _names_in(match.group("names")) if n not in names]
    return names


def byline_date_text(line: str) -> str:
    """The date a byline gives before or after its names ('Posted on July 8, 2024 by Ann Lee',
    'By Ann Lee On March 5, 2024 10:12 pm In News', 'by Ann Lee March 7, 2024 4 min read');
    '' when it gives none there."""
    text = _COMMENT_COUNT_TAIL.sub("", normalise_whitespace(line))
    if dated := _posted_on_parts(text)[0]:
        return dated  # "Posted on March 3, 2024 Ann Lee"
    for match in (DATED_BYLINE.match(text), _BYLINE_DATE_TAIL.search(text)):
        if match and parse_date_line(match.group("date")):
            return match.group("date")
    if _BYLINE.match(text) and (bare := _bare_date_after_names(text)):
        return _READING_TIME_TAIL.sub("", bare)
    return ""


_READING_TIME_TAIL = re.compile(r"\s+\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?\s+read$", re.IGNORECASE)


def _bare_date_after_names(text: str) -> str:
    """'by Ann Lee March 7, 2024 4 min read' → 'March 7, 2024 4 min read': a date line run on after the
    names with no word between; '' when the text has none."""
    found = find_date(text)
    if found is None or found[1][0] < 4:
        return ""
    rest = text[found[1][0] :]
    return rest if parse_date_line(_READING_TIME_TAIL.sub("", rest)) else ""


# " in Kyiv" between two writers' names ("Ann Lee in Kyiv and Tom Ruiz"): where the first one files from.
_PLACE_BEFORE_NEXT_NAME = re.compile(
    r"\s+(?:in|IN|In)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s*(?:,\s*|\s+and\s+|\s*&\s*)[A-Z])"
)


def _names_in(names_part: str) -> list[str]:
    names_part = names_part.split("|")[0]
    # "By Ann Lee in Kyiv and Tom Ruiz in Warsaw": each writer's place, dropped where another name follows it
    names_part = _PLACE_BEFORE_NEXT_NAME.sub("", names_part)
    # "By ANN LEE FOR EXAMPLEONLINE", "By Ann Lee For The Example Post", "By Ann Lee In Nairobi"
    names_part = re.split(r"\s+(?:[Ii]n|IN|[Ff]or|FOR)\s+[A-Z]", names_part)[0]
    names = []
    for piece in _NAME_SPLIT.split(names_part.strip()):
        piece = re.sub(r"^and\s+", "", piece)  # ", and Tom Ruiz"
        if not piece:
            continue
        if names and all(w.lower().strip(".") in _BYLINE_TAIL_WORDS for w in piece.split()):
            continue  # "By Ann Lee, Senior Writer, and Tom Ruiz, Staff Writer": a role between names
        if not names:
            piece = _without_leading_role(piece)
        if piece.split()[-1].lower() in _DESK_WORDS:
            break  # "Written By: Example TV News Desk": a desk, no person
        if names and _place_shaped(piece):
            break  # "By Ann Lee, New Delhi": where she writes from, not a second writer
        if masthead_name(piece):
            # "By Ann Lee, Island Times": the outlet; "By Ann Lee The Island Press": a name, then it
            leading = _name_before_outlet(piece)
            if leading:
                names.append(_tidy_name(leading))
            break
        if _is_person_name(piece):
            names.append(_tidy_name(piece))
            continue
        # "Scott Lee Video produced by …": a name, then the next credit run on
        leading = _leading_name(piece) if not names else ""
        if leading:
            names.append(_tidy_name(leading))
        break
    return names


def _place_shaped(text: str) -> bool:
    """'New Delhi', 'Cape Town', 'Kuwait City': a place's name of two or three words, known or shaped as one."""
    words = text.split()
    if text in MULTIWORD_PLACES:
        return True
    opening, closing = words[0].lower(), words[-1].lower()
    return 2 <= len(words) <= 3 and (opening in PLACE_OPENING_WORDS or closing in PLACE_CLOSING_WORDS)


def _without_leading_role(text: str) -> str:
    """'state political reporter Ann Lee' → 'Ann Lee': a role written before the name; else the text."""
    tokens = text.split()
    for size in range(1, len(tokens) - 1):
        role, rest = tokens[:size], " ".join(tokens[size:])
        if role[-1].lower() in _ROLE_NOUNS and all(w.lower() in _BYLINE_TAIL_WORDS or w.islower() for w in role):
            return rest if _is_person_name(rest) else text
    return text


def name_list_line(line: str) -> list[str]:
    """A line that is only people's names ('Ann Lee', 'Ann Lee and Tom Ruiz'), tidied; [] otherwise."""
    text = _SHIFT_NOTE.sub("", normalise_whitespace(line))
    text = _FILED_FROM.sub("", text)  # "Ann Lee in Nairobi"
    if ends_sentence(text) or masthead_name(text):
        return []
    pieces = [p for p in _NAME_SPLIT.split(text) if p]
    possessive = re.compile(r"['’]s\b")
    if not pieces or not all(_plain_name(p) and not masthead_name(p) and not possessive.search(p) for p in pieces):
        return []
    return [_tidy_name(p) for p in pieces]


# "Ann Lee | date", "Ann Lee - date", and "Ann Lee Updated: date" (the separator lost in the copy)
_NAME_DATE_SPLIT = re.compile(
    r"\s*[|•·]\s*|\s+[-–—/]\s+|(?<![Ll]ast)\s+(?=(?i:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:))"
)


def names_beside_date(line: str) -> list[str]:
    """'Ann Lee | March 3, 2024', 'March 3, 2024 | Ann Lee', 'Ann Lee - March 3, 2024', 'Ann Lee / DESK /
    Updated: March 3, 2024', 'Ann Lee · Example News · Posted: March 3, 2024': the names of a line that holds
    only names, dates and a desk's initials or the outlet; [] otherwise."""
    parts = [p for p in _NAME_DATE_SPLIT.split(normalise_whitespace(line)) if p]
    if len(parts) < 2:
        # "Ann Lee, Wednesday 5 March 2025": the names, a comma, and the rest of the line a date line
        # ("Published Sat, Mar 8, 2025" is a date line whole, not a name before one)
        name, comma, rest = normalise_whitespace(line).partition(", ")
        if not comma or _date_line_of(normalise_whitespace(line)) is not None or not parse_date_line(rest):
            return []
        return name_list_line(name)
    named = [p for p in parts if name_list_line(p) or plain_byline(p)]
    dated = [p for p in parts if p not in named and parse_date_line(p)]
    # "Ann Lee / TNN / …", "Ann Lee · Example News · Posted: …": the desk's initials or the outlet
    desks = [p for p in parts if p not in named and p not in dated and (_ACRONYM.match(p) or masthead_name(p))]
    if len(named) != 1 or not dated or len(named) + len(dated) + len(desks) != len(parts):
        return []
    return name_list_line(named[0]) or plain_byline(named[0])  # "Ann Lee, Senior Reporter | March 3, 2024"


# "Share:" run on after a byline: the share button's label, copied onto the byline's line.
_SHARE_BUTTON_TAIL = re.compile(r"\s+(?i:share(?: this(?: story| article)?)?)\s*:?$")


def name_with_outlet(line: str) -> tuple[list[str], str]:
    """'Ann Lee (The Example Post)', 'Ann Lee - The Example Post', 'Ann Lee / The Example Post Share:' →
    (['Ann Lee'], 'The Example Post'); ([], '') otherwise."""
    text = _SHARE_BUTTON_TAIL.sub("", normalise_whitespace(line))  # "Ann Lee / The Example Post Share:"
    match = re.match(r"^(?P<names>[^()]+?)\s*\((?P<outlet>[^()]+)\)$", text) or re.match(
        r"^(?P<names>[^()/]+?)\s+[-–—/]\s+(?P<outlet>[^()/]+)$", text
    )
    if not match or not (outlet := masthead_name(match.group("outlet"))):
        return [], ""
    names = name_list_line(match.group("names"))
    return (names, outlet) if names else ([], "")


def credited_outlet(line: str) -> str:
    """'Text by: Example 24': a credit naming no person, but an outlet; '' otherwise (a desk, 'By Political
    Staff', names no outlet)."""
    match = _BYLINE.match(normalise_whitespace(line))
    if not match or byline_names(line):
        return ""
    words = match.group("names").strip(" .").split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return ""
    if any(w.lower().strip(".,") in _BYLINE_TAIL_WORDS or w.lower() in {"our", "a", "staff"} for w in words):
        return ""
    return " ".join(words)


def outlet_beside_date(line: str) -> str:
    """'Example Online , Sunday 3 Mar 2024', 'Example News | March 3, 2024', 'March 3, 2024 / 4:12 PM /
    Example News' → the outlet; '' otherwise."""
    text = normalise_whitespace(line)
    parts = re.split(r"\s*[|,•·]\s*", text, maxsplit=1)
    if len(parts) == 2 and parse_date_line(parts[1]):
        return masthead_name(parts[0])
    # "Updated on: March 21, 2024 / 4:12 PM EDT / Example News": the outlet after the date
    parts = re.split(r"\s*[|•·]\s*|\s+/\s+", text)
    if len(parts) > 1 and parse_date_line(text) and not masthead_name(parts[0]):
        return masthead_name(parts[-1])
    return ""


def editor_names(line: str) -> list[str]:
    """'Edited by Ann Lee and Tom Ruiz' → ['Ann Lee', 'Tom Ruiz']; [] otherwise."""
    match = _EDITED_BY.match(normalise_whitespace(line).rstrip("."))
    return name_list_line(match.group("names")) if match else []


def _name_before_outlet(text: str) -> str:
    """'Ann Lee The Island Press', 'ANN LEE Associated Press' → the name; '' when no split leaves an outlet."""
    tokens = text.split()
    for size in (2, 3, 4):
        name, rest = " ".join(tokens[:size]), " ".join(tokens[size:])
        if _is_person_name(name) and masthead_name(rest):
            return name
    return ""


def _leading_name(text: str) -> str:
    tokens = text.split()
    for size in (4, 3, 2):
        if len(tokens) > size and _is_person_name(" ".join(tokens[:size])):
            follower = tokens[size]
            if follower.lower().strip(".,") in _NOT_NAME_WORDS or not follower[:1].isupper():
                return " ".join(tokens[:size])
    return ""


def _first_name_bio(text: str, authors: list[str]) -> bool:
    """'Ann is a reporter covering health.' under a story by Ann Lee: her author's note."""
    match = re.match(r"^([A-Z][\w'’-]+) (?:is|was|covers|writes|reports)\b", text)
    return bool(match) and any(author.split()[0] == match.group(1) for author in authors)


SEARCH_TITLE_SHARE = 0.75  # of a headline's words a search-engine title repeats when it lengthens that headline
SEARCH_TITLE_MIN_SHARED = 3


def words_of_headline(line: str, search_title: str) -> bool:
    """Whether a browser title's headline part ('Fares rise for first time since 2021 as city closes gap')
    repeats most of line's words ('Fares to rise for first time since 2021'): the page's own headline, which the
    site lengthened or reworded for search engines."""
    words, repeated = _telling_words(line), _telling_words(line) & _telling_words(search_title)
    return (
        # "HomeNewsDam releases cut, irrigators told" under "Dam releases cut, irrigators told | Site": the same
        # headline with something glued to it, not one the site shortened
        " ".join(_plain_words(search_title)) not in " ".join(_plain_words(line))
        and len(repeated) >= SEARCH_TITLE_MIN_SHARED
        and len(repeated) >= SEARCH_TITLE_SHARE * len(words)
    )


def _telling_words(text: str) -> set[str]:
    """A line's words longer than three letters that are not function words ('Prague', 'fares', '2021')."""
    return {w for w in re.findall(r"[\w'’]+", text.lower()) if len(w) > 3 and w not in FUNCTION_WORDS}


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text.lower())


FOLLOWED_SITE_MIN_WORDS = 3  # "Follow Ann Post on X" is a writer's; "Follow Samoa Weekly Observer on X" the site's


def follow_sign_off(line: str) -> str:
    """'Follow Ann Lee on Twitter @annlee' → 'Ann Lee'; '' otherwise."""
    match = _FOLLOW.match(normalise_whitespace(line))
    if not match:
        return ""
    name = match.group("name")
    if masthead_name(name) and len(name.split()) >= FOLLOWED_SITE_MIN_WORDS:
        return ""  # "Follow Samoa Weekly Observer on Facebook": three or more words ending in a paper's word
    return _tidy_name(match.group("name")) if _is_person_name(match.group("name")) else ""


# A wire credit closing the story's last paragraph: "… in the region. (Reporting by A; Editing by B)".
WIRE_CREDIT = re.compile(
    r"\((?:additional )?(?:reporting|writing|compiled|story|text|(?:[a-z]+ )?original)\s+by\b[^()]*\)\s*\.?\s*$",
    re.IGNORECASE,
)


def closing_credit(body: str) -> tuple[int, list[str]]:
    """The offset where a wire credit at the end of the body starts, and the authors it names;
    (len(body), []) when there is none."""
    match = WIRE_CREDIT.search(body)
    if not match:
        return len(body), []
    return match.start(), byline_names(match.group().rstrip(". "))


def byline_outlet(line: str) -> str:
    """The outlet a byline names after its authors ('By Ann Lee, Example News, Kyiv' → 'Example News',
    'By Ann Lee The Example Press' → 'The Example Press')."""
    text = normalise_whitespace(line)
    names = byline_names(text)
    outlet_for = re.search(r"\s(?:for|FOR)\s+(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})$", text)
    if (
        (names or plain_byline(text))
        and outlet_for
        and (masthead_name(outlet_for.group("outlet")) or " " not in outlet_for.group("outlet"))
    ):
        return outlet_for.group("outlet")  # "By ANN LEE FOR EXAMPLEONLINE"
    if name_with_outlet(text)[1]:
        return name_with_outlet(text)[1]  # "Ann Lee (The Example Post)"
    if not names and names_beside_date(text):
        # "Ann Lee · Example News · Posted: …"
        return next((name for part in re.split(r"\s*[|•·]\s*", text) if (name := masthead_name(part))), "")
    if not names and not plain_byline(text):
        return ""
    if names and names[-1].lower() in text.lower():
        after = text[text.lower().rindex(names[-1].lower()) + len(names[-1]) :]
        first = re.split(r"\s*[,|]\s*", after.strip())[0]
        if after.startswith(" ") and (name := masthead_name(first)):
            return name
    # "By Ann Lee · Example News", "By Ann Lee - Example News": a middle dot or a spaced dash parts the fields as
    # a bar does
    pieces = [p.strip() for p in re.split(r"\s*[,|/·•]\s*|\s+[-–—]\s+", text)[1:]]
    outlet = next((name for piece in pieces if (name := masthead_name(piece))), "")
    # "By Ann Lee, CNN": an outlet known by its initials
    outlet = outlet or next((piece for piece in pieces if _ACRONYM.match(piece)), "")
    if outlet or not names:
        return outlet
    # "By Ann Lee | Example Fact Check": a desk's or site's name after the bar
    return next((piece for piece in re.split(r"\s*[|·•]\s*|\s+[-–—/]\s+", text)[1:] if _desk_name(piece)), "")


def _desk_name(text: str) -> bool:
    """'Example Fact Check', 'Example Verify Desk': a title-case name with some words of a site or
    section and some of its own; 'World News' (a section) and 'Political Editor' (a role) are not."""
    words = [w.lower() for w in text.split()]
    known = SECTION_WORDS | MENU_WORDS | KICKER_WORDS | MASTHEAD_WORDS
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in text.split())
        and any(w in known for w in words)
        and not all(w in known | _BYLINE_TAIL_WORDS for w in words)
    )


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def plain_byline(line: str) -> list[str]:
    """A byline without 'By': 'Ann Lee, Example News', 'Ann Lee, Political Editor', 'Ann Lee Health
    correspondent'. The line opens with a person's name and then gives a role or an outlet;
    a name alone is not enough (a menu entry like 'North Korea' looks the same)."""
    name = _plain_byline_name(line)
    return [name] if name else []


@lru_cache(maxsize=_READINGS_CACHED)
def _plain_byline_name(line: str) -> str:
    # "Ann Lee Senior Reporter ann.lee@example.com | @annlee": the contact details beside the role
    text = _HANDLE.sub("", _EMAIL.sub("", normalise_whitespace(line))).strip(" |")
    # "Ann Lee · Example News ·": the parts set apart by middots, as by commas
    text = re.sub(r"\s+[·•]\s+", ", ", text).strip(" ·•,")
    if ends_sentence(text) or word_count(text) > CAPTION_MAX_WORDS or masthead_name(text):
        return ""
    if (written_for := _WRITTEN_FOR.match(text)) and masthead_name(written_for.group("outlet")):
        name = written_for.group("name")  # "Ann Lee for The Example Post": a freelance's byline, the paper after it
        return _tidy_name(name) if _plain_name(name) else ""
    if (named := _without_leading_role(text)) != text and _plain_name(named):
        return _tidy_name(named)  # "Political Correspondent Ann Lee": the role written before the name
    head, dash, rest = text.partition(" - " if " - " in text else " – ")
    if dash and rest and all(w.lower().strip(".") in _BYLINE_TAIL_WORDS for w in rest.split()):
        text = f"{head}, {rest}"  # "Ann Lee - Staff Writer": the role after a dash
    parts = re.split(r"\s*([,/])\s*", text, maxsplit=1)  # "Ann Lee, Example News", "Ann Lee/Staff Reporter"
    head, comma, rest = (part.strip() for part in [*parts, "", ""][:3])
    if comma:
        pieces = [p.strip() for p in rest.split(",") if p.strip()]
        role_or_outlet = any(
            masthead_name(p) or all(w.lower().strip(".") in _BYLINE_TAIL_WORDS for w in p.split()) for p in pieces
        )
        # "Dr Ann Lee, Senior Lecturer in Public Health, University of Example": an academic's byline
        academic = len(pieces) >= 2 and bool(_AFFILIATION.search(pieces[-1]))
        if academic:
            head = _HONORIFIC.sub("", head)
        return _tidy_name(head) if pieces and (role_or_outlet or academic) and _plain_name(head) else ""
    tokens = head.split()
    for size in (2, 3, 4):
        tail = [w.lower().strip(".") for w in tokens[size:]]
        name = " ".join(tokens[:size])
        # "Peru Bolivia Ecuador Business Environment": names, then only a menu's sections, is the site's menu
        menu = all(w in SECTION_WORDS | MENU_WORDS for w in tail)
        if tail and _plain_name(name) and all(w in _BYLINE_TAIL_WORDS for w in tail) and not menu:
            return _tidy_name(name)
    return ""


_WRITTEN_FOR = re.compile(r"^(?P<name>[^,|/]+?)\s+(?:for|FOR)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][^,|/]*)$")
# "Freelance journalist based in Accra", "Senior correspondent in Lagos": the role under a byline's name.
_ROLE_LINE = re.compile(
    rf"^(?:[A-Za-z-]+ ){{0,3}}(?i:{'|'.join(sorted(_ROLE_NOUNS))})"
    r"(?: (?:based )?(?:in|at) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?$"
)

# "Photographer", "Photo editor", "Video journalist", "Illustrator": roles of people credited beside the writers.
_NOT_AUTHOR_ROLE = re.compile(
    r"^(?:(?:senior|chief|staff|freelance)\s+)?(?:photographer|photojournalist|photo editor|photos?|video journalist"
    r"|videographer|camera(?:man|woman)?|illustrator|graphics?|designer)$",
    re.IGNORECASE,
)


def _role_line(text: str) -> bool:
    """'Journalist', 'Staff Writer', 'Senior Correspondent', 'Rural Reporter', 'Business Editor': a line that is
    only a newsroom role, as pages print it under the name of each author."""
    # "Journalist, Politics", "Reporter - Business Desk": the role, then the desk or beat it serves
    text = re.sub(
        r"\s*(?:,|\s[-–—|])\s*[A-Z][\w&'’]*(?:\s+(?:&\s+)?[A-Z][\w&'’]*){0,2}$", "", normalise_whitespace(text)
    )
    return bool(_ROLE_LINE.match(text)) and word_count(text) <= 4


_BYLINE_TAIL_WORDS = _NOT_NAME_WORDS | {
    "health", "business", "economics", "economy", "foreign", "home", "affairs", "defence", "defense", "security",
    "science", "technology", "environment", "education", "transport", "sports", "sport", "arts", "culture",
    "legal", "crime", "courts", "diplomatic", "africa", "asia", "europe", "america", "middle", "east", "china",
    "washington", "london", "in", "at", "of", "for", "&", "and", "eastern", "western", "northern", "southern",
    "central", "north", "south", "west", "latin", "pacific", "world", "international", "national", "chief",
    # desks and academic posts ("Resources reporter", "Senior Research Fellow, Africa Programme")
    "resources", "mining", "property", "energy", "markets", "retail", "industry", "agriculture", "rural", "climate",
    "housing", "labour", "workplace", "investigations", "investigative", "data", "consumer", "travel", "food",
    "wine", "music", "film", "theatre", "politics", "research", "fellow", "programme", "program", "lecturer",
    "director", "researcher", "visiting", "emeritus", "wealth", "tech", "aviation", "banking", "trade",
    "multimedia", "broadcast", "news",
}  # fmt: skip


_AFFILIATION = re.compile(r"\b(?:University|Institute|College|School|Centre|Center|Academy|Polytechnic)\b")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor)\.?\s+(?=[A-Z])")


_CREDIT_OPENERS = {"by", "from", "our", "with", "via", "for"}


def _plain_name(text: str) -> bool:
    """A person's name that is not a desk or a region ('Eastern Europe', 'World Affairs')."""
    return (
        _is_person_name(text)
        and not any(w.lower() in _BYLINE_TAIL_WORDS for w in text.split())
        and text.split()[0].lower() not in _CREDIT_OPENERS  # "From Our Correspondent": a credit, no name
        and text.split()[-1].lower().strip(".,") not in _COMPANY_SUFFIXES  # "Example Solar Ltd"
    )


def person_name(text: str) -> str:
    """The tidied name when text is only a person's name ('ANN LEE' → 'Ann Lee'); '' otherwise."""
    text = normalise_whitespace(text).strip(" ,.")
    return _tidy_name(text) if text and not masthead_name(text) and _plain_name(text) else ""


_COMPANY_SUFFIXES = {"ltd", "limited", "inc", "llc", "plc", "corp", "co", "gmbh", "ag", "sa", "pty", "group"}
# The legal form closing a company's name, as countries write it: "Ltd", "Pvt Ltd", "Pty Ltd", "Inc.", "LLC",
# "GmbH", "AG", "AS", "A/S", "AB", "Oy", "OÜ", "SARL", "S.A.", "SpA", "B.V.", "Sdn Bhd", "& Co." ("Example Media AS"
# is the company "Example Media"). Short capital forms ("AS", "SA") count only in capitals: "Vestkyst Media As" is
# no company's name.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:"
    r"(?i:ltd|limited|private\s+limited|inc|incorporated|llc|l\.l\.c|llp|plc|corp|co|pty|pvt|pte|gmbh|sarl"
    r"|s\.a\.r\.l|s\.a\.s|s\.a|s\.l|s\.p\.a|s\.r\.l|srl|b\.v|n\.v|a/s|aps|asa|oyj|oy|sdn|bhd|berhad|tbk|k\.k"
    r"|kft|zrt|d\.o\.o|s\.r\.o|a\.s|e\.v)"
    r"|AS|AB|SA|SAS|AG|KG|NV|BV|SIA|UAB|OÜ|JSC|SpA|&\s+(?i:co))\.?(?=[\s,]|$))+\s*$"
)


def without_legal_form(name: str) -> str:
    """'Vestkyst Media AS' → 'Vestkyst Media', 'Deccan Ledger Media Pvt Ltd' → 'Deccan Ledger Media': the
    company's name without the legal form its country's law adds ('Ltd', 'GmbH', 'Sdn Bhd', 'S.A.')."""
    stripped = _LEGAL_FORM.sub("", name.strip())
    if stripped != name.strip():
        stripped = re.sub(r"\s+Company$", "", stripped)  # "The Fjord Post Company Ltd": the paper's company
    return stripped.strip(" ,-–") if stripped.strip(" ,-–") else name


# Words of a publishing company's name after the name it shares with its paper ("Kestrel Media Group Ltd").
PUBLISHER_WORDS = _COMPANY_SUFFIXES | {
    "media", "publishing", "publications", "publishers", "holdings", "communications", "corporation", "company",
    "network", "networks", "newspapers", "enterprises", "ventures", "sdn", "bhd", "&",
}  # fmt: skip


def sign_off(line: str) -> tuple[list[str], str]:
    """'— Ann Lee, The Example Courier' under a story → (['Ann Lee'], 'The Example Courier'); else ([], '').

    The outlet is what makes it a sign-off: '- Ann Lee.' may close an item of a live blog, and
    '-President Obama, tweeting after the speech.' attributes a quotation; both are story."""
    match = _SIGN_OFF.match(normalise_whitespace(line))
    if not match or not _is_person_name(match.group("name")):
        return [], ""
    outlet = masthead_name((match.group("outlet") or "").strip().rstrip("."))
    return ([_tidy_name(match.group("name"))], outlet) if outlet else ([], "")


def person_name_line(line: str) -> str:
    """A line that is only a person's name ('Mei Lin Tan'), tidied; '' otherwise."""
    text = normalise_whitespace(line)
    return _tidy_name(text) if _is_person_name(text) else ""


def _is_person_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    if any(t.lower().strip(".") in _NOT_NAME_WORDS for t in tokens):
        return False
    if all(len(t.strip(".")) <= 1 for t in tokens):
        return False
    # "Puig i Soler", "Lopes e Silva" join two surnames after a given name; "Banka e Bohareng" (Sesotho) joins words
    if any(t in _SURNAME_JOINS for t in tokens[:2]):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


_SURNAME_JOINS = {"i", "e", "y"}


def _tidy_name(text: str) -> str:
    """'ANN LEE' → 'Ann Lee', 'Dr Ann Lee' → 'Ann Lee' (an author is named without honorific); mixed-case
    names stay as written."""
    words = text.split()
    if len(words) >= 3 and words[0].lower() in HONORIFICS:
        text = " ".join(words[1:])
    return " ".join(
        "-".join(p.capitalize() for p in t.split("-")) if t.isupper() and len(t) > 2 else t for t in text.split()
    )


# How a site names itself in its own furniture, whatever its name's words: the copyright line,
# "Follow X on Facebook", "Subscribe to X's newsletter", "Thanks for reading X!", "Download the X
# app", "Get X in your inbox", "Support X", "Join X from £3 a month", "X relies on
# readers like you", "X is a not-for-profit news service …". A line at the top that one of these
# repeats is the site's name, not a headline, even without a paper's word ("Northern Fold").
# "La Voz del Valle", "Het Parool van Noord": a name may hold the lower-case particles of its language.
_NAME_PARTICLES = r"(?:de|del|della|da|do|dos|das|di|du|des|la|le|van|von|der|den|y)"
# a capital of Latin script, accented too ("Øresund Nyt", "Élan Matin")
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_SELF_NAME = (
    rf"(?P<name>(?:[Tt]he\s+)?[{_CAPITAL}][\w&'’.-]*(?:\s+(?:{_NAME_PARTICLES}\s+)?[{_CAPITAL}][\w&'’.-]*){{0,4}})"
)
_FOLLOW_SITE = re.compile(rf"^(?i:follow|like)\s+(?i:the\s+)?{_SELF_NAME}\s+(?i:on)\s+[A-Z]")
# "Subscribe to The Example Chronicle for full access to every story.", "Sign up for Example Beat's newsletters"
_SUBSCRIBE_TO_SITE = re.compile(
    rf"^(?i:subscribe|sign up)\s+(?i:to|for)\s+{_SELF_NAME}(?:['’]s\b|\W*$|\s+(?i:for|to|and|newsletters?)\b)"
)
_SELF_REFERENCES = [
    re.compile(rf"^(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?{_SELF_NAME}"),
    _FOLLOW_SITE,
    _SUBSCRIBE_TO_SITE,
    re.compile(rf"^(?i:thanks?\s+(?:you\s+)?for\s+(?:reading|listening to|supporting))\s+{_SELF_NAME}\W"),
    # a newsletter's own lines: "Enjoying X?", "You're reading X, an independent newsletter …"
    re.compile(rf"^(?i:enjoying|you['’]re reading|you are reading)\s+{_SELF_NAME}(?:\?|,|\.|$)"),
    re.compile(rf"^(?i:download|get)\s+(?i:the\s+)?{_SELF_NAME}\s+(?i:app)\b"),
    # "Get X in your inbox", "Get the X newsletter in your inbox every morning"
    re.compile(
        rf"^(?i:get|want)\s+(?i:the\s+)?{_SELF_NAME}\s+(?i:(?:newsletter|briefing|bulletin|digest)\s+)?"
        rf"(?i:in|to|straight to)\s+(?i:your)\s+(?i:inbox)"
    ),
    # "Example Courier. All rights reserved.": the rights notice without its © sign, the site's name first
    re.compile(rf"^{_SELF_NAME}\.?,?\s+(?i:all rights reserved)\b"),
    re.compile(
        rf"^(?i:support|join|about|donate to)\s+{_SELF_NAME}"
        rf"(?:\W*$|\s+(?i:from|today|now)\b)"  # "Join X from £3 a month"; "Join Ann Lee for a live chat" is no appeal
    ),
    # "Become a member of X today.", after the appeal's first sentence or alone
    re.compile(rf"^(?:.*?[.!?]\s+)?(?i:become an?\s+(?:member|subscriber|supporter|patron)\s+of)\s+{_SELF_NAME}"),
    re.compile(
        rf"^{_SELF_NAME}\s+(?i:is hiring|relies on|depends on|is funded by|is published by|has been publishing"
        rf"|is an?\s+(?:[\w-]+\s+){{0,4}}(?:newsroom|news service|news site|newspaper|co-?operative"
        rf"|publication|station|magazine|website|newsletter|production|member|weekly|daily|news outlet))\b"
    ),
]
# "From Alder Lantern, the free news source for Alder County.", "Kestrel Eye — your independent newsroom since 2009":
# the site's tagline, naming it once and for certain.
_TAGLINE_ADJECTIVES = (
    r"(?:free|independent|local|nonprofit|non-profit|community|trusted|reader-funded|reader-supported"
    r"|people-powered|fearless|reliable)"
)
_SITE_TAGLINE = re.compile(
    rf"^(?:(?i:from)\s+)?{_SELF_NAME}\s*(?:,|:|\s[–—-])\s+(?i:(?:(?:the|your)\s+)?(?:[\w'’-]+,?\s+){{0,4}}"
    rf"(?:news\s+source|source\s+(?:of|for)\s+(?:[\w'’-]+\s+){{0,3}}news|news\s+(?:site|service|website|outlet"
    rf"|organi[sz]ation|magazine)|newsroom|newspaper)"
    # "X: Free, independent news for the valleys", "X, free local news since 2009": news a tagline's adjective calls so
    rf"|(?:(?:the|your)\s+)?(?:[\w'’-]+,?\s+){{0,2}}{_TAGLINE_ADJECTIVES},?\s+(?:[\w'’-]+,?\s+){{0,2}}"
    rf"news(?=\s+(?:for|since|from|about)\b))"
    rf"(?=\s+(?i:for|of|in|on|since|from|about|covering|serving)\b|\W*$|[.!]\s)"
)
# "Millbrook Ledger Commons is a nonprofit newsroom serving the river towns.": the site describing itself.
_SITE_SELF_DESCRIPTION = re.compile(
    rf"^{_SELF_NAME}\s+(?i:is\s+an?\s+(?:[\w'’-]+\s+){{0,4}}(?:newsroom|news\s+(?:service|site|website|outlet"
    rf"|organi[sz]ation)|newspaper))\b"
)
_SELF_REFERENCES.append(_SITE_TAGLINE)
_NOT_SITE_NAMES = {"all", "us", "me", "our", "my", "the"}


def tagline_name(text: str) -> str:
    """The site a tagline names ('From Alder Lantern, the free news source for Alder County.' → 'Alder Lantern');
    '' for any other line ('Ann Lee, the newspaper's editor, said …' is story)."""
    text = normalise_whitespace(text)
    match = _SITE_TAGLINE.match(text) or _SITE_SELF_DESCRIPTION.match(text)
    if not match or match.group("name").split()[0].lower() in FEMALE_FIRST_NAMES | MALE_FIRST_NAMES:
        return ""  # "Ann Lee, the newspaper's editor": a person
    return match.group("name")


# "ann.lee@examplenews.co.uk", "www.example-times.com": the site's domain.
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b", re.I)


# The words a site's motto calls it by: "Norway's news in English", "The island's English daily", "Voice of the valley".
_NEWS_MOTTO_WORD = re.compile(r"\b(?:news|daily|weekly|newspaper|paper|journal)\b", re.IGNORECASE)
# "News", and the words sites in other languages call it by in their mottos: "L'actualité du Gabon", "Noticias de
# Bolivia", "Nachrichten aus der Region".
_NEWS_IN_ANY_LANGUAGE = re.compile(
    r"\b(?:news|daily|weekly|actualités?|actualidad|noticias|notícias|notizie|nachrichten|nieuws|nyheter|nyheder"
    r"|uutiset|wiadomości|zprávy|správy|novosti|vijesti|vesti|haberler|habari|berita|balita|tin tức)\b",
    re.IGNORECASE,
)
# "Follow @KestrelEye for the latest news": the site's handle, its name's words run together in title case.
_FOLLOW_HANDLE = re.compile(
    r"^(?i:follow|like)\s+(?:us\s+)?@(?P<handle>(?:[A-Z][a-z]+){2,4})\b(?:\s+(?i:for|on)\s|\W*$)"
)


def handle_name(text: str) -> str:
    """'Follow @SarniaStar for the latest island news' → 'Sarnia Star': the name a site's handle spells; '' for any
    other line, and for a handle that spells a person's name ('Follow @AnnLee for updates': the writer's)."""
    match = _FOLLOW_HANDLE.match(normalise_whitespace(text))
    if not match:
        return ""
    name = " ".join(re.findall(r"[A-Z][a-z]+", match.group("handle")))
    return "" if _is_person_name(name) and not masthead_name(name) else name


def self_references(lines: list[str]) -> list[str]:
    """The names a page's furniture gives the site itself, in page order ('© 2024 Northern Fold',
    'Thanks for reading Harbor Notes!', 'Follow the Example Champion on Facebook', 'Follow @HarborNotes for …')."""
    found = []
    for text in lines:
        if name := handle_name(text):
            found.append(name)
            continue
        text = re.sub(r"\b([AI])/S\b", r"\1S", normalise_whitespace(text))  # "Example Nyt A/S": the Danish "AS"
        for pattern in _SELF_REFERENCES:
            if not (match := pattern.match(text)) or (pattern is _FOLLOW_SITE and follow_sign_off(text)):
                continue  # "Follow Ann Lee on X": the writer, not the site
            # "© 2024 Example Media Ltd. All rights reserved.": the name ends at its company suffix or full stop
            name = re.split(r"(?<=\w)\.(?:\s|$)|\s+(?:All)\b", match.group("name"))[0]
            name = without_legal_form(name)
            name = re.sub(r"['’]s$", "", name.rstrip(".,"))
            if name.lower() not in _NOT_SITE_NAMES:
                found.append(name)
                break
    return found


# "cedarhollowsignal.com" or "https://www.cedarhollowsignal.com/news/…" alone on a line: the site's address.
ADDRESS_LINE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})(?:/\S*)?$", re.IGNORECASE
)


def site_domains(lines: list[str]) -> set[str]:
    """The compact names of the domains on a page ('examplenews' for 'ann@examplenews.co.uk', 'www.x.com' or
    'x.com' alone on a line)."""
    hosts = {m.group("host").lower() for text in lines for m in _DOMAIN.finditer(text)}
    hosts |= {m.group("host").lower() for text in lines if (m := ADDRESS_LINE.match(text.strip()))}
    return {
        _compact(
            host.split(".")[-3] if re.search(r"\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$", host) else host.split(".")[-2]
        )
        for host in hosts
    }


def _compact(name: str) -> str:
    """'The Example-Times' → 'exampletimes': a name as a domain spells it."""
    return re.sub(r"[^\w]|_", "", re.sub(r"^the\s+", "", name.lower()))


def names_the_site(name: str, references: list[str], domains: set[str]) -> bool:
    """The site's own furniture or domain repeats name: 'Harbor Notes' and 'Thanks for reading Harbor
    Notes!'; 'The Example Lantern' and 'ann@examplelantern.com'; 'Example Loop Barbados' and 'Download
    the Example Loop app' (the site, then its edition)."""
    key = _compact(name)
    if not key:
        return False
    if key in domains or any(key == _compact(ref) for ref in references):
        return True
    words = normalise_whitespace(re.sub(r"^(?i:the)\s+", "", name)).split()
    return len(words) >= 3 and any(
        _compact(ref).startswith(_compact(" ".join(words[:2])))
        and len(_compact(ref)) < len(key)
        and key.startswith(_compact(ref))
        for ref in references
    )


# A masthead: the outlet's name on its own line at the top ("The Example Courier", "Example News").
MASTHEAD_WORDS = {
    "times", "post", "herald", "tribune", "gazette", "echo", "courier", "review", "monitor", "standard",
    "ledger", "wire", "daily", "news", "journal", "chronicle", "observer", "guardian", "telegraph", "mail",
    "express", "star", "mirror", "independent", "record", "voice", "sentinel", "examiner", "inquirer",
    "enquirer", "register", "bulletin", "dispatch", "globe", "nation", "weekly", "argus", "advertiser",
    "citizen", "insider", "digest", "reporter", "press", "desk", "online", "today", "statesman",
    "pioneer", "leader", "free", "sun", "report", "recorder", "beacon", "mercury", "courant", "clarion",
    "informer", "spectator", "messenger", "broadcasting", "radio", "television", "tv", "advocate", "gleaner",
    "sports", "bugle", "agency", "agência", "agencia", "agence", "national", "insight", "newswire",
    "fm",  # a station named by its band: "Capital FM"
    "magazine", "quarterly", "monthly",  # "The Sunday Ledger Magazine"
}  # fmt: skip
EDITION_WORDS = {"english", "online", "digital", "edition", "international", "weekly", "daily", "live", "agency"}
# Words of a section name ("World News", "Local News", "Business Today"): a menu entry, not a masthead.
SECTION_WORDS = {
    "world", "local", "national", "international", "business", "sport", "sports", "politics", "political",
    "breaking", "latest", "top", "more", "all", "home", "tech", "technology", "science", "health", "money",
    "opinion", "culture", "entertainment", "lifestyle", "travel", "weather", "live", "video", "news",
    "global", "regional", "city", "state", "uk", "us", "europe", "asia", "africa", "today", "daily", "weekly",
    "press", "the", "and", "&", "market", "markets", "economy", "finance", "features", "education", "my",
    "general",
}  # fmt: skip


# More words of a site's menu, besides the section words ("Podcasts", "Games", "Obituaries").
MENU_WORDS = {
    "arts", "books", "food", "style", "climate", "videos", "podcast", "podcasts", "newsletters", "games",
    "puzzles", "obituaries", "sign", "in", "search", "menu", "subscribe", "login", "account", "sections",
    "shows", "watch", "listen", "crossword", "tv", "radio", "events", "alert", "alerts", "updates",
    "headlines", "donate", "about", "contact", "advertise", "careers", "environment",
}  # fmt: skip
# Sections that open a site's menu as often as its name does ("Nation" / "World" / "Business").
MENU_SECTION_NAMES = {"nation", "metro", "region", "regions", "society", "country", "provinces", "community"}


# Words of the label a page prints over its headline ("THE LONG READ", "Exclusive", "Analysis").
KICKER_WORDS = {
    "the", "long", "read", "exclusive", "analysis", "feature", "features", "interview", "explainer", "review",
    "special", "report", "investigation", "column", "in", "depth", "big", "story", "explained", "fact", "check",
    "match", "preview", "recap",
    "press", "media", "statement", "release", "expert", "comment", "commentary", "briefing", "opinion",
}  # fmt: skip


# A column's or series' name printed over each of its pieces' headlines: up to three capitalised words, then a word
# for the kind of piece ("The Thursday Column", "Monday Briefing", "Weekend Essay", "Ann Lee's Notebook").
_COLUMN_LABEL = re.compile(
    r"^(?:The )?(?:[A-Z][\w'’]*\s){1,3}(?:Column|Diary|Notebook|Briefing|Essay|Viewpoint|Commentary|Letter|Memo)$"
)


# Words of a public body's name printed over its statements ("Example Department of State").
INSTITUTION_WORDS = {
    "department", "ministry", "office", "institute", "council", "commission", "agency", "authority",
    "government", "embassy", "bureau", "centre", "center", "foundation", "parliament", "secretariat", "presidency",
    "university", "college",
}  # fmt: skip
# A police force, a central bank, a health or public service, a school district: bodies that issue their own news,
# named by these words at the name's end or before 'of' ('Northvale Police', 'Reserve Bank of Example'); first in a
# short line they are a headline's ('POLICE PROBE').
BODY_HEAD_WORDS = {"police", "constabulary", "bank", "service", "district"}


def institution_name(text: str) -> str:
    """'Example Department of State', 'Ministry of Example Affairs': a public body's name alone; else ''."""
    words = normalise_whitespace(text).split()
    if not 2 <= len(words) <= 8 or ends_sentence(text) or not words[0][:1].isupper():
        return ""
    if not all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words):
        return ""
    lowered = [w.lower().strip(",") for w in words]
    headed = any(
        w in BODY_HEAD_WORDS and n > 0 and (n == len(lowered) - 1 or lowered[n + 1] == "of")
        for n, w in enumerate(lowered)
    )
    return " ".join(words) if headed or any(w in INSTITUTION_WORDS for w in lowered) else ""


# "Republic of the Philippines", "Government of Example Province", "Kingdom of Example": a state's formal name, which
# a government site prints over (or under) its department's own.
_FORMAL_STATE = re.compile(
    r"^(?:the\s+)?(?:(?:federal|democratic|people'?s|islamic|socialist|united|arab|plurinational|bolivarian"
    r"|co-?operative|independent|hashemite|federated|oriental)\s+)*"
    r"(?:republic|kingdom|commonwealth|principality|sultanate|emirate|grand duchy|state|government|province"
    r"|territory|federation)\s+of\s+\S",
    re.IGNORECASE,
)
FORMAL_STATE_MAX_WORDS = 8


def formal_state_name(text: str) -> bool:
    """'Republic of the Philippines', 'GOVERNMENT OF EXAMPLE PROVINCE': a state's formal name alone on a line."""
    text = normalise_whitespace(text)
    words = text.split()
    if not 3 <= len(words) <= FORMAL_STATE_MAX_WORDS or ends_sentence(text) or not _FORMAL_STATE.match(text):
        return False
    return all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words)


# Small words of other languages that join a name's words ("Embajada de Example en Ruritania").
# Small words of other languages that English headlines do not use: two of them on a line with no English small
# word say the line is written in another language ('Le port de Dakar ouvre un nouveau quai pour les conteneurs').
_OTHER_LANGUAGE_WORDS = {
    "le", "la", "les", "des", "du", "une", "un", "pour", "dans", "sur", "avec", "aux", "au", "et", "est", "el",
    "los", "las", "del", "por", "para", "con", "una", "y", "em", "com", "uma", "um", "dos", "das", "não", "il",
    "della", "per", "che", "di", "der", "und", "mit", "für", "ein", "eine", "auf", "het", "een", "voor", "met",
    "och", "för", "på",
}  # fmt: skip
_ENGLISH_SMALL_WORDS = {
    "the", "a", "an", "of", "to", "in", "on", "for", "with", "and", "by", "at", "as", "from", "after", "over", "is",
    "are", "its", "new", "into", "amid", "says",
}  # fmt: skip


def in_other_language(text: str) -> bool:
    """The line is written in a language other than English: mostly in another script than the Latin, or with
    two small words of another language and none of English's."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(not _is_latin(c) for c in letters) * 2 > len(letters):
        return True
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    foreign = sum(w in _OTHER_LANGUAGE_WORDS for w in words)
    return foreign >= 2 and not any(w in _ENGLISH_SMALL_WORDS for w in words)


_OTHER_LANGUAGE_JOINERS = {
    "de", "del", "en", "la", "las", "los", "el", "y", "du", "des", "le", "les", "et", "der", "die", "das", "und",
    "von", "van", "het", "voor", "di", "da", "do", "dos", "em", "e", "och", "og", "för", "ng", "sa", "wa", "na",
    "ya", "za",
}  # fmt: skip


# "Public Accounts Committee", "Standing Committee on Fisheries and Marine Resources": a committee's name, the
# word after its qualifiers or before its remit ("Committee Backs Bill" is a headline).
_COMMITTEE_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,5}Committee$|^(?:[A-Z][\w'’-]*\s+){0,4}Committee\s+(?:on|of|for)\s+[A-Z]"
)


def committee_name(text: str) -> bool:
    """'Public Accounts Committee', 'Standing Committee on Fisheries and Marine Resources': a committee's name
    alone, the label a parliament's news page prints over a committee's story (never its publisher)."""
    text = normalise_whitespace(text)
    words = text.split()
    if not 2 <= len(words) <= 10 or ends_sentence(text):
        return False
    return all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words) and bool(_COMMITTEE_NAME.match(text))


# ", en Español", ", in English": a masthead's link to the site's edition in another language.
_HOMEPAGE_LINK = re.compile(r"(?<=\S)\s+(?:Home\s?page|Home)$")
_LANGUAGE_LINK = re.compile(r",\s*(?:en|em|in|auf|na|på)\s+[A-Z][^\W\d_]+$")
# "Example Ledger en Español", "Example Post auf Deutsch", "Example Times in English": the site's name and, with no
# comma, its link to the edition in another language (a language's own name, or "in English").
_LANGUAGE_EDITION = re.compile(
    r"^(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?:(?:en|em|auf|na|på)\s+(?P<language>[A-Z][^\W\d_]+)|in\s+English)$"
)


def language_edition(text: str) -> str:
    """The site's name when the line is its name and a link to another language's edition ('Example Ledger en
    Español'); '' otherwise. Never a headline."""
    match = _LANGUAGE_EDITION.match(normalise_whitespace(text))
    if not match or (match.group("language") and match.group("language").lower() not in LANGUAGE_NAMES):
        return ""
    return match.group("name")


# "Est. 1887", "(Established 1887)", "since 1887" after a paper's name: when it was founded.
# "El Heraldo Andino – English Edition", "Example Times - Asia edition": a publication's name and which edition.
_EDITION_TAIL = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)\s+[–—-]\s+(?:[A-Z][a-z]+\s+)?(?i:edition)$"
)
_FOUNDED = re.compile(r"\s*[,(–—|·-]?\s*(?i:est(?:\.|ablished)?|founded|since)\s+(?:in\s+)?(?:1[6-9]|20)\d\d\)?\s*$")


# "Armenian News Agency", "Palestine News & Information Agency", "Press Service": what a news agency's
# masthead prints beside the short name it signs its wires with.
_AGENCY_DESCRIPTOR = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+(?:(?:&|and|of|for)\s+)?){0,5}(?:News\s+)?(?:Agency|Service|Agencia|Agência|Agence)$"
)


def agency_masthead(text: str) -> str:
    """'Armenpress - Armenian News Agency' → 'Armenpress'; 'Example News & Information Agency - ENIA' → 'Example
    News & Information Agency': an agency's masthead gives its full name beside its brand or initials; the brand is
    the outlet, and so is the full name (the initials only when the page signs with them, which the metadata
    reads: 'acronym_masthead'); '' for any other line."""
    if full := acronym_masthead(text)[0]:
        return full
    parts = [p.strip() for p in re.split(r"\s[-–—]\s", normalise_whitespace(text))]
    if len(parts) != 2:
        return ""
    for short, full in (parts, parts[::-1]):
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        brand = re.fullmatch(r"[A-Z][\w'’-]{2,20}", short) is not None
        if not _AGENCY_DESCRIPTOR.match(full):
            continue
        if short.lower() in SECTION_WORDS | MENU_WORDS:
            continue  # "Politics - Example News Agency": the section, then the agency
        if brand and short.upper() != initials:
            return short
    return ""


# Lower-case words an organisation's initials skip ("Palestine News and Information Agency" - PNIA).
_INITIALS_SKIP = {"of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "da", "do", "dos", "das"}


def acronym_masthead(text: str) -> tuple[str, str]:
    """'Example News Agency - ENA', 'VBC – Volta Broadcasting Corporation', 'Example News Agency (ENA)' → (full name,
    initials): a masthead printing an organisation's name beside its initials, either order, joined by a dash, or
    the initials in brackets after it; the initials must be
    its words' (or the name an agency's); ('', '') for any other line."""
    text = normalise_whitespace(text)
    bracketed = re.fullmatch(r"(?P<full>[^()]+?)\s*\((?P<short>[A-Z]{2,6})\)", text)  # "Example News Agency (ENA)"
    parts = [bracketed["short"], bracketed["full"]] if bracketed else [p.strip() for p in re.split(r"\s[-–—]\s", text)]
    if len(parts) != 2:
        return "", ""
    for short, full in (parts, parts[::-1]):
        words = full.split()
        if not re.fullmatch(r"[A-Z]{2,6}", short) or not 2 <= len(words) <= 7 or short.lower() in SECTION_WORDS:
            continue
        if not all(w[:1].isupper() or w.lower() in _INITIALS_SKIP for w in words):
            continue
        initials = "".join(w[0] for w in words if w.lower() not in _INITIALS_SKIP)
        if short == initials or short == initials.upper() or _AGENCY_DESCRIPTOR.match(full):
            return full, short
    return "", ""


# "Radio Maranatha 98.4 FM", "Coastline FM 101.7", "Valley 96.3": a station's name with its frequency after it.
_FREQUENCY_TAIL = re.compile(
    r"^(?P<name>.*?[^\W\d_].*?)\s+(?:\d{2,4}(?:[.,]\d{1,2})?\s*(?:FM|AM|MHz|kHz)|(?:FM|AM)\s*\d{2,4}(?:[.,]\d{1,2})?"
    r"|(?:8[89]|9\d|10[0-8])[.,]\d)$",
    re.IGNORECASE,
)
STATION_LINE_MAX_CHARS = 80  # a masthead's length; the pattern's backtracking grows with the square of a line's


def station_name(text: str) -> str:
    """'Silk Road Radio 101.5 FM' → 'Silk Road Radio': a station's name with the frequency to tune to after it;
    '' for anything else, and for any line longer than a masthead."""
    if len(text) > STATION_LINE_MAX_CHARS:
        return ""
    match = _FREQUENCY_TAIL.match(text)
    return match.group("name") if match else ""


# "Prut TV", "Coastline Radio", "Example Television", "Channel 9": a broadcaster's name (its programmes are no outlet).
_CHANNEL_NAME = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){1,3}(?:TV|Radio|Television|FM)$|^(?:[A-Z][\w&'’.-]*\s+)?Channel\s+\d{1,2}$"
)
# "Example Democratic Alliance — Press Office": a party's, ministry's or company's name, then its press office.
_BODY_THEN_OFFICE = re.compile(
    r"^(?P<body>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w&'’.-]*){1,6})\s+[|–—-]\s+"
    r"(?i:(?:the\s+)?(?:press|media|news)\s+(?:office|service|centre|center|room|desk))$"
)


@lru_cache(maxsize=_READINGS_CACHED)
def masthead_name(text: str) -> str:
    """The outlet's name when the line is a masthead ('Example News', 'Example News | Politics'), else ''."""
    text = _LOGO_FIRST.sub("", text)  # "Logo Example News": a logo image's alternative text, its name after it
    if name := agency_masthead(text):
        return name  # "Armenpress - Armenian News Agency": the short name the agency signs with
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", text)]
    if len(parts) == 2 and _CHANNEL_NAME.match(parts[1]) and not _CHANNEL_NAME.match(parts[0]):
        return masthead_name(parts[1])  # "Evening Bulletin | Prut TV": a programme's name beside its channel's
    if len(parts) > 1:
        return masthead_name(parts[0])  # "Example News | Politics"; "Headline | Example News" is a title
    if office := _BODY_THEN_OFFICE.match(normalise_whitespace(text)):
        return office.group("body")  # "Example Alliance — Press Office": the body whose office issues the page
    text = _LANGUAGE_LINK.sub("", text)  # "Example Press, en Español": the link to the other edition
    text = language_edition(text) or text  # "Example Press en Español"
    text = _FOUNDED.sub("", text)  # "The Harbour Courier, est. 1887": the paper's founding year beside its name
    if edition := _EDITION_TAIL.match(normalise_whitespace(text)):
        return edition.group("name")  # "El Heraldo Andino – English Edition": only a publication has an edition
    text = _HOMEPAGE_LINK.sub("", text)  # "Example News Homepage": the link's text names the site
    if station := station_name(normalise_whitespace(text)):
        text = station  # "Silk Road Radio 101.5 FM": the station, then where to tune in
    # "ATLAS HERALD - Morocco's English daily": a plain hyphen sets the motto off as well as a dash does
    separator = next((sep for sep in (" – ", " — ", " - ") if sep in text), " — ")
    section, dash, rest = text.partition(separator)
    if dash and _is_menu_line(section):
        return masthead_name(rest)  # "NEWS – Example Sun": the section, then the paper
    if dash and motto_shaped(rest) and (name := masthead_name(section)):
        return name  # "The Valletta Observer – Independent since 1961": the paper, then its motto
    tokens = normalise_whitespace(text).split()
    # "Times of Example", "Courier & Advertiser": the paper's word joined to a place's name or to another title
    joined = [t for n, t in enumerate(tokens) if not (t in ("of", "&", "and") and 0 < n < len(tokens) - 1)]
    if (
        not 2 <= len(tokens) <= 5
        or capitalised_share(" ".join(joined)) < 1.0
        or any(not t[0].isalpha() for t in joined)
    ):
        return ""
    if "," in text or "/" in text:
        return ""  # "Ann Lee, Example News", "Ann Lee/Staff Reporter": a byline
    lowered = [t.lower().strip(".,") for t in tokens]
    named = [t for t in lowered if t != "the"]
    while len(named) > 2 and named[-1] in EDITION_WORDS and named[-1] not in MASTHEAD_WORDS:
        named.pop()  # "Example Post English", "Example Times Online"; "Example China Daily" stays
    if named[-1] in _ROLE_NOUNS and all(t in _BYLINE_TAIL_WORDS for t in named):
        return ""  # "Senior Reporter", "Political Editor": a byline's role
    # The paper's word ends or opens the name ("Example Post", "Daily Example"); in the middle of
    # a title-case line ("Biden Sets Record Pace") it is a headline's word.
    # "Example Post-Courier": a hyphenated name is a masthead by either half
    ends = set(named[-1].split("-")) | set(named[0].split("-"))
    if not ends & MASTHEAD_WORDS or all(t in SECTION_WORDS for t in lowered):
        return ""
    return " ".join(tokens)


# "Follow Kestrel Eye on Facebook": the site (or a writer) asking to be followed.
_FOLLOWED = re.compile(r"^(?i:follow|like)\s+(?i:the\s+)?(?P<name>.+?)\s+(?i:on)\s+[A-Z]")
# "Share: Bridge Tolls Scrapped", "Share this story: …": a share button's text, the headline it shares.
_SHARE_ECHO = re.compile(r"^(?i:share(?: this(?: story| article)?)?|tweet|e-?mail this)\s*[:|–—]\s*(?P<head>.+)$")
# "Ferry fares to rise – Mekong Current": a browser title, the headline then the site's name.
_TITLE_THEN_SITE = re.compile(r"^(?P<head>.+)\s+[|–—-]\s+(?P<site>[^|–—]+?)$")
COMPANY_NAME_MIN_CHARS = 4  # "Kestrel" of "Kestrel Media Group": long enough to be a name, not an initial

# "Kowloon Ledger — Independent, non-profit news since 2015": a site's name and its motto on one line.
_NAME_THEN_MOTTO = re.compile(r"^(?P<name>[^|–—·•]{2,60}?)\s+(?:[|–—·•]|-(?=\s))\s+(?P<motto>[^|–—·•]+)$")
MOTTO_MAX_WORDS = 8


def motto_shaped(text: str) -> bool:
    """'Independent since 1961', 'News for the valley': short, no date, no second sentence."""
    text = text.strip()
    return (
        1 <= word_count(text) <= MOTTO_MAX_WORDS
        and not ends_sentence(text.rstrip("."))
        and "." not in text.rstrip(".")
        and _date_line_of(text) is None
        and not _is_menu_line(text)
    )


# Words a site says about itself in its motto ('Your Hometown News Source', 'Truth without fear or favour',
# 'Independent journalism for the isles'); a headline says what happened, and rarely two of these.
_MOTTO_WORDS = {
    "news", "journalism", "journalists", "voice", "voices", "serving", "independent", "your", "truth", "trust",
    "trusted", "hometown", "community", "source", "stories", "reporting", "fear", "favour", "favor", "fearless",
    "facts", "radio", "newspaper", "since", "people's", "every", "always", "matters", "informed", "local",
}  # fmt: skip
MOTTO_MIN_WORDS = 2
_MOTTO_PHRASE = re.compile(r"\bsince (?:1[6-9]|20)\d\d\b|\bvoice of\b", re.IGNORECASE)  # 'The voice of the isles'


# "News for the Horn's diaspora in North America", "Your morning guide to the statehouse": a motto saying whom the
# site serves; it may run longer than a short motto, and a headline rarely opens so.
_MOTTO_OPENING = re.compile(
    r"^(?:your\s+(?:[\w'’-]+\s+){0,2}?(?:news|guide|source|voice|window|home)\s+(?:for|from|about|to|on|of|in)\b"
    r"|(?:(?:independent|local|daily|trusted)\s+)?(?:news|journalism|stories|reporting)\s+(?:for|from)\s+"
    r"(?:the|our|you)\b)",
    re.IGNORECASE,
)
MOTTO_OPENING_MAX_WORDS = 12


def motto_words(text: str) -> int:
    """How many of a motto's words the line holds ('since 1894', 'the voice of' count twice)."""
    words = [w.strip(".,:;!?'’\"").lower() for w in text.split()]
    return sum(w in _MOTTO_WORDS for w in words) + (2 if _MOTTO_PHRASE.search(text) else 0)


def reads_as_motto(text: str) -> bool:
    """Short, no sentence, and speaking of the site itself ('Your Hometown News Source', 'Local radio for the
    whole of the valley'), or opening as a motto says whom the site serves ('News for the valley's diaspora in
    North America', 'Your morning guide to the statehouse'): a motto, not a headline."""
    if motto_shaped(text) and motto_words(text) >= MOTTO_MIN_WORDS:
        return True
    text = normalise_whitespace(text)
    return (
        _MOTTO_OPENING.match(text) is not None
        and word_count(text) <= MOTTO_OPENING_MAX_WORDS
        and not ends_sentence(text)
        and not re.search(r"[\d:\"“”]", text)
    )


# "Nigeria's Most Quoted Newspaper", "The Paper That Asks Why", "Kenya's Bold Daily": a slogan naming the site a paper.
_SELF_NOUNS = {"newspaper", "paper", "daily", "weekly", "tabloid", "newsweekly"}
_AFTER_SELF_NOUN = {"that", "which", "who", "for", "of", "you", "with", "since", "where", "in"}


def calls_itself_a_paper(text: str) -> bool:
    """A short slogan whose head noun is the paper itself ('Nigeria's Most Quoted Newspaper', 'The Paper That
    Asks Why'); 'Paper Mill Closes' and 'Weekly Market Reopens' use the word for something else."""
    words = [w.strip(".,:;!?'’\"").lower() for w in text.split()]
    if not 2 <= len(words) <= MOTTO_MAX_WORDS or not motto_shaped(text):
        return False
    return any(
        w in _SELF_NOUNS and k > 0 and (k == len(words) - 1 or words[k + 1] in _AFTER_SELF_NOUN)
        for k, w in enumerate(words)
    )


def name_and_motto(text: str) -> tuple[str, str]:
    """('Kowloon Ledger', 'Independent, non-profit news since 2015') from a line holding both; else ('', '')."""
    match = _NAME_THEN_MOTTO.match(normalise_whitespace(text))
    if not match or not motto_shaped(match.group("motto")):
        return "", ""
    return match.group("name").strip(), match.group("motto").strip()


@dataclass
class CleanedPage:
    raw_lines: list[str]
    title_line: int | None = None  # index in raw_lines of the headline
    title_continued: int | None = None  # index in raw_lines of the headline's second line, when it wraps
    body: str = ""  # the story paragraphs, separated by blank lines
    removed: list[RemovedLine] = field(default_factory=list)
    standfirst_line: int | None = None
    byline_lines: list[int] = field(default_factory=list)
    date_lines: list[int] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # from every byline and sign-off, in page order
    mastheads: list[str] = field(default_factory=list)  # the outlet's name as printed above the headline
    # a masthead a news tagline under it confirms ('Today' / 'Curaçao's news, every morning'), though it is a word
    # sections and date lines also use
    tagline_masthead: str = ""
    sign_off_outlet: str = ""  # "— Ann Lee, The Example Courier" under the story
    follow_authors: list[str] = field(default_factory=list)  # "Follow Ann Lee on Twitter" under the story
    bio_authors: list[str] = field(default_factory=list)  # "Ann Lee covers the council for …" closing the story
    editors: list[str] = field(default_factory=list)  # "Edited by Ann Lee" heading a live page
    issuer: str = ""  # "From: Department for Example Affairs" over a press release


@dataclass
class _Line:
    """One non-empty line of the page and its shape."""

    no: int  # index in raw_lines
    text: str  # whitespace-normalised
    menu_by_gaps: bool = False  # its raw text is a menu set apart by wide gaps, which normalising loses

    @cached_property
    def words(self) -> int:
        return word_count(self.text)

    @cached_property
    def menu(self) -> bool:
        """A site's menu or a section label copied as a line: never the headline."""
        return self.menu_by_gaps or _is_menu_line(self.text)

    @cached_property
    def sentence(self) -> bool:
        """Shaped like a story paragraph: ends like a sentence (a magazine's end mark after it too: '… she said. ■'),
        or introduces what follows."""
        text = _SHARE_BUTTON_TAIL.sub("", self.text)  # "Ann Lee / The Example Post Share:": a byline, not a lead-in
        return ends_sentence(text) or text.endswith(":") or closed_by_end_mark(text)

    @cached_property
    def byline(self) -> list[str]:
        """The author names, when the line is a byline."""
        return list(_byline_names_of(self.text))

    @cached_property
    def date_line(self) -> DateLine | None:
        return _date_line_of(self.text)

    @cached_property
    def all_capitals(self) -> bool:
        """Written in capitals, as section subheadings inside a story often are."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)

    @cached_property
    def numbered_headline(self) -> bool:
        """'1. Storm hits the coast': an entry of a numbered list of headlines (Most Read, Related)."""
        match = _NUMBERED.match(self.text)
        return bool(match) and _Line(self.no, self.text[match.end() :]).headline_shaped

    @cached_property
    def bulleted_headline(self) -> bool:
        """'• Flood victims still waiting for payments': an entry of a bulleted list of links."""
        match = _BULLET.match(self.text)
        return bool(match) and _Line(self.no, self.text[match.end() :]).headline_shaped

    @cached_property
    def headline_shaped(self) -> bool:
        """A headline, menu entry or label: no sentence ending, not cut off mid-sentence, not too long."""
        return (
            not self.sentence
            and not runs_on(self.text)
            and 1 <= self.words <= HEADLINE_MAX_WORDS
            and not starts_lowercase(self.text)
            and not _LIST_ITEM.match(self.text)
        )


@dataclass
class _Run:
    """Consecutive non-story lines in the story part of a page."""

    lines: list[int]  # indexes into the page's lines
    # How many of its lines are loose headline-shaped lines (not already explained furniture);
    # kept as the run grows, so merging runs never recounts them (a long page stays linear).
    loose: int = 0


@lru_cache(maxsize=_READINGS_CACHED)
def _byline_names_of(text: str) -> tuple[str, ...]:
    return tuple(byline_names(text))


@lru_cache(maxsize=_READINGS_CACHED)
def _date_line_of(text: str) -> DateLine | None:
    return parse_date_line(text)  # DateLine is frozen: sharing one is safe


# The networks a page's share bar offers, and the other words of its buttons ("Share on", "Copy link").
_SHARE_NETWORKS = {
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "mail", "messenger",
    "reddit", "pinterest", "viber", "sms", "bluesky", "threads", "flipboard", "print", "tumblr",
}  # fmt: skip
_SHARE_BUTTON_WORDS = {"share", "on", "via", "copy", "link", "url", "this", "article", "story", "tweet", "save"}


def share_bar(text: str) -> bool:
    """A share bar copied as one line ('Facebook Twitter WhatsApp Email', 'Share on Facebook | Share on X |
    Copy link'): the buttons' words only, two networks at least. Never a headline, wherever it stands."""
    tokens = [t for t in re.split(r"[\s|·•/,]+", text.lower()) if t]
    networks = sum(t in _SHARE_NETWORKS for t in tokens)
    return networks >= 2 and all(t in _SHARE_NETWORKS | _SHARE_BUTTON_WORDS for t in tokens)


@lru_cache(maxsize=_READINGS_CACHED)
def _furniture_reason_of(text: str) -> str | None:
    return furniture_reason(text)


# "- ADVERTISEMENT -", "(Story continues below)", "[ALSO READ: Headline]": a label the site dresses in dashes or
# brackets; read as the label inside.
_WRAPPED_LABEL = re.compile(
    r"^(?:\[\s*(?P<square>[^\[\]]+?)\s*\]|\(\s*(?P<round>[^()]+?)\s*\)|[-–—=*~_]+\s*(?P<dashed>[^-–—=*~_].*?)\s*[-–—=*~_]+)$"
)
# a readers' poll's buttons under its answers
_VOTE_BUTTON = re.compile(
    r"^(?:vote(?: now)?|submit(?: vote)?|cast (?:your|my) vote|(?:view|see|show) (?:the )?results|results)\W*$", re.I
)
POLL_MAX_ANSWERS = 8
POLL_ANSWER_MAX_WORDS = 6  # "Yes", "Not sure", "Only for large ships": an answer, never a sentence
_WRAPPED_REASONS = frozenset({ADVERTISEMENT, RELATED_LINK, PROMPT, WIDGET})


def furniture_reason(text: str) -> str | None:
    """Why a line is page furniture wherever it stands (boilerplate, credit, glued headlines); else None."""
    line = _Line(0, normalise_whitespace(text))
    if (wrapped := _WRAPPED_LABEL.match(line.text)) and (
        (reason := _furniture_reason_of(next(group for group in wrapped.groups() if group))) in _WRAPPED_REASONS
    ):
        return reason
    if _is_photo_credit(line) and not _byline_before_photo_credit(line.text):
        return PHOTO_CREDIT
    if access_wall_line(line.text):
        return PROMPT  # 'Create an account' is a wall's button (its box's lines between are held with it)
    if _MEDIA_ITEM.match(line.text):
        return WIDGET
    for reason, pattern in _BOILERPLATE_RE:
        match = pattern.match(line.text)
        if match and (
            line.words <= SHORT_LINE_WORDS + 1
            or _SEPARATOR_START.match(match.group("rest"))
            or not line.sentence
            or _SENTENCE_PROMPT.match(line.text)
        ):
            return reason
    if _CLOSING_PROMPT.search(line.text) and line.words <= CAPTION_MAX_WORDS:
        return PROMPT  # "Did you see a claim you want us to check? Write to us."
    if language_links(line.text):
        return LANGUAGE_LINKS
    if headlines_ticker(line.text):
        return NAVIGATION
    if _BRACKETED_LINK.match(line.text):
        return NAVIGATION  # "[FULL STORY]", "[Source: Parliament]": a link or label in brackets
    if (_ARROW_LINK.match(line.text) and line.words <= ARROW_LINK_MAX_WORDS) or account_links(line.text):
        return NAVIGATION
    if (back := _BACK_TO.match(line.text)) and all(
        w in SECTION_WORDS | MENU_WORDS for w in re.findall(r"[\w&']+", back.group("section").lower())
    ):
        return NAVIGATION  # "Back to Sport": a link back to a section of the site
    if _FIELD_LABEL.match(line.text) or issued_by(line.text) or record_field(line.text):
        return FIELD_LABEL
    if web_archive_toolbar(line.text):
        return NAVIGATION
    if release_note(line.text) and _date_line_of(line.text) is None:
        return RELEASE_NOTE  # a dated one ("For release: March 5, 2025") is read as the date line it also is
    if _READING_TIME_LINE.match(line.text):
        return READING_TIME  # "3 min read" over or under the headline: how long the story takes, never a headline
    if share_bar(line.text):
        return PROMPT  # "Facebook Twitter WhatsApp Email": the share buttons' labels copied as one line
    if _LOGO_NAME.match(line.text):
        return MASTHEAD
    if outlet_with_agencies(line.text):
        return AGENCY_CREDIT
    if (
        _SLASH_CREDIT.match(line.text)
        and line.words >= SLASH_CREDIT_MIN_WORDS
        and not _byline_names_of(line.text)  # "BY ANN LEE/THE EXAMPLE POST" is a byline
    ):
        return PUBLICATION_CREDIT
    if _END_MARK.match(line.text) or _UPDATE_NOTE.match(line.text) or ADDRESS_LINE.match(line.text):
        return END_MARK
    if _COPYRIGHT_NOTICE.match(line.text) or _LICENCE_NOTICE.match(line.text):
        return COPYRIGHT_NOTICE
    if publication_credit(line.text):
        return PUBLICATION_CREDIT
    if _SYNDICATION_NOTE.match(line.text):
        return PUBLICATION_CREDIT
    if _TRANSLATION_NOTE.match(line.text):
        return AUTHOR_NOTE
    if reason := page_end_reason(line.text):
        return reason
    if contact_line(line.text):
        return END_MARK  # a letterhead's address and numbers (a press contact's heading is read as one above)
    if _is_glued_headlines(line.text):
        return RELATED_HEADLINES
    if (
        _BREADCRUMB.search(line.text)
        and not line.sentence
        and _date_line_of(line.text) is None
        and not split_date_tail(line.text)[1]  # "Headline | Published on … | Updated on …": the headline, dated
        and not names_beside_date(line.text)
        and not _byline_names_of(line.text)  # "By Ann Lee | ann@example.com | Example News"
    ):
        # "India News | Example Wire | Updated: …" is a date line, "Ann Lee / DESK / Updated: …" a byline
        return NAVIGATION
    return None


def page_end_reason(text: str) -> str | None:
    """Why a line is one of the site's notes that close a story (page_end): its categories or tags, the state of
    its comments and what it says of them, its republishing terms, its network, the print edition the story ran
    in, an agency's note on its wire; or the heading of a list of links ('More on X'). Else None."""
    if taxonomy_line(text):
        return TAXONOMY
    if comments_closed(text):
        return READERS_COMMENTS
    if comments_disclaimer(text) or wire_subscribers_note(text) or non_discrimination_notice(text):
        return NOTICE
    if comment_rules(text) or views_disclaimer(text) or affiliate_note(text):
        return NOTICE
    if republishing_notice(text):
        return COPYRIGHT_NOTICE
    if network_note(text):
        return SITE_NOTE
    if print_edition_note(text):
        return PUBLICATION_CREDIT
    if editors_initials(text) or page_metric(text):
        return END_MARK
    if readers_appeal(text) or signup_box_line(text) or email_footer(text) or broadcast_pointer(text):
        return PROMPT
    if reader_prompt(text) and not _COMMENTS_HEADING.match(text):  # 'Add your comment!' opens the comments
        return PROMPT
    if press_contact(text):
        return PRESS_CONTACT
    if transcript_heading(text):
        return TRANSCRIPT
    if page_feedback(text):
        return NAVIGATION
    if archive_notice(text):
        return NOTICE
    if caption_with_credit(text) and not _byline_before_photo_credit(text):
        return PHOTO_CAPTION
    if more_on_heading(text):
        return RELATED_LINK
    return None


# "Headline | Published on 14 Mar 2025 | Updated on …", "Headline Published on …": the date run on after the headline.
_DATE_TAIL = re.compile(
    r"(?:\s+[|–—-])?\s+(?=(?:Published|Updated|Posted|Last [Uu]pdated|First [Pp]ublished|PUBLISHED|UPDATED|POSTED)\b)"
)


def split_date_tail(text: str) -> tuple[str, str]:
    """(headline, date) when a headline-shaped line carries its publication date run on after it ('Ferry link
    resumes | Published on 14 Mar 2025, 09:15 am | Updated on …'); else (text, '')."""
    for match in _DATE_TAIL.finditer(text):
        head, tail = text[: match.start()].rstrip(), text[match.end() :]
        date = _date_line_of(tail)
        if date is None or not (date.published.known or date.updated.known):
            continue
        if word_count(head) >= 3 and not ends_sentence(head) and _date_line_of(head) is None:
            return head, tail
    return text, ""


def account_links(text: str) -> bool:
    """'Log in | Register', 'Subscriber Log In / Subscribe Now': a line of nothing but the site's account
    links (each piece between bars or slashes one of them), wherever it stands."""
    pieces = [p for p in _LINK_SEPARATORS.split(text.strip()) if p]
    return bool(pieces) and all(_ACCOUNT_LINK.fullmatch(p.strip(" .!")) for p in pieces)


# "Spokesperson: Ann Lee", "Location: Geneva", "Venue: City Hall": a briefing's or release's record fields over
# its text, each a label and a short value.
_RECORD_FIELD = re.compile(
    r"^(?:(?P<named>spokes(?:person|man|woman)|speakers?|briefer|location|venue)|topic|theme)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
RECORD_FIELD_MAX_WORDS = 8
# A person's or a place's field holds a name: a value in lower case or quoting words ("Spokesman: envoy talks
# 'constructive', next round in June") is a headline in the "Who: what they said" form.
_NOT_A_NAME_VALUE = re.compile(r"^[^\w\s]*(?-i:[a-z])|(?:.*\s)?['‘’\"“”]\w")  # not "O'Neil"


def record_field(text: str) -> bool:
    """'Spokesperson: Ann Lee', 'Location: Geneva': a record field of a briefing's notes, never a story line
    ('Venue: the council chose the old market hall.' is a sentence)."""
    match = _RECORD_FIELD.match(normalise_whitespace(text))
    if match and match.group("named") and _NOT_A_NAME_VALUE.match(match.group("value")):
        return False
    return bool(match and word_count(match.group("value")) <= RECORD_FIELD_MAX_WORDS and not ends_sentence(text))


# A web archive's toolbar over the page it kept: its banner with the archived address, "14 captures", the capture
# range "12 Mar 2024 - 29 Sep 2024", the calendar's month and year strips, "About this capture".
_MONTH_ABBR = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_WEB_ARCHIVE_LINE = re.compile(
    r"^(?:the wayback machine\b.*|internet archive|.*\bweb\.archive\.org/web/\d{8,14}\S*.*"
    r"|.*\barchive\.(?:ph|today|is)/\S+"
    r"|\d[\d,]* captures?|about this capture|collected by|timestamps|collection\s*:.*"
    r"|https?://\S+|go|success|fail|\d{1,2}"  # the kept address in its search box, its button, the calendar's day
    r"|\d{1,2} [A-Za-z]{3} (?:19|20)\d\d\s*[-–]\s*\d{1,2} [A-Za-z]{3} (?:19|20)\d\d"
    rf"|{_MONTH_ABBR}(?:\s+{_MONTH_ABBR}){{2}}|(?:19|20)\d\d(?:\s+(?:19|20)\d\d){{2}})$",
    re.IGNORECASE,
)


def web_archive_toolbar(text: str) -> bool:
    """A line of a web archive's toolbar ('The Wayback Machine - https://web.archive.org/web/2024…', '14 captures',
    '12 Mar 2024 - 29 Sep 2024', 'FEB   MAR   APR'): the archive's, not the kept page's."""
    return bool(_WEB_ARCHIVE_LINE.match(normalise_whitespace(text)))


def release_note(text: str) -> bool:
    """'For Immediate Release', 'For Immediate Release   Ref: ECSL/PS/04/2025', 'EMBARGOED UNTIL 00:01 GMT': what a
    press statement says of its own release and filing. Never its headline (a statement may print none) nor its
    story: a sentence that opens so ('For release in May, the band …') stays."""
    text = normalise_whitespace(text)
    if ends_sentence(text) or word_count(text) > CAPTION_MAX_WORDS:
        return False
    return bool(_RELEASE_INSTRUCTION.match(text) or _REFERENCE_FIELD.search(text) or _RELEASE_NUMBER.match(text))


def contact_line(text: str) -> bool:
    """'Hospital Road, Castries • Tel: (758) 555-0102 • info@example.lc', 'Press Inquiries | 503-555-0119,
    press@example.gov': a letterhead's or a release's contact details (a labelled telephone number, or a number and
    an email address), not a headline or a story line. A byline with the writer's number is a byline."""
    text = normalise_whitespace(text)
    if ends_sentence(text) or word_count(text) > CONTACT_LINE_MAX_WORDS or _byline_names_of(text):
        return False
    return bool(_PHONE_LABEL.search(text) or (_PHONE_NUMBER.search(text) and EMAIL_ADDRESS.search(text)))


def link_label_pieces(raw_text: str) -> list[str]:
    """A raw line's pieces set apart by runs of spaces or tabs ('Join the union   Member login')."""
    return [p for p in re.split(r"\s{2,}|\t", raw_text.strip()) if p]


_PREFIXED_LABEL = re.compile(r"^[a-z]-[A-Z]")


def link_labels(raw_text: str) -> bool:
    """'Join the union   Member login   Contact': three or more short labels set apart by runs of spaces, a bar of
    the site's links copied as one line (whatever its words). A headline has single spaces, and a line of figures
    (a table's row) has digits."""
    pieces = link_label_pieces(raw_text)
    if len(pieces) < LINK_LABELS_MIN:
        return False
    return all(
        1 <= word_count(p) <= LINK_LABEL_MAX_WORDS
        and (p[:1].isupper() or _PREFIXED_LABEL.match(p) is not None)  # "e-Edition", "e-Paper"
        and not ends_sentence(p)
        and not any(c.isdigit() for c in p)
        for p in pieces
    )


# "Read in:", "Language:", "Also available in:": the label a language switch may carry.
_LANGUAGE_LABEL = re.compile(
    r"^(?:read (?:this )?(?:story |article )?in|(?:also )?available in|languages?|select (?:a )?language"
    r"|other languages)\s*:?\s*",
    re.IGNORECASE,
)
LANGUAGE_LINKS_MAX = 8  # a switch offers a handful of languages
_LANGUAGE_LINK_WORDS = {"in", "på", "en", "auf", "na", "em"}


def language_links(text: str) -> bool:
    """A site's language switch: a short line of language names or codes and nothing else ('Français',
    'English | Español', 'EN FR', 'Suomeksi På svenska', 'Read in: English | Tiếng Việt | 中文'). Never
    a headline or story: a sentence that names a language has other words."""
    text = _LANGUAGE_LABEL.sub("", normalise_whitespace(text))
    parts = [p for p in re.split(r"\s*[|/·•,]\s*|\s{2,}", text) if p]
    if not parts or len(parts) > LANGUAGE_LINKS_MAX:
        return False
    names = codes = 0
    for part in parts:
        words = part.lower().split()
        k = 0
        while k < len(words):
            pair = " ".join(words[k : k + 2])
            if words[k] in LANGUAGE_CODES and part.split()[k].isupper():
                codes, k = codes + 1, k + 1  # "EN FR": codes in capitals ("no" and "it" are words too)
            elif words[k] in _LANGUAGE_LINK_WORDS:
                k += 1  # "På svenska", "In English", "en Español"
            elif pair in LANGUAGE_NAMES:
                names, k = names + 1, k + 2  # "Tiếng Việt", "Bahasa Melayu"
            elif words[k] in LANGUAGE_NAMES:
                names, k = names + 1, k + 1
            else:
                return False
    return (names >= 1 or codes >= 2) and names + codes <= LANGUAGE_LINKS_MAX


# "This story was translated into Spanish and Vietnamese by …": a note on the story's versions, no story.
_TRANSLATION_NOTE = re.compile(
    r"^(?:this|the) (?:story|article|report|piece|post) (?:was|has been|is) (?:also )?"
    r"(?:translated (?:into|from)|available in)\b",
    re.IGNORECASE,
)


def publication_credit(text: str) -> str:
    """'This report by The Example Press was first published March 3, 2024.' → 'The Example Press'; else ''."""
    text = normalise_whitespace(text)
    for pattern in _PUBLICATION_CREDITS:
        match = pattern.match(text)
        if match and ("date" not in match.groupdict() or parse_date_line(match.group("date"))):
            return match.group("outlet").rstrip(".")
    return ""


def reprinted_from(text: str) -> str:
    """'THE EXAMPLE STAR/ASIA NEWS NETWORK' under a reprinted story → 'THE EXAMPLE STAR', the paper that wrote it
    (the syndicate after the slash only passed it on); '' for any other line."""
    text = normalise_whitespace(text)
    if not _SLASH_CREDIT.match(text) or len(text.split()) < SLASH_CREDIT_MIN_WORDS or _byline_names_of(text):
        return ""
    return text.split("/")[0].strip()


def outlet_with_agencies(text: str) -> str:
    """'Example Monde with AFP', 'Example News with agencies' → the outlet; '' for any other line."""
    # "Ann Lee (with Reuters)", "Example Monde (with AFP, dpa)": the credit in brackets reads the same
    text = re.sub(r"\s*\((?i:with)\s+([^()]+)\)\s*$", r" with \1", normalise_whitespace(text))
    match = _WITH_AGENCIES.match(text)
    # "By Ann Lee with AP, AFP" is a byline: the author wrote it with the agencies' copy
    return match.group("outlet") if match and not _byline_names_of(text) else ""


def logo_name(text: str) -> str:
    """'The Example Ledger logoThe Example Ledger' (a logo's text, then the name) → the name; else ''."""
    match = _LOGO_NAME.match(normalise_whitespace(text)) or _LOGO_ALONE.match(normalise_whitespace(text))
    return match.group("name") if match else ""


_NAME_JOINERS = {"from", "with", "over", "under", "after", "about"}  # "The View from Parliament Hill"
_BODY_NAME_WORDS = {"for", "of", "and", "the", "on", "in", "&", "de", "du", "la"}
# "Communications Department", "Corporate Affairs Unit", "Media and Public Relations Office": an office named only by
# its work, inside whatever institution issues the release (the masthead names that).
_INTERNAL_OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:corporate|public|strategic|government|external|internal)\s+)?(?:communications?|media|press"
    r"|public relations|public affairs|information|publicity|corporate affairs|external affairs|outreach)"
    r"(?:\s+(?:and|&)\s+(?:public\s+|corporate\s+|external\s+)?(?:relations|affairs|communications?|information"
    r"|outreach|media|protocol))?\s+(?:department|dept\.?|unit|office|division|section|directorate|team|desk|services?)$",
    re.IGNORECASE,
)


def issued_by(text: str) -> str:
    """'From: Department for Example Affairs and Jane Doe MP' → 'Department for Example Affairs'; else ''."""
    match = _ISSUED_BY.match(normalise_whitespace(text))
    return issuing_body(match.group("issuer")) if match and match.group("issuer") else ""


def issuing_body(value: str) -> str:
    """The body a press release comes from, less the ministers named beside it ('… and Jane Doe MP');
    '' when the value is a person or not a name."""
    pieces = re.split(r"\s+and\s+", normalise_whitespace(value).strip(" ."))
    while len(pieces) > 1 and _styled_person(pieces[-1]):
        pieces.pop()
    body = " and ".join(pieces)
    words = body.split()
    if not words or len(words) > 10 or ends_sentence(body) or _styled_person(body):
        return ""
    if _INTERNAL_OFFICE.match(body):
        return ""  # "Communications Department": an office of the body the page is from, which it does not name
    if _is_person_name(body) and not company_name(body):  # "Example Solar Ltd" is a company, not a person
        return ""
    if not all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words) or not words[0][:1].isupper():
        return ""
    return body


def _styled_person(text: str) -> bool:
    """'The Rt Hon Jane Doe MP', 'Jane Doe MP': a person by the style of their name."""
    text = text.strip()
    return _PERSON_STYLE.sub("", _POST_NOMINALS.sub("", text)) != text


def _is_latin(char: str) -> bool:
    """A letter of the Latin script, accents included ('é', 'ş', 'ệ')."""
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


# The gaps between a menu's items copied onto one line: a tab, a run of spaces, or a mark set apart by spaces
# ("News - Sport - Business": sites print dashes between their sections as they print bars).
_MENU_GAP = re.compile(r"\s*\t\s*| {2,}|\s+[|·•/—–-]\s+")
MENU_MAX_ITEMS = 8
MENU_ITEM_MAX_WORDS = 3  # "Arts & Culture", "Sign In": a section's name
_MENU_ITEM_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|&|and|of|the)$")


def spaced_menu(raw: str) -> bool:
    """'U.S.   World   Business   Arts   Opinion', 'News | Sport | Weather': three to eight short section names in
    capitals set apart by wide gaps or separator marks: a site's menu on one line. A headline's separator parts
    a sentence's words ('Budget 2024: Tax | Spending', 'Live | MPs vote on …'), as a stray double space does."""
    items = _MENU_GAP.split(raw.strip())
    if not 3 <= len(items) <= MENU_MAX_ITEMS:
        return False
    return all(
        1 <= len(words := item.split()) <= MENU_ITEM_MAX_WORDS
        and all(_MENU_ITEM_WORD.match(w) for w in words)
        and not any(c.isdigit() or c in ":!?,;" for c in item)
        for item in items
    )


@lru_cache(maxsize=_READINGS_CACHED)
def _is_menu_line(text: str) -> bool:
    """'News Sport Weather Business Culture': a site's menu copied as one line, and 'THE LONG READ' or
    'World Exclusive': a section label over the headline. Neither is the headline."""
    tokens = [t.lower() for t in re.findall(r"[\w&']+", text)]
    if ends_sentence(text) or not tokens:
        return False
    if spaced_menu(text):  # the marks between its items outlast normalising whitespace
        return True
    if 3 <= len(tokens) <= 15 and all(t in SECTION_WORDS | MENU_WORDS for t in tokens):
        return True
    # "Home India States Cities Business Sports": a menu opens with its home link, then one-word sections (some of
    # them places, which no list holds); half of them at least are a site's section words
    words = text.split()
    if (
        len(words) >= 5
        and words[0] == "Home"
        and all(w[0].isupper() and w.isalpha() for w in words)
        and 2 * sum(t in SECTION_WORDS | MENU_WORDS for t in tokens) >= len(tokens)
    ):
        return True
    return len(tokens) <= 4 and all(t in SECTION_WORDS | MENU_WORDS | KICKER_WORDS for t in tokens)


# "Harbour City 2-1 Rovers": two sides and the score between them.
_RESULT = re.compile(r"[A-Za-z]\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+[A-Z]")
# "LIVE:", "Latest:", "Trending:": a ticker's label (the alert labels of _TICKER_LABEL too).
_TICKER_WORDS = re.compile(r"^(?:live|latest|trending|updates?|top stories)\s*[:|–—]\s*\S", re.IGNORECASE)
TICKER_NUMBER_SHARE = 0.3  # of a line's words, numbers: scores, indices, prices rather than a headline's words
SITE_DATE_MAX_OTHER_WORDS = 3  # "Today is", "Print Edition:", "Vol. 112 No. 11 |", "Edition" beside a date


def dated_site_line(text: str) -> bool:
    """A full date with a few words of the site's beside it ('Today is Thursday, March 13, 2025', 'Print
    Edition: 13 March 2025', '13 March 2025 · 14°C Showers'): the day's edition or weather, no headline."""
    found = find_date(text)
    if found is None or ends_sentence(text):
        return False
    when, (start, end) = found
    others = [w for w in (text[:start] + " " + text[end:]).split() if any(c.isalpha() for c in w)]
    return when.precision in ("day", "minute") and len(others) <= SITE_DATE_MAX_OTHER_WORDS


# "Latest: A • B • C", "BREAKING: A | B | C": the separators between a ticker's headlines.
_TICKER_SEPARATOR = re.compile(r"\s+[•·|]\s+")  # not dashes: "Breaking: Judge rules – here is what it means" is one
TICKER_PIECE_MIN_WORDS = 3  # each headline of a ticker; "Storm hits coast | Live updates" is one headline and a link


def headlines_ticker(text: str) -> bool:
    """A ticker's label and two headlines or more run together after it ('Breaking News: Fuel prices rise • Coach
    named • Cedi steadies', 'Latest: A | B'): the site's strip, never this page's headline or story."""
    label = _TICKER_LABEL.match(text) or _TICKER_WORDS.match(text)
    if not label:
        return False
    pieces = _TICKER_SEPARATOR.split(text[label.end() - 1 :].strip())
    return len(pieces) >= 2 and all(word_count(p) >= TICKER_PIECE_MIN_WORDS for p in pieces)


def ticker_shaped(text: str) -> bool:
    """A ticker's line: an alert or live label ('Breaking News: …', 'LIVE: …'), two results or more ('FT A 2-1 B |
    C 0-0 D'), or mostly numbers ('Dow 38,102 ▼0.3%  FTSE 7,640 ▲0.2%'). Over a headline the byline backs, never
    the headline (a score alone may be a match report's headline, and stays one where nothing else is)."""
    if _TICKER_LABEL.match(text) or _TICKER_WORDS.match(text) or len(_RESULT.findall(text)) >= 2:
        return True
    tokens = text.split()
    numbers = sum(any(c.isdigit() for c in t) for t in tokens)
    return len(tokens) >= 3 and numbers >= 2 and numbers >= TICKER_NUMBER_SHARE * len(tokens)


# A temperature standing apart in its line, not the tail of a longer figure or word ("a 1200°C kiln").
_TEMPERATURE = re.compile(rf"(?<![\w.]){TEMPERATURE}(?![\w°])")
WEATHER_LINE_MAX_WORDS = 6


def weather_line(text: str) -> bool:
    """'Port Moresby 31°C Partly cloudy', 'St George's 29°C', '31° Sunny': a temperature with only a town's
    capitalised name and the weather's words beside it: the site's weather strip, never a headline. A headline
    with a temperature says what happened in lower-case words ('Temperatures hit 41°C in Multan'); one in title
    case names no weather ('Heatwave: 45°C In Jacobabad'), so beside more than a town a weather word is needed."""
    found = _TEMPERATURE.search(text)
    if found is None or ends_sentence(text):
        return False
    others = re.findall(r"[^\W\d_][\w'’.-]*", text[: found.start()] + " " + text[found.end() :])
    if len(others) > WEATHER_LINE_MAX_WORDS:
        return False
    weather = [w for w in others if w.lower() in WEATHER_WORDS]
    if any(not w[0].isupper() for w in others if w not in weather):
        return False  # "hit", "in": a sentence's words
    return bool(weather) or len(others) <= 2


_NUMBER_TOKEN = re.compile(
    r"^[^\w]*(?:Rs\.?|K|N|GH₵|₵)?[^\w]*\d[\d,.]*[^\s]*$"
)  # "280.40", "$8,110/t", "▲0.05", "+0.6%"
RATE_LINE_MAX_WORDS = 6


def market_rate_line(text: str) -> bool:
    """A line of the market strip a site prints over its pages: a rate ('USD 70.45 AFN', 'Cedi/Dollar 15.45',
    'Gold $2,905/oz', 'KSE-100 113,452 +0.61%'), a figure alone ('280.40'), a currency's name in a rates table
    ('UK Pound Sterling', 'Saudi Riyal') or the table's heading ('Open Market Rates', 'Buying'). Read only in
    runs (market_strips): 'Gold Hits $3,000' alone is a headline, and so it stays here too: a word no list
    holds ('Hits') is allowed only in capitals ('ICE', 'US') or beside a currency's name ('Saudi Riyal')."""
    tokens = text.split()
    if not 1 <= len(tokens) <= RATE_LINE_MAX_WORDS or ends_sentence(text):
        return False
    numbers = [t for t in tokens if _NUMBER_TOKEN.match(t) or (any(c.isdigit() for c in t) and "-" in t)]
    words = [w for t in tokens if t not in numbers for w in re.split(r"[/()]+", t) if w.strip(".,:;|-–")]
    words = [w.strip(".,:;|-–") for w in words]
    currency = [w for w in words if w.lower() in CURRENCY_WORDS or w in CURRENCY_CODES]
    market = [w for w in words if w.lower() in MARKET_WORDS]
    unknown = [w for w in words if w not in currency and w not in market]
    if not words:
        return bool(numbers)  # "280.40", "113,452.18 +0.61%"
    if any(not w[0].isupper() and not w[0].isdigit() for w in unknown):
        return False  # a sentence's lower-case words
    if not currency and not market:
        # "NGX ASI 105,212 -0.3%", "JSE 78,410.2": an index's code and its figure (a figure, not a year)
        figure = any(re.search(r"\d[.,%]|[.,]\d", t) for t in numbers)
        return figure and len(words) <= 2 and all(w.isupper() for w in words)
    if unknown and not currency and not all(w.isupper() for w in unknown):
        return False  # "Gold Hits $3,000"
    return bool(numbers) or ((not unknown or bool(currency)) and len(words) <= 3)


def _title_case(text: str) -> bool:
    """Every word capitalised (or a number, or a short joining word): 'Crime and Public Safety'."""
    tokens = text.split()
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _BODY_NAME_WORDS for t in tokens) and any(
        t[0].isupper() for t in tokens
    )


def _name_shaped(text: str) -> bool:
    """Every word capitalised but small joining words of three letters or fewer: 'Embajada de Example en Ruritania'."""
    tokens = text.split()
    return bool(tokens) and tokens[0][:1].isupper() and all(t[:1].isupper() or len(t) <= 3 for t in tokens)


def _menu_fragment(text: str) -> bool:
    """'top of page', 'skip to main content': a link's text in lower case, never a headline (which
    opens with a capital; 'iPhone' sales still count)."""
    stripped = text.lstrip()
    return len(stripped) > 1 and stripped[0].islower() and stripped[1].islower()


def _is_glued_headlines(text: str) -> bool:
    """Several title-case headlines run together ("…National AnthemESPN Anchor Rips…").

    The glued pieces must be headline-long: a run-together list of names ("Sen. A BRep. C D")
    is content, not links.
    """
    pieces = _GLUED_WORDS.split(text)
    if len(pieces) < 3 or capitalised_share(text) < 0.6:
        return False
    return word_count(text) / len(pieces) >= GLUED_HEADLINE_MIN_WORDS


def _byline_before_photo_credit(text: str) -> bool:
    """'By Ann Lee | Photo: Tom Ruiz', 'Text: Ann Lee, Photo: Tom Ruiz', 'BY ANN LEE. Picture: TOM RUIZ': the writer's
    byline with the photographer's credit after it on one line, a byline (whose names are the writer's only)."""
    writer = re.split(r"\s*\|\s*", _CREDIT_PARTS.split(text)[0])[0]
    # "BY ANN LEE/AFP", "By Ann Lee, Getty Images": the photographer's own credit, with no writer's part before it
    return not _CREDIT.search(writer) and _BYLINE.match(writer) is not None and bool(_byline_names_of(writer))


PULL_QUOTE_MAX_CUTS = 2  # "Every tree we lose [to a developer] is a variety …": a pull quote trims a clause or two


def _shortened_from(words: str, other: str) -> bool:
    """The quotation's words are another paragraph's, in order, with at most PULL_QUOTE_MAX_CUTS runs of words left
    out between them, fewer than it keeps: a pull quote shortened from the paragraph it repeats."""
    wanted, given = re.findall(r"[\w'’]+", words), re.findall(r"[\w'’]+", other)
    if not wanted or not given:
        return False
    for start in (k for k, word in enumerate(given) if word == wanted[0]):
        k, cuts = start, 0
        for word in wanted[1:]:
            k += 1
            if k < len(given) and given[k] == word:
                continue
            cuts += 1
            while k < len(given) and given[k] != word:
                k += 1
            if k == len(given) or cuts > PULL_QUOTE_MAX_CUTS:
                break
        else:
            if k - start + 1 <= 2 * len(wanted):  # fewer words left out than kept
                return True
    return False


def _is_photo_credit(line: _Line) -> bool:
    return line.words <= CAPTION_MAX_WORDS and bool(_CREDIT.search(line.text) or _INITIALS_CREDIT.search(line.text))


class _Reader:
    """One pass over a page: decides a reason for every line that is not story."""

    def __init__(self, raw_text: str, keep_lines: frozenset[int] = frozenset(), weigh_page_end: bool = True):
        self.page = CleanedPage(raw_lines=raw_text.split("\n"))
        self.keep_lines = keep_lines  # raw line numbers an editor restored: story whatever their shape
        self.weigh_page_end = weigh_page_end  # False: the page-end rules alone (what the weights learn from)
        self.lines = [
            _Line(no, normalise_whitespace(t), spaced_menu(t)) for no, t in enumerate(self.page.raw_lines) if t.strip()
        ]
        self.furniture = {i: r for i, line in enumerate(self.lines) if (r := _furniture_reason_of(line.text))}
        self.email_subject: int | None = None  # the 'Subject:' line of a mail's header copied over the story
        self._mark_other_script_links()
        self._cut_other_script_tails()
        self._mark_email_header()
        self.strip_lines = self._mark_site_strips()
        self._mark_link_bars()
        # the headline is among the first lines of a page, the site's rates and weather not counted
        # nor do the menu's links copied one a line
        self.search_lines = TITLE_SEARCH_LINES + self.strip_lines + self._menu_column_lines()
        # an aggregator's "X logoX" line names the publisher
        self.page.mastheads += [name for line in self.lines if (name := logo_name(line.text))]
        self._cut_site_sign_off()
        self._cut_reporter_sign_off()
        self._split_run_in_byline()
        self.reasons: dict[int, str] = {}  # index in self.lines → why it is not story
        self.listed: set[int] = set()  # the items of a list a story line introduces: story, whatever their shape
        self.title: _Line | None = None

    def _mark_site_strips(self) -> int:
        """Mark the site's strips over the story: its weather line ('Port Moresby 31°C Partly cloudy'), its
        market rates, two lines or more of them together (a table copied one cell a line, or one rate a line).
        Only above the first story paragraph: a rates table inside a story about the rupee is the story's. A web
        archive's toolbar over the page it kept is marked too. Returns how many lines they hold."""
        marked = 0
        run: list[int] = []
        for i, line in enumerate(self.lines):
            if line.sentence and line.words >= SHORT_LEAD_MIN_WORDS:
                break  # the story has begun
            if web_archive_toolbar(line.text):
                self.furniture[i] = NAVIGATION  # the archive's toolbar over the page it kept
                marked += 1
                continue
            rate = line.date_line is None and not line.byline and market_rate_line(line.text)
            if rate:
                run.append(i)
                continue
            if len(run) >= 2:
                self.furniture.update({k: NAVIGATION for k in run})
                marked += len(run)
            run = []
            if i not in self.furniture and line.date_line is None and weather_line(line.text):
                self.furniture[i] = NAVIGATION
                marked += 1
        return marked

    def _menu_column_lines(self) -> int:
        """How many lines over the story belong to a site's menu copied one link a line: runs of at least
        MENU_COLUMN_MIN_LINES short lines ('World', 'Politics', 'Sign in', 'Today's Paper') that neither end a
        sentence nor date or credit anything. They do not count against the lines the headline is looked for in:
        a site with a long menu prints its headline further down."""
        counted = 0
        run = 0
        for line in self.lines:
            if line.sentence and line.words >= SHORT_LEAD_MIN_WORDS:
                break  # the story has begun
            link = (
                line.words <= MENU_COLUMN_MAX_WORDS
                and not ends_sentence(line.text)
                and line.date_line is None
                and not line.byline
                and not any(c.isdigit() for c in line.text)
            )
            if link:
                run += 1
                continue
            if run >= MENU_COLUMN_MIN_LINES:
                counted += run
            run = 0
        return counted

    def _mark_email_header(self) -> None:
        """A forwarded email's header ('---------- Forwarded message ---------' over 'From:', 'Date:', 'Subject:',
        'To:'), or a run of fields naming both the addressee and the subject: the mail's, never its title or story
        (its 'Subject:' words the story its own way). 'From:' alone heads a press release's issuer. A 'Date:' line
        is left to be read as the date line it is."""
        i = 0
        while i < len(self.lines):
            forwarded = _FORWARDED_MARK.match(self.lines[i].text) is not None
            fields: dict[int, str] = {}
            j = i + forwarded
            while j < len(self.lines) and (match := _EMAIL_FIELD.match(self.lines[j].text)):
                fields[j] = match.group("field").lower()
                j += 1
            if forwarded or {"to", "subject"} <= set(fields.values()):
                if forwarded:
                    self.furniture[i] = EMAIL_HEADER
                self.furniture.update({k: EMAIL_HEADER for k in fields if self.lines[k].date_line is None})
                subjects = [k for k, field in fields.items() if field == "subject"]
                if self.email_subject is None and subjects:
                    self.email_subject = subjects[0]
            i = max(j, i + 1)

    def _mark_link_bars(self) -> None:
        """Bars of the site's links copied as one line, their labels set apart by runs of spaces ('Join the union
        Member login   Contact'), over the story: navigation, whatever their words. Only above the story's first
        paragraph (a table in the story is the story's), and never a byline or date line ('By Ann Lee   Staff
        Writer')."""
        for i, line in enumerate(self.lines):
            if line.sentence and line.words >= SHORT_LEAD_MIN_WORDS:
                break  # the story has begun
            if i in self.furniture or self._names_or_dates(i) or line.menu:
                continue
            raw = self.page.raw_lines[line.no]
            if link_labels(raw) and not any(person_name_line(p) for p in link_label_pieces(raw)):
                self.furniture[i] = NAVIGATION

    def _mark_other_script_links(self) -> None:
        """A word or two in a script the page's story does not use ('ትግርኛ' on an English page): a link to the
        site in that language, whatever the language (the names a switch prints are in its own script)."""
        letters = [c for line in self.lines for c in line.text if c.isalpha()]
        latin = sum(_is_latin(c) for c in letters)
        if not letters or latin < OTHER_SCRIPT_PAGE_SHARE * len(letters):
            return
        for i, line in enumerate(self.lines):
            own = [c for c in line.text if c.isalpha()]
            if own and len(line.text.split()) <= OTHER_SCRIPT_MAX_WORDS and not any(_is_latin(c) for c in own):
                self.furniture.setdefault(i, LANGUAGE_LINKS)

    def _cut_other_script_tails(self) -> None:
        """'… accused the government of rushing the bill. اضافة اعلان': on a page in Latin script, a word or two in
        another script run on after a finished sentence is a widget's label (an advertisement slot, a share
        button) glued to the paragraph. The words are cut; the sentence stays story."""
        letters = [c for line in self.lines for c in line.text if c.isalpha()]
        if not letters or sum(_is_latin(c) for c in letters) < OTHER_SCRIPT_PAGE_SHARE * len(letters):
            return
        for k, line in enumerate(self.lines):
            match = _OTHER_SCRIPT_TAIL.search(line.text)
            if not match or line.no in self.keep_lines or not ends_sentence(line.text[: match.start()]):
                continue
            tail = match.group().strip()
            own = [c for c in tail if c.isalpha()]
            if not own or any(_is_latin(c) for c in own) or len(tail.split()) > OTHER_SCRIPT_MAX_WORDS:
                continue
            self.lines[k] = _Line(line.no, line.text[: match.start()].rstrip())
            self.page.removed.append(RemovedLine(line.no, tail, OTHER_SCRIPT_TAIL))

    def _cut_reporter_sign_off(self) -> None:
        """'… in April. – Siti Rahmah' closing the story: the reporter signs after the last sentence. The name is
        cut from its line (the sentence stays story) and read as the author, when the story never names that
        person elsewhere (a speaker's name after a dash would be)."""
        for k in range(len(self.lines) - 1, max(-1, len(self.lines) - SIGN_OFF_SEARCH_LINES - 1), -1):
            line = self.lines[k]
            match = _REPORTER_SIGN_OFF.search(line.text)
            if (
                not match
                or line.no in self.keep_lines
                or word_count(line.text[: match.start()]) < SIGNED_SENTENCE_MIN_WORDS
            ):
                continue
            name = match.group("name").rstrip(".")
            if not _is_person_name(name) or masthead_name(name):
                continue
            surname = re.escape(name.split()[-1])
            if any(re.search(rf"\b{surname}\b", other.text) for n, other in enumerate(self.lines) if n != k):
                continue  # named in the story: a speaker or a subject, not a signature
            self.lines[k] = _Line(line.no, line.text[: match.start()].rstrip())
            self.page.removed.append(RemovedLine(line.no, match.group().strip(), REPORTER_SIGN_OFF))
            self.page.authors += [n for n in [_tidy_name(name)] if n not in self.page.authors]
            return

    def _split_run_in_byline(self) -> None:
        """'By: Ann K. Lee The council on Tuesday approved …': the byline and the lead on one line. The
        names are the authors; the rest of the line, a sentence, stays story."""
        for k, line in enumerate(self.lines):
            if not _RUN_IN_BYLINE.match(line.text) or line.no in self.keep_lines:
                continue
            names = _byline_names_of(line.text)
            if not names:
                continue
            last = line.text.rfind(names[-1])
            if last < 0:
                continue
            lead = line.text[last + len(names[-1]) :].strip()
            if not lead[:1].isupper() or word_count(lead) < RUN_IN_LEAD_MIN_WORDS or not ends_sentence(lead):
                continue
            self.lines[k] = _Line(line.no, lead)
            self.page.removed.append(RemovedLine(line.no, line.text[: last + len(names[-1])], BYLINE))
            self.page.authors += [n for n in names if n not in self.page.authors]
            self.furniture.pop(k, None)

    def _cut_site_sign_off(self) -> None:
        """'… the council said. – Example.com' among the last lines: the site's name, not story.

        The sign-off is cut from its line (and listed as removed, under the same line number)."""
        for k in range(max(0, len(self.lines) - SIGN_OFF_SEARCH_LINES), len(self.lines)):
            line = self.lines[k]
            end_mark = _RUN_ON_END_MARK.search(line.text)
            match = end_mark or _SITE_SIGN_OFF.search(line.text) or _AGENCY_SIGN_OFF.search(line.text)
            if not match or line.no in self.keep_lines:
                continue
            # "… said. DM": the site's initials are cut from the story; only "— VNS", set off by a dash,
            # is sure to be the agency's name
            signed = (
                ""
                if end_mark
                else match.group("site")
                if "site" in match.groupdict()
                else (match.group("agency") or "") * bool(match.group("dash")) or (match.group("in_paren") or "")
            )
            self.page.sign_off_outlet = self.page.sign_off_outlet or signed
            kept = line.text[: match.start()].rstrip()
            if not any(c.isalnum() for c in kept):  # '” AA': nothing of the story left beside it
                self.furniture[k] = SITE_SIGN_OFF
                continue
            self.lines[k] = _Line(line.no, kept)
            self.page.removed.append(RemovedLine(line.no, match.group().strip(), SITE_SIGN_OFF))
            self.furniture.pop(k, None)
            if reason := _furniture_reason_of(kept):
                self.furniture[k] = reason

    def read(self) -> CleanedPage:
        title = self._find_title()
        if title is not None and self._is_lead(title):
            # No headline: the page opens with its story. No title is better than a wrong one.
            for i in range(title):
                self.reasons[i] = self._top_reason(i)
            self._read_story(range(title, len(self.lines)))
            title = self._subject_as_headline(title)
        elif title is not None:
            self.title = self.lines[title]
            self.page.title_line = self.title.no
            for i in range(title):
                self.reasons[i] = self._top_reason(i)
            header = title + 1
            if self._headline_wraps(title):
                self.page.title_continued = self.lines[header].no
                self.reasons[header] = TITLE_CONTINUED
                header += 1
            start = self._find_story_start(header)
            self._read_header(range(header, start))
            self._read_story(range(start, len(self.lines)))
        self.page.issuer = self._issuer()
        self._mark_closing_teaser()
        if self.weigh_page_end:
            self._mark_page_end_by_weights(title)
        self._write_result(title)
        self.page.removed.sort(key=lambda removed: removed.line_no)  # a cut sign-off joins its line's place
        return self.page

    def _subject_as_headline(self, lead: int) -> int | None:
        """A newsletter copied from its e-mail with no headline over the lead: the mail's 'Subject:' line is the
        story's headline when it words the story (half its content words or more in the story's lines) and is no
        issue's name or date ('Morning Briefing, 12 March'). Otherwise the page has no title."""
        k = self.email_subject
        if k is None or k >= lead:
            return None
        subject = EMAIL_SUBJECT_FIELD.sub("", self.lines[k].text)
        own = content_words(subject)
        if len(subject.split()) < 3 or parse_date_line(subject) or not own:
            return None
        if len(own & self._story_words) * 2 < len(own):
            return None
        self.reasons.pop(k, None)
        self.title = self.lines[k]
        self.page.title_line = self.lines[k].no
        return k

    # --- where things are -------------------------------------------------------------

    def _issuer(self) -> str:
        """The body named by a 'From:' field that is not story ('From: X', or 'From:' over 'X'), or the publisher a
        portal names over its 'Follow' button and the story's credit: the portal only carries its story."""
        for i, line in enumerate(self.lines):
            if i not in self.reasons:
                continue
            if self.reasons[i] == MASTHEAD and self._over_follow_button(i):
                return line.text
            if name := issued_by(line.text):
                return name
            labelled = _ISSUED_BY_LABEL.match(line.text) and i + 1 < len(self.lines) and i + 1 in self.reasons
            if labelled and (name := issuing_body(self.lines[i + 1].text)):
                return name
        return ""

    @cached_property
    def _footer_notices(self) -> list[str]:
        """The page's copyright lines, in lower case: they name the publisher."""
        return [line.text.lower() for line in self.lines if _COPYRIGHT_NOTICE.match(line.text) or "©" in line.text]

    def _publisher_name(self, i: int) -> str:
        """The outlet's or the issuing body's name, when line i (above the headline) is only that."""
        text = self.lines[i].text
        named = (
            self._named_in_footer(i)
            or self._over_news_motto(i)
            or self._over_contact_details(i)
            or self._over_follow_button(i)
        )
        return (
            masthead_name(text)
            or institution_name(text)
            or (text if named else "")
            or self._name_before_motto(i)
            or self._name_before_news_motto(i)
        )

    def _name_before_news_motto(self, i: int) -> str:
        """'La Voix de l'Estuaire – L'actualité du Gabon' over the site's menu: a name and, after a dash or bar, a
        motto calling it news (in English or the site's own language) on one line: the site's name."""
        name, motto = name_and_motto(self.lines[i].text)
        if not name or i + 1 >= len(self.lines) or not (self.lines[i + 1].menu or i + 1 in self.furniture):
            return ""
        if not name[:1].isupper() or word_count(name) > HEADING_NAME_MAX_WORDS + 2 or _is_menu_line(name):
            return ""
        return name if _NEWS_IN_ANY_LANGUAGE.search(motto) else ""

    def _name_before_motto(self, i: int) -> str:
        """'Mekong Current — Independent news from the river' when the page's furniture, domain or footer names
        'Mekong Current': the site's name and its motto on one line. A part another line repeats is a
        headline ('Example Times — Ferry strike ends' over the headline), not a motto."""
        name, motto = name_and_motto(self.lines[i].text)
        if not name or motto in self._line_texts:
            return ""
        words = word_count(name)
        if words > HEADING_NAME_MAX_WORDS + 1 or capitalised_share(name) < 1.0 or _is_menu_line(name):
            return ""
        in_notice = words >= 2 and any(name.lower() in notice for notice in self._footer_notices)
        return name if in_notice or names_the_site(name, self._self_references, self._domains) else ""

    def _over_follow_button(self, i: int) -> bool:
        """A short title-case name over a lone 'Follow' button over the byline ('Example Report' / 'Follow' /
        'Story by Ann Lee • 3mo'): a portal's line naming the publisher whose story it carries."""
        if i + 2 >= len(self.lines) or _FOLLOW_BUTTON.match(self.lines[i + 1].text) is None:
            return False
        line, credit = self.lines[i], self.lines[i + 2]
        shaped = line.words <= HEADING_NAME_MAX_WORDS + 1 and capitalised_share(line.text) == 1.0
        return shaped and not line.sentence and bool(credit.byline or _BYLINE.match(credit.text))

    def _over_contact_details(self, i: int) -> bool:
        """A name right over a line of contact details ('GULLSEA PORT BOARD' / 'Quay Street • Tel: …'): a
        letterhead, the issuing body's name over its address."""
        line, j = self.lines[i], i + 1
        return (
            j < len(self.lines)
            and contact_line(self.lines[j].text)
            and not line.sentence
            and 1 <= line.words <= HEADING_NAME_MAX_WORDS * 2
            and _name_shaped(line.text)
            and not self._is_meta_line(i)
        )

    def _masthead_variant(self, i: int) -> bool:
        """Line i gives the site's or body's name beside it another way: in a second language, or as the state's
        formal name over a department. A masthead, though not the outlet's name."""
        return self._name_in_other_language(i) or self._state_over_body(i)

    def _name_in_other_language(self, i: int) -> bool:
        """Line i, right under the site's or body's name ('Embassy of Example in Ruritania' / 'Embajada de Example en
        Ruritania'), is that name in a second language: shaped like a name and about as long, sharing a proper name
        with it or joined by another language's small words, and none of its own words used by the story (a
        headline under a masthead is about the story). The name printed first is the outlet's, in whatever
        language ('El Vocero del Caribe' over 'English Edition')."""
        line = self.lines[i]
        if line.sentence or not 2 <= line.words <= 10 or self._is_meta_line(i) or not _name_shaped(line.text):
            return False
        own = content_words(line.text)
        joiners = {w.lower() for w in line.text.split() if w[:1].islower()}
        k = i - 1
        if k < 0 or self._is_meta_line(k) or not self._publisher_name(k):
            return False
        name = self.lines[k]
        if max(line.words, name.words) > 2 * min(line.words, name.words):
            return False
        theirs = content_words(name.text)
        if not (own & theirs or joiners & _OTHER_LANGUAGE_JOINERS):
            return False
        return bool(own - theirs) and not (own - theirs) & self._story_words

    @cached_property
    def _story_words(self) -> set[str]:
        """The content words of the page's story-shaped lines (finished sentences of a lead's length)."""
        found: set[str] = set()
        for k, line in enumerate(self.lines):
            if line.sentence and line.words >= SHORT_LEAD_MIN_WORDS and k not in self.furniture:
                found |= content_words(line.text)
        return found

    def _state_over_body(self, i: int) -> bool:
        """'Republic of Example' over 'Department of Example Affairs' (or right under it): the state's formal name,
        printed beside the department's own on a government site."""
        if not formal_state_name(self.lines[i].text):
            return False
        near = [
            k for k in (i - 1, i + 1, i + 2) if 0 <= k < len(self.lines) and not formal_state_name(self.lines[k].text)
        ]
        return any(institution_name(self.lines[k].text) or self._publisher_name(k) for k in near)

    def _motto_under_name(self, i: int) -> bool:
        """Line i reads as the site's motto ('News for the valley's diaspora abroad', 'Your morning guide to the
        statehouse') right under the site's name or a short line shaped like one, with no byline or date under it:
        the masthead's motto, not the headline."""
        if i == 0 or not reads_as_motto(self.lines[i].text) or self._credited_right_under(i):
            return False
        return bool(self._publisher_name(i - 1)) or self._shaped_as_site_name(i - 1)

    def _headline_printed_twice(self) -> int | None:
        """A headline-shaped line printed twice in a row among the page's first lines (the page's heading and the
        article's own, under a sign-up box or a banner) over the byline, the date or the story: the headline,
        whatever stands above it."""
        for i in range(min(self.search_lines + 2, len(self.lines) - 2)):
            line = self.lines[i]
            if line.text != self.lines[i + 1].text or line.words < 3 or not line.headline_shaped:
                continue
            if self._is_meta_line(i) or line.menu or self._publisher_name(i) or reads_as_motto(line.text):
                continue
            after = next((k for k in range(i + 2, len(self.lines)) if not self._is_meta_line(k)), None)
            if self._meta_follows(i + 1) or (after is not None and self._opens_story(after)):
                return i
        return None

    def _opens_page(self, i: int) -> bool:
        """Line i is the page's first line but for furniture (a skip link, language links, a cookie notice)."""
        return all(k in self.furniture for k in range(i))

    def _shaped_as_site_name(self, i: int) -> bool:
        """A short title-case line that is no sentence, menu entry, byline or date: shaped like a site's name."""
        line = self.lines[i]
        return (
            line.words <= HEADING_NAME_MAX_WORDS
            and _title_case(line.text)
            and not line.sentence
            and not line.menu
            and not self._is_meta_line(i)
        )

    def _over_news_motto(self, i: int) -> bool:
        """Line i, shaped like a site's name, sits over a short motto that calls it news or a paper ('Norway's news
        in English', 'News for the valley since 1962', 'Aruba's English daily') and the site's menu: line i is the
        masthead."""
        j = i + 1
        if j + 1 >= len(self.lines) or not self._shaped_as_site_name(i):
            return False
        motto = self.lines[j]
        return (
            motto.words <= TAGLINE_MAX_WORDS
            and not motto.sentence
            and not self._is_meta_line(j)
            and _NEWS_MOTTO_WORD.search(motto.text) is not None
            and (self._menu_entry(j + 1) or j + 1 in self.furniture)
        )

    def _above_a_label(self, i: int) -> bool:
        """Line i sits over a section label ('Press Statement', 'Expert comment') that sits over a
        headline-shaped line: the label heads the headline, so line i is a menu entry or the site's name."""
        j, k = i + 1, i + 2
        if k >= len(self.lines) or not self.lines[j].menu or self.lines[i].sentence:
            return False
        headline = self.lines[k]
        return headline.headline_shaped and headline.words >= 3 and not self._is_meta_line(k)

    def _named_in_footer(self, i: int) -> bool:
        """A short unpunctuated line that the copyright notice repeats ('The Example Institute for
        Example Affairs' over '© The Example Institute for Example Affairs 2024'), or that the site's
        furniture or domain names as the site ('Thanks for reading Harbor Notes!', '@examplelantern.com'),
        or that the end of the page prints again ('Example Reporters, New York'): the publisher's name."""
        line = self.lines[i]
        if line.sentence or not line.text[:1].isupper() or not 1 <= line.words <= 10:
            return False
        if line.words >= 2 and any(line.text.lower() in notice for notice in self._footer_notices):
            return True
        if capitalised_share(line.text) < 1.0 or line.words > 5 or line.menu:
            return False
        return (
            names_the_site(line.text, self._self_references, self._domains)
            or (line.words >= 2 and self._repeated_at_end(i))
            or self._ends_a_browser_title(line.text)
            or self._followed(line.text)
            or self._owned_by_its_company(line.text)
        )

    def _followed(self, name: str) -> bool:
        """'Follow Kestrel Eye on Facebook' under the story, with 'Kestrel Eye' at the top: the site asks to be
        followed. 'Follow Ann Lee on Twitter' under her column asks to follow the writer: a name opening with a
        common given name is a person's."""
        first = name.split()[0].lower()
        return name.lower() in self._followed_names and first not in FEMALE_FIRST_NAMES | MALE_FIRST_NAMES

    @cached_property
    def _followed_names(self) -> set[str]:
        return {m.group("name").lower() for line in self.lines if (m := _FOLLOWED.match(line.text))}

    def _owned_by_its_company(self, name: str) -> bool:
        """'© 2025 Kestrel Media Group Ltd' with 'Kestrel Eye' at the top: the company's own name opens the
        site's name, and the words after it are a company's ('Media Group', 'Publishing', 'Ltd')."""
        key = _compact(name)
        return any(key.startswith(core) and key != core for core in self._copyright_companies)

    @cached_property
    def _copyright_companies(self) -> set[str]:
        """The compact names the copyright lines' companies share with their papers ('kestrel' for '© 2025
        Kestrel Media Group Ltd')."""
        found = set()
        for notice in self._footer_notices:
            match = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<holder>[^.,]+)", notice)
            words = match.group("holder").split() if match else []
            core = list(itertools.takewhile(lambda w: w not in PUBLISHER_WORDS, words))
            if core and len(core) < len(words) and len(key := _compact(" ".join(core))) >= COMPANY_NAME_MIN_CHARS:
                found.add(key)
        return found

    def _ends_a_browser_title(self, name: str) -> bool:
        """Another line is a headline followed by this name after a bar or dash ('Ferry fares to rise – Mekong
        Current'): the page's browser title, which ends with the site's name."""
        return name in self._browser_title_ends

    @cached_property
    def _browser_title_ends(self) -> set[str]:
        """What follows the last bar or dash of the page's lines that open with a headline ('… – Mekong Current')."""
        found = set()
        for line in self.lines:
            match = _TITLE_THEN_SITE.match(line.text)
            if match and word_count(match.group("head")) >= 3 and not ends_sentence(match.group("head")):
                found.add(match.group("site"))
        return found

    @cached_property
    def _line_texts(self) -> set[str]:
        return {line.text for line in self.lines}

    @cached_property
    def _self_references(self) -> list[str]:
        return self_references([line.text for line in self.lines])

    @cached_property
    def _domains(self) -> set[str]:
        return site_domains([line.text for line in self.lines])

    def _repeated_at_end(self, i: int) -> bool:
        """Line i's text, alone or before a comma ('Example Reporters, New York'), on a line of the
        page's last third: a site's name printed at the top and again under the story. Only the
        page's first lines count, and not one right over the headline: a topic label ('Climate
        Crisis') heads the headline and comes back among the tags."""
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        text = self.lines[i].text
        end = self.lines[max(i + 2, 2 * len(self.lines) // 3) :]
        # "Kestrel Eye" / "Independent news for the valleys" at the top and again in the footer: a name and its motto
        with_motto = below is not None and any(
            other.text == text and k + 1 < len(end) and end[k + 1].text == below.text for k, other in enumerate(end)
        )
        if i > 1 or (below is not None and below.headline_shaped and below.words >= 3 and not with_motto):
            return False
        return any(other.text == text or other.text.startswith(f"{text}, ") for other in end)

    @cached_property
    def split_bylines(self) -> dict[int, list[str]]:
        """'By' alone on a line, then one author name per line: index → the names each line gives."""
        found: dict[int, list[str]] = {}
        for i, line in enumerate(self.lines):
            editors = _BARE_EDITOR.match(line.text) is not None  # "Editor:" over names: credited, not authors
            if not editors and not _BARE_BY.match(line.text):
                continue
            if i > 0 and _role_line(line.text) and person_name_line(self.lines[i - 1].text):
                continue  # "Mette Holm" / "Reporter" / "Søren Lund" / "Photographer": the role of the name above
            names = []
            for j in range(i + 1, min(i + 5, len(self.lines))):
                name = person_name_line(self.lines[j].text)
                if not name:
                    break
                names.append((j, name))
            if names:
                found[i] = []
                found.update({j: [] if editors else [name] for j, name in names})
        return found

    def _is_meta_line(self, i: int) -> bool:
        """Furniture, a byline or a date line: never the headline, never a story paragraph."""
        line = self.lines[i]
        return i in self.furniture or bool(line.byline) or line.date_line is not None or i in self.split_bylines

    def _title_candidates(self) -> list[int]:
        """The lines among the page's first that could be its headline, down to the story's lead: not
        furniture, a byline or a date line (a 'WATCH:' label run into a credited headline excepted), not a
        cut-off fragment. The lead itself is a candidate: chosen, it says the page has no headline."""
        candidates = []
        for i in range(min(self.search_lines + 2, len(self.lines))):
            if (self._is_meta_line(i) and not self._labelled_headline(i)) or _FRAGMENT.search(self.lines[i].text):
                continue
            candidates.append(i)
            if self._is_lead(i):
                break  # the story has begun: the headline is above its lead, or the page has none
        return candidates

    def _find_title(self) -> int | None:
        """The page-start rules' headline, unless the learned headline weights (headlines.py) score another
        candidate line far above it."""
        ruled = self._title_by_rules()
        candidates = self._title_candidates()
        if ruled not in candidates or self._is_lead(ruled):
            return ruled  # the rules find no headline, only the lead: no title is better than a wrong one
        if ruled == self._under_search_title(candidates):
            return ruled  # the browser title above repeats its words: the page's own headline, whatever weighs more
        chosen = candidates[overruling_candidate(self._headline_traits(candidates), candidates.index(ruled))]
        return chosen if chosen < ruled or self._may_overrule_below(ruled, chosen) else ruled

    def _may_overrule_below(self, ruled: int, chosen: int) -> bool:
        """Whether line chosen, below the rules' headline, may replace it. Never the line right under it (its
        deck), a story sentence, a line under the story's first sentence, or a line under a byline or date
        (credits close a page's header: a headline stands over its own)."""
        if chosen == ruled + 1 or self.lines[chosen].sentence:
            return False
        between = range(ruled, chosen)
        credited = any(self.lines[k].byline or self.lines[k].date_line is not None for k in between)
        return not credited and not any(self._opens_story(k) for k in between)

    def _title_by_rules(self) -> int | None:
        """The first line with at least three words that is not furniture, a masthead or a cut-off
        fragment; else the first such line."""
        top = range(min(self.search_lines, len(self.lines)))
        candidates = [
            i
            for i in top
            if (not self._is_meta_line(i) or self._labelled_headline(i))
            and not (self._publisher_name(i) and self._headline_below(i))
            and not _FRAGMENT.search(self.lines[i].text)
        ]
        if (echoed := self._echoed_headline(candidates)) is not None:
            return echoed
        if (doubled := self._headline_printed_twice()) is not None:
            return doubled
        for i in candidates:
            if self._broken_headline(i):
                return i  # "Night ferries:" over "Board approves …": a headline broken after its colon or dash
            if self._is_tagline(i) or self.lines[i].menu or self._above_a_label(i):
                continue
            if self._masthead_variant(i) or self._motto_under_name(i):
                continue  # the site's name again (another language, the state's formal name) or its motto
            if committee_name(self.lines[i].text) and self._credited_right_under(i + 1):
                continue  # a committee's name over its story's headline and date: a label
            if self._site_slogan(i):
                continue  # "Nigeria's Most Quoted Newspaper": the slogan of a site whose logo has no text
            if self._over_a_link(i):
                continue  # "X is hiring an editor." over "Find out more": a banner
            if self._is_ticker(i):
                continue  # "BREAKING: Power restored …" over the masthead: the site's ticker, not this page's story
            if _FROM_SITE_TAGLINE.match(self.lines[i].text):
                continue  # "From Openwire News, the free news source …": the site's tagline, wherever it stands
            if language_edition(self.lines[i].text):
                continue  # "Andes Example en Español": the site's name and its link to the Spanish edition
            if self._menu_over_headline(i):
                continue
            if self.lines[i].sentence and self._credit_next_to(i, 1) and self._caption_over_byline(i):
                continue  # a photo's caption over its credit, over the headline, the byline still to come
            if self._column_label(i):
                continue  # "The Thursday Column" over the column's headline: the column's name, a label
            if self._original_headline(i):
                continue  # a translated page's headline in its original language, over the English one
            if dated_site_line(self.lines[i].text):
                continue  # "Today is Thursday, March 13, 2025", "Print Edition: 13 March 2025": the day's edition
            if outlet_beside_date(self.lines[i].text):
                continue  # "The Sunday Ledger Magazine|June 9, 2024": the publication and its issue's date
            if _menu_fragment(self.lines[i].text) or self._is_section_label(i):
                continue
            if self.lines[i].words >= 3 or self._is_lead(i):
                found = (
                    self._headline_under_menus(i)
                    or self._headline_with_byline_below(i)
                    or self._headline_under_date(i)
                    or self._headline_under_intro(i)
                    or self._headline_under_site_lines(i)
                    or i
                )
                if found != i and self._publisher_name(found) and self._headline_below(found):
                    continue  # led down to the publisher's name over its story's headline: not the headline either
                return self._short_headline_over_deck(found)
        return (self._headline_under_menus(candidates[0]) or candidates[0]) if candidates else None

    def _headline_traits(self, candidates: list[int]) -> list[dict[str, float]]:
        """Each candidate line's traits (headlines.TRAITS), in the candidates' order."""
        redirected: dict[int, set[str]] = {}  # line → the rules that make an earlier candidate give way to it
        for i in candidates:
            for name, redirection in self._headline_redirections.items():
                if (j := redirection(i)) is not None and j != i:
                    redirected.setdefault(j, set()).add(name)
        first_story = next((k for k in range(len(self.lines)) if self._opens_story(k)), len(self.lines))
        return [self._line_traits(i, rank, first_story, redirected.get(i, set())) for rank, i in enumerate(candidates)]

    @cached_property
    def _headline_redirections(self) -> dict[str, Callable[[int], int | None]]:
        """The page-start rules by which one line gives way to another as the headline, by trait name."""
        return {
            "headline_under_menus": self._headline_under_menus,
            "headline_with_byline_below": self._headline_with_byline_below,
            "headline_under_date": self._headline_under_date,
            "headline_under_intro": self._headline_under_intro,
            "headline_under_site_lines": self._headline_under_site_lines,
            "short_headline_over_deck": self._short_headline_over_deck,
        }

    def _opens_story(self, k: int) -> bool:
        line = self.lines[k]
        return line.sentence and line.words >= SHORT_LEAD_MIN_WORDS and not self._is_meta_line(k)

    def _line_traits(self, i: int, rank: int, first_story: int, redirected_by: set[str]) -> dict[str, float]:
        line = self.lines[i]
        text, count = line.text, line.words
        own_words = content_words(text)
        below = self.lines[i + 1 : i + 1 + STORY_WORDS_LINES]
        story = " ".join(other.text for other in below if other.sentence and other.words >= SHORT_LEAD_MIN_WORDS)
        story_share = len(own_words & content_words(story)) / len(own_words) if own_words else 0.0
        traits = {
            "first_candidate": rank == 0,
            "second_candidate": rank == 1,
            "third_candidate": rank == 2,
            "later_candidate": rank >= 3,
            "lines_from_top": i / 10,
            "one_word": count == 1,
            "two_words": count == 2,
            "three_to_five_words": 3 <= count <= 5,
            "six_to_twelve_words": 6 <= count <= 12,
            "thirteen_to_twenty_words": 13 <= count <= 20,
            "over_twenty_words": count > 20,
            "headline_shaped": line.headline_shaped,
            "sentence": line.sentence,
            "question": text.endswith("?"),
            "ends_with_colon": text.endswith(":"),
            "ends_with_full_stop": text.endswith("."),
            "all_capitals": line.all_capitals,
            "title_case": _title_case(text),
            "starts_lowercase": starts_lowercase(text),
            "has_digit": any(c.isdigit() for c in text),
            "has_pipe": "|" in text,
            "capitalised_share": capitalised_share(text),
            "credited_right_under": self._credited_right_under(i),
            "byline_below": self._byline_below(i),
            "dated_right_under": self._dated_right_under(i),
            "meta_follows": self._meta_follows(i),
            "over_its_lead": self._over_its_lead(i),
            "below_story_start": i > first_story,
            "reads_as_lead": self._is_lead(i),
            "story_words_share": story_share,
            "no_story_words": bool(own_words) and story_share == 0,
            "echoed_by_share_or_browser_title": text in self._echoes,
            "repeated_on_page": self._line_counts[text] > 1,
            "browser_title": self._browser_title(i),
            "publisher_name": bool(self._publisher_name(i)) or self._masthead_variant(i),
            "institution_name": bool(institution_name(text)),
            "tagline": self._is_tagline(i),
            "menu_line": line.menu,
            "menu_fragment": _menu_fragment(text),
            "section_label": self._is_section_label(i),
            "site_slogan": self._site_slogan(i),
            "ticker": self._is_ticker(i),
            "dated_site_line": dated_site_line(text),
            "over_a_link": self._over_a_link(i),
            "reads_as_motto": reads_as_motto(text),
            "committee_name": committee_name(text),
            "language_edition": bool(language_edition(text)),
            "site_tagline": bool(_FROM_SITE_TAGLINE.match(text)),
            "menu_over_headline": self._menu_over_headline(i),
            "above_a_label": self._above_a_label(i),
            "shaped_as_site_name": self._shaped_as_site_name(i),
            "menu_word": self._menu_entry_word(text),
            "labelled_headline": self._labelled_headline(i),
            "ticker_shaped": ticker_shaped(text),
            "credit_line": bool(editor_names(text) or plain_byline(text) or person_name_line(text)),
            "under_headline_shaped_line": self._under_headline_shaped_line(i),
            "over_longer_deck": self._over_longer_deck(i),
            "original_language_headline": self._original_headline(i),
        }
        traits.update({name: name in redirected_by for name in self._headline_redirections})
        return {name: float(value) for name, value in traits.items()}

    def _under_headline_shaped_line(self, i: int) -> bool:
        """Right under a headline-shaped line of three words or more that is no furniture: a standfirst's place."""
        if i == 0 or self._is_meta_line(i - 1):
            return False
        above = self.lines[i - 1]
        return above.headline_shaped and above.words >= 3 and not above.menu

    def _over_longer_deck(self, i: int) -> bool:
        """Right over a longer line in sentence case, no furniture, byline or date: a deck under a headline."""
        j = i + 1
        if j >= len(self.lines) or self._is_meta_line(j):
            return False
        deck = self.lines[j]
        longer = deck.words > self.lines[i].words
        return longer and capitalised_share(deck.text) < 0.5 and not starts_lowercase(deck.text)

    @cached_property
    def _line_counts(self) -> Counter[str]:
        return Counter(line.text for line in self.lines)

    def _site_slogan(self, i: int) -> bool:
        """Line i, with no byline or date under it, over a headline the byline or date backs (only the site's lines
        between), is the site's slogan: the page's end prints it again beside the copyright notice ('Light for
        all' over '© 2025 Example Press Ltd'), or, opening the page where a logo with no text stands, it calls the
        site a paper ('The Paper That Asks Why', 'Nigeria's Most Quoted Newspaper')."""
        line = self.lines[i]
        if line.sentence or line.words > MOTTO_MAX_WORDS or self._credited_right_under(i):
            return False
        end = min(self.search_lines + 2, len(self.lines))
        j = next((k for k in range(i + 1, end) if not self._site_line(k)), None)
        if j is None or not self._headline_candidate(j) or not self._credited_right_under(j):
            return False
        return self._beside_copyright(i) or (self._opens_page_under_banner(i) and calls_itself_a_paper(line.text))

    def _beside_copyright(self, i: int) -> bool:
        """Line i's text on a line of its own right over or under the copyright notice at the page's end."""
        text = self.lines[i].text
        start = max(i + 2, 2 * len(self.lines) // 3)
        for k in range(start, len(self.lines)):
            if self.lines[k].text != text:
                continue
            near = [self.lines[n].text for n in (k - 1, k + 1) if 0 <= n < len(self.lines)]
            if any(_COPYRIGHT_NOTICE.match(t) or "©" in t for t in near):
                return True
        return False

    def _opens_page_under_banner(self, i: int) -> bool:
        """Line i opens the page: above it only furniture (an app banner, a skip link) or a word or two that
        names nothing ('×', 'Menu'), no masthead."""
        return all(
            k in self.furniture
            or (self.lines[k].words <= 2 and not self._is_meta_line(k) and not self._publisher_name(k))
            for k in range(i)
        )

    def _short_headline_over_deck(self, j: int) -> int:
        """Line j, a standfirst's length in sentence case over the byline or date, under a headline of a word or
        two ('POLICE PROBE', 'Risky Roads') that no section, menu or masthead word makes a label: the short line
        is the headline and line j its deck. Else j."""
        k = j - 1
        if k < 0 or j + 1 >= len(self.lines):
            return j
        line, deck = self.lines[k], self.lines[j]
        if deck.words < STANDFIRST_MIN_WORDS or capitalised_share(deck.text) >= 0.5 or not self._meta_follows(j):
            return j
        short = (
            1 <= line.words <= 2
            and line.headline_shaped
            and (line.all_capitals or _title_case(line.text))
            and not self._is_meta_line(k)
            and not line.menu
            and not self._menu_entry_word(line.text)
            and not self._publisher_name(k)
            and not ticker_shaped(line.text)
        )
        # "ANN LEE" over the deck is a credit; "POLICE PROBE" reads as a name only by its shape
        given_name = line.text.split()[0].lower() in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
        return k if short and not (given_name and person_name_line(line.text)) else j

    @staticmethod
    def _menu_entry_word(text: str) -> bool:
        """A word of a site's menu or sections, or a label over headlines ('Counties' is not one; 'Sport' is)."""
        tokens = [t.lower() for t in re.findall(r"[\w&']+", text)]
        return any(t in SECTION_WORDS | MENU_WORDS | KICKER_WORDS | MENU_SECTION_NAMES for t in tokens)

    def _menu_over_headline(self, i: int) -> bool:
        """'Peru Bolivia Ecuador Business Environment' right over a headline-shaped line the byline or date backs:
        the site's menu of one-word sections (some of them places, which no list holds), two of them at least a
        site's section words. A title-case headline has longer words between its names ('Talks', 'After', 'Over')
        and is credited itself."""
        words = self.lines[i].text.split()
        sections = sum(w.lower() in SECTION_WORDS | MENU_WORDS for w in words)
        if len(words) < MENU_MIN_ITEMS or sections < 2 or not all(w[0].isupper() and w.isalpha() for w in words):
            return False
        j = i + 1
        return (
            j < len(self.lines)
            and not self._credited_right_under(i)
            and self._headline_candidate(j)
            and (self._credited_right_under(j) or self._meta_follows(j))  # "Ann Lee (with AFP)" / date under it
        )

    def _echoed_headline(self, candidates: list[int]) -> int | None:
        """The candidate another line prints again as what the page shares ('Share: Bridge Tolls Scrapped') or
        as its browser title ('Bridge Tolls Scrapped | Lowland Ledger'): the page's own headline, whatever
        mottos or site lines stand above it. Else the page's own headline under the one its browser title gives
        search engines."""
        for i in candidates:
            line = self.lines[i]
            if self._is_lead(i) and not self._caption_over_byline(i):
                break  # the story has begun: a line under it echoing a masthead run into its menu is the foot's name
            if line.words >= 3 and line.headline_shaped and not line.menu and line.text in self._echoes:
                return i
        return self._under_search_title(candidates)

    def _under_search_title(self, candidates: list[int]) -> int | None:
        """The candidate under the page's browser title whose words that title repeats in a longer or reworded
        headline for search engines ('Tolls scrapped on two bridges as budget allows | Ledger' over 'Tolls
        scrapped on two bridges'), else None."""
        heads = [
            (k, match.group("head"))
            for k in candidates[:1]
            if (match := _TITLE_THEN_SITE.match(self.lines[k].text)) and not ends_sentence(match.group("head"))
        ]
        for i in candidates:
            line = self.lines[i]
            if not (line.words >= 3 and line.headline_shaped and not line.menu):
                continue
            if any(k != i and words_of_headline(line.text, head) for k, head in heads):
                return i
        return None

    @cached_property
    def _echoes(self) -> set[str]:
        """What the page's share lines and browser titles repeat of a headline."""
        found = set()
        for line in self.lines:
            if match := _SHARE_ECHO.match(line.text):
                found.add(match.group("head"))
            if (match := _TITLE_THEN_SITE.match(line.text)) and not ends_sentence(match.group("head")):
                found.add(match.group("head"))
        return found

    def _labelled_headline(self, i: int) -> bool:
        """'WATCH: Headline' over the byline: a media label run into the headline, not a link to a video."""
        return bool(_LABELLED_HEADLINE.match(self.lines[i].text)) and self._byline_below(i)

    def _is_ticker(self, i: int) -> bool:
        """An alert label run into line i ('BREAKING: …', 'Just in: …') over the site's masthead or menu, with
        no byline under it: a ticker the site prints over every page. ('Breaking: Headline' over its byline or
        its story is this page's headline.)"""
        j = i + 1
        if not _TICKER_LABEL.match(self.lines[i].text) or j >= len(self.lines) or self._byline_below(i):
            return False
        return self._publisher_name(j) != "" or self._menu_entry(j) or self.furniture.get(j, "") == NAVIGATION

    def _byline_below(self, i: int) -> bool:
        """Names (a byline, a name line) close under line i: dates, furniture, captions and one longer
        standfirst may come between; a longer line after a menu entry is another headline, not i's."""
        long_lines, short_lines = 0, 0
        for k in range(i + 1, min(i + 1 + HEADER_LOOKAHEAD + 2, len(self.lines))):
            line = self.lines[k]
            if line.byline or k in self.split_bylines or plain_byline(line.text) or _BARE_BY.match(line.text):
                return True
            if self._byline_names_above_credit(k):
                return True
            if k in self.furniture or line.date_line is not None or self._credit_next_to(k, 1):
                continue  # a photo's caption over its credit
            if line.words <= SHORT_LINE_WORDS:
                short_lines += 1
                continue
            long_lines += 1
            if long_lines > 1 or short_lines:
                return False
        return False

    def _headline_with_byline_below(self, i: int) -> int | None:
        """Line i, right under the masthead, has no byline under it, and a later headline-shaped line
        among the top lines does: line i is the site's motto ('Truth without fear since 1962', over
        today's date, the weather and the menu) and the later line, which the byline backs, is the headline."""
        if i == 0 or self._byline_below(i):
            return None
        # under the masthead, or under a short name opening the page (language links and skip links above it)
        if not self._publisher_name(i - 1) and not (self._opens_page(i - 1) and self._shaped_as_site_name(i - 1)):
            return None
        for j in range(i + 1, min(self.search_lines + 2, len(self.lines))):
            line = self.lines[j]
            if self._names_or_dates(j) and line.byline:
                return None  # the byline comes before any other headline
            if self._is_meta_line(j) or not line.headline_shaped or line.words < 3 or line.menu:
                continue
            if j == i + 1 and not reads_as_motto(self.lines[i].text):
                return None  # right under the headline, with no full stop: its standfirst (or line i is a motto)
            if self._byline_below(j) or (self._headline_wraps(j) and self._byline_below(j + 1)):
                return j
            credit = name_with_outlet(line.text)[0] or plain_byline(line.text) or person_name_line(line.text)
            credit = credit or outlet_beside_date(line.text)  # "Example Online , Sunday 3 Mar 2024"
            if self._dated_right_under(j) and not self._dated_right_under(i) and not credit:
                return j  # a page with no byline: its date sits right under the headline, not under the motto
            if self._over_its_lead(j) and reads_as_motto(self.lines[i].text) and not credit:
                return j  # no byline, no date: the headline sits right over the story, the motto over the headline
        return None

    def _original_headline(self, i: int) -> bool:
        """Line i, right over a headline in English that the story's words bear out and a byline or date follows, is
        in another language (another script, or another language's small words): a translated page's original
        headline ('Власти … продлили ремонт моста' over 'Dushanbe extends repairs on bridge'), never the title."""
        if i + 1 >= len(self.lines) or self._is_meta_line(i) or self._is_meta_line(i + 1):
            return False
        line, below = self.lines[i], self.lines[i + 1]
        if below.no != line.no + 1 or line.words < 3 or below.words < 3 or below.sentence:
            return False
        if not in_other_language(line.text) or in_other_language(below.text):
            return False
        return bool(content_words(below.text) & self._story_words) and self._meta_follows(i + 1)

    def _column_label(self, i: int) -> bool:
        """A short title-case name ending in a word for a kind of piece ('The Thursday Column', 'Monday
        Briefing', 'Weekend Essay') right over a longer headline-shaped line that a byline or date backs: the
        name of a column or series printed over each of its pieces' headlines, not a headline."""
        line = self.lines[i]
        if i + 1 >= len(self.lines) or not _COLUMN_LABEL.match(line.text) or line.sentence:
            return False
        below = self.lines[i + 1]
        if not below.headline_shaped or below.words <= line.words or self._is_meta_line(i + 1) or below.menu:
            return False
        return self._byline_below(i + 1) or self._dated_right_under(i + 1)

    def _over_its_lead(self, j: int) -> bool:
        """Line j, a headline-shaped line no longer than headlines run, sits right over a story paragraph
        with no byline or date to come: a headline over its lead (a longer line there is a standfirst)."""
        if j + 1 >= len(self.lines) or self.lines[j].words >= STANDFIRST_MIN_WORDS:
            return False
        lead = self.lines[j + 1]
        story = lead.sentence and lead.words >= SHORT_LEAD_MIN_WORDS and not self._is_meta_line(j + 1)
        return story and not self._meta_follows(j)

    def _dated_right_under(self, i: int) -> bool:
        return i + 1 < len(self.lines) and self.lines[i + 1].date_line is not None

    def _headline_under_date(self, i: int) -> int | None:
        """Line i has only menu entries and furniture under it down to the page's date line, and the
        line right under that date is headline-shaped, over the story: a blog's or a release's page (the
        site's name and motto, or its menu, over 'Tuesday, 11 March 2025' over the post's title). Line i is
        the motto or a menu entry; the line under the date is the headline. A headline right over its date
        (nothing between) keeps its place: the line under the date is then its standfirst."""
        end = min(self.search_lines + 2, len(self.lines) - 2)
        first = i + 1
        if self._shaped_as_site_name(i) and first < end and self.lines[first].headline_shaped:
            first += 1  # the site's name over its motto ('Upper Teign Watch' / 'Council papers, read for you')
        date = next((d for d in range(first, end) if not self._is_between_menu(d)), None)
        if date is None or self.lines[date].date_line is None or self._is_meta_line(date + 1):
            return None
        if date == i + 1:
            return date + 1 if self._name_over_issue_date(i) else None
        headline, after = self.lines[date + 1], self.lines[date + 2]
        if not headline.headline_shaped or headline.words < 3 or headline.menu:
            return None
        story_below = after.sentence and not self._is_meta_line(date + 2)
        return date + 1 if story_below or self._names_or_dates(date + 2) else None

    def _name_over_issue_date(self, i: int) -> bool:
        """Line i opens the page, right over a date line, shaped as a name (title case, a few words, none the story
        uses), and the line under the date has a byline close under it that line i lacks: a newsletter's or a site's
        name over the issue's date ('The View from Parliament Hill' / 'Thursday, February 15, 2024 |'), then the
        headline. A headline over its date shares the story's words, and its byline backs it."""
        line, below = self.lines[i], i + 2
        if below >= len(self.lines) or self.lines[i + 1].date_line is None:
            return False
        shaped = _name_shaped(" ".join(t for t in line.text.split() if t.lower() not in _NAME_JOINERS))
        if not self._opens_page(i) or not shaped or line.sentence or line.words > NAME_MAX_WORDS:
            return False
        if content_words(line.text) & self._story_words:
            return False
        headline = self.lines[below]
        if not headline.headline_shaped or headline.words < 3 or headline.menu:
            return False
        return self._byline_below(below) and not self._byline_below(i)

    def _headline_under_intro(self, i: int) -> int | None:
        """Line i is a finished sentence, and the line under it is headline-shaped with the byline or the
        date right under that: a newsletter's greeting, a banner or a site's tagline ('From Example News, the
        free news source you can write!') over the headline. The byline or date backs the line it sits under;
        a headline over its standfirst has the standfirst, not itself, as the finished sentence."""
        j = i + 1
        if j + 1 >= len(self.lines) or not ends_sentence(self.lines[i].text) or self._is_meta_line(j):
            return None
        below = self.lines[j]
        if not below.headline_shaped or below.words < 3 or below.menu:
            return None
        after = self.lines[j + 1]
        return j if self._names_or_dates(j + 1) or _BARE_BY.match(after.text) else None

    def _headline_under_site_lines(self, i: int) -> int | None:
        """The headline is the headline-shaped line closest over the byline or the date (or, with neither,
        over the lead). Line i, with no byline or date right under it, gives way to the first headline-shaped
        line below it that is so backed when only the site's lines lie between them (today's date, 'Back
        issues', the menu, account links: line i is the site's motto or a line of its strip), or, right
        over it, when line i reads as a motto ('Truth without fear or favour', 'Your Hometown News Source')."""
        dated = self._dated_right_under(i)
        if (self._credited_right_under(i) and not dated) or self._browser_title(i):
            return None
        end = min(self.search_lines + 2, len(self.lines))
        j = next((k for k in range(i + 1, end) if not self._site_line(k)), None)
        if j is None or self._names_or_dates(j) or not self._headline_candidate(j):
            return None
        if not (self._credited_right_under(j) or self._byline_below(j) or self._over_its_lead(j)):
            return None
        motto = reads_as_motto(self.lines[i].text)
        if dated:
            # today's date under the masthead's motto, or line i's own date? A date among j's credits is the story's
            return j if motto or self._dated_credits(j) else None
        if j > i + 1:
            return j  # site lines between: line i belongs to the site's strip over the page
        return j if motto or ticker_shaped(self.lines[i].text) else None

    def _browser_title(self, i: int) -> bool:
        """'Headline | The Riverine Courier' with the site's name on a line of its own: the page's browser title,
        the headline itself whatever stands under it."""
        match = _TITLE_THEN_SITE.match(self.lines[i].text)
        return bool(match) and match.group("site") in self._line_texts

    def _dated_credits(self, j: int) -> bool:
        """A date line among the byline and date lines right under line j."""
        for k in range(j + 1, min(j + 1 + HEADER_LOOKAHEAD, len(self.lines))):
            if self.lines[k].date_line is not None:
                return True
            if not self._credited_right_under(k - 1):
                return False
        return False

    def _credited_right_under(self, i: int) -> bool:
        """The line under line i is a byline, a name line or a date line: it backs line i as the headline."""
        k = i + 1
        if k >= len(self.lines):
            return True  # nothing under it to weigh
        line = self.lines[k]
        if k in self.furniture and not line.byline:
            return False  # "Back Issues" / "Archives": the site's links, whatever names they look like
        return (
            self._names_or_dates(k)
            or bool(plain_byline(line.text) or person_name_line(line.text) or _BARE_BY.match(line.text))
            or bool(self._byline_names_above_credit(k))
        )

    def _site_line(self, k: int) -> bool:
        """A line of the site's strip over a page: a date line (today's), furniture, a menu entry, a short link,
        the masthead or a ticker."""
        line = self.lines[k]
        if line.byline or k in self.split_bylines:
            return False
        if k not in self.furniture and (plain_byline(line.text) or person_name_line(line.text)):
            return False
        return (
            line.date_line is not None
            or dated_site_line(line.text)
            or k in self.furniture
            or self._menu_entry(k)
            or line.words <= 2
            or bool(masthead_name(line.text))
            or ticker_shaped(line.text)
        )

    def _headline_candidate(self, j: int) -> bool:
        """Shaped like a headline and standing where one may: no menu, masthead, caption, credit or name."""
        line = self.lines[j]
        return (
            line.headline_shaped
            and line.words >= 2
            and line.words < STANDFIRST_MIN_WORDS
            and not line.menu
            and not self._publisher_name(j)
            and not self._credit_next_to(j, 1)
            and not self._credit_next_to(j, -1)
            and not person_name_line(line.text)
            and not name_with_outlet(line.text)[0]
            and not outlet_beside_date(line.text)
        )

    def _over_a_link(self, i: int) -> bool:
        """Line i sits right over a short link ('Find out more', 'Read more'): a banner or a teaser."""
        j = i + 1
        return j < len(self.lines) and self.furniture.get(j) == RELATED_LINK and self.lines[j].words <= SHORT_LINE_WORDS

    def _is_between_menu(self, i: int) -> bool:
        """Line i is a menu entry, a short link or furniture (not a byline or date): what a site prints
        between its name and a post."""
        line = self.lines[i]
        return (i in self.furniture or line.words <= SHORT_LINE_WORDS) and not self._names_or_dates(i)

    def _headline_wraps(self, i: int) -> bool:
        """The headline broken over two lines ('Lake fishers switch to cage farming' / 'as wild catches
        keep falling'): the next line, with no blank line between, opens in lower case, is no sentence
        and has the byline or the date right under it, or under a short credit line ('Ann Lee | The Paper'
        over the date)."""
        if i + 2 >= len(self.lines):
            return False
        line, below = self.lines[i], self.lines[i + 1]
        unfinished = _UNFINISHED_HEADLINE.search(line.text) is not None and below.text[:1].isupper()
        return (
            below.no == line.no + 1
            # not "…say camps lack food": a kicker's cut-off fragment; after a colon or dash a capital may open it
            and (below.text[:1].islower() or unfinished)
            and not _CREDIT_WORD.match(below.text)  # "by WAM": the agency's credit
            and not below.sentence
            and not runs_on(below.text)
            and below.words <= HEADLINE_MAX_WORDS // 2
            and not self._is_meta_line(i + 1)
            and (self._names_or_dates(i + 2) or self._credit_over_date(i + 2))
        )

    def _broken_headline(self, i: int) -> bool:
        """Line i ends on a colon or a dash and the headline's second line follows ('Night ferries:' over 'board
        approves a six-month trial', 'Harbour board night ferries:' over 'Trial approved …'): the headline's first
        line, however short when the second opens in lower case."""
        text = self.lines[i].text
        if i + 2 >= len(self.lines) or _UNFINISHED_HEADLINE.search(text) is None:
            return False  # a headline's two lines and something under them
        if self._is_section_label(i) or _menu_fragment(text):
            return False
        words = re.findall(r"[\w'’]+", text.lower())
        labels = SECTION_WORDS | MENU_WORDS | KICKER_WORDS | MEDIA_LABEL_WORDS | {"updates", "brief"}
        if all(w in labels for w in words):
            return False  # "Live updates:", "In brief:": a label over the headline, no part of it
        if len(words) < 3 and not starts_lowercase(self.lines[i + 1].text):
            return False  # "Ferry news:" over "Harbour board approves …" may be a kicker as well as a broken headline
        return self._headline_wraps(i)

    def _credit_over_date(self, i: int) -> bool:
        """Line i is a short line that is no sentence ('Ann Lee | The Paper', 'Staff Reporter') right over a
        byline or date line: the credit a headline stands over."""
        line = self.lines[i]
        return (
            i + 1 < len(self.lines)
            and not line.sentence
            and line.words <= SHORT_LINE_WORDS + 1
            and self._names_or_dates(i + 1)
        )

    def _headline_under_menus(self, i: int) -> int | None:
        """Line i is a short title-case name ('Example News Homepage', 'Breadcrumb Trail Links') over
        menu entries, crumbs or captions, and under those a longer headline-shaped line sits right over
        the page's byline or date (a standfirst or a few short lines between): that line is the headline.
        A headline directly over its standfirst keeps its place: nothing but furniture may lie between."""
        line = self.lines[i]
        if line.words > HEADING_NAME_MAX_WORDS or line.sentence or not _title_case(line.text):
            return None
        for j in range(i + 1, min(self.search_lines + 2, len(self.lines))):
            if self._is_meta_line(j) and not (j in self.furniture and not self._names_or_dates(j)):
                return None  # the byline or date comes before any longer headline
            below = self.lines[j]
            if j in self.furniture or below.words <= SHORT_LINE_WORDS // 2 or not below.headline_shaped:
                continue
            if below.menu or (below.words <= HEADING_NAME_MAX_WORDS and _title_case(below.text)):
                continue  # "Browse News Releases": another menu entry
            if j == i + 1 or below.words <= line.words or below.sentence:
                return None
            return j if self._meta_follows(j) else None
        return None

    def _names_or_dates(self, i: int) -> bool:
        line = self.lines[i]
        return bool(line.byline) or line.date_line is not None or i in self.split_bylines

    def _meta_follows(self, j: int) -> bool:
        """A byline, a name line or a date line within a few lines under line j (one longer standfirst at most)."""
        long_lines = 0
        for k in range(j + 1, min(j + 1 + HEADER_LOOKAHEAD + 2, len(self.lines))):
            line = self.lines[k]
            if self._names_or_dates(k) or person_name_line(line.text) or _BARE_BY.match(line.text):
                return True
            if line.words > SHORT_LINE_WORDS:
                long_lines += 1
                if long_lines > 1 or (line.sentence and k > j + 1):
                    return False
        return False

    def _is_section_label(self, i: int) -> bool:
        """A short title-case line right over a longer headline-shaped line in sentence case: a
        section label ('Crime and Public Safety') when that line has its own standfirst under it,
        or a match result ('Harbour City 2-1 Rovers'). A title-case headline over a sentence-case
        standfirst and then the byline looks the same as a label over a headline, and stays."""
        if i + 2 >= len(self.lines):
            return False
        line, below, after = self.lines[i], self.lines[i + 1], self.lines[i + 2]
        shaped = (
            2 <= line.words <= SECTION_LABEL_MAX_WORDS
            and line.headline_shaped
            and _title_case(line.text)
            and below.headline_shaped
            and below.words > line.words
            and not self._is_meta_line(i + 1)
            and capitalised_share(below.text) < 0.5
        )
        if not shaped:
            return False
        standfirst_below = after.words > SHORT_LINE_WORDS and not self._is_meta_line(i + 2) and not after.sentence
        return standfirst_below or bool(_RESULT.search(line.text))

    def _is_tagline(self, i: int) -> bool:
        """A short motto right under the masthead ('Facts first, always'), with the headline under it
        (past the site's menu): a longer headline-shaped line, and after it a sentence or a byline."""
        if i == 0 or i + 2 >= len(self.lines) or not self._publisher_name(i - 1):
            return False
        # the site's menu may come between the motto and the headline ("Sweden's news in English", "News", …)
        j = next((j for j in range(i + 1, len(self.lines)) if not self._menu_entry(j)), len(self.lines))
        if j + 1 >= len(self.lines):
            return False
        line, headline, after = self.lines[i], self.lines[j], self.lines[j + 1]
        return (
            line.words <= TAGLINE_MAX_WORDS
            and headline.headline_shaped
            and headline.words > line.words
            # a standfirst's length under line i, unpunctuated: line i is a short headline over its standfirst
            and (headline.words < STANDFIRST_MIN_WORDS or line.sentence)
            and not self._is_meta_line(j)
            and (after.sentence or self._is_meta_line(j + 1))
        )

    def _menu_entry(self, i: int) -> bool:
        """A section link of the site's menu: a menu word, or one or two words that are no sentence ('Jobs')."""
        line = self.lines[i]
        return line.menu or (line.words <= 2 and not line.sentence and not self._is_meta_line(i))

    def _headline_below(self, i: int) -> bool:
        """A headline-shaped line of three words or more follows among the top lines: line i,
        shaped like a masthead, is one (and not a short title-case headline)."""
        for j in range(i + 1, min(self.search_lines + 2, len(self.lines))):
            line = self.lines[j]
            if self._is_meta_line(j) or masthead_name(line.text) or line.words < 3:
                continue
            if self._is_lead(j):
                # the very first line of a page with no headline is its masthead, as is a name the footer repeats
                # (language links above it change nothing; a menu entry above makes it a short headline)
                above = range(i)
                # a paper's name with the byline or date between it and the lead is the masthead of a page with
                # no headline ("The Example Herald" / "By Ann Lee" / the lead)
                credited = masthead_name(self.lines[i].text) and any(self._names_or_dates(k) for k in range(i + 1, j))
                return (
                    all(self.furniture.get(k) == LANGUAGE_LINKS for k in above)
                    or self._named_in_footer(i)
                    or bool(credited)
                )
            return True
        return False

    def _is_lead(self, i: int) -> bool:
        """A story sentence where the headline should be: long, finished, and in sentence case,
        or opening with a dateline."""
        line = self.lines[i]
        if not ends_sentence(line.text):
            return False
        sentence_case = _in_sentence_case(line.text)
        if line.words >= DATELINE_LEAD_MIN_WORDS and sentence_case and _DATELINE_OPENING.match(line.text):
            return True
        return (line.words >= LEAD_MIN_WORDS and sentence_case) or self._short_lead(i) or self._lead_reading_as_prose(i)

    def _short_lead(self, i: int) -> bool:
        """A shorter finished sentence ('The city's bus depot will close for repairs from Monday.') right
        under the page's date or byline and over another story paragraph, with no byline or date under
        it: the header is over, so this is the story's first sentence, and it stays in the body. (A
        headline ending in a full stop opens a page, with no date over it.)"""
        line = self.lines[i]
        if not line.text.endswith(".") or line.words < SHORT_LEAD_MIN_WORDS or not _in_sentence_case(line.text):
            return False
        if i == 0 or not self._names_or_dates(i - 1):
            return False
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        story_below = below is not None and below.sentence and below.words >= SHORT_LEAD_MIN_WORDS
        return story_below and not self._is_meta_line(i + 1) and not self._meta_follows(i)

    def _lead_reading_as_prose(self, i: int) -> bool:
        """A finished sentence in sentence case that reads as prose, not headlinese: it says when it happened
        ('Police closed the coast road on Friday morning.'), or keeps the articles and the perfect tense a
        headline drops ('A landslip has closed the coast road at Dunmore Head.'), or ends on who said it
        ('…, the council said.'); over another story paragraph, with no byline or date under it. A page with no
        headline opens with its lead, wherever the site's name and menu leave it."""
        line = self.lines[i]
        if not line.text.endswith(".") or line.words < SHORT_LEAD_MIN_WORDS or not _in_sentence_case(line.text):
            return False
        articles = sum(w.lower() in ("the", "a", "an") for w in re.findall(r"[\w'’]+", line.text))
        prose = articles >= PROSE_MIN_ARTICLES and bool(_PERFECT_TENSE.search(line.text) or _SAID_END.search(line.text))
        if not (_WHEN_IT_HAPPENED.search(line.text) or prose) or i + 1 >= len(self.lines):
            return False
        below = self.lines[i + 1]
        story_below = below.sentence and below.words >= SHORT_LEAD_MIN_WORDS and not self._is_meta_line(i + 1)
        # the same sentence printed again under it: the headline (a page title over the story's own copy)
        return story_below and below.text != line.text and not self._meta_follows(i)

    def _byline(self, i: int, names: list[str]) -> str:
        """Line i is a byline naming these authors: noted on the page, each name once."""
        self.page.byline_lines.append(self.lines[i].no)
        self.page.authors += [n for n in names if n not in self.page.authors]
        return BYLINE

    def _byline_continued(self, i: int) -> str | None:
        """'and Tom Ruiz' right under 'By Ann Lee': the byline broken over two lines, as a narrow column prints it."""
        match = _BYLINE_CONTINUED.match(self.lines[i].text)
        if not match or i == 0 or self.lines[i - 1].no not in self.page.byline_lines:
            return None
        name = match.group("name")
        return self._byline(i, [_tidy_name(name)]) if _is_person_name(name) else None

    def _plain_byline(self, i: int) -> str | None:
        """'Ann Lee, Example News' or 'Ann Lee Health correspondent' in the page header: a byline without 'By'."""
        names = plain_byline(self.lines[i].text)
        if not names:
            return None
        return self._byline(i, names)

    def _name_line_byline(self, i: int) -> str | None:
        """A line of only people's names between the headline and the story ('Ann Lee', 'Ann Lee and
        Tom Ruiz'), as pages print the byline above a role, the outlet or the date: a byline."""
        credited = i in self.furniture or self.lines[i].byline or i in self.split_bylines
        names = self._byline_names_above_credit(i) if not credited else []
        if not names:
            return None
        return self._byline(i, names)

    def _reporter_with_agencies(self, i: int) -> str | None:
        """'Ann Lee with AFP' under the headline of a page whose masthead or copyright notice names
        another outlet: the reporter, who wrote with the agency's copy (else 'Example Monde with AFP'
        is the outlet's own credit, and stays one)."""
        name = outlet_with_agencies(self.lines[i].text) if self.furniture.get(i) == AGENCY_CREDIT else ""
        if not name or not _plain_name(name) or masthead_name(name):
            return None
        others = [m for m in self.page.mastheads if m.lower() != name.lower()]
        noticed = any(name.lower() not in notice for notice in self._footer_notices)
        # "Anna Becker with Reuters, dpa" on a page naming no outlet: a common given name opens it
        given = name.split()[0].lower() in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
        return self._byline(i, [_tidy_name(name)]) if others or noticed or given else None

    def _name_outlet_byline(self, i: int) -> str | None:
        """'Ann Lee (The Example Post)' under the headline: the byline, with the outlet."""
        names, _ = name_with_outlet(self.lines[i].text)
        return self._byline(i, names) if names and i not in self.furniture else None

    def _outlet_date_line(self, i: int) -> str | None:
        """'Example Online , Sunday 3 Mar 2024' under the headline: the outlet and the date in one line."""
        name = outlet_beside_date(self.lines[i].text)
        if not name or i in self.furniture:
            return None
        self.page.mastheads.append(name)
        self.page.date_lines.append(self.lines[i].no)
        return DATE_LINE

    def _name_date_byline(self, i: int) -> str | None:
        """'Ann Lee | March 3, 2024' under the headline: the byline and the date line in one."""
        if i in self.furniture:
            return None
        names = names_beside_date(self.lines[i].text)
        if not names:
            return None
        if self.lines[i].date_line is not None:
            self.page.date_lines.append(self.lines[i].no)  # read whole, as the date line it also is
        return self._byline(i, names)

    def _byline_names_above_credit(self, i: int) -> list[str]:
        """The names on line i when it holds only names and the next line is what follows a byline:
        the date, a role ('Health Correspondent') or the outlet. A menu entry ('Live Updates') is not."""
        names = name_list_line(self.lines[i].text)
        if not names or i + 1 >= len(self.lines):
            return []
        after = self.lines[i + 1]
        if _NOT_AUTHOR_ROLE.match(after.text):
            return []  # "Søren Nyholm" / "Photographer": who took the pictures, not who wrote
        if _role_line(after.text) and not after.sentence:
            return names  # "Kertu Saar" / "Staff Writer", "Anna Berg" / "Journalist": the name over its role
        if _READING_TIME_LINE.match(after.text):
            return names  # "Helen Marsh" / "4–5 minutes": a reader view's author over its reading time
        if after.words <= 2 and not after.date_line and i + 2 < len(self.lines):
            after = self.lines[i + 2]  # a button between them ("+ Follow", "Share")
        # "Ann Lee" / "EBN" / "Belgrade" / "21 Mar 24", "Ann Lee" / "• English" / "• Arabic" / "Mar 21, 2024":
        # only short lines (initials, a city, language links) between the name and the date
        for k in range(i + 1, min(i + 1 + SHORT_LINES_BEFORE_DATE, len(self.lines))):
            if self.lines[k].date_line is not None:
                return names
            if self.lines[k].words > 2 or self.lines[k].sentence:
                break
        if self._authors_note(i + 1):
            return names  # "Ann Lee and Tom Ruiz" / "Ann Lee is a senior fellow …"
        role = all(w.lower().strip(".,") in _BYLINE_TAIL_WORDS for w in _HANDLE.sub("", after.text).split())
        role = role or bool(_ROLE_LINE.match(after.text))  # "Freelance journalist based in Accra"
        outlet = masthead_name(after.text.split(",")[0])  # "Example News, Kyiv"
        if after.date_line is not None or outlet or (role and not after.sentence):
            return names
        return names if self._filed_from_place(i + 1) else []

    def _authors_note(self, i: int) -> bool:
        """Line i, under a line of names, opens with one of them and says who they are ('Ann Lee is a
        senior fellow …'): the authors' note under a commentary's byline, not its first paragraph."""
        if i == 0:
            return False
        # "Ann Lee is a congressional reporter for X." under the byline that names her: the writers' notes over
        # the story, as some sites print them
        if (name := journalist_bio_name(self.lines[i].text)) and any(
            name in self.lines[k].text for k in range(max(0, i - 2 * HEADER_LOOKAHEAD), i)
        ):
            return True
        if not _AUTHOR_BIO.match(self.lines[i].text):
            return False
        return any(self.lines[i].text.startswith(f"{name} ") for name in name_list_line(self.lines[i - 1].text))

    def _filed_from_place(self, i: int) -> bool:
        """Line i is a place in capitals ('NADI', 'PORT MORESBY') right over the story's first
        sentence: where the reporter named above it filed from."""
        line = self.lines[i]
        letters = [c for c in line.text if c.isalpha()]
        return (
            1 <= line.words <= 3
            and bool(letters)
            and all(c.isupper() for c in letters)
            and not line.sentence
            and i + 1 < len(self.lines)
            and self.lines[i + 1].sentence
            and not self._is_meta_line(i + 1)
        )

    def _top_reason(self, i: int) -> str:
        """Why a line above the headline is not story; bylines, date lines and mastheads are noted."""
        line = self.lines[i]
        if i in self.furniture:
            return self.furniture[i]
        if not line.byline and i not in self.split_bylines and (reason := self._outlet_date_line(i)):
            return reason  # "The Sunday Ledger Magazine|June 9, 2024" over the headline: the outlet and the date
        if self._name_over_news_tagline(i):
            self.page.mastheads.append(line.text)
            self.page.tagline_masthead = line.text
            return MASTHEAD  # "Today" / "Curaçao's news, every morning": a site named by a word dates also use
        if line.byline or i in self.split_bylines or line.date_line is not None:
            return self._meta_reason(i) or NAVIGATION
        if self._masthead_variant(i):
            return MASTHEAD  # the outlet is the name beside it, not its translation or the state's formal name
        name = self._publisher_name(i) if not line.menu else ""  # "Press Statement" is a label
        name = name or (line.text if self._name_over_motto(i) or self._name_over_issue_date(i) else "")
        if name:
            self.page.mastheads.append(name)
            return MASTHEAD
        return self._site_tagline(i) or self._plain_byline(i) or NAVIGATION

    def _site_tagline(self, i: int) -> str | None:
        """'From Openwire News, the free news source you can write!' over or under the headline: the site's
        tagline, which names it."""
        match = _FROM_SITE_TAGLINE.match(self.lines[i].text)
        if not match:
            return None
        self.page.mastheads.append(match.group("name"))
        return MASTHEAD

    def _name_over_news_tagline(self, i: int) -> bool:
        """Line i opens the page, a short title-case name with no figure in it, over a short tagline that calls the
        site news ('Today' / 'Curaçao's news, every morning'), then the menu or the headline, on a page dated by
        another line: the site's name, even when it is a word a date line may be ('Today', 'Sunday')."""
        line = self.lines[i]
        j = i + 1
        if i != 0 or j + 1 >= len(self.lines) or self.title is None or line.byline or re.search(r"\d", line.text):
            return False
        tagline = self.lines[j]
        return (
            line.words <= HEADING_NAME_MAX_WORDS
            and _title_case(line.text)
            and not line.sentence
            and tagline.words <= TAGLINE_MAX_WORDS
            and not tagline.sentence
            and tagline.date_line is None
            and re.search(r"['’]s\s+news\b", tagline.text, re.IGNORECASE) is not None
            and (self._menu_entry(j + 1) or self.lines[j + 1] is self.title)
            and any(other.date_line is not None and re.search(r"\d", other.text) for other in self.lines[j + 1 :])
        )

    def _name_over_motto(self, i: int) -> bool:
        """Line i opens the page, a short title-case name, over a longer line that is neither the headline
        nor story and heads the menus above it ('Kettleford Crossing' / 'Notes on the village and its
        river' / … / the date / the headline): a blog's or small site's name over its motto."""
        if i != 0 or self.title is None or len(self.lines) < 3 or self.title.no <= self.lines[2].no:
            return False
        line, motto = self.lines[0], self.lines[1]
        return (
            line.words <= HEADING_NAME_MAX_WORDS
            and _title_case(line.text)
            and not line.sentence
            and motto.words > SHORT_LINE_WORDS
            and motto.headline_shaped
            and not self._is_meta_line(1)
        )

    def _caption_over_byline(self, i: int) -> bool:
        """A short sentence over a photo credit ('(Image: …)', 'Photo: …') with the byline or date still
        to come: a photo's caption in the page header, not the story's first sentence."""
        if self.lines[i].words > CAPTION_MAX_WORDS:
            return False
        if self._credit_next_to(i, 1):
            first = i + 2
        elif self._credit_next_to(i, -1):
            first = i + 1  # the credit over its caption
        else:
            return False
        return any(self._names_or_dates(k) for k in range(first, min(first + HEADER_LOOKAHEAD, len(self.lines))))

    def _is_standfirst(self, i: int) -> bool:
        """A summary sentence under the headline: bylines or dated lines (among widgets and menu
        entries) come next, before any other sentence. A dateline or a line introducing what
        follows ("The Latest (all times EDT):") opens the story instead."""
        text = self.lines[i].text
        if text.endswith(":") or _DATELINE_OPENING.match(text):
            return False
        for j in range(i + 1, min(i + 1 + HEADER_LOOKAHEAD, len(self.lines))):
            line = self.lines[j]
            dated = line.date_line is not None and (line.date_line.published.known or line.date_line.updated.known)
            if line.byline or j in self.split_bylines or dated or plain_byline(line.text):
                return True
            if self._byline_names_above_credit(j):
                return True
            if line.sentence and j not in self.furniture and not self._caption_over_byline(j):
                return False
        return False

    def _credit_next_to(self, i: int, step: int) -> bool:
        j = i + step
        return 0 <= j < len(self.lines) and self.furniture.get(j) == PHOTO_CREDIT

    def _is_caption(self, i: int) -> bool:
        """An unpunctuated short line right above or below a photo credit.

        A line ending like a sentence stays even there: dropping a short story paragraph that
        happens to sit above a credit would cost more than keeping a caption.
        """
        line = self.lines[i]
        beside_credit = self._credit_next_to(i, +1) or self._credit_next_to(i, -1)
        return beside_credit and not line.sentence and line.words <= CAPTION_MAX_WORDS

    def _find_story_start(self, first: int) -> int:
        """The first line shaped like a story paragraph; failing that, the first long line.

        A sentence right under the headline that is followed by the byline or the date line is
        the standfirst: the story starts after them."""
        summary = self._summary_lines(first)
        for i in range(first, len(self.lines)):
            if self.lines[i].sentence and not self._is_meta_line(i) and i not in summary:
                if (i == first and self._is_standfirst(i)) or self._authors_note(i):
                    continue
                if self._caption_over_byline(i):
                    continue
                return self._thread_start(first, i)
        for i in range(first, len(self.lines)):
            if self.lines[i].words > HEADLINE_MAX_WORDS and not self._is_meta_line(i):
                return i
        return len(self.lines)

    def _thread_start(self, first: int, start: int) -> int:
        """A numbered thread's first post when the story would start at its second: "1/ …" over "2/ …". The first
        post is the story's lead even when a timestamp or a count glued to it keeps it from ending like a sentence."""
        second = _THREAD_POST.match(self.lines[start].text)
        if second is None or second.group("number") != "2":
            return start
        for k in range(first, start):
            post = _THREAD_POST.match(self.lines[k].text)
            if post and post.group("number") == "1" and self.lines[k].words > SHORT_LINE_WORDS:
                return k
        return start

    def _summary_lines(self, first: int) -> set[int]:
        """A 'What you need to know:' heading among the first header lines and the lines printed right
        under it (no blank line between): a summary of the story, not the story."""
        found: set[int] = set()
        for i in range(first, min(first + HEADER_LOOKAHEAD, len(self.lines))):
            if not _SUMMARY_HEADING.match(self.lines[i].text):
                continue
            found.add(i)
            j = i + 1
            while j < len(self.lines) and self.lines[j].no == self.lines[j - 1].no + 1 and not self._is_meta_line(j):
                found.add(j)
                j += 1
            if self._lead_under_points(i + 1, j):
                found.discard(j - 1)
            break
        return found

    def _lead_under_points(self, start: int, end: int) -> bool:
        """The last line of a summary block (lines start..end-1) is the story's lead printed right under the
        points: a sentence at least twice as long as every point above it, the block ending at a blank line."""
        if end - start < 2 or end >= len(self.lines) or self.lines[end].no == self.lines[end - 1].no + 1:
            return False
        last = self.lines[end - 1]
        longest_point = max(self.lines[k].words for k in range(start, end - 1))
        return (
            last.sentence and last.words >= SUMMARY_LEAD_MIN_WORDS and last.words >= SUMMARY_LEAD_LENGTH * longest_point
        )

    # --- header and story ---------------------------------------------------------------

    def _meta_reason(self, i: int) -> str | None:
        """Furniture, byline, date line or caption: the reasons that hold in the header and the story."""
        line = self.lines[i]
        if i in self.furniture and not (self.furniture[i] == RELATED_HEADLINES and line.byline):
            return self.furniture[i]  # a credit line run together ("Story by A Video by B…") is a byline
        if self.title is not None and line.text == self.title.text:
            return REPEATED_TITLE
        if line.byline or i in self.split_bylines:
            return self._byline(i, line.byline or self.split_bylines[i])
        if line.date_line is not None:
            self.page.date_lines.append(line.no)
            return DATE_LINE
        if _BYLINE.match(line.text) and byline_date_text(line.text):
            return self._byline(i, [])  # "Written By: Example News Desk … Published on: …": a desk's credit, dated
        if self._is_caption(i):
            return PHOTO_CAPTION
        return None

    def _read_header(self, indexes: range) -> None:
        """Everything between headline and story is furniture; the first long line is the standfirst."""
        for i in indexes:
            reason = (
                self._reporter_with_agencies(i)
                or self._name_outlet_byline(i)
                or self._name_date_byline(i)
                or self._outlet_date_line(i)
                or self._name_line_byline(i)
                or self._byline_continued(i)
                or self._meta_reason(i)
                or self._plain_byline(i)
                or self._site_tagline(i)
            )
            if reason is None and (self._authors_note(i) or helped_by(self.lines[i].text)):
                reason = AUTHOR_NOTE  # "With help from Tom Ruiz" under the byline: no standfirst
            if reason is None and (editors := editor_names(self.lines[i].text)):
                self.page.editors += [n for n in editors if n not in self.page.editors]
                reason = BYLINE
            if reason is None:
                if self.page.standfirst_line is None and self.lines[i].words > SHORT_LINE_WORDS:
                    self.page.standfirst_line = self.lines[i].no
                    reason = STANDFIRST
                else:
                    reason = NAVIGATION if self.lines[i].words <= SHORT_LINE_WORDS else HEADER
            self.reasons[i] = reason

    def _read_story(self, indexes: range) -> None:
        for i in indexes:
            line = self.lines[i]
            # Inside the story a byline or date line must not look like a sentence ("By Tuesday, …"),
            # unless credit words say what it is ("Story by Ann Lee."), or it is only a labelled date ("This report
            # was published on 15 January 2024.")
            labelled_date = line.date_line is not None and line.date_line.published_labelled
            if i in self.furniture or not line.sentence or _CREDIT_OPENING.match(line.text) or labelled_date:
                reason = self._meta_reason(i)
                if reason:
                    self.reasons[i] = reason
        self._mark_press_contacts(indexes)
        self._mark_transcripts(indexes)
        self._mark_after_end_mark(indexes)
        self._mark_comment_threads(indexes)
        self._mark_sign_off(indexes)
        self._mark_letter_signature(indexes)
        self._mark_site_appeals(indexes)
        self._mark_sponsor_messages(indexes)
        self._mark_disclosure(indexes)
        self._mark_comments(indexes)
        self._mark_polls(indexes)
        self._mark_tag_lists(indexes)
        self._mark_captions_over_labelled_credits(indexes)
        self._mark_teasers(indexes)
        self._mark_listed_links(indexes)
        self._mark_pull_quotes(indexes)
        self._mark_closing_bios(indexes)
        listed = self._list_items(indexes)
        self.listed |= listed
        headlines = [
            i
            for i in indexes
            if i not in self.reasons
            and i not in listed
            and (self._is_loose_headline(i) or self.lines[i].numbered_headline)
        ]
        self._mark_closing_outlet_name(headlines)
        self._mark_related_blocks(indexes, headlines)
        self._mark_single_headlines(headlines)
        self._mark_inside_furniture(indexes)
        self._mark_closing_sidebar(indexes)
        self._mark_sign_off(indexes)  # again, the teasers and links under the story now marked: its last lines

    def _mark_press_contacts(self, indexes: range) -> None:
        """Under a press contact's heading ('Media contact:'), its details, one a line with no blank line
        between (an office, the body's name, an address, a number), up to CONTACT_BLOCK_MAX_LINES of them."""
        for i in indexes:
            if self.reasons.get(i) != PRESS_CONTACT:
                continue
            k = i + 1
            while (
                k < indexes.stop
                and k - i <= CONTACT_BLOCK_MAX_LINES
                and self.lines[k].no == self.lines[k - 1].no + 1
                and (k in self.reasons or contact_detail(self.lines[k].text))
            ):
                self.reasons.setdefault(k, PRESS_CONTACT)
                k += 1

    def _mark_transcripts(self, indexes: range) -> None:
        """A broadcaster's transcript under its heading ('Speech to Text for <headline>'): the lines right under
        it, and after a blank line those still in a machine transcript's case (lowercase or capitals); the
        first line in the story's sentence case after a blank line is the page again."""
        start = next((i for i in indexes if self.reasons.get(i) == TRANSCRIPT), None)
        if start is None:
            return
        for k in range(start + 1, indexes.stop):
            adjacent = self.lines[k].no == self.lines[k - 1].no + 1 and self.reasons.get(k - 1) == TRANSCRIPT
            if k in self.reasons or not (adjacent or transcript_case(self.lines[k].text)):
                break
            self.reasons[k] = TRANSCRIPT

    def _mark_after_end_mark(self, indexes: range) -> None:
        """A magazine closes its story with an end mark ('… watched witnesses. ■'): the short lines after the last
        paragraph so closed (the writer's note, a correction's note) are notes, not story, unless a quotation
        or a long paragraph says the story goes on."""
        last = list(indexes)[-SIGN_OFF_SEARCH_LINES:]
        closed = [i for i in last if i not in self.reasons and closed_by_end_mark(self.lines[i].text)]
        if not closed:
            return
        after = [k for k in range(closed[-1] + 1, indexes.stop) if k not in self.reasons]
        if any(self.lines[k].words > END_NOTE_MAX_WORDS or QUOTATION_MARK.search(self.lines[k].text) for k in after):
            return
        for k in after:
            self.reasons[k] = AUTHOR_NOTE

    def _mark_inside_furniture(self, indexes: range) -> None:
        """Lines held inside the page's furniture are furniture: up to PROMPT_BOX_MAX_LINES short lines,
        with no blank line between them and the line above, between two prompts ('Sign up for X' / its
        one-line description / the email field / 'Subscribe'), or between the site's own prompt and the
        page's end ('Subscribe to X' / 'Four issues a year.'); and a one- or two-word link between any two
        lines that are not story ('Email This' / 'BlogThis!' / 'Share to X')."""
        story = [i for i in indexes if i not in self.reasons]
        for i in story:
            if i in self.reasons:
                continue
            run = [i]
            while run[-1] + 1 in story and len(run) <= PROMPT_BOX_MAX_LINES:
                run.append(run[-1] + 1)
            above, below = i - 1, run[-1] + 1
            # the site's own prompt ("Subscribe to X") over the page's last lines: its box runs to the end
            if above not in self.reasons:
                continue
            closing = below == indexes.stop and bool(self_references([self.lines[above].text]))
            if below not in self.reasons and not closing:
                continue
            if len(run) > PROMPT_BOX_MAX_LINES or any(self.lines[k].words > CAPTION_MAX_WORDS for k in run):
                continue
            # a box's lines hang together under its heading; a story paragraph comes after a blank line
            if any(self.lines[k].no != self.lines[k - 1].no + 1 for k in run):
                continue
            if self.reasons[above] == PROMPT and (closing or self.reasons[below] == PROMPT):
                self.reasons.update({k: PROMPT for k in run})
            elif len(run) == 1 and self.lines[i].words <= 2 and not self.lines[i].text.endswith("."):
                self.reasons[i] = NAVIGATION

    def _mark_closing_sidebar(self, indexes: range) -> None:
        """A box printed after the story ('In numbers' over its figures, 'What they said' over a quotation): a
        quotation held with no blank line under a short heading cut as furniture, that heading under more
        furniture after the story (or right under the story, holding two quotations or more, 'Voices from the
        market'), and nothing but furniture below. Its quotations are the box's, not the story's. A story paragraph
        after a related list or an advert comes after a blank line, or with story below it, and a list's own
        heading ('Related', 'Trending now') is followed by headlines, not by quotations."""
        kept = [i for i in indexes if i not in self.reasons]
        for i in kept[1:]:
            above = i - 1
            if self.reasons.get(above) in (None, RELATED_LINK, NAVIGATION) or self.reasons[above] in _INSIDE_STORY:
                continue
            heading = self.lines[above]
            if heading.no != self.lines[i].no - 1 or not heading.headline_shaped:
                continue
            if heading.words > SIDEBAR_HEADING_MAX_WORDS:
                continue
            box = [i]
            while box[-1] + 1 < indexes.stop and box[-1] + 1 not in self.reasons:
                if self.lines[box[-1] + 1].no != self.lines[box[-1]].no + 1:
                    break
                box.append(box[-1] + 1)
            if any(k not in self.reasons for k in range(box[-1] + 1, indexes.stop)):
                continue  # the story goes on below
            if not all(QUOTATION_MARK.search(self.lines[k].text) for k in box):
                continue
            story = kept[: kept.index(i)]
            run = range(story[-1] + 1, above)  # the furniture between the story and the heading
            if any(self.reasons.get(k) in (RELATED_LINK, NAVIGATION) for k in run):
                continue  # a related list's headlines, then the story's last paragraph
            # right under the story, a heading over two quotations or more held together ('Voices from the
            # market'), where the story's paragraphs stand apart: a crosshead's paragraph would stand apart too
            if not run and (len(box) < 2 or not self._paragraphs_apart([*story, above])):
                continue
            for k in box:
                self.reasons[k] = SIDEBAR

    def _paragraphs_apart(self, story: list[int]) -> bool:
        """The page sets its story's lines apart with blank lines: most of them, and the last two, stand apart."""
        gaps = [self.lines[b].no > self.lines[a].no + 1 for a, b in itertools.pairwise(story)]
        return bool(gaps) and gaps[-1] and 2 * sum(gaps) > len(gaps)

    def _mark_site_appeals(self, indexes: range) -> None:
        """'Join Northern Fold from £3 a month.', 'Northern Fold is a co-operative owned by its members.',
        'Get Example Beat in your inbox': the site speaking of itself among the story's lines, where the
        name is the site's (its masthead, its domain, or named so twice): furniture, not story."""
        references = self._self_references
        last_story_line = max((i for i in indexes if i not in self.reasons), default=None)
        for i in indexes:
            if i in self.reasons:
                continue
            if i == last_story_line and _SUBSCRIBE_TO_SITE.match(self.lines[i].text):
                self.reasons[i] = PROMPT  # "Subscribe to X for full access …" closing the story: the site's appeal
                continue
            named = self_references([self.lines[i].text])
            if not named or _COPYRIGHT_NOTICE.match(self.lines[i].text):
                continue
            name = named[0]
            if tagline_name(self.lines[i].text) and i >= indexes.stop - SIGN_OFF_SEARCH_LINES:
                self.reasons[i] = PROMPT  # the site's tagline under the story names it by itself
            elif (
                any(names_the_site(masthead, [name], self._domains) for masthead in self.page.mastheads)
                or _compact(name) in self._domains
                or sum(_compact(ref) == _compact(name) for ref in references) >= 2
            ):
                self.reasons[i] = PROMPT

    def _mark_sign_off(self, indexes: range) -> None:
        """'— Ann Lee, The Example Courier' among the last lines of the story: the byline, at the end. The last lines
        still read as story are looked at, whatever footer of links the page has under them."""
        for i in [k for k in indexes if k not in self.reasons][-SIGN_OFF_SEARCH_LINES:]:
            if name := follow_sign_off(self.lines[i].text):
                # "Follow Ann Lee on Twitter": names the author, and stays (it reads as the story's last line)
                if name not in self.page.follow_authors:
                    self.page.follow_authors.append(name)
                continue
            text = self.lines[i].text
            if _FOLLOW_ANY.match(text):
                self.reasons[i] = PROMPT  # "Follow Example News on Facebook"
                continue
            if (_CONTRIBUTED.match(text) or _CONTACT.search(text) or helped_by(text)) and word_count(
                text
            ) <= 2 * CAPTION_MAX_WORDS:
                self.reasons[i] = AUTHOR_NOTE  # "Tom Ruiz in Paris contributed to this report."
                continue
            if text in self.page.authors or _first_name_bio(text, self.page.authors):
                self.reasons[i] = AUTHOR_NOTE  # the author's box: "Ann Lee" / "Ann is a reporter covering …"
                continue
            if _REPORTED_FROM.match(self.lines[i].text) and any(
                self.lines[i].text.startswith(name) for name in self.page.authors
            ):
                self.reasons[i] = BYLINE  # "Ann Lee reported from Kyiv, and Tom Ruiz from Washington."
                continue
            if _WRITER_NOTE.match(text) and word_count(text) <= 2 * CAPTION_MAX_WORDS:
                self.reasons[i] = AUTHOR_NOTE
                continue
            # the byline closes the story (it is not the header's): a short line after it is the author's bio
            closing_bio = i == indexes.stop - 1 and i - 1 > indexes.start and self.reasons.get(i - 1) == BYLINE
            if closing_bio and self.lines[i].words <= CAPTION_MAX_WORDS:
                self.reasons[i] = AUTHOR_NOTE  # "Written by Ann Lee" / "Energy writer. Small towns, big grids."
                continue
            if _AUTHOR_BIO.match(self.lines[i].text) and any(
                self.lines[i].text.startswith(f"{name} ") for name in self.page.authors
            ):
                self.reasons[i] = AUTHOR_NOTE  # "Ann Lee is a staff writer at The Example Review."
                continue
            names, outlet = sign_off(self.lines[i].text)
            if names:
                self.reasons[i] = self._byline(i, names)
                self.page.sign_off_outlet = self.page.sign_off_outlet or outlet

    def _mark_letter_signature(self, indexes: range) -> None:
        """A letter to the editor ('Dear Editor,' over the story) is signed: the first line of only a name
        under the letter's last paragraph is its writer, and short lines under it (a town) go with it."""
        story = [i for i in indexes if i not in self.reasons]
        # the salutation opens the story, or closes the header right over it
        if not story or not any(_SALUTATION.match(self.lines[k].text) for k in (story[0] - 1, story[0]) if k >= 0):
            return
        last_paragraph = max((i for i in story if self.lines[i].sentence), default=story[0])
        for i in [i for i in story if i > last_paragraph][:SIGN_OFF_SEARCH_LINES]:
            name = person_name_line(self.lines[i].text)
            if not name:
                continue
            self.reasons[i] = self._byline(i, [name])
            for k in range(i + 1, min(i + 3, indexes.stop)):
                if k in self.reasons or self.lines[k].sentence or self.lines[k].words > HEADING_NAME_MAX_WORDS:
                    break
                self.reasons[k] = AUTHOR_NOTE  # "Belmont Heights": where the writer lives
            return

    def _mark_polls(self, indexes: range) -> None:
        """A question with no quotation ('POLL: Should the fee double?') over two to POLL_MAX_ANSWERS short answers
        ('Yes', 'No', 'Not sure') and a vote button ('Vote', 'View results'), one a line with no blank line between:
        a readers' poll set inside the story, not story. A question the story asks is followed by its answer in
        sentences, never by a button."""
        for i in indexes:
            line = self.lines[i]
            if i in self.reasons or not line.text.endswith("?") or QUOTATION_MARK.search(line.text):
                continue
            if line.words > HEADLINE_MAX_WORDS:
                continue
            k = i + 1
            while k < indexes.stop and self.lines[k].no == self.lines[k - 1].no + 1 and k - i <= POLL_MAX_ANSWERS:
                if _VOTE_BUTTON.match(self.lines[k].text):
                    break
                if self.lines[k].words > POLL_ANSWER_MAX_WORDS or ends_sentence(self.lines[k].text):
                    k = indexes.stop
                    break
                k += 1
            if k >= indexes.stop or not _VOTE_BUTTON.match(self.lines[k].text) or k - i - 1 < 2:
                continue
            buttons = k
            while buttons + 1 < indexes.stop and self.lines[buttons + 1].no == self.lines[buttons].no + 1:
                if not _VOTE_BUTTON.match(self.lines[buttons + 1].text):
                    break
                buttons += 1
            self.reasons.update({j: POLL for j in range(i, buttons + 1)})

    def _mark_captions_over_labelled_credits(self, indexes: range) -> None:
        """A short finished sentence with no quotation right over a credit line led by its label ('Image: Ann Lee /
        Example News', 'Photo: Ann Lee'), story and not another caption under that credit: the photo's caption,
        which names what the picture shows and is printed over the credit. (A credit printed first has its caption
        under it, so a short line there leaves the line over the credit in the story.)"""
        for i in list(indexes)[1:]:
            j = i + 1
            if i in self.reasons or j >= indexes.stop or self.furniture.get(j) != PHOTO_CREDIT:
                continue
            line = self.lines[i]
            if not _LABELLED_PHOTO_CREDIT.match(self.lines[j].text) or line.words > CAPTION_MAX_WORDS:
                continue
            if not line.text.endswith(".") or re.search(r"[\"“”‘’]", line.text):
                continue
            if j + 1 >= indexes.stop or self.lines[j + 1].words > CAPTION_MAX_WORDS:
                self.reasons[i] = PHOTO_CAPTION

    def _mark_tag_lists(self, indexes: range) -> None:
        """Under a 'Tags' or 'Topics' heading after the story, the tags one a line (a word or a few, no sentence, no
        blank line between): the site's tags, not story."""
        for i in indexes:
            if self.reasons.get(i) != NAVIGATION or not _TAGS_HEADING.match(self.lines[i].text):
                continue
            k = i + 1
            while (
                k < indexes.stop
                and k not in self.reasons
                and self.lines[k].no == self.lines[k - 1].no + 1
                and not self.lines[k].sentence
                and self.lines[k].words <= TAG_MAX_WORDS
            ):
                self.reasons[k] = TAXONOMY
                k += 1

    def _mark_comments(self, indexes: range) -> None:
        """A comments heading ('12 comments', 'Sign in to comment') after the story: the lines from
        there to the end are readers' comments, quotations in them included."""
        start = next(
            (
                i
                for i in list(indexes)[1:]
                # "Comments (2)" is also read as the site's comments link: under the story it heads the comments
                if self.reasons.get(i) in (None, NAVIGATION) and _COMMENTS_HEADING.match(self.lines[i].text)
            ),
            None,
        )
        if start is None:
            return
        for i in range(start, indexes.stop):
            self.reasons.setdefault(i, READERS_COMMENTS)
        # a comment's time stamp ('March 18, 2025 at 7:12 AM') dates the comment, not the story
        comments = {self.lines[i].no for i in range(start, indexes.stop)}
        self.page.date_lines = [no for no in self.page.date_lines if no not in comments]

    def _mark_comment_threads(self, indexes: range) -> None:
        """Readers' comments under the story, to the page's end: from a heading counting them ('2 Responses',
        '3 thoughts on “…”', 'Comments 86') over what readers wrote, or from the first comment (a commenter's
        name or handle over its time stamp, with a 'Reply' link under it: see _first_comment) and the section's
        heading or the site's disclaimer right over it. The quotations in them are the readers', not the story's."""
        story = list(indexes)[1:]
        starts = [i for i in story if counted_comments_heading(self.lines[i].text) and self._heads_comments(i)][:1]
        first = self._first_comment(indexes)
        if first is not None:
            above = first
            for k in range(first - 1, max(indexes.start, first - COMMENT_HEADING_LINES - 1), -1):
                text = self.lines[k].text
                if not (comments_section_heading(text) or comments_disclaimer(text)):
                    break
                above = k
            starts.append(above)
        if not starts:
            return
        start = min(starts)
        for i in range(start, indexes.stop):
            self.reasons.setdefault(i, READERS_COMMENTS)
        comments = {self.lines[i].no for i in range(start, indexes.stop)}  # their time stamps date no story
        self.page.date_lines = [no for no in self.page.date_lines if no not in comments]

    def _heads_comments(self, i: int) -> bool:
        """A comment count ('14 Comments') heads the comments when what follows it is theirs: the section's name,
        the site's disclaimer, their order, a commenter; a count beside the byline sits over story."""
        if i + 1 >= len(self.lines):
            return False
        below = self.lines[i + 1].text
        return (
            comments_section_heading(below)
            or comments_disclaimer(below)
            or comment_order(below)
            or commenter_line(below)
        )

    def _first_comment(self, indexes: range) -> int | None:
        """The first line signing a comment: a name or handle over a time stamp, with the comment's links
        ('Reply', 'Report') within a few lines under it, or under a comments heading with another signed comment
        there; or, with no time stamp, a blog's 'Name says:' with the comment's links under it."""

        def signed(i: int) -> bool:
            if i + 1 >= indexes.stop or not commenter_line(self.lines[i].text):
                return False
            stamp = self.lines[i + 1].date_line  # a day or "2 hours ago": a live page's "2:10 p.m.:" is no comment's
            return (
                stamp is not None
                and (stamp.published.known or stamp.updated.known or bool(stamp.published_relative))
                and self.lines[i + 1].words <= CAPTION_MAX_WORDS
            )

        for i in indexes:
            below = range(i + 2, min(i + 2 + COMMENT_LOOKAHEAD, indexes.stop))
            # a live page's entries are signed and timed too, but no 'Reply' follows them and no comments heading
            # is over them
            headed = i - 1 >= indexes.start and comments_section_heading(self.lines[i - 1].text)
            if signed(i) and any(comment_action(self.lines[k].text) or (headed and signed(k)) for k in below):
                return i
            says = _COMMENTER_SAYS.search(self.lines[i].text) and commenter_line(self.lines[i].text)
            if says and any(comment_action(self.lines[k].text) for k in range(i + 1, below.stop)):
                return i
        return None

    def _mark_closing_bios(self, indexes: range) -> None:
        """The writer's bio among the last lines ('Claire Thibodeau reports on health …', 'RUTH SZYMANSKI' over
        'Ruth Szymanski has covered the legislature …'): a journalist's note opening with a name that is the
        page's author, or that a line of only that name heads, or that the story never mentions and no story
        line follows. A reporter the story is about ('Mark Chen is a reporter … who was detained') is named
        in it, and stays."""
        # the last lines still read as story or notes: a long footer of links under the bio does not hide it
        last = [i for i in indexes if self.reasons.get(i) in (None, AUTHOR_NOTE)][-2 * SIGN_OFF_SEARCH_LINES :]
        authors = {a.casefold() for a in self.page.authors}
        for i in last:
            name = journalist_bio_name(self.lines[i].text)
            if not name:
                continue
            headed = i - 1 >= indexes.start and name_alone(self.lines[i - 1].text, name)
            surname = name.split()[-1]
            mentioned = any(
                surname in self.lines[k].text
                for k in indexes
                if k != i and k not in self.reasons and not (headed and k == i - 1)
            )
            last_words = all(k in self.reasons or self.lines[k].words <= SHORT_LINE_WORDS for k in indexes if k > i)
            if name.casefold() in authors or headed or (not mentioned and last_words):
                self.reasons[i] = AUTHOR_NOTE
                if name not in self.page.bio_authors:
                    self.page.bio_authors.append(_tidy_name(name))
                if headed:
                    self.reasons[i - 1] = AUTHOR_NOTE
        # "DELPHINE MARCHBANKS" over her note (already read as one): the note's heading
        for i in last:
            if i in self.reasons or i + 1 >= indexes.stop or self.reasons.get(i + 1) != AUTHOR_NOTE:
                continue
            if any(name_alone(self.lines[i].text, author) for author in self.page.authors):
                self.reasons[i] = AUTHOR_NOTE

    def _mark_sponsor_messages(self, indexes: range) -> None:
        """'A message from Example Mutual:' and the sponsor's lines right under it (no blank line between), or
        'Presented by Example Bank' alone: an advertisement among the story's lines."""
        for i in indexes:
            if i in self.reasons or not sponsor_credit(self.lines[i].text):
                continue
            self.reasons[i] = ADVERTISEMENT
            if not self.lines[i].text.rstrip().endswith(":"):
                continue
            k = i + 1
            while k < indexes.stop and k - i <= PROMPT_BOX_MAX_LINES and self.lines[k].no == self.lines[k - 1].no + 1:
                self.reasons.setdefault(k, ADVERTISEMENT)
                k += 1

    def _mark_disclosure(self, indexes: range) -> None:
        """A 'Disclosure statement' heading among the last lines, and the funding and partner notes
        under it, close a commentary page: none of it is story."""
        last = list(indexes)[-2 * SIGN_OFF_SEARCH_LINES :]
        start = next(
            (
                i
                for i in last
                if (self.reasons.get(i) in (None, AUTHOR_NOTE) and _DISCLOSURE_HEADING.match(self.lines[i].text))
                or _RELEASE_END.match(self.lines[i].text)  # "ENDS": the notes, contacts and boilerplate follow
            ),
            None,
        )
        if start is None:
            return
        for i in range(start, indexes.stop):
            self.reasons.setdefault(i, AUTHOR_NOTE)

    def _mark_pull_quotes(self, indexes: range) -> None:
        """A line that is only a quotation already printed in another paragraph is a pull quote
        (or a sidebar repeating it): its words stay once, in the paragraph they came from."""
        candidates = {}
        for i in indexes:
            match = _PULL_QUOTE.match(self.lines[i].text)
            if match and i not in self.reasons and PULL_QUOTE_MIN_WORDS <= word_count(match.group("words")) <= 20:
                candidates[i] = fold_quotes(match.group("words")).strip(" ,.").lower()
        if not candidates:
            return
        for i, words in candidates.items():
            others = [fold_quotes(self.lines[j].text).lower() for j in indexes if j != i and j not in candidates]
            if any(words in other or _shortened_from(words, other) for other in others):
                self.reasons[i] = PULL_QUOTE

    def _mark_teasers(self, indexes: range) -> None:
        """Under a 'Related'/'Read next' heading, linked headlines each followed by a one-sentence
        summary: the pairs are links, not story. Two such headlines, or one that runs to the end of
        the page, are needed (a subheading with its paragraph looks like one pair)."""
        for i in indexes:
            if self.furniture.get(i) not in {RELATED_LINK, NAVIGATION} or self.lines[i].words > SHORT_LINE_WORDS:
                continue
            teasers, j = [], i + 1
            headlines = 0
            summaries: list[int] = []
            while j < indexes.stop:
                line = self.lines[j]
                if (line.headline_shaped or labelled_link(line.text)) and j not in self.furniture:
                    headlines += 1
                    teasers.append(j)
                    j += 1
                    summary = self.lines[j] if j < indexes.stop else None
                    summarises = summary is not None and not labelled_link(summary.text)  # a labelled link is the next
                    if summarises and summary.sentence and summary.words <= TEASER_SUMMARY_MAX_WORDS:
                        teasers.append(j)
                        summaries.append(j)
                        j += 1
                    continue
                break
            # a list of bare headlines has no summaries: a sentence after its last one, with more of the story's
            # sentences under it, is the story going on ('Trending now' / two headlines / the next paragraphs)
            if headlines >= 2 and summaries == [teasers[-1]] and self._story_sentence(j):
                teasers.pop()
            if headlines >= 2 or (headlines == 1 and j == indexes.stop):
                for k in teasers:
                    self.reasons.setdefault(k, RELATED_HEADLINES)

    def _story_sentence(self, i: int) -> bool:
        """Line i reads as a story paragraph: a sentence no rule reads as furniture."""
        return i < len(self.lines) and i not in self.furniture and i not in self.reasons and self.lines[i].sentence

    def _mark_closing_teaser(self) -> None:
        """The page's last line, one sentence right under a linked headline that follows other lines cut
        after the story ('… Disable advertisements' / next story's headline / its summary): the summary."""
        last = len(self.lines) - 1
        if last < 2 or last in self.reasons or self.lines[last].no in self.keep_lines:
            return
        line = self.lines[last]
        if not line.sentence or line.words > TEASER_SUMMARY_MAX_WORDS:
            return
        if self.reasons.get(last - 1) == RELATED_HEADLINES and (last - 2) in self.reasons:
            self.reasons[last] = RELATED_HEADLINES

    def _mark_listed_links(self, indexes: range) -> None:
        """Bulleted or numbered headlines right under a 'Related'/'Most Read' heading are its links ('• Letters:
        Keep the ferry.' too: a label leads a link however it ends)."""
        under_heading = roundup = False
        for i in indexes:
            line = self.lines[i]
            if self.furniture.get(i) in {RELATED_LINK, NAVIGATION}:
                under_heading, roundup = True, bool(_ROUNDUP_HEADING.match(line.text))
                continue
            listed = line.bulleted_headline or line.numbered_headline or self._listed_labelled_link(line.text)
            listed = listed or (roundup and _BULLET.match(line.text) is not None)  # a round-up's items: other news
            if under_heading and listed and i not in self.reasons:
                self.reasons[i] = RELATED_HEADLINES
                continue
            under_heading = False

    @staticmethod
    def _listed_labelled_link(text: str) -> bool:
        """'• Letters: Keep the ferry.', '2. Opinion: Who speaks for the villages?': a labelled link in a list."""
        match = _BULLET.match(text) or _NUMBERED.match(text)
        return bool(match) and labelled_link(text[match.end() :])

    def _list_items(self, indexes: range) -> set[int]:
        """Unpunctuated lines straight after a story line ending in ":" are the list it introduces."""
        items: set[int] = set()
        introducing = False
        for i in indexes:
            line = self.lines[i]
            if introducing and (line.headline_shaped or line.numbered_headline) and i not in self.reasons:
                items.add(i)
                continue
            introducing = i not in self.reasons and line.text.endswith(":")
        return items

    def _is_loose_headline(self, i: int) -> bool:
        """Headline-shaped and not the first half of a sentence wrapped onto the next line."""
        line = self.lines[i]
        if not line.headline_shaped:
            return False
        following = self.lines[i + 1] if i + 1 < len(self.lines) else None
        wrapped = following is not None and following.no == line.no + 1 and starts_lowercase(following.text)
        return not wrapped

    def _mark_closing_outlet_name(self, headlines: list[int]) -> None:
        """A page that ends with a short capitalised line seen more than once ends with its outlet's name."""
        last = len(self.lines) - 1
        if last not in headlines:
            return
        name = self.lines[last].text
        copies = [i for i in headlines if self.lines[i].text == name]
        if len(copies) >= 2 and self.lines[last].words <= SHORT_LINE_WORDS and capitalised_share(name) == 1.0:
            for i in copies:
                self.reasons[i] = OUTLET_NAME

    def _mark_related_blocks(self, indexes: range, headlines: list[int]) -> None:
        """Runs of headline-shaped lines (furniture between them allowed) are blocks of related links.

        A short sentence between two such runs (a photo caption of a linked story) joins them.
        """
        loose = set(headlines) - set(self.reasons)
        for run in self._merge_across_captions(self._runs(indexes, loose)):
            if run.loose < RELATED_RUN_MIN:
                continue
            for i in run.lines:
                if i not in self.reasons:
                    self.reasons[i] = RELATED_HEADLINES

    def _runs(self, indexes: range, loose: set[int]) -> list[_Run]:
        """Maximal stretches of headline-shaped or furniture lines, split by story lines."""
        runs: list[_Run] = []
        previous = None
        for i in indexes:
            if i in loose or i in self.reasons:
                if not (runs and runs[-1].lines[-1] == previous):
                    runs.append(_Run([]))
                runs[-1].lines.append(i)
                runs[-1].loose += i in loose
            previous = i
        return runs

    def _merge_across_captions(self, runs: list[_Run]) -> list[_Run]:
        merged: list[_Run] = []
        for run in runs:
            if merged:
                gap = range(merged[-1].lines[-1] + 1, run.lines[0])
                if (
                    len(gap) == 1
                    and self.lines[gap[0]].words <= ABSORBED_CAPTION_MAX_WORDS
                    and merged[-1].loose >= 2
                    and run.loose >= 2
                ):
                    # The absorbed caption is a story line, never a loose one: the counts just add.
                    merged[-1].lines += [gap[0], *run.lines]
                    merged[-1].loose += run.loose
                    continue
            merged.append(run)
        return merged

    def _mark_single_headlines(self, headlines: list[int]) -> None:
        """What is left: a repeated label, a menu entry, or an embedded video or link title.

        A lone line in capitals among story paragraphs is a section subheading, and stays.
        """
        copies = Counter(line.text for line in self.lines)
        for i in headlines:
            line = self.lines[i]
            if i in self.reasons or line.all_capitals:
                continue
            if copies[line.text] > 1:
                self.reasons[i] = REPEATED
            elif line.words <= 3:
                self.reasons[i] = NAVIGATION
            else:
                self.reasons[i] = EMBEDDED_HEADLINE

    # --- the story's end, by the learned weights ---------------------------------------------

    def page_end_view(self, title: int | None) -> tuple[list[str], list[str], list[int], str]:
        """What the page-end weights read (story_end.py): every line's text, what the rules made of it (kept,
        cut as furniture a story carries inside it, cut as other furniture: the headline too), the lines they
        keep in the body, and the headline ('' when none)."""
        texts = [line.text for line in self.lines]
        cut = [
            KEPT
            if (i not in self.reasons or line.no in self.keep_lines) and i != title
            else INSIDE
            if self.reasons.get(i) in _INSIDE_STORY
            else OUTSIDE
            for i, line in enumerate(self.lines)
        ]
        kept = [i for i, kind in enumerate(cut) if kind == KEPT]
        return texts, cut, kept, self.title.text if self.title is not None else ""

    def _mark_page_end_by_weights(self, title: int | None) -> None:
        """The kept lines at the page's end whose traits the page-end weights call furniture (story_end.py), up
        to the first the rules call story: an item of a list a story line introduces, a line an editor restored."""
        restored = {i for i, line in enumerate(self.lines) if line.no in self.keep_lines}
        for i in lines_to_cut(*self.page_end_view(title), ruled_story=frozenset(self.listed | restored)):
            self.reasons[i] = LEARNED_PAGE_END

    # --- result ---------------------------------------------------------------------------

    def _write_result(self, title: int | None) -> None:
        """Body from the kept lines (a line wrapped mid-sentence joins the one before), removed lines with reasons."""
        paragraphs: list[list[str]] = []  # each paragraph's lines, joined once at the end (linear in the page)
        previous: _Line | None = None
        cut = {r.line_no for r in self.page.removed}  # lines a sign-off was cut from (few, at the page's end)
        for i, line in enumerate(self.lines):
            if i in self.reasons and line.no not in self.keep_lines:
                if line.no in cut:  # the whole line goes: the sign-off cut from it is no longer listed on its own
                    self.page.removed = [r for r in self.page.removed if r.line_no != line.no]
                self.page.removed.append(RemovedLine(line.no, self.page.raw_lines[line.no], self.reasons[i]))
                continue
            if i == title:
                continue
            continues = (
                previous is not None
                and line.no == previous.no + 1
                and starts_lowercase(line.text)
                and not ends_sentence(previous.text)
            )
            if continues:
                paragraphs[-1].append(line.text)
            else:
                paragraphs.append([line.text])
            previous = line
        self.page.body = join_paragraphs([" ".join(lines) for lines in paragraphs])


def headline_candidates(raw_text: str) -> tuple[list[tuple[str, dict[str, float]]], int | None]:
    """Each line the page's headline could be, with its traits (headlines.TRAITS), and which of them the
    page-start rules choose: what the headline weights are learned and checked on."""
    reader = _Reader(raw_text)
    candidates = reader._title_candidates()
    ruled = reader._title_by_rules()
    texts = [reader.lines[i].text for i in candidates]
    ruled_index = candidates.index(ruled) if ruled in candidates else None
    return list(zip(texts, reader._headline_traits(candidates), strict=True)), ruled_index


def page_end_lines(raw_text: str) -> tuple[list[str], list[str], list[int], str]:
    """The page's lines as the page-end rules alone leave them (_Reader.page_end_view): what the page-end
    weights are learned and checked on."""
    reader = _Reader(raw_text, weigh_page_end=False)
    reader.read()
    title = next((i for i, line in enumerate(reader.lines) if line.no == reader.page.title_line), None)
    return reader.page_end_view(title)


def clean_page(raw_text: str, keep_lines: frozenset[int] = frozenset()) -> CleanedPage:
    """Split a raw page into its headline, its story paragraphs and the lines removed as noise.

    keep_lines: raw line numbers an editor restored; they stay in the body.
    """
    return _Reader(raw_text, keep_lines).read()
