"""What a site prints after the story: how to tell its notes and its readers' comments from story lines.

Sites close a story with lines about the page itself rather than about the news: the page's
categories and tags, whether readers may comment, the readers' comments and what the site says
of them, the terms on which others may republish the story, the network the site belongs to and
whom to ask about it, the author's bio, where the story appeared in print, and (a news agency)
that the site carries only part of what its subscribers receive. Each rule here reads what such
a line is about (its subject is this story, this page, this site, its comments or its readers;
its verb is in the present tense or the imperative; it reports nobody's words) rather than one
site's wording, so a story sentence that mentions comments, subscribers or republishing ("The
council received 612 comments on the plan", "…said it would not republish the figures") stays.

Plain string functions, used by `cleaning` (which decides where each applies on a page).
"""

from __future__ import annotations

import re

from articles.ingest.text import EMAIL_ADDRESS, QUOTATION_MARK, ends_sentence, normalise_whitespace, word_count

# A line that reports someone's words is story, whatever it is about.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|wrote|argued|added|stated)\b", re.IGNORECASE)


def _reports_or_quotes(text: str) -> bool:
    return bool(_REPORTED.search(text) or QUOTATION_MARK.search(text))


# --- categories and tags -------------------------------------------------------------------

# "Categories: Politics, Europe", "Filed Under: Schools", "Tagged With: budget, teachers", "Posted in: City Hall",
# "Keywords: rail, Black Sea", "Related topics: Oman, solar", "Labels: health": the page's place in the site.
_TAXONOMY_LABEL = re.compile(
    r"^(?:categor(?:y|ies)|tags?|tagged(?: with| as| in| under)?|filed (?:under|in)|posted (?:in|under)|topics?"
    r"|key ?words?|labels?|related (?:topics|tags|subjects)|themes?|sections?)"
    r"(?P<colon>\s*:)?\s+(?P<items>\S.*)$",
    re.IGNORECASE,
)
_ITEM_SEPARATORS = re.compile(r"\s*[,;|•·/]\s*")
TAXONOMY_ITEM_MAX_WORDS = 5  # "Maple Fork schools", "Central Visayas": a term, not a clause
TAXONOMY_MAX_ITEMS = 15


def taxonomy_line(text: str) -> bool:
    """'Categories: Politics, Society', 'Filed Under: Schools, Town Hall', 'Tagged With: four-day week, teachers':
    the page's categories or tags, a list of short terms after the label. Without a colon the list must be one
    ('Posted in Politics, Transportation'), and no term may run on like a clause: 'Filed under seal, the
    documents show …' and 'Posted in a video on Tuesday, the message …' are story."""
    text = normalise_whitespace(text)
    match = _TAXONOMY_LABEL.match(text)
    if not match or _reports_or_quotes(text):
        return False
    items = [item for item in _ITEM_SEPARATORS.split(match.group("items").rstrip(" .")) if item]
    if not items or len(items) > TAXONOMY_MAX_ITEMS:
        return False
    if any(word_count(item) > TAXONOMY_ITEM_MAX_WORDS or ends_sentence(item) for item in items):
        return False
    if match.group("colon"):
        return True
    # no colon: a list of terms, each capitalised or the list of several ("Posted in Local News, Politics")
    return len(items) >= 2 and all(item[0].isupper() or item[0].isdigit() for item in items)


# --- readers' comments ---------------------------------------------------------------------

# "Comments are closed.", "Commenting on this article has now closed.", "Comments for this post are now
# closed.", "Commenting has been disabled for this article.", "This discussion is now closed.": the page's comment box.
_THIS_PAGE = r"(?:this|the) (?:story|article|post|page|piece|entry|report|thread|blog post)"
_COMMENTS_CLOSED = re.compile(
    r"^(?:(?:the |this )?(?:comments?|commenting|comment (?:section|thread|box)|comments section|discussion"
    r"|conversation|thread)(?: (?:on|for|to|under|of) " + _THIS_PAGE + r")?"
    r"\s+(?:is|are|has|have)?\s*(?:been\s+)?(?:now\s+)?(?:closed|disabled|turned off|switched off|unavailable"
    r"|not available|not enabled|not open|suspended|no longer (?:open|available|accepted))"
    r"|(?:we have|we've) (?:closed|disabled|turned off) (?:the )?comments)"
    r"(?: (?:for|on|to) " + _THIS_PAGE + r")?(?: at this time)?\s*[.!]?$",
    re.IGNORECASE,
)


def comments_closed(text: str) -> bool:
    """A note that readers can no longer comment on this page ('Comments are closed.', 'This discussion is
    now closed.'); 'Comments on the draft rule closed on Friday.' (someone else's comments) is story."""
    return bool(_COMMENTS_CLOSED.match(normalise_whitespace(text)))


# What readers post is about the story; what the site says of it disclaims it: "The comments posted by
# readers … do not necessarily reflect the views of X", "… are those of our readers and not of X",
# "X does not endorse them", "X is not responsible for the views of readers posted below".
_ABOUT_COMMENTS = re.compile(r"\b(?:comments?|commenters?|readers?|readers'|users'?)\b", re.IGNORECASE)
_DISCLAIMS = re.compile(
    r"\b(?:(?:do|does|did) not (?:necessarily )?(?:reflect|represent|endorse)|not (?:necessarily )?(?:those|the views"
    r"|the opinions?|the position) of|(?:are|is) (?:solely )?(?:their|the (?:commenters?|authors?|writers?)['’]?s?)"
    r" own|(?:are|is) those of (?:our|the|its) (?:readers|commenters|users|authors)|(?:are|is) not responsible for"
    r"|(?:sole|own) responsibility|not liable for|reflect (?:only )?(?:their|the commenters['’]?) own)",
    re.IGNORECASE,
)
COMMENTS_DISCLAIMER_MAX_WORDS = 60


# "Example School District does not discriminate on the basis of race, color, …": an institution's equal
# opportunity notice in its footer.
_NON_DISCRIMINATION = re.compile(
    r"^(?:the\s+)?[A-Z][\w.&'’ -]{1,80}?\s+(?:does|do|shall|will) not discriminate\b.*"
    r"\b(?:on the basis of|based on|because of|in (?:admission|employment))\b",
)
NON_DISCRIMINATION_MAX_WORDS = 80


