"""Regexes, word lists and limits shared by the line readers and the reader's stages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from articles.ingest.cleaning.reasons import (
    ADVERTISEMENT,
    AUTHOR_NOTE,
    NAVIGATION,
    NOTICE,
    PROMPT,
    RELATED_LINK,
    WIDGET,
)
from articles.ingest.dates import MONTHS, WEEKDAYS, DateLine, parse_date_line
from articles.ingest.text import (
    capitalised_share,
)

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
    # a reader's button or a player's link where the byline goes ("Read Later", "Live Stream", "Newscast Archive")
    "author", "authors", "later", "bookmark", "bookmarks", "stream", "livestream", "archive", "archives",
    "newsletter", "login", "logout",
} | set(MONTHS) | set(WEEKDAYS)  # fmt: skip


# The word that closes a role written before a name ("By state political reporter Ann Lee").
_ROLE_NOUNS = {
    "correspondent", "editor", "reporter", "writer", "contributor", "journalist", "columnist", "producer",
    "analyst",
}  # fmt: skip


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


# The lower-case words inside a body's name ("Department for Example Affairs", "Bank of Example").
_BODY_NAME_WORDS = {"for", "of", "and", "the", "on", "in", "&", "de", "du", "la"}


def _is_latin(char: str) -> bool:
    """A letter of the Latin script, accents included ('é', 'ş', 'ệ')."""
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


@lru_cache(maxsize=_READINGS_CACHED)
def _date_line_of(text: str) -> DateLine | None:
    return parse_date_line(text)  # DateLine is frozen: sharing one is safe