def non_discrimination_notice(text: str) -> bool:
    """'Example Unified School District does not discriminate on the basis of race, color, …': the body's
    notice under its page. A story reports such a pledge ('The district does not discriminate, the
    superintendent said.') with a speaker."""
    text = normalise_whitespace(text)
    return (
        word_count(text) <= NON_DISCRIMINATION_MAX_WORDS
        and bool(_NON_DISCRIMINATION.match(text))
        and not _reports_or_quotes(text)
    )


# "Please keep comments civil.", "Comments are moderated and may take time to appear.", "We reserve the right to
# remove comments that …": the site's rules for its comments, addressed to the reader or stating how it treats them.
_COMMENT_RULES = re.compile(
    r"^(?:please\s+)?(?:keep|be)\s+(?:your\s+|all\s+)?comments?\s+(?:civil|respectful|polite|on[- ]topic|clean|brief)\b"
    r"|^(?:all\s+|your\s+)?comments\s+(?:are|will be|may be)\s+(?:moderated|reviewed|pre-?moderated|checked)\b"
    r"|\bcomments?\s+(?:may|can|might)\s+take\s+(?:some\s+)?time\s+to\s+appear\b"
    r"|^we\s+reserve\s+the\s+right\s+to\s+(?:remove|delete|edit|reject)\s+(?:any\s+)?comments?\b",
    re.IGNORECASE,
)
COMMENT_RULES_MAX_WORDS = 50


def comment_rules(text: str) -> bool:
    """The site's rules for its readers' comments ('Please keep comments civil. Comments are moderated and may
    take time to appear.'). A story line reports whose rule it is ('Comments are moderated, the council said.'),
    and one about other comments names them ('Comments on the plan are reviewed by the board.')."""
    text = normalise_whitespace(text)
    return (
        word_count(text) <= COMMENT_RULES_MAX_WORDS
        and bool(_COMMENT_RULES.search(text))
        and not _reports_or_quotes(text)
    )


# "Disclaimer: Opinions expressed here are those of the writers and do not reflect those of X.", "The views
# expressed in this article are the author's own.": the site disowning the views on its page.
_VIEWS_HERE = re.compile(
    r"\b(?:opinions?|views?)\s+expressed\s+(?:here(?:in)?|on this (?:site|page|website|blog)|in this (?:article|piece"
    r"|column|post|story|op-ed|commentary))\b",
    re.IGNORECASE,
)
_DISCLAIMER_LABEL = re.compile(r"^disclaimer\s*:", re.IGNORECASE)
VIEWS_DISCLAIMER_MAX_WORDS = 60


def views_disclaimer(text: str) -> bool:
    """'Disclaimer: Opinions expressed here are those of the writers …': the site's note that the views on the
    page are not its own. 'The views expressed by the minister do not reflect policy' is about someone's words."""
    text = normalise_whitespace(text)
    if word_count(text) > VIEWS_DISCLAIMER_MAX_WORDS or _reports_or_quotes(text):
        return False
    return bool(_VIEWS_HERE.search(text) and (_DISCLAIMS.search(text) or _DISCLAIMER_LABEL.match(text)))


# "We may earn commission from links on this page …", "This article contains affiliate links.": what the site
# earns from the links on its own page.
_AFFILIATE_NOTE = re.compile(
    r"^(?:(?:disclosure|note)\s*:\s*)?(?:we|this (?:site|page|article|post|story))\s+(?:may\s+|might\s+|can\s+)?"
    r"(?:earn|receive|get|make)\s+(?:a\s+)?(?:small\s+)?(?:commissions?|compensation|a share of (?:sales|revenue))\b"
    r"|^(?:(?:disclosure|note)\s*:\s*)?(?:this|the) (?:page|article|post|story)\s+(?:contains|includes|may contain)"
    r"\s+affiliate links?\b",
    re.IGNORECASE,
)
AFFILIATE_NOTE_MAX_WORDS = 50


def affiliate_note(text: str) -> bool:
    """'We may earn commission from links on this page …': the site's note on its affiliate links. A retailer's
    commission in a story is someone else's ('Agents earn a commission on each ticket, the report found.')."""
    text = normalise_whitespace(text)
    return (
        word_count(text) <= AFFILIATE_NOTE_MAX_WORDS
        and bool(_AFFILIATE_NOTE.match(text))
        and not _reports_or_quotes(text)
    )


def comments_disclaimer(text: str) -> bool:
    """What the site says of its readers' comments: that they are the readers' own views, not the site's, or
    that it does not answer for them. A line reporting someone's words ('…, the editor said') is story."""
    text = normalise_whitespace(text)
    return (
        word_count(text) <= COMMENTS_DISCLAIMER_MAX_WORDS
        and bool(_ABOUT_COMMENTS.search(text) and _DISCLAIMS.search(text))
        and not _reports_or_quotes(text)
    )


# The heading of a comments section: a count of what readers posted ("2 Responses", "3 thoughts on “…”",
# "Comments 86", "Comments: 4") or the section's name ("What readers are saying", "Have your say",
# "Readers' Picks", "Reader comments").
_COUNTED_COMMENTS = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|thoughts|reactions)(?:\s+(?:on|to)\s+.{1,200})?"
    r"|(?:comments?|responses?|replies)\s*[:(]?\s*\d+\)?)\s*$",
    re.IGNORECASE,
)
_COMMENTS_SECTION = re.compile(
    r"^(?:what (?:readers|you|people|our readers) (?:are saying|say|think)|have your say|your (?:comments|views|say)"
    r"|readers['’]? (?:comments|picks|views|reactions|responses|opinions)"
    r"|reader (?:comments|picks|reactions|responses|discussion)|(?:join|start) the (?:debate|discussion|conversation)"
    r"|comments?|discussions?|conversation|responses|reactions)\s*:?$",
    re.IGNORECASE,
)


def counted_comments_heading(text: str) -> bool:
    """'2 Responses', '3 thoughts on “School board approves …”', 'Comments 86': how many readers wrote, over
    what they wrote."""
    text = normalise_whitespace(text)
    return bool(_COUNTED_COMMENTS.match(text)) and not ends_sentence(text)  # "3 responses to it were …." is story


def comments_section_heading(text: str) -> bool:
    """'What readers are saying', 'Have your say', "Readers' Picks", 'Comments', or a count: the name of a
    comments section (which needs the comments under it to be one: a story may have a 'Reactions' part)."""
    text = normalise_whitespace(text)
    return counted_comments_heading(text) or bool(_COMMENTS_SECTION.match(text))


# "Sort by Oldest", "Newest first", "Top comments": how the comments are ordered, over them.
_COMMENT_ORDER = re.compile(
    r"^(?:(?:sort|sorted|order|ordered) by\b.{0,30}|(?:newest|oldest|best|top|most liked|most recent|popular)"
    r"(?: first| comments)?)$",
    re.IGNORECASE,
)


def comment_order(text: str) -> bool:
    return bool(_COMMENT_ORDER.match(normalise_whitespace(text)))


# "Reply", "Report", "Like (3)", "Report abuse", "Reply ↓": the links under each comment.
# "Reply · 4 likes", "Like · Reply · 2d": with the comment's votes and age.
_COMMENT_ACTION_WORD = re.compile(
    r"^(?:reply|respond|report(?: abuse| comment)?|flag|likes?|dislike|upvote|downvote|recommend)"
    r"(?:\s*\(\d+\))?\s*[↓↑⤴→]?$",
    re.IGNORECASE,
)
_COMMENT_COUNT_OR_AGE = re.compile(r"^\d+\s*(?:likes?|votes?|points?|replies|[smhdwy]|mins?|hrs?)$", re.IGNORECASE)
COMMENT_ACTION_MAX_PARTS = 5


def comment_action(text: str) -> bool:
    """The links under a comment ('Reply', 'Report', 'Like · Reply · 2d', 'Reply · 4 likes'): one of them at
    least, with perhaps the comment's votes and age."""
    parts = [p for p in re.split(r"\s*[|•·]\s*", normalise_whitespace(text)) if p]
    if not parts or len(parts) > COMMENT_ACTION_MAX_PARTS:
        return False
    actions = [p for p in parts if _COMMENT_ACTION_WORD.match(p)]
    return bool(actions) and all(_COMMENT_ACTION_WORD.match(p) or _COMMENT_COUNT_OR_AGE.match(p) for p in parts)


# "Darlene K. says:", "Gustavo R.", "Pete_from_Tewkes", "Ellis M. | Fenwick Falls", "Sarah N., Jinja": who wrote
# a comment, at most a name or handle and a place.
_COMMENTER = re.compile(
    r"^(?P<who>@?[\w’'.-]+(?: [\w’'.-]+){0,3})(?:\s*(?:[|,]|\s-|\s–)\s*[A-Z][\w’'. -]{1,30})?"
    r"(?:\s+(?:says|said|wrote|writes|commented)\s*:?)?$"
)
COMMENTER_MAX_WORDS = 6
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "one"}


def commenter_line(text: str) -> bool:
    """A line that can be a comment's signature: a name, initials or a handle, perhaps a place after a bar
    or comma, perhaps 'says:'; it never ends like a sentence but for an initial ('Gustavo R.')."""
    text = normalise_whitespace(text)
    match = _COMMENTER.match(text)
    if not match or word_count(text) > COMMENTER_MAX_WORDS:
        return False
    who = match.group("who")
    if sum(c.isalpha() for c in who) < 2 or who.split()[0].lower() in _PRONOUNS:  # "___.", "He said:"
        return False
    if re.search(r"[a-z]{2}[.!?]$", who):  # a word ending a sentence, not an initial
        return False
    return who[0].isupper() or who[0] == "@" or "_" in who or any(c.isdigit() for c in who)


# --- the site's notes about the story ------------------------------------------------------------

# "REPUBLISH", "Republish this story": the button.
_REPUBLISH_BUTTON = re.compile(r"^(?:republish|reprint)(?: (?:this|our) (?:story|article|post|piece))?\W*$", re.I)
# "Our reporting may be reprinted free of charge … under a Creative Commons … licence", "You can republish this
# article for free …": the terms on which others may reuse the site's own stories.
_REUSE_VERB = re.compile(r"\b(?:re-?publish\w*|reprint\w*|reproduc\w*|re-?us\w*|repost\w*|share|shared)\b", re.I)
_OWN_WORK = re.compile(
    r"\b(?:this|our|these) (?:stor(?:y|ies)|articles?|reporting|journalism|work|content|photos?|pieces?|posts?)\b",
    re.IGNORECASE,
)
_REUSE_TERMS = re.compile(
    r"\b(?:free(?:ly)?|free of charge|creative commons|licen[cs]e[ds]?|attribution|credit|permission|cc[ -]by)\b",
    re.IGNORECASE,
)
_CREATIVE_COMMONS = re.compile(r"\bcreative commons\b|\bcc[ -]by(?:-[a-z]{2})*\b", re.IGNORECASE)


def republishing_notice(text: str) -> bool:
    """The site's offer to let others republish its stories ('REPUBLISH', 'Republish this story', 'You can
    republish this article for free under a Creative Commons licence …'), or the licence its own work is under.
    Someone else's material ('The group released its photos under a Creative Commons licence, she said') is
    story."""
    text = normalise_whitespace(text)
    if _REPUBLISH_BUTTON.match(text):
        return True
    if _reports_or_quotes(text) or not _OWN_WORK.search(text):
        return False
    return bool((_REUSE_VERB.search(text) and _REUSE_TERMS.search(text)) or (_CREATIVE_COMMONS.search(text)))


# "X belongs to Y Network, a nonprofit group of state newsrooms … For questions, contact Editor Name: …",
# "X is part of Y, a nonprofit news network … X maintains editorial independence. Contact Editor Name …".
_MEMBERSHIP = re.compile(
    r"\b(?:is|are) (?:a )?(?:part|member|affiliate|partner|project|program(?:me)?|one of the (?:\w+ )?newsrooms|"
    r"an? (?:member|affiliate|partner|project|program(?:me)?))(?: newsroom| site| outlet)? of\b|\bbelongs to\b",
    re.IGNORECASE,
)
_NETWORK = re.compile(
    r"\b(?:network|collective|consortium|alliance|newsrooms|cooperative|co-op|group|coalition)\b", re.IGNORECASE
)
_EDITOR_CONTACT = re.compile(
    r"\beditorial independence\b|\bcontact (?:the )?(?:\w+ )?editor\b|\bquestions?\b.{0,40}\b(?:contact|email|write)\b"
    r"|[\w.+-]+@[\w-]+\.\w",
    re.IGNORECASE,
)


def network_note(text: str) -> bool:
    """The site saying which network it belongs to, with its editorial independence or whom to ask about the
    story ('Plains Capitol Report belongs to Heartland Statehouse Network, a nonprofit group of state newsrooms
    … For questions, contact Editor Marisol Banks …'). A story about a paper's owner reports what was said."""
    text = normalise_whitespace(text)
    return bool(
        _MEMBERSHIP.search(text)
        and _NETWORK.search(text)
        and _EDITOR_CONTACT.search(text)
        and not _reports_or_quotes(text)
    )


# "A version of this report ran on page 2 of the March 7, 2025 print edition of The Valley Post.", "A version of
# this article appeared in print on …, Section A, Page 14 …", "Published in the March 8, 2025 print edition of X,
# page 3.", "A version of this story appears in the print on March 3, 2024, of The Paper.": where it ran in print.
_THIS_STORY = (
    r"(?:a (?:shorter |longer |different |slightly different )?version of )?(?:this|the) (?:article|story|report"
    r"|piece|column|editorial|interview|essay|feature|review|letter|commentary|op-ed)"
)
_PRINT_VERB = r"(?:appears|appeared|ran|runs|was (?:first )?(?:published|printed)|is (?:published|printed)|will appear)"
_PRINT_PLACE = re.compile(r"\bprint\b|\bprinted\b|\bpage [A-Z]?\d+|\b[A-Z]\d{1,2}\b|\bedition\b|\bissue\b", re.I)
_PRINT_NOTE = re.compile(
    rf"^(?:{_THIS_STORY}\s+{_PRINT_VERB}\b|(?:published|printed|appeared|first published)\s+(?:in|on)\b"
    r".{0,60}?\b(?:print|edition|page)\b)",
    re.IGNORECASE,
)


def print_edition_note(text: str) -> bool:
    """Where this story ran in the paper: a version of this story appeared in print, on a page, in an edition.
    'A version of the bill appeared in the state register' is about something else, and stays."""
    text = normalise_whitespace(text)
    match = _PRINT_NOTE.match(text)
    return bool(match and _PRINT_PLACE.search(text[match.start() :]) and not _REPORTED.search(text))


# "Only a selection of the news that X sends to its subscribers … appears on this website", "This is an
# abridged version of a report distributed to subscribers of the X wire service": a news agency's note
# that its site carries part of its wire.
_SUBSCRIBERS = re.compile(r"\bsubscri(?:bers?|ptions?|bed)\b", re.IGNORECASE)
_PART_OF = re.compile(
    r"\b(?:only|part|selection|summary|summari[sz]ed|abridged|excerpts?|shortened|extract|full (?:text|version"
    r"|story|report))\b",
    re.IGNORECASE,
)
_THIS_SITE = re.compile(
    r"\b(?:this|our|the) (?:web ?site|site|page|portal)\b|\bon (?:the )?(?:web ?site|internet)\b|^this is\b", re.I
)


def wire_subscribers_note(text: str) -> bool:
    """An agency's note that this site carries only part, or a summary, of the news its subscribers receive."""
    text = normalise_whitespace(text)
    return bool(
        _SUBSCRIBERS.search(text) and _PART_OF.search(text) and _THIS_SITE.search(text) and not _reports_or_quotes(text)
    )


# "(MPA) KS/TL", "(EXA) ab/cd", "KS/TL": the agency and the initials of the editors who handled the story.
_EDITORS_INITIALS = re.compile(r"^(?:\([A-Z]{2,6}\)\s*[-–]?\s*)?[A-Za-z]{1,4}(?:/[A-Za-z]{1,4})+\.?$")


def editors_initials(text: str) -> bool:
    """A wire's closing line of editors' initials, perhaps after the agency in brackets ('(MPA) KS/TL')."""
    text = normalise_whitespace(text)
    return bool(_EDITORS_INITIALS.match(text)) and sum(c.isupper() for c in text) >= 2


# "views: 1,204", "Hits: 88", "link: https://…", "Short URL: …": the page's counters and address, after the story.
_PAGE_METRIC = re.compile(
    r"^(?:views?|page ?views|hits|reads|visits|shares|link|url|short ?(?:link|url)|permalink)\s*:?\s*"
    r"(?:\d[\d,.\s]*(?:times)?|https?://\S+|www\.\S+)$",
    re.IGNORECASE,
)


def page_metric(text: str) -> bool:
    """'views: 1,204', 'link: https://example.kg/123': a counter or the page's own address with its label."""
    return bool(_PAGE_METRIC.match(normalise_whitespace(text)))


# "Do you have a story to share? Send it to …", "Got a news tip? …", "Send us your photos …": the site asking its
# readers for news; "Support our journalism: donate …", "Help us keep reporting. Become a member …": for money.
_NEWS_APPEAL = re.compile(
    r"^(?:(?:do you have|have you got|got|know of|if you have) (?:a |an |any )?(?:story|stories|news|(?:news )?tips?"
    r"|photos?|videos?|information|something to share)\b|send (?:us )?your (?:stories|news|tips|photos|videos)\b"
    r"|(?:share|tell) (?:us )?your (?:story|stories|news)\b)",
    re.IGNORECASE,
)
_MONEY_APPEAL = re.compile(
    r"\b(?:donat\w+|contribut\w+|support|subscrib\w+|become an? (?:member|supporter|patron|subscriber))\b",
    re.IGNORECASE,
)
_OUR_JOURNALISM = re.compile(
    r"\bour (?:[\w-]+ ){0,2}(?:journalism|reporting|work|newsroom|mission|coverage|news ?room|reporters|ministry)\b"
    r"|\b(?:help|support|join) us\b",
    re.IGNORECASE,
)
APPEAL_MAX_WORDS = 60


def readers_appeal(text: str) -> bool:
    """The site asking readers for their news or their money ('Do you have a story to share? Send it to …',
    'Support our independent journalism: donate today.'); a story line reports who asked ('… , the charity said')."""
    text = normalise_whitespace(text)
    if word_count(text) > APPEAL_MAX_WORDS or _reports_or_quotes(text):
        return False
    return bool(_NEWS_APPEAL.match(text) or (_MONEY_APPEAL.search(text) and _OUR_JOURNALISM.search(text)))


# "Tell us what you think in the comments section below.", "Have a story? WhatsApp us on …", "To get the news on
# your phone, join our Telegram channel.", "Read the latest e-paper here.": the site speaking to its reader about
# itself. Each sentence is addressed to the reader (an imperative, a question, or 'you'), and the line names one of
# the site's own channels ('us', 'our … channel', 'this article', the comments, its e-paper, newsletter or app), not
# its coverage ('welcome to our live coverage'); a story sentence tells of others ('Residents can send comments …').
_READER_VERB = (
    r"(?:please |kindly |do )?(?:join|follow|share|tell|leave|e-?mail|whatsapp|text|message|send|read|catch up"
    r"|listen|watch|subscribe|sign up|register|download|install|get|click|tap|visit|let|write|contact|call|like"
    r"|comment|check out|stay|keep|drop|submit|donate|support|find|see|give|add|bookmark|enable|turn on|use)\b"
)
_TO_THE_READER = re.compile(
    rf"^(?:(?:to|for|if|when|while|want|if you)\b[^,.?!]{{0,80}},\s*)?{_READER_VERB}"  # "To get …, join our …"
    r"|^(?:\S+\s+){0,5}\S+\?$"  # a short question: "Have a story?", "Enjoying this article?"
    r"|\byou(?:r|rs)?\b",  # "We want to hear from you."
    re.IGNORECASE,
)
_SITE_CHANNEL = re.compile(
    r"\b(?:us|this (?:article|story|page|post|piece|report)|(?:the )?comments?(?: section)?(?: below)?"
    r"|our (?:[\w'’-]+ ){0,2}(?:channels?|groups?|newsletters?|apps?|e-?paper|website|site|pages?|podcasts?|feeds?)"
    r"|e-?paper|newsletters?|inbox|(?:whatsapp|telegram|youtube) (?:channel|group)|the app)\b",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")
READER_PROMPT_MAX_WORDS = 30


def reader_prompt(text: str) -> bool:
    """The site speaking to its reader about itself: 'Tell us what you think in the comments section below.',
    'Have a story? WhatsApp us on +220 …', 'Please share this article with your friends.'. Every sentence is
    addressed to the reader and the line names the site's own channels (us, our, this article, the comments, its
    e-paper, newsletter or app); a line that reports or quotes anyone is story."""
    text = normalise_whitespace(text)
    if not text or word_count(text) > READER_PROMPT_MAX_WORDS or _reports_or_quotes(text):
        return False
    if not _SITE_CHANNEL.search(text):
        return False
    return all(_TO_THE_READER.search(sentence) for sentence in _SENTENCE_SPLIT.split(text))


# "This page is archived, and is no longer publicly editable.": a wiki's or site's note on the page itself.
_ARCHIVED = re.compile(r"^(?:this|the) (?:page|article|story|post|entry) (?:is|has been|was) (?:now )?archived\b", re.I)


def archive_notice(text: str) -> bool:
    text = normalise_whitespace(text)
    return bool(_ARCHIVED.match(text)) and not _reports_or_quotes(text)


# "… at the opening in Tutong on Monday. PHOTO: INFOFOTO", "… (Photo: Ann Lee)": a caption closed by its credit.
_CREDIT_TAIL = re.compile(
    r"(?:[.!?”\"]\s+|\s[-–—]\s*|\s\()(?:PHOTOS?|Photos?|FOTO|Foto|PICTURES?|Pictures?|IMAGES?|Images?)"
    r"(?:\s+(?:by|credit|BY|CREDIT))?\s*[:/]\s*[A-Z][\w.&'’/ -]{1,50}\)?\s*$"
)
CREDIT_TAIL_MAX_WORDS = 6
CAPTION_WITH_CREDIT_MAX_WORDS = 60


def caption_with_credit(text: str) -> bool:
    """A photo caption closed by its credit ('The minister at the opening on Monday. PHOTO: INFOFOTO'): however
    long, no story paragraph ends by crediting a photographer."""
    text = normalise_whitespace(text)
    match = _CREDIT_TAIL.search(text)
    return (
        bool(match)
        and word_count(match.group()) <= CREDIT_TAIL_MAX_WORDS + 1
        and word_count(text) <= CAPTION_WITH_CREDIT_MAX_WORDS
    )


# --- related lists -----------------------------------------------------------------------------------

# "Letters: Readers on the dam: “Think of the trout.”", "Opinion | A dam is a bad bargain", "Editorial: …":
# a linked headline under its section's label, which may end like a sentence or carry a quotation.
_LABELLED_LINK = re.compile(
    r"^(?:letters?(?: to the editor)?|opinion|editorial|analysis|commentary|column|comment|review|perspective"
    r"|explainer|obituary|podcast|interview|q&a|fact ?check|view|viewpoint|op-ed)\s*[:|]\s+\S",
    re.IGNORECASE,
)
LABELLED_LINK_MAX_WORDS = 25


def labelled_link(text: str) -> bool:
    """A headline led by its section's label ('Letters: …', 'Opinion | …'), as a related list prints it."""
    text = normalise_whitespace(text)
    return bool(_LABELLED_LINK.match(text)) and word_count(text) <= LABELLED_LINK_MAX_WORDS


# "More on the Kessel River", "More about Bengaluru Metro": the heading of a list of links on the story's subject.
_MORE_ON = re.compile(r"^more (?:on|about)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,4}\s*:?$", re.IGNORECASE)


def more_on_heading(text: str) -> bool:
    return bool(_MORE_ON.match(normalise_whitespace(text)))


# --- the author's bio ------------------------------------------------------------------------------

# "Ruth Szymanski has covered the legislature …", "Claire Thibodeau reports on health …", "Dana Ortiz covers
# state government …", "Ann Lee is a staff writer at …": the journalist's note.
_BIO_NAME = r"(?P<name>[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|da|van|von|del|der|la|le|bin|al|el)){1,3})"
_JOURNALIST = (
    r"(?:reporter|correspondent|writer|journalist|editor|columnist|photographer|photojournalist|producer"
    r"|contributor|intern|fellow|stringer|freelancer|critic|anchor|presenter|newsletter|bureau chief"
    # an opinion column's guest writer: "Ann Lee is a lecturer in sports management …"
    r"|lecturer|professor|economist|historian|commentator|researcher)"
)
_BIO = re.compile(
    rf"^{_BIO_NAME},?\s+(?:"
    # "is a staff writer", "is The Example Review's political editor": the outlet's name may open the role
    rf"(?:is|was|has been|has worked as|works as|serves as)\s+(?:an?|[Tt]he|our)\s+(?:[\w'’-]+\s+){{0,4}}?"
    rf"{_JOURNALIST}s?\b"
    r"|(?:covers|covered|has covered|reports on|reports for|has reported on|has reported for|writes about"
    r"|writes for|has written (?:about|for)|joined (?:the|our)\s+\w+)"
    r")"
)


_NOTE_MARKS = re.compile(r"^(?:[-–—]{1,2}|[*_]{1,2})\s*|\s*[*_]{1,2}$")


def journalist_bio_name(text: str) -> str:
    """The name a journalist's bio opens with ('Claire Thibodeau reports on health …' → 'Claire Thibodeau');
    ''. Whether the person is the page's writer rather than someone in the story is for the page to say."""
    # set off as a note: "— Jo Park is a freelance journalist …", "*Jo Park covers …*" (italics copied as marks)
    text = _NOTE_MARKS.sub("", normalise_whitespace(text))
    match = _BIO.match(text)
    if not match or _reports_or_quotes(text):  # "Jo Park covers the repairs herself, she said." is story
        return ""
    return match.group("name")


def name_alone(text: str, name: str) -> bool:
    """'RUTH SZYMANSKI', 'Ruth Szymanski': the line is only that name, in any case (a bio's heading)."""
    return normalise_whitespace(text).casefold().strip(" .:") == name.casefold()


# --- a press release's contacts --------------------------------------------------------------------

# "Media contact:", "Press Inquiries | 503-555-0100, press@example.gov", "Media enquiries: Communications Adviser,
# 03 5555 0100, media@example.gov", "Contacts for media", "For press enquiries, contact: …": whom journalists may
# call about a release; the contact's details follow on the line or on the lines right under it.
_PRESS_CONTACT = re.compile(
    r"^(?:for\s+)?(?:more\s+information\s+(?:and|or)\s+)?(?:(?:the\s+)?(?:news\s+)?media|press|journalists?)\s+"
    r"(?:(?P<heading>contacts?|enquir(?:y|ies)|inquir(?:y|ies)|queries|requests)|relations|liaison)(?:\s+only)?"
    r"|^(?P<contacts_for>contacts?\s+for\s+(?:the\s+)?(?:news\s+)?(?:media|press|journalists))",
    re.IGNORECASE,
)
_CONTACT_CUE = re.compile(r"^,?\s*(?:please\s+)?(?:contact|call|e-?mail|write to)\b(?:\s+us)?\s*:?\s*", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+?\d[\d ().-]{6,}\d)")
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|gov|net|edu)(?:\.[a-z]{2})?\b", re.I)
CONTACT_MAX_WORDS = 25
CONTACT_DETAIL_MAX_WORDS = 6


def press_contact(text: str) -> bool:
    """The heading of a release's press contacts, perhaps with the contact on the same line ('Media contact:',
    'Press Inquiries | 503-555-0100, press@example.gov'); what follows the label is an address, a number, a
    name and office, or nothing. 'Press inquiries to the ministry went unanswered for a week.' is story."""
    text = normalise_whitespace(text)
    match = _PRESS_CONTACT.match(text)
    if not match or word_count(text) > CONTACT_MAX_WORDS or _reports_or_quotes(text):
        return False
    rest = text[match.end() :]
    if not rest.strip(" :|–—-"):
        # a bare heading over the details: 'Media contact:', 'Contacts for media' (not 'Media relations' alone)
        return bool(match.group("heading") or match.group("contacts_for"))
    if _CONTACT_CUE.match(rest):
        return True  # "For media enquiries contact the press office."
    separated = re.match(r"^\s*[:|–—-]", rest)
    if not separated:
        return False
    rest = rest[separated.end() :]
    reachable = bool(_PHONE.search(rest) or EMAIL_ADDRESS.search(rest) or _WEB_ADDRESS.search(rest))
    # "Media contact: Ann Lee, press officer": a name and an office, never a finished sentence
    return reachable or not ends_sentence(rest)


def contact_detail(text: str) -> bool:
    """A line of a contact's details under its heading: an email or web address, a telephone number, or a
    few words that are a name, an office or an organisation (no sentence)."""
    text = normalise_whitespace(text)
    if EMAIL_ADDRESS.fullmatch(text.rstrip(".")) or _WEB_ADDRESS.fullmatch(text):
        return True
    if _PHONE.search(text) and word_count(_PHONE.sub(" ", text)) <= CONTACT_DETAIL_MAX_WORDS:
        return True  # "613-555-0148", "Tel: +64 4 555 0190", "Mobile 07700 900123"
    return word_count(text) <= CONTACT_DETAIL_MAX_WORDS and not ends_sentence(text) and not _reports_or_quotes(text)


# --- the page asking about itself -------------------------------------------------------------

# "Was this page helpful?   Yes   No", "Did you find this article useful? Yes / No", "Is this information helpful?"
_PAGE_FEEDBACK = re.compile(
    r"^(?:was|is|were|did you find) (?:this|the) (?:page|article|story|information|content|post|answer)s?"
    r"(?: (?:helpful|useful))?\s*\?(?:\s*(?:[|/•·]\s*)?(?:yes|no|thanks?|not really|👍|👎))*\s*$",
    re.IGNORECASE,
)


def page_feedback(text: str) -> bool:
    """The site asking whether the page helped ('Was this page helpful?   Yes   No')."""
    return bool(_PAGE_FEEDBACK.match(normalise_whitespace(text)))


# --- a newsletter's sign-up box -------------------------------------------------------------------

# "Stay Informed!", "Stay in the loop", "Keep in touch": the box's heading, alone on its line.
_SIGNUP_HEADING = re.compile(
    r"^(?:stay|keep) (?:informed|connected|in the loop|in touch|updated|up to date|ahead)\s*[!.]?$", re.IGNORECASE
)
# "Please enter your email address below to sign up for …", "Sign up to receive our news releases by email.",
# "Subscribe to get our morning briefing in your inbox.": the box asking the reader for an address.
_ENTER_ADDRESS = re.compile(
    r"^(?:please\s+)?(?:enter|type|provide|add|leave|submit|drop)\s+(?:your|an)\s+e-?mail(?:\s+address)?\b", re.I
)
_SIGN_UP_FOR_MAIL = re.compile(
    r"^(?:please\s+)?(?:sign up|subscribe|register|join|opt in)\b.{0,100}?\b(?:newsletters?|e-?mails?|inbox"
    r"|mailing list|distribution list|e-?mail list|updates|alerts|briefings?|digest)\b",
    re.IGNORECASE,
)
# A form's field labels: "Email Address", "First Name*", "ZIP code", "Your email:".
_FORM_FIELD = re.compile(
    r"^(?:your\s+)?(?:e-?mail(?:\s+address)?|first\s+name|last\s+name|full\s+name|zip(?:\s+code)?|post\s?code"
    r"|postal\s+code)\s*\*?\s*:?\s*\*?$",
    re.IGNORECASE,
)
# "Get the latest news from X in your inbox.", "Have our morning briefing delivered to your inbox.": the box's offer.
# "By providing an email address, I agree to the Terms of Use.": the box's consent line, in the reader's voice.
_SIGNUP_CONSENT = re.compile(
    r"^by\s+(?:providing|entering|submitting|signing up|subscribing|clicking|registering)\b.{0,120}?"
    r"\b(?:i|you)\s+(?:agree|accept|consent|acknowledge)\b",
    re.IGNORECASE,
)
_TO_YOUR_INBOX = re.compile(
    r"^(?:get|receive|have|want)\b.{0,80}\b(?:in|to|into|straight to)\s+your\s+(?:inbox|e-?mail)\W*$", re.IGNORECASE
)
SIGNUP_MAX_WORDS = 40


def signup_box_line(text: str) -> bool:
    """A line of a newsletter's sign-up box: its heading ('Stay Informed!'), what it asks ('Please enter your
    email address below to sign up for …') or a field's label ('Email Address', 'First Name*'). A story line
    reports who urged the sign-up ('Residents should sign up for alerts, the council said.')."""
    text = normalise_whitespace(text)
    if word_count(text) > SIGNUP_MAX_WORDS or _reports_or_quotes(text):
        return False
    return bool(
        _SIGNUP_HEADING.match(text)
        or _ENTER_ADDRESS.match(text)
        or _SIGN_UP_FOR_MAIL.match(text)
        or _TO_YOUR_INBOX.match(text)
        or _SIGNUP_CONSENT.match(text)
        or _FORM_FIELD.match(text)
    )


# --- a registration or subscription wall ---------------------------------------------------------

# A wall cutting the story short until the reader registers, subscribes or logs in: its heading ("Register for
# free to keep reading", "Subscribe to continue reading", "To continue reading, log in or create a free account",
# "This article is for subscribers only", "You have reached your limit of free articles") and its buttons
# ("Create an account", "Already have an account? Log in", "Already a subscriber? Sign in"). Its offer between
# them ("Get unlimited access to … for three months") is held inside the box (cleaning's prompt boxes).
_ACCOUNT_ACTION = r"(?:register|sign (?:up|in)|subscribe|log ?in|create (?:a |an |your )?(?:free )?account)"
_KEEP_READING = (
    r"(?:(?:continue|keep|carry on|finish|start) reading|read (?:on|more|the (?:full|whole|rest of the) \w+))"
)
_ACCESS_WALL = re.compile(
    r"^(?:(?:please\s+)?"
    + _ACCOUNT_ACTION
    + r"(?:\s+(?:for free|free|now|today|with us))?\s+(?:to|and)\s+"
    + _KEEP_READING
    + r"(?:\s+(?:this|the) (?:article|story|report))?"
    r"|to " + _KEEP_READING + r"(?: (?:this|the) (?:article|story))?,?\s+(?:please\s+)?" + _ACCOUNT_ACTION + r"\b.*"
    r"|(?:this|the rest of this) (?:article|story|content|report) is (?:only )?(?:for|available to|reserved for)"
    r" (?:our )?(?:subscribers|members|registered (?:users|readers))(?: only)?"
    r"|you(?:'ve| have) (?:reached|used) (?:your|all (?:of )?your) (?:limit of )?(?:\d+ )?free"
    r" (?:articles|stories|reads)(?: (?:this|for this) month)?"
    r"|you(?:'ve| have) (?:read|viewed|used) (?:\d+|one|two|three|all) (?:of (?:your|the|\d+) )?(?:\d+ )?free"
    r" (?:articles|stories|reads)(?: (?:this|for this) (?:month|week))?"
    r"|create (?:a |an |your )?(?:free )?account"
    r"|already (?:have an account|a (?:subscriber|member)|registered)\s*\??\s*(?:" + _ACCOUNT_ACTION + r"(?: here)?)?"
    r")\s*[.!]?$",
    re.IGNORECASE,
)
ACCESS_WALL_MAX_WORDS = 20


def access_wall_line(text: str) -> bool:
    """A line of a wall asking the reader to register, subscribe or log in to read on ('Register for free to keep
    reading', 'Create an account', 'Already have an account? Log in'). A story line about someone else's
    accounts reports or names its subject ('Users must create an account to vote, the commission said.')."""
    text = normalise_whitespace(text)
    return word_count(text) <= ACCESS_WALL_MAX_WORDS and not _reports_or_quotes(text) and bool(_ACCESS_WALL.match(text))


# --- a broadcaster's pointers and transcripts ------------------------------------------------------

# "Listen to the full report in our 7 p.m. news bulletin.", "Watch the full interview on Newsline at 6.",
# "Hear more on the Breakfast Show tomorrow from 6 a.m.", "Tune in to Morning Talk at 9.": the station pointing
# to its own programmes; "▶ Listen Live", "Watch live": its stream.
_TUNE_IN = re.compile(r"^\W*(?:listen|watch|hear|tune in|catch|see|stream)\b", re.IGNORECASE)
_WHOLE_ITEM = re.compile(
    r"\b(?:full|complete|whole|entire|extended|more|rest of (?:the|this))\s+(?:\w+\s+)?(?:report|story|interview"
    r"|coverage|conversation|segment|programme|program|episode|discussion|debate|bulletin|package|details)\b"
    r"|\bmore\b",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(
    r"\b(?:bulletins?|newscasts?|news ?hour|news at (?:\d|noon|midnight)|broadcasts?|on air|podcasts?|programmes?"
    r"|programs?|shows?|live ?stream|on (?:our|the) (?:app|station|radio|channel|website|site)|on channel \d+"
    r"|at \d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock))",
    re.IGNORECASE,
)
_LISTEN_LIVE = re.compile(r"^\W*(?:listen|watch|tune in)(?: (?:live|now|online|again))+\W*$", re.IGNORECASE)
BROADCAST_POINTER_MAX_WORDS = 25
# "▶ Listen Live   Now playing: Artist - Song", "On air now: The Breakfast Show": the station's player bar.
_NOW_PLAYING = re.compile(
    r"^\W*(?:(?:listen|watch|tune in)(?: (?:live|now|online|again))+\W*)?(?:now playing|on air now|now on air"
    r"|on air)\s*:",
    re.IGNORECASE,
)
PLAYER_BAR_MAX_WORDS = 16
# "Watch Evening Bulletin weekdays at 19:30 on Prut TV.": when a programme is on, its days and hour.
_SCHEDULED = re.compile(
    r"\b(?:weekdays|weeknights|daily|nightly|every\s+(?:day|night|morning|evening|weekday|\w+day))\s+at\s+\d{1,2}"
    r"(?:[:.]\d\d)?\b",
    re.IGNORECASE,
)


def broadcast_pointer(text: str) -> bool:
    """A broadcaster pointing to its programmes ('Listen to the full report in our 7 p.m. news bulletin.',
    'Watch the full interview on Newsline at 6 p.m.') or its stream ('▶ Listen Live'): an imperative to listen
    or watch, more of the story, in a bulletin, a show or at an hour, or a programme's days and hour ('Watch
    Evening Bulletin weekdays at 19:30 on X TV.'). 'Listen to the farmers, the bishop urged.' names no programme
    and reports who spoke."""
    text = normalise_whitespace(text)
    if _LISTEN_LIVE.match(text) or (_NOW_PLAYING.match(text) and word_count(text) <= PLAYER_BAR_MAX_WORDS):
        return True
    if word_count(text) > BROADCAST_POINTER_MAX_WORDS or _reports_or_quotes(text) or not _TUNE_IN.match(text):
        return False
    # 'Watch X weekdays at 19:30 on Y TV.': one clause, no one reported
    scheduled = _SCHEDULED.search(text) is not None and "," not in text
    return bool(_WHOLE_ITEM.search(text) and _PROGRAMME.search(text)) or scheduled


# "Speech to Text for County board rejects …", "Automated transcript", "Closed captioning for …": the heading of
# a newscast's machine transcript, printed under the web story (the transcript is not the story).
_TRANSCRIPT_HEADING = re.compile(
    r"^(?:speech[ -]to[ -]text|(?:automated|automatic|auto-?generated|machine|computer-generated)\s+"
    r"(?:transcripts?|transcriptions?|captions?)|closed[ -]caption(?:s|ing)?)(?:\s+(?:for|of)\b)?\s*:?(?P<rest>.*)$",
    re.IGNORECASE,
)


def transcript_heading(text: str) -> bool:
    """'Speech to Text for <the headline>', 'Automated transcript:': a newscast's transcript follows. The rest of
    the line is a headline or nothing, never a sentence ('Automatic captions for the hearing were requested by
    the clerk.' is story)."""
    text = normalise_whitespace(text)
    match = _TRANSCRIPT_HEADING.match(text)
    return bool(match) and not ends_sentence(match.group("rest")) and not _reports_or_quotes(text)


def transcript_case(text: str) -> bool:
    """A line in the case a machine transcript keeps: opening in lowercase ('the county board voted down …'),
    or all in capitals ('THE COUNTY BOARD VOTED …'), unlike a story's sentence case."""
    letters = [c for c in normalise_whitespace(text) if c.isalpha()]
    return bool(letters) and (letters[0].islower() or all(c.isupper() for c in letters))


# --- a newsletter read as an email -------------------------------------------------------------------

# "Forwarded this email? Subscribe here.", "Was this forwarded to you? Sign up", "Did someone forward you this
# newsletter?", "You received this email because you signed up for X.", "This email was sent to ann@…",
# "Unsubscribe | Update your preferences", "Manage your subscription", "Add us to your address book".
_FORWARDED = re.compile(
    r"^(?:(?:was|were|is|did|has|got|someone)\b[^.?!]{0,30}?\s)?forward(?:ed)?\b(?P<rest>[^.?!]{0,40})\?", re.I
)
_MAIL_WORDS = re.compile(r"\b(?:e-?mails?|newsletters?|messages?|briefings?|digest|this|to you)\b", re.IGNORECASE)
_THIS_MAIL = r"(?:this|the|these|our) (?:e-?mails?|newsletters?|messages?|briefings?|digest|mailing)"
_ABOUT_THIS_MAIL = re.compile(
    rf"^(?:you (?:received|are receiving|were sent|got|are getting|have received) {_THIS_MAIL}"
    rf"|{_THIS_MAIL} was sent (?:to|by)\b|add us to your (?:address book|contacts|safe senders)"
    r"|(?:to )?(?:stop receiving|unsubscribe from) (?:these|this|our))",
    re.IGNORECASE,
)
_MAIL_LINK = re.compile(
    r"^(?:unsubscribe(?: here| from (?:this|our) (?:list|newsletter))?|update (?:your )?(?:e-?mail |subscription )?"
    r"preferences|manage (?:your )?(?:subscriptions?|(?:e-?mail )?preferences)|(?:change|update) (?:your )?"
    r"(?:e-?mail )?(?:address|settings)|view (?:it |this )?(?:online|in (?:your|a) browser)|privacy policy"
    r"|forward to a friend|subscribe(?: here)?)\W*$",
    re.IGNORECASE,
)


def email_footer(text: str) -> bool:
    """A newsletter's lines about the email itself ('Forwarded this email? Subscribe here for more.', 'You
    received this email because you signed up for X.', 'Unsubscribe | Update your preferences'). A story line
    reports who forwarded what ('The mayor forwarded the email to police, the clerk said.')."""
    links = [part for part in re.split(r"\s*[|•·]\s*|\s{2,}", text.strip()) if part]  # links set apart by spaces too
    text = normalise_whitespace(text)
    if word_count(text) > SIGNUP_MAX_WORDS or _reports_or_quotes(text):
        return False
    forwarded = _FORWARDED.match(text)
    if (forwarded and _MAIL_WORDS.search(forwarded.group())) or _ABOUT_THIS_MAIL.match(text):
        return True
    return bool(links) and all(_MAIL_LINK.match(part) for part in links)


# --- the end mark and what follows it ---------------------------------------------------------------

# "… its most closely watched witnesses. ■": a magazine's end mark closes the story's last paragraph.
_DINGBAT_END = re.compile(r"[.!?…\"”’)]\s*[■□◼◾∎♦◆❖✦]$")


def closed_by_end_mark(text: str) -> bool:
    """A paragraph closed by a magazine's end mark ('… watched witnesses. ■'): the story ends there."""
    return bool(_DINGBAT_END.search(normalise_whitespace(text)))
