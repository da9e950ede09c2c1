"""Events an article reports: kind, participants, date, place, and their quotes.

An event is found from a trigger word in a sentence of story prose, outside quotations
("met", "talks", "invitation", "telephone conversation", "speaking at", "deploying").
Its participants are the people in the trigger's own phrase ("talks with X", "a meeting
between X and Y") and the subject of the clause that carries it ("X held talks", "X extended
an invitation"); pronouns, "the two leaders" and role descriptions ("the Russian defence
minister") are resolved to the people of the article. The date is the date expression of the
sentence, resolved against the publication date when it is known (a year inferred there stays
marked inferred); the place is the nearest place named in the trigger's phrase.

Besides meetings, talks, visits, calls, speeches and interviews, the classes news reports most:
announcements (also an official saying on a given day what a body will do), press conferences
("speaking to reporters"), votes (also a body's, whatever a legislature passes or adopts, and one
known only from a speaker's words: "X said parliament voted"), sanctions, deployments ("sent troops
to"), appointments and hirings, wins and defeats, endorsements, advertising, fundraising,
sign-ups, arrests, charges and pardons, deaths, protests ("led a march", "joined protesters"),
lawsuits, vetoes, written statements ("wrote on Facebook", "said in an email"), assaults
("punched a protester"), placings ("finished second in Iowa"), hearings ("testified", "said at a
hearing"), appearances known from where someone spoke ("said at a Reuters event", "told X of CNN"),
an official's public duties as agencies report them (inaugurations, launches, foundation stones,
handovers, courtesy calls, delegations, inspections), court rulings and appearances, and a bill's
readings and motions carried (joined to whoever moved the text). A body's decisions told in other
words ("councillors backed the route", "the cabinet agreed a package", "the treaty was ratified",
"the bill cleared committee stage", "the amendment was defeated by 30 votes to 12", "the vote was
39-32", "after the passage of the bill") and agreements bodies sign take, when no member is named
as the doer, the officials quoted on them in the paragraphs after; a committee summoning someone is
a hearing, a walkout or a march to a named place a protest. A presiding officer suspending or adjourning the sitting
is a sitting; members submitting an interpellation request announce it; a text voted on takes its mover named a
paragraph or two before ("X had moved a motion" … "the motion was defeated"), the members whose support carried it
("after X and Y agreed to support it") and the leader of the members who walked out ("MPs, led by X, staged a
walkout"). A house's decisions are also read where outlets word them otherwise: a text passed or defeated in the
passive ("the Bill was passed after a debate", "a motion was defeated in Parliament", "approved in a voice vote"), a
board or commission approving something, a motion that failed, a person who survived or lost a vote; the mover named
just after the vote ("X, who tabled the motion"), the members whose words are reported after it, and the officer who
chaired the sitting ("the session was chaired by X", "with X in the chair", "Speaker X") take part; so do the
members quoted on a body's vote that names people only as what it was about ("voted to override X's veto"), the
officer who put a text to the vote and its seconder, the officials who briefed or appeared before a body that met,
who organised or received a petition or memorandum handed to an office ("X, who organised the petition"), and the
first opposition office holder named after the opposition's members walk out (else the Leader of the Opposition).
A text advanced "on a 33-9 vote" or passed "on a voice vote" was voted on; a Speaker or chair who "ruled" gave a
ruling; who told the body a hearing was of ("at a hearing of the Senate committee" … "Y told the committee") took part
in it. Two subjects the parser leaves side by side ("X and her counterpart Y signed") both act.
Forecasts and suppositions ("would beat", "would deploy"), questions ("whether he will drop
out"), polls' head-to-head matchups, intentions ("plans to visit"), denials ("never met", "denied reports that
he had met") and events named as not held ("a planned meeting") are not events; a name that only says whose
supporters a crowd is ("Sanders supporters") is no participant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from articles.ingest import dates, nlp
from articles.ingest.dates import PartialDate
from articles.ingest.lexicon import LIGHT_VERBS, NAME_PARTICLES, ROLE_HEADS, SPEECH_VERBS
from articles.ingest.metadata import read_dateline
from articles.ingest.passages import paragraph_at, split_paragraphs
from articles.ingest.people import (
    MentionIndex,
    person_by_description,
    person_gender,
    resolve_pronoun,
)
from articles.ingest.records import ExtractedEvent, ExtractedPerson, ExtractedQuote

# Trigger lemmas by part of speech → event kind.
VERB_TRIGGERS = {
    "meet": "meeting",
    "invite": "invitation",
    "accept": "acceptance",
    "visit": "visit",
    "travel": "visit",
    "tour": "visit",
    "deploy": "deployment",
    "interview": "interview",
    "announce": "announcement",
    "declare": "announcement",
    "unveil": "announcement",
    "phone": "call",
    "vote": "vote",
    "sanction": "sanctions",
    "sign": "signing",
    "host": "visit",
    "receive": "visit",
    "welcome": "visit",
    "appoint": "appointment",
    "nominate": "appointment",
    "name": "appointment",
    "resign": "resignation",
    "win": "election",
    "clinch": "election",
    "capture": "election",
    "endorse": "endorsement",
    "tweet": "statement",
    "email": "statement",
    "propose": "announcement",
    "suspend": "withdrawal",
    "end": "withdrawal",
    "drop": "withdrawal",
    "concede": "withdrawal",
    "appear": "interview",
    "tell": "interview",
    "debate": "debate",
    "run": "candidacy",
    "campaign": "campaign event",
    "pass": "vote",
    "approve": "vote",
    "adopt": "vote",
    "reject": "vote",
    "carry": "vote",
    "confirm": "appointment",
    "elect": "election",
    "swear": "inauguration",
    "address": "speech",
    "hire": "appointment",
    "recruit": "appointment",
    "huddle": "meeting",
    "confer": "meeting",
    "advertise": "advertising",
    "raise": "fundraising",
    "beat": "election",
    "defeat": "election",
    "trounce": "election",
    "whip": "election",
    "rout": "election",
    "edge": "election",
    "outpoll": "election",
    "arrive": "visit",
    "die": "death",
    "finish": "election",
    "sue": "lawsuit",
    "file": "lawsuit",
    "veto": "veto",
    "protest": "protest",
    "punch": "assault",
    "assault": "assault",
    "shove": "assault",
    "kick": "assault",
    "slap": "assault",
    "yank": "assault",
    "grab": "assault",
    "tackle": "assault",
    "choke": "assault",
    "testify": "hearing",
    "send": "deployment",
    "dispatch": "deployment",
    "order": "deployment",
    "stump": "campaign event",
    "pardon": "pardon",
    "arrest": "arrest",
    "detain": "arrest",
    "charge": "charge",
    "indict": "charge",
    "convict": "conviction",
    "sentence": "sentencing",
    "launch": "candidacy",
    "dissolve": "decree",
    # a body's decisions: "councillors backed the route", "the chamber ratified the treaty" (guarded: a body decides)
    "back": "vote",
    "choose": "vote",
    "select": "vote",
    "ratify": "vote",
    "amend": "vote",
    "agree": "vote",
    "clear": "vote",
    "advance": "vote",
    "summon": "hearing",
    "subpoena": "hearing",
    "walk": "protest",
    "march": "protest",
    # someone put out of a post: "fired the staffer", "X was sacked" (guarded: a person is dismissed)
    "fire": "dismissal",
    "sack": "dismissal",
    "oust": "dismissal",
    "dismiss": "dismissal",
}
# Kinds whose participant is the one it happens to: "X was elected", "X was sworn in".
PATIENT_KINDS = {
    "election", "appointment", "inauguration", "pardon", "arrest", "charge", "conviction", "sentencing", "assault",
    "dismissal",
}  # fmt: skip
# Whom (or what of them) an assault is done to: "punched a protester", "yanked the arm of a reporter".
BODY_PARTS = {"arm", "arms", "face", "throat", "neck", "head", "hand", "hands", "hair", "collar", "shoulder", "back"}
VICTIM_NOUNS = {
    "protester", "protesters", "demonstrator", "demonstrators", "reporter", "reporters", "photographer",
    "journalist", "heckler", "officer", "guard", "student", "child", "voter", "supporter", "supporters",
}  # fmt: skip
# Where a candidate finished: "finished second in Iowa", "finished 1-2", "finished in third place".
PLACINGS = {"first", "second", "third", "fourth", "fifth", "last", "atop", "ahead", "behind"}
# Words for whoever did it, named once known: "the assailant, John Roe,", "X was identified as the attacker".
ATTACKER_NOUNS = {"assailant", "attacker", "assailants", "attackers"}
NAMED_LATER_REACH = 1200  # characters after the event's paragraph: about two paragraphs
# Who is sent on a deployment: "sent 3,000 troops to Poland", "ordered warships to the Gulf".
TROOP_WORDS = {
    "troops", "soldiers", "forces", "force", "marines", "warships", "ships", "jets", "aircraft", "battalion",
    "battalions", "brigade", "brigades", "units", "personnel", "peacekeepers", "commandos", "operators", "advisers",
}  # fmt: skip
LEGAL_KINDS = {"arrest", "charge", "conviction", "sentencing"}
# Winning over someone: "beat X in Iowa", "defeated X by ten points" (the loser takes part too).
BEATING_VERBS = {"beat", "defeat", "trounce", "whip", "rout", "edge", "outpoll"}
MARGIN_WORDS = {"margin", "point", "points", "percent", "vote", "votes", "delegate", "delegates"}
# Someone described rather than named: "nominated the first woman to the court, Jane Doe".
PERSON_NOUNS = {"person", "man", "woman", "lawmaker", "veteran", "activist", "lawyer", "businessman", "businesswoman"}
# Advertising: "bought ad time", "ran ads", "took to the airwaves", "reserved time for advertisements".
AD_NOUNS = {"ad", "ads", "advert", "adverts", "advertisement", "advertisements", "advertising", "commercial",
            "commercials", "airwaves", "spot", "spots"}  # fmt: skip
AD_VERBS = {
    "buy", "run", "air", "launch", "release", "unveil", "reserve", "book", "place", "debut", "put", "start",
    "begin", "spend", "take", "respond", "cut", "film", "purchase", "roll", "blanket", "flood",
}  # fmt: skip
# Money raised: "raised $7 million", "raised funds"; an appeal for it: "sent out a fundraising email".
MONEY_WORDS = {"money", "fund", "funds", "cash", "million", "billion", "dollar", "dollars", "donation", "donations"}
APPEAL_NOUNS = {"call", "email", "e-mail", "appeal", "letter", "plea", "pitch", "drive", "text", "message"}
FUNDRAISING_WORDS = {"fundraising", "fund-raising", "donation", "donor"}
# Who asks the questions in an interview: "co-host X asked Y", "Y was asked by host X".
ASKING_VERBS = {"ask", "question", "grill", "press", "quiz"}
# Who a speech is given to: "told a crowd", "told supporters at a rally".
SPEECH_AUDIENCES = {"crowd", "crowds", "rally", "audience", "audiences", "gathering", "congregation", "supporters"}
# Who is addressed in a speech: "addressed parliament", "addressed the nation".
AUDIENCES = {
    "parliament", "assembly", "nation", "congress", "senate", "rally", "crowd", "supporters", "conference",
    "summit", "meeting", "lawmakers", "delegates", "students", "audience", "troops", "convention", "session",
}  # fmt: skip
# What a body votes on: "passed the bill", "approved the budget", "rejected the motion".
VOTED_THINGS = {
    "bill", "law", "budget", "motion", "resolution", "amendment", "measure", "legislation", "proposal",
    "treaty", "deal", "agreement", "plan", "reform", "reforms", "constitution", "act", "package", "ordinance",
}  # fmt: skip
NOUN_TRIGGERS = {
    "meeting": "meeting",
    "summit": "meeting",
    "talk": "talks",
    "talks": "talks",
    "discussion": "talks",
    "negotiation": "talks",
    "invitation": "invitation",
    "visit": "visit",
    "trip": "visit",
    "speech": "speech",
    "address": "speech",
    "interview": "interview",
    "deployment": "deployment",
    "announcement": "announcement",
    "call": "call",
    "conversation": "call",
    "conference": "press conference",
    "briefing": "press conference",
    "vote": "vote",
    "referendum": "vote",
    "sanction": "sanctions",
    "sanctions": "sanctions",
    "resignation": "resignation",
    "appointment": "appointment",
    "win": "election",
    "victory": "election",
    "endorsement": "endorsement",
    "rally": "speech",
    "fundraiser": "speech",
    "forum": "speech",
    "hall": "speech",
    "trail": "campaign event",
    "debate": "debate",
    "statement": "statement",
    "appearance": "interview",
    "showdown": "debate",
    "matchup": "debate",
    "mission": "visit",
    "tour": "visit",
    "march": "protest",
    "protest": "protest",
    "demonstration": "protest",
    "vigil": "protest",
    "walkout": "protest",
    "strike": "protest",
    "hearing": "hearing",
    # a body's decision named as a noun: "the passage of the bill", "the Senate's approval of the treaty"
    "passage": "vote",
    "approval": "vote",
    "adoption": "vote",
    "ratification": "vote",
    "rejection": "vote",
    "signing": "signing",
    # "Obama's nomination of X" (guarded: someone is nominated)
    "nomination": "appointment",
    # a judge's decision named as a noun: "made his ruling", "in her dissent" (guarded: a judge's)
    "ruling": "ruling",
    "decision": "ruling",
    "order": "ruling",
    "opinion": "ruling",
    "dissent": "ruling",
    "judgment": "ruling",
    "judgement": "ruling",
    "verdict": "ruling",
}
# Verbs that are events only with the right object ("signed a bill", "hosted the president").
SIGNED_THINGS = {
    "mou", "mous", "loan", "compact",
    "bill", "law", "agreement", "deal", "treaty", "order", "decree", "accord", "memorandum", "pact", "contract",
    "declaration", "convention", "measure", "legislation", "charter", "communique", "protocol", "amendment",
}  # fmt: skip
# Those that vote on texts: whatever they pass, approve, adopt or reject ("the assembly approved
# a new calendar", "deputies adopted the text") was put to a vote.
LEGISLATURES = {
    "parliament", "senate", "house", "assembly", "congress", "council", "committee", "legislature", "chamber",
    "lawmakers", "legislators", "mps", "councillors", "councilors", "deputies", "senators", "msps",
    "representatives", "parliamentarians", "aldermen", "delegates", "congressmen", "assemblymen",
}  # fmt: skip
# Bodies that vote or impose sanctions: such an event needs no named person.
VOTING_BODIES = LEGISLATURES | {
    "board", "union", "government", "cabinet", "members", "voters", "court", "commission", "bloc", "states",
    "countries", "nations", "ministers", "administration", "treasury",
}  # fmt: skip
# Verbs that put sanctions in place; "called for sanctions" and "faces sanctions" are not an event.
SANCTION_VERBS = {"impose", "announce", "adopt", "approve", "extend", "slap", "levy", "introduce", "unveil", "expand"}
# Putting a text before a legislature: its mover takes part in the vote on it.
MOVING_VERBS = {"move", "table", "present", "submit", "introduce", "sponsor", "propose", "put", "bring", "second"}
HEARING_VERBS = {"hold", "chair", "conduct", "convene", "open", "attend", "hear"}
PRESS_WORDS = {"press", "news"}
PRESS_AUDIENCES = {"reporters", "journalists", "press", "media", "newsmen"}
HOSTING_VERBS = {"host", "receive", "welcome"}
SPEAKING = {"tell", "address", "brief", "give", "call", "convene", "hold", "headline", "attend", "do"}
PHONE_WORDS = {"phone", "telephone", "video", "phone-call"}
# Nouns that are events only with a sign of it ("a phone call", "a call with X").
GUARDED_NOUNS = {
    "call", "conversation", "address", "talk", "conference", "sanction", "sanctions", "appointment", "vote", "win",
    "victory", "hall", "trail", "debate", "statement", "appearance", "showdown", "matchup", "mission", "tour",
    "march", "protest", "demonstration", "vigil", "walkout", "strike", "hearing", "passage", "approval", "adoption",
    "ratification", "rejection", "signing", "nomination", "ruling", "decision", "order", "opinion", "dissent",
    "judgment", "judgement", "verdict",
}  # fmt: skip
# Protests someone takes part in: "led a march", "joined protesters", "staged a walkout".
PROTEST_VERBS = {
    "lead", "join", "stage", "organise", "organize", "hold", "attend", "head", "call",
    "stag",  # the small model's lemma of "staged"
}  # fmt: skip
PROTESTERS = {"protesters", "demonstrators", "marchers", "strikers", "picketers"}
# What is filed at a court: "filed a lawsuit", "filed a complaint"; not "filed a report".
LEGAL_FILINGS = {"lawsuit", "suit", "complaint", "petition", "appeal", "motion", "challenge", "injunction"}
# What is won or run for: "won the primary", "running for Congress".
CONTEST_WORDS = {
    "primary", "primaries", "caucus", "caucuses", "election", "elections", "contest", "race", "vote", "nomination",
    "seat", "state", "majority", "referendum", "runoff", "ballot", "poll", "presidency", "leadership", "mandate",
}  # fmt: skip
OFFICES = {
    "president", "presidency", "congress", "senate", "governor", "mayor", "office", "re-election", "reelection",
    "seat", "parliament", "house", "nomination", "leadership", "chair", "council", "assembly", "governorship",
}  # fmt: skip
CAMPAIGN_WORDS = {"campaign", "bid", "candidacy", "run", "race"}
MEDIA_ROLES = {"host", "anchor", "interviewer", "presenter", "correspondent", "journalist", "reporter", "co-host"}
MEDIA_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC"}
BROADCAST_NOUNS = {
    "television", "tv", "radio", "air", "programme", "program", "show", "podcast", "broadcast", "channel",
}  # fmt: skip
SOCIAL_MEDIA = {"twitter", "facebook", "instagram", "x", "truth", "telegram", "tiktok", "youtube"}
# Where a person speaks: "at a rally", "at a town hall", "on the campaign trail".
VENUE_COMPOUNDS = {"hall": {"town"}, "trail": {"campaign"}}
BODY_EVENT_KINDS = {"vote", "sanctions", "deployment"}
# Outcomes a modal or a future makes a forecast ("would defeat", "will raise").
OUTCOME_KINDS = {"election", "fundraising"}
# Acts a modal makes a supposition or a stated intention ("would deploy troops", "could resign").
CONDITIONAL_KINDS = {
    "vote", "deployment", "withdrawal", "appointment", "resignation", "sanctions", "visit", "meeting", "dismissal",
    "request", "sitting",
}  # fmt: skip
POLL_WORDS = {"poll", "polls", "survey", "surveys", "polling"}
# Noun events whose clause's subject puts them out: "the campaign ran ads", "she sent a fundraising email".
PUT_OUT_KINDS = {"advertising", "fundraising"}  # events a body (a parliament, an army) takes part in
# Verbs whose complement is only intended ("offered to meet"): no event happened (yet).
INTENT_VERBS = {
    "offer", "plan", "propose", "hope", "want", "seek", "threaten", "agree", "promise", "intend", "refuse",
    "decline", "try", "aim", "ask", "urge", "expect", "need", "wish", "prepare", "consider",
    "call", "demand", "press", "pressure", "push", "encourage", "like", "vow", "pledge", "would",
    "hop",  # the small model's lemma of "hopes"
}  # fmt: skip
# "forced X to resign", "led X to drop out": X did it (not an intention, unlike "urged X to resign").
KIND_GROUPS = {"talks": "meeting"}  # kinds that describe the same happening
PLURAL_PEOPLE = {"leaders", "men", "women", "ministers", "sides", "pair", "two", "both", "counterparts", "presidents"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MOTION_VERBS = {"travel", "go", "arrive", "fly", "head", "be", "come", "return", "land", "touch", "leave", "depart"}
ASPECT_VERBS = {"begin", "start", "be", "continue", "prepare", "plan", "set", "due", "expect"}
# Verbs that receive a noun event from someone: "scored an endorsement from X", "garnered the backing of X".
RECEIVING_VERBS = {"score", "garner", "gain", "snag", "nab", "collect", "pick"}
ANCHOR_VERBS = LIGHT_VERBS | RECEIVING_VERBS
# Where someone speaks: "said at a Reuters event", "told a hearing", "said at a news conference".
OCCASIONS = {
    "event": "speech", "forum": "speech", "rally": "speech", "luncheon": "speech", "breakfast": "speech",
    "dinner": "speech", "gala": "speech", "fundraiser": "speech", "convention": "speech", "summit": "speech",
    "ceremony": "speech", "reception": "speech", "roundtable": "speech", "panel": "speech", "symposium": "speech",
    "townhall": "speech", "festival": "speech", "conference": "speech", "graduation": "speech",
    "hearing": "hearing", "debate": "debate", "briefing": "press conference", "meeting": "meeting",
}  # fmt: skip
# Where published words appear: "wrote in an op-ed", "said in an email".
WRITINGS = {
    "post", "op-ed", "column", "letter", "tweet", "blog", "essay", "editorial", "email", "e-mail", "memo",
    "message", "newsletter", "statement", "release",
}  # fmt: skip
# Reporting verbs whose setting can make an appearance: "stated on CNN", "remarked at a forum".
REPORTING_VERBS = {"say", "tell", "state", "remark", "explain", "argue", "joke", "acknowledge", "admit", "predict"}
# Crowds named after someone they back, not people taking part: "Sanders supporters rallied";
# staff named after whom they work for: "Cole's spokesman, Tom Ray, said in an email".
FOLLOWER_NOUNS = {
    "supporter", "backer", "fan", "follower", "voter", "delegate", "protester", "opponent", "critic", "aide",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "staffer", "surrogate", "lawyer", "attorney",
    "mate",
}  # fmt: skip
WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words that name a day or month ("Tuesday", "in March", "yesterday"); "last week" names neither.
DAY_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "yesterday", "today", "tonight", "tomorrow",
}  # fmt: skip
# What someone spoke about: "testified on the attacks in X", "talked about the floods in Y".
TOPIC_PREPOSITIONS = {"about", "over", "regarding", "concerning"}
SPOKEN_KINDS = {"hearing", "speech", "interview", "statement", "press conference", "announcement"}
TIME_PREPOSITIONS = {"after", "before", "during", "following", "since", "until", "ahead"}
PLACE_PREPOSITIONS = {"in", "at", "to", "into", "near", "outside", "inside", "from", "across", "around"}


@dataclass
class Trigger:
    token: Token
    kind: str


@dataclass
class FoundEvent:
    kind: str
    trigger: Token
    participants: list[int] = field(default_factory=list)
    date: PartialDate = field(default_factory=PartialDate)
    date_text: str = ""
    location: str = ""
    quotes: list[int] = field(default_factory=list)
    summary: str = ""
    phrase: set[int] = field(default_factory=set)  # token indexes of the event's phrase
    announced_by: int | None = None  # the person whose reported words are the only source of a body's act
    received_by_subject: bool = False  # the clause's subject, first participant, got it ("X won Y's endorsement")
    doers: int = 1  # how many of the first participants are the clause's subject ("X and Y endorsed Z": 2)


def find_events(
    body: str,
    people: list[ExtractedPerson],
    quotes: list[ExtractedQuote],
    published: PartialDate,
    doc: Doc | None = None,
) -> list[ExtractedEvent]:
    """The events of one article, merged where two sentences report the same one."""
    doc = doc if doc is not None else nlp.parse(body)
    reader = EventReader(body, doc, people, quotes, published)
    found = [e for e in (reader.read(trigger) for trigger in reader.triggers()) if e is not None]
    merged = merge_same_events(drop_nested(found))
    return [
        ExtractedEvent(
            summary=e.summary,
            kind=e.kind,
            date=e.date,
            date_text=e.date_text,
            location=e.location,
            participants=e.participants,
            quotes=e.quotes,
        )
        for e in merged
    ]


DEFINITE = {"the", "this", "that"}
MOVER_PARAGRAPHS = 3  # the vote's paragraph and the two before it, searched for who moved a text voted on
NAMED_AFTER_PARAGRAPHS = 3  # paragraphs after an act searched for who moved or organised it (quotations may come first)
QUOTED_AFTER_PARAGRAPHS = 5  # how far after a body's vote the people quoted on it are read as taking part
# Decisions a body takes as a body (a vote, an agreement signed): with no member named as doing it, the officials
# quoted on it took part.
BODY_DECISION_KINDS = {"vote", "signing"}
# Titles that mark a named person as an office holder where the people reader found no role for them
# ("Opposition member for Anse Royale, Jane Roe", "Hon. Roe", "Minister of the Environment and Energy Jane Roe").
OFFICE_TITLES = {
    "hon", "cllr", "councillor", "councilor", "msp", "td", "alderman", "alderwoman", "rep", "sen", "rapporteur",
}  # fmt: skip
TITLE_REACH = 8  # tokens before a name searched for its title


class EventReader:
    """Triggers, participants, dates and places in one parsed article."""

    def __init__(self, body: str, doc: Doc, people: list[ExtractedPerson], quotes: list[ExtractedQuote], published):
        self.body, self.doc, self.people, self.quotes, self.published = body, doc, people, quotes, published
        self.paragraphs = split_paragraphs(body)
        self.mentions = MentionIndex.build(people)
        self.genders = [person_gender(p) for p in people]
        # Quote text plus the marks around it.
        self.quoted = [(q.start - 2, q.end + 2) for q in quotes]

    def in_quotation(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    # triggers

    def triggers(self) -> list[Trigger]:
        found = []
        for token in self.doc:
            kind = trigger_kind(token)
            if not kind or self.in_quotation(token.idx):
                continue
            paragraph = paragraph_at(self.paragraphs, token.idx)
            if paragraph is None or not paragraph.prose:
                continue
            found.append(Trigger(token, kind))
        return [
            t
            for t in found
            if not only_intended(t.token)
            and not object_of_trigger(t.token)
            and not denied(t.token)
            and not denied_by_someone(t.token)
            and not called_off(t.token)
            and not in_question(t.token)
        ]

    # one event

    def read(self, trigger: Trigger) -> FoundEvent | None:
        event = FoundEvent(trigger.kind, trigger.token)
        anchor = event_anchor(trigger.token)
        phrase = phrase_tokens(anchor, clauses=anchor.i != trigger.token.i, skip_subject=True)
        if trigger.token.lemma_ in REPORTING_VERBS:
            # "told host X that …": the interviewer and the programme, not the people the words are about
            # ("told X after the debate": the debate is when, another event, not part of the interview)
            phrase = [trigger.token] + [
                t
                for c in trigger.token.children
                if c.dep_ in {"dobj", "dative", "prep"} and c.lower_ not in TIME_PREPOSITIONS
                for t in phrase_tokens(c)
            ]
        setting = phrase
        if trigger.kind == "assault":
            # who was hit, and by whom; not the rally it happened at nor "with X yelling"
            phrase = [trigger.token] + [
                t for c in trigger.token.children if c.dep_ in {"dobj", "agent", "dative"} for t in phrase_tokens(c)
            ]
        if trigger.kind == "request":
            # who asked, and whom; not whom the inquiry is into ("an investigation of X") or who is to resign
            phrase = [trigger.token] + [
                t
                for c in trigger.token.children
                if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in {"to", "with"})
                for t in phrase_tokens(c)
            ]
        if trigger.kind == "announcement" and opens_an_inquiry(trigger.token):
            phrase = [trigger.token]  # "opened an investigation into X": X is investigated, not opening it
        if trigger.kind == "candidacy" and trigger.token.lemma_ in DECLARING_VERBS:
            phrase = [trigger.token]  # "stated their interest in taking X's seat": X runs for nothing
        if trigger.kind == "vote":
            # "approved a resolution condemning X's remarks": X is what the text is about, not a voter
            phrase = [t for t in phrase if not in_a_texts_clause(t, trigger.token)]
        event.phrase = {t.i for t in phrase}
        subject = clause_subject(trigger.token)
        event.participants = self.participants(trigger.token, phrase)
        speaker = inverted_speaker(trigger.token) if trigger.token.lemma_ in REPORTING_VERBS else None
        if speaker is not None and subject is None:
            # '"…," Jane Roe, an adviser, said at a forum' parsed with the name inside the quotation
            found = self.person_for(speaker)
            if found is not None and found not in event.participants:
                event.participants.insert(0, found)
        if not event.participants and trigger.kind in BODY_EVENT_KINDS:
            # "X said the government would impose sanctions": a body's act known from X's words
            event.participants = self.announcer(trigger.token)
            event.announced_by = event.participants[0] if event.participants else None
        movers_before, movers_after = self.movers(trigger.token) if trigger.kind == "vote" else ([], [])
        # "X had moved a motion calling for …" then "the motion was defeated by 33 votes to 21": X's motion
        event.participants += [p for p in movers_before if p not in event.participants]
        by_subject = self.people_in(phrase_tokens(subject), plural_head=subject) if subject is not None else []
        if (
            not any(
                p in by_subject for p in event.participants
            )  # "the House voted to override X's veto": X is voted on
            and trigger.kind in BODY_DECISION_KINDS
            and (
                acted_by_body(subject)
                or (subject is not None and is_acting_body(subject))
                or by_a_count_of_votes(trigger.token)
                or names_a_voted_text(subject)
                or passive_voted_text(trigger.token)
                or tallied_vote(trigger.token)
            )
        ):
            # "The council voted 22 to 10 to …" then "Cllr X, who proposed it, said: '…'": a body's vote, and the
            # members and officials quoted on it in the paragraphs after took part in it
            event.participants += [p for p in self.quoted_after(trigger.token) if p not in event.participants]
            # the officer who chaired the sitting ("the session was chaired by X", "with X in the chair")
            event.participants += [p for p in self.presiding_officers(trigger.token) if p not in event.participants]
        # "An opposition motion was defeated." then "X, who moved the motion, argued …": X's motion too
        event.participants += [p for p in movers_after if p not in event.participants]
        if event.announced_by is not None and trigger.kind in BODY_DECISION_KINDS:
            # "The Speaker said the bill was approved …" then the minister quoted on it: both took part
            event.participants += [p for p in self.quoted_after(trigger.token) if p not in event.participants]
        if trigger.kind == "protest" and not event.participants and subject is not None:
            # "Opposition members walked out of the Assembly": the Leader of the Opposition the story names led them
            event.participants = self.opposition_leader(subject)
        if trigger.kind in {"protest", "ceremony"}:
            # "Campaigners handed a petition to the council." then "X, who organised the petition, said …";
            # "… handed over a memorandum" then "Y, who received the memorandum, said …"
            event.participants += [p for p in self.organisers_after(trigger.token) if p not in event.participants]
        body = meeting_body(trigger.token, subject) if trigger.kind in {"meeting", "hearing"} else None
        if body is not None:
            # "The committee met under the chairmanship of X." then "Secretary Y briefed the committee that …"
            event.participants += [p for p in self.briefed_the_body(trigger.token, body) if p not in event.participants]
        if trigger.kind == "assault" and unnamed_attacker(trigger.token, self.person_for):
            # "X was punched by a supporter" … "the assailant, John Roe, told …": the attacker named later
            attacker = self.named_later_as(trigger.token, ATTACKER_NOUNS)
            if attacker is not None and attacker not in event.participants:
                event.participants.append(attacker)
        if trigger.token.lemma_ in REPORTING_VERBS and trigger.kind in ADDRESSED_KINDS and event.participants:
            # "X joked to Chair Y that …" then '"…," he said at a hearing': Y was there too
            event.participants += [
                p
                for p in self.addressed_in_paragraph(trigger.token, event.participants[0])
                if p not in event.participants
            ]
        if not event.participants and told_there_by_nobody_named(trigger.token):
            # "Irrigators were told at a meeting on Wednesday that …" then "Regional manager X said …":
            # who told them is the official the next paragraph has speak
            event.participants = self.next_paragraph_official(trigger.token)
        if trigger.token.lemma_ in HOSTING_VERBS and len(event.participants) > 1:
            event.participants = event.participants[1:] + event.participants[:1]  # the guest visits
        announced_by_a_body = trigger.kind == "announcement" and subject is not None and is_acting_body(subject)
        if (
            not event.participants
            and not (
                trigger.kind in BODY_EVENT_KINDS
                and (acted_by_body(subject) or trigger.kind == "deployment" or by_a_count_of_votes(trigger.token))
            )
            and not announced_by_a_body
        ):
            return None
        if trigger.token.pos_ == "VERB" and (  # "with his win, X will have …": the win is done
            (trigger.kind in OUTCOME_KINDS and speaks_of_future(trigger.token))
            or (trigger.kind in OUTCOME_KINDS | CONDITIONAL_KINDS and conditional(trigger.token))
        ):
            return None  # "would beat her", "will raise no money", "voters could vote": not a result
        if trigger.kind in {"election", "debate"} and head_to_head_poll(trigger.token):
            return None  # "the poll shows X beating Y 45 to 40": a poll, not a contest
        if trigger.kind == "sign-up" and subject is None:
            return None  # "Sign up for our newsletter"
        voter = trigger.kind == "vote" and trigger.token.pos_ == "VERB" and not acted_by_body(subject)
        if voter and speaks_of_future(trigger.token):
            return None  # "he will vote for her": a voter's intention, not a vote held
        if subject is not None and event.participants:
            event.received_by_subject = self.people_in(phrase_tokens(subject))[:1] == event.participants[:1]
            by_subject = self.people_in(phrase_tokens(subject), plural_head=subject)
            event.doers = max(1, len([p for p in event.participants[: len(by_subject)] if p in by_subject]))
        event.location = self.location(trigger.token, setting)
        if trigger.kind == "deployment" and not event.participants and not (event.location and subject is not None):
            return None  # a deployment needs a place and someone (a unit) to deploy
        event.date_text, event.date = self.date(trigger.token)
        event.quotes = self.quotes_of(trigger.token, event.participants)
        event.summary = summarise(event, self.people, subject)
        return event

    def participants(self, trigger: Token, phrase: list[Token]) -> list[int]:
        """The subject of the clause (when it takes part) first, then the trigger's own phrase."""
        agents: list[int] = []
        praised = praised_for(trigger)
        if praised:
            # "X congratulated Y on his election victory": the victory is Y's alone
            return self.people_in([t for p in praised for t in phrase_tokens(p)], pronouns=False)
        subject = clause_subject(trigger)
        owned = trigger.pos_ != "VERB" and any(
            c.dep_ == "poss" and c.pos_ != "PRON" and self.person_for(c) is not None for c in trigger.children
        )
        if subject is not None and not (owned and trigger_kind(trigger) not in {"meeting", "talks", "call"}):
            # "after Clinton's win, Sanders …": the win is Clinton's alone
            agents = self.people_in(phrase_tokens(subject), plural_head=subject)
            # "Minister X and her counterpart Y signed", parsed as two subjects of the verb: both signed
            for other in side_by_side_subjects(subject):
                agents = [p for p in self.people_in(phrase_tokens(other)) if p not in agents] + agents
        if trigger.pos_ == "VERB" and trigger_kind(trigger) in PATIENT_KINDS | {"interview", "endorsement"}:
            for child in trigger.children:
                if child.dep_ == "nsubjpass":  # "X was elected", "X was sworn in", "X was asked by host Y"
                    agents += [p for p in self.people_in(phrase_tokens(child), plural_head=child) if p not in agents]
            if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "Governor X, endorsed by the Courier, …"
                agents += [p for p in self.people_in([trigger.head]) if p not in agents]
        if trigger.pos_ != "VERB" and trigger.dep_ in {"compound", "nmod"}:
            # "Trump's speech/press conference/event": the owner of the noun it qualifies
            owners = [c for c in trigger.head.children if c.dep_ == "poss"]
            agents += [p for o in owners for p in self.people_in([o]) if p not in agents]
        act = act_at_the_event(trigger)
        if act is not None:
            # "her attack on X in Sunday's debate": who attacked (and, in a debate, who was attacked)
            # took part; "his remarks at the rally": the speaker was there
            tokens = (
                phrase_tokens(act)
                if trigger_kind(trigger) == "debate"
                else [c for c in act.children if c.dep_ == "poss"]
            )
            agents += [p for p in self.people_in(tokens) if p not in agents]
        if trigger.pos_ == "VERB" and trigger_kind(trigger) == "vote":
            # "the motion, tabled by X, was carried", "passed its second reading after X moved it"
            agents += [p for p in self.people_in(movers_of_the_text(trigger), pronouns=False) if p not in agents]
            # "the Senate advanced the bill after senators X and Y agreed to support it": their votes carried it
            agents += [p for p in self.people_in(supporters_of_the_vote(trigger), pronouns=False) if p not in agents]
        if trigger.lemma_ in {"summon", "subpoena"}:
            # "summoned Minister X to appear before it" parsed as a clause whose subject is X
            summoned = [s for c in trigger.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
            agents += [p for p in self.people_in(summoned, pronouns=False) if p not in agents]
        if trigger.pos_ != "VERB" and trigger_kind(trigger) in {"meeting", "talks"}:
            # "at its meeting on Monday, chaired by President X": who chaired it was there
            agents += [p for p in self.people_in(chairs_of(trigger), pronouns=False) if p not in agents]
        if subject is not None and trigger_kind(trigger) in {"protest", "vote"}:
            # "opposition MPs, led by X, staged a walkout": the leader named in the subject's own phrase
            agents += [p for p in self.people_in(leaders_of(subject), pronouns=False) if p not in agents]
        # With a named subject, "his" in "his visit" or "his counterpart" is that subject.
        others = self.people_in(phrase, pronouns=not agents)
        others += [p for p in self.named_after(phrase) if p not in others]
        others += [p for p in self.second_side(trigger) if p not in others]
        ordered = []
        for person in agents + others:
            if person not in ordered:
                ordered.append(person)
        return ordered

    def second_side(self, trigger: Token) -> list[int]:
        """'talks between X and the envoy Y had been …': 'between' names two sides, but the small parser can hang
        the second one on the verb; it is the first person named after the 'and', before the verb."""
        sides = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children]
        for side in sides:
            if side.dep_ != "pobj" or any(g.dep_ == "conj" for g in side.children):
                continue
            joint = next((g for g in side.children if g.dep_ == "cc" and g.lower_ == "and"), None)
            if joint is None:
                continue
            after = []
            for token in self.doc[joint.i + 1 : trigger.sent.end]:
                if token.pos_ in {"VERB", "AUX"} or token.is_punct:
                    break
                after.append(token)
            return self.people_in(after, pronouns=False)[:1]
        return []

    def people_in(self, tokens: list[Token], pronouns: bool = True, plural_head: Token | None = None) -> list[int]:
        """People named (or referred to) by these tokens, in order."""
        found: list[int] = []
        for token in tokens:
            relative = token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl"  # "X, who she named": X
            if not pronouns and (token.pos_ == "PRON" or token.tag_ == "PRP$") and not relative:
                continue
            if names_followers(token):
                continue  # "rallies of Sanders supporters": Sanders is not there
            if token.lower_ == "they" and token.dep_ in {"nsubj", "nsubjpass"}:
                found += [p for p in self.named_pair_before(token) if p not in found]  # "X and Y. … they endorsed"
                continue
            person = self.person_for(token)
            if person is None and token.lower_ in ROLE_HEADS and token.i + 1 < len(self.doc):
                # "her counterpart Luc Girard", however the parser attached the name
                person = self.mentions.person_at(self.doc[token.i + 1].idx)
            if person is not None and person not in found:
                found.append(person)
        if not found and plural_head is not None and plural_head.lower_ in PLURAL_PEOPLE:
            found = self.recent_people(plural_head, 2, office=office_named(plural_head))  # "the two leaders"
        return found

    def person_for(self, token: Token) -> int | None:
        if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
            token = token.head.head  # "Novak, who met Ferris": who is Novak
        if token.pos_ == "PRON" or token.tag_ == "PRP$":
            return resolve_pronoun(token, self.mentions, self.genders, self.in_quotation)
        person = self.mentions.person_at(token.idx)
        if person is not None:
            return person
        described = person_by_description(token, self.people)
        if described is None and token.dep_ == "appos" and token.pos_ == "NOUN":
            return self.mentions.person_at(token.head.idx)  # "Jane Roe, 26, a protester who …": Jane Roe
        return described

    def announcer(self, trigger: Token) -> list[int]:
        """The person whose reported words carry the event: 'Minister X said (that) the EU would …'."""
        verb = governing_verb(trigger)
        for _ in range(3):
            if verb is None or verb.dep_ != "ccomp" or verb.head.i == verb.i:
                return []
            verb = verb.head
            if verb.lemma_ in SPEECH_VERBS:
                speakers = [c for c in verb.children if c.dep_ == "nsubj"]
                return [p for s in speakers for p in self.people_in(phrase_tokens(s))][:1]
        return []

    def addressed_in_paragraph(self, trigger: Token, speaker: int) -> list[int]:
        """People the speaker addressed earlier in the paragraph ('joked to Y', 'told Y'), outside
        quotations; a journalist or a programme makes an interview of its own, not this."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        if paragraph is None:
            return []
        found = []
        for verb in self.doc:
            if verb.idx < paragraph.start or verb.i >= trigger.i or verb.lemma_ not in REPORTING_VERBS:
                continue
            if self.in_quotation(verb.idx) or speech_verb_kind(verb):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not any(self.person_for(s) == speaker for s in subjects):
                continue
            addressed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
            if verb.lemma_ == "tell":
                addressed += [c for c in verb.children if c.dep_ == "dobj"]
            for noun in addressed:
                person = self.person_for(noun)
                if person is not None and person != speaker and noun.dep_ in {"pobj", "dobj"}:
                    found.append(person)
        return found

    def next_paragraph_official(self, trigger: Token) -> list[int]:
        """The named person with a role who speaks in the first sentence of the next paragraph."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        following = next((p for p in self.paragraphs if paragraph is not None and p.start >= paragraph.end), None)
        if following is None:
            return []
        first = next((t for t in self.doc if t.idx >= following.start), None)
        if first is None:
            return []
        for token in first.sent:
            if token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS and not self.in_quotation(token.idx):
                person = self.mentions.person_at(token.idx)
                if person is not None and self.people[person].role:
                    return [person]
        return []

    def movers(self, vote: Token) -> tuple[list[int], list[int]]:
        """Who moved the text a body voted on: named in an earlier sentence of the same or the paragraph before
        ('X had moved a motion …' before 'the motion was defeated'; the text voted on must then be definite,
        'the motion'), and named just after it, in the rest of its paragraph or the next one, where the moving names the
        text as known ('An opposition motion was defeated.' then 'X, who tabled the motion, argued …', 'The
        motion was presented by X')."""
        texts = [
            c for c in vote.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in VOTED_THINGS
        ]
        paragraph = paragraph_at(self.paragraphs, vote.idx)
        if not texts or paragraph is None:
            return [], []
        wanted = {t.lemma_.lower() for t in texts}
        before: list[int] = []
        if any(d.lower_ in DEFINITE for t in texts for d in t.children):
            earlier = [p for p in self.paragraphs if p.start <= paragraph.start]
            start = earlier[-MOVER_PARAGRAPHS:][0].start  # a quotation or two may stand between the moving and the vote
            before = self.movers_between(wanted, start, vote.sent.start_char, definite=False)
        following = [p for p in self.paragraphs if p.start >= paragraph.end][:NAMED_AFTER_PARAGRAPHS]
        end = following[-1].end if following else paragraph.end
        return before, self.movers_between(wanted, vote.sent.end_char, end, definite=True)

    def movers_between(self, wanted: set[str], start: int, end: int, definite: bool) -> list[int]:
        """The people who moved, seconded, tabled or presented a text of these kinds in a sentence between the
        offsets ('X moved the motion', 'a motion moved by X', 'Seconding the motion, Y said')."""
        found: list[int] = []
        for verb in self.doc:
            if verb.idx < start or verb.idx >= end or verb.lemma_ not in MOVING_VERBS or self.in_quotation(verb.idx):
                continue
            texts = [o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() in wanted]
            if verb.dep_ == "acl" and verb.head.lemma_.lower() in wanted:
                texts.append(verb.head)  # "a motion of urgent public importance moved by X"
            if definite:
                texts = [t for t in texts if any(d.lower_ in DEFINITE for d in t.children)]
            if not texts or conditional(verb) or speaks_of_future(verb) or only_intended(verb):
                continue
            movers = [g for c in verb.children if c.dep_ in {"nsubj", "agent"} for g in c.subtree]
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
                movers += [
                    g for c in verb.head.children if c.dep_ == "nsubj" for g in c.subtree
                ]  # "Seconding it, Y said"
            found += [p for p in self.people_in(movers, pronouns=False) if p not in found]
        return found

    def quoted_after(self, trigger: Token) -> list[int]:
        """The named people with a role whose words are quoted or reported in the trigger's paragraph after it or
        in the next few paragraphs, in order."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        if paragraph is None:
            return []
        following = [p for p in self.paragraphs if p.start >= paragraph.end][:QUOTED_AFTER_PARAGRAPHS]
        end = following[-1].end if following else paragraph.end
        spoken = [(q.start, q.speaker) for q in self.quotes if q.speaker is not None]
        # words reported rather than quoted ("Senator X said the inquiry would …") count the same
        spoken += [
            (t.idx, person)
            for t in self.doc
            if trigger.idx < t.idx < end
            and t.dep_ == "nsubj"
            and t.head.lemma_ in SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in t.head.children)
            and not self.in_quotation(t.idx)
            for n in [t] + [c for c in t.children if c.dep_ == "appos"]  # "the spokeswoman, Senator X, said"
            if (person := self.mentions.person_at(n.idx)) is not None
        ]
        found: list[int] = []
        for start, speaker in sorted(spoken):
            if trigger.idx < start < end and self.holds_office(speaker) and speaker not in found:
                found.append(speaker)
        return found

    def opposition_leader(self, group: Token) -> list[int]:
        """Who led the opposition's members ('Opposition members', 'all nine Opposition MPs') when none is named in
        the act: the first opposition office holder named after it, in its paragraph or the next two ('Opposition
        Chief Whip X said …'), else the person the story names as the opposition's leader."""
        if not any(t.lower_ == "opposition" for t in group.subtree):
            return []
        opposition = [
            i for i, person in enumerate(self.people) if re.search(r"\b(?:opposition|minority)\b", person.role.lower())
        ]
        paragraph = paragraph_at(self.paragraphs, group.idx)
        if paragraph is not None:
            following = [p for p in self.paragraphs if p.start >= paragraph.end][:2]
            end = following[-1].end if following else paragraph.end
            for start, _, person in reversed(self.mentions.before(end)):
                if start > group.idx and person in opposition and not self.in_quotation(start):
                    return [person]
        return [
            i
            for i in opposition
            if re.search(
                r"\b(?:leader of the opposition|opposition leader|minority leader)\b", self.people[i].role.lower()
            )
        ][:1]

    def organisers_after(self, trigger: Token) -> list[int]:
        """People named just after a group's act as having organised, led or received the thing it was about, in
        the rest of its paragraph or the next ('X, who organised the petition', 'Y, who received the memorandum',
        'the march was led by Z'); the thing must be named as known ('the petition')."""
        things = {trigger.lemma_.lower()} if trigger.pos_ != "VERB" else set()
        things |= {c.lemma_.lower() for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}}
        if trigger.pos_ == "VERB" and trigger.lemma_ == "walk":
            things.add("walkout")
        if trigger.pos_ == "VERB" and trigger.lemma_ in {"march", "protest", "rally"}:
            things.add(trigger.lemma_)
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        if paragraph is None or not things:
            return []
        following = [p for p in self.paragraphs if p.start >= paragraph.end][:NAMED_AFTER_PARAGRAPHS]
        end = following[-1].end if following else paragraph.end
        found: list[int] = []
        for verb in self.doc[trigger.sent.end :]:
            if verb.idx >= end:
                break
            if verb.lemma_ not in ORGANISING_VERBS or verb.pos_ != "VERB" or self.in_quotation(verb.idx):
                continue
            known = [
                o
                for o in verb.children
                if o.dep_ in {"dobj", "nsubjpass"}
                and o.lemma_.lower() in things
                and any(d.lower_ in DEFINITE for d in o.children)
            ]
            if not known or conditional(verb) or speaks_of_future(verb):
                continue
            doers = [g for c in verb.children if c.dep_ in {"nsubj", "agent"} for g in c.subtree]
            found += [p for p in self.people_in(doers, pronouns=False) if p not in found]
        return found

    def briefed_the_body(self, trigger: Token, body: Token) -> list[int]:
        """The named people who briefed, told or appeared before the body that met, in the meeting's paragraph
        after it or the few after ('Secretary Y briefed the committee', 'Y told the board', 'Y appeared before the
        committee'), outside quotations."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        if paragraph is None:
            return []
        following = [p for p in self.paragraphs if p.start >= paragraph.end][:QUOTED_AFTER_PARAGRAPHS]
        end = following[-1].end if following else paragraph.end
        name = body.lemma_.lower()
        found: list[int] = []
        for verb in self.doc[trigger.i + 1 :]:
            if verb.idx >= end:
                break
            if verb.pos_ != "VERB" or self.in_quotation(verb.idx):
                continue
            addressed = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and verb.lemma_ in BRIEFING_VERBS]
            addressed += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "before" for g in c.children]
            if not any(a.lemma_.lower() == name for a in addressed):
                continue
            speakers = [g for c in verb.children if c.dep_ == "nsubj" for g in phrase_tokens(c)]
            found += [p for p in self.people_in(speakers, pronouns=False) if p not in found]
        return found

    def presiding_officers(self, trigger: Token) -> list[int]:
        """Who chaired the sitting a body decided in, told in the paragraph before the decision's, its own or the
        few after ('The session was chaired by X', 'X presided over the sitting', 'with X in the chair'), or
        named there, outside quotations, by a presiding office ('Speaker X ruled …')."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        if paragraph is None:
            return []
        before = [p for p in self.paragraphs if p.end <= paragraph.start][-1:]
        following = [p for p in self.paragraphs if p.start >= paragraph.end][:QUOTED_AFTER_PARAGRAPHS]
        start = before[0].start if before else paragraph.start
        end = following[-1].end if following else paragraph.end
        found: list[int] = []
        for token in self.doc:
            if not start <= token.idx < end or self.in_quotation(token.idx):
                continue
            chairs: list[Token] = []
            if token.lemma_ in {"chair", "preside"} and token.pos_ == "VERB":
                chairs = [g for c in token.children if c.dep_ == "agent" for g in c.subtree]
                chairs += [c for c in token.children if c.dep_ == "nsubj"]
            elif token.lower_ == "chair" and token.i >= 2 and self.doc[token.i - 2].lower_ == "in":
                # "with Senator X in the chair": the name just before
                chairs = [t for t in self.doc[max(token.sent.start, token.i - 6) : token.i - 2]]
            else:
                person = self.mentions.person_at(token.idx)
                if person is not None and is_presiding_role(self.people[person].role):
                    found += [person] if person not in found else []
                continue
            found += [p for p in self.people_in(chairs, pronouns=False) if p not in found]
        return found

    def holds_office(self, person: int) -> bool:
        """A role the people reader found, or a title before one of the person's names in the story
        ('Minister of Fisheries Jane Roe', 'Opposition member for X, Jane Roe,', 'Hon. Roe')."""
        if self.people[person].role:
            return True
        for mention in self.people[person].mentions:
            first = next((t for t in self.doc if t.idx >= mention.start), None)
            if first is None or self.in_quotation(first.idx):
                continue
            owner = first.nbor(-1).head if first.i > 0 and first.nbor(-1).tag_ == "POS" else None
            if owner is not None and owner.pos_ == "PROPN" and self.mentions.person_at(owner.idx) is None:
                return True  # "Plaid Cymru's Jane Roe", "the Greens' Jane Roe": a party's member speaking for it
            for token in reversed(self.doc[max(first.sent.start, first.i - TITLE_REACH) : first.i]):
                if token.pos_ in {"VERB", "AUX", "PRON"} or token.is_quote:
                    break
                word = token.lower_.rstrip(".")
                if word in ROLE_HEADS or word in OFFICE_TITLES:
                    return True
        return False

    def named_later_as(self, trigger: Token, nouns: set[str]) -> int | None:
        """The person the next paragraphs name with one of these nouns ('the assailant, John Roe,',
        'Jane Roe was identified as the protester'), outside quotations."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        limit = paragraph.end + NAMED_LATER_REACH if paragraph is not None else trigger.idx + NAMED_LATER_REACH
        for token in self.doc[trigger.i + 1 :]:
            if token.idx > limit:
                break
            if token.lower_ not in nouns or self.in_quotation(token.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue  # "an attacker" is anyone
            named = [c for c in token.children if c.dep_ == "appos"]  # "the assailant, John Roe,"
            if token.dep_ == "appos":
                named.append(token.head)  # "John Roe, the assailant,"
            if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_ == "identify":
                named += [c for c in token.head.head.children if c.dep_ in {"nsubjpass", "dobj"}]
            for name in named:
                person = self.mentions.person_at(name.idx)
                if person is not None:
                    return person
        return None

    def named_after(self, phrase: list[Token]) -> list[int]:
        """'nominated the first Muslim judge, Jane Doe.': a name set off by a comma right after the
        phrase's described person closes the sentence (the parser often leaves it detached)."""
        nouns = [t for t in phrase if t.pos_ == "NOUN" and is_someone(t) and self.person_for(t) is None]
        if not nouns:
            return []
        end = max(t.i for t in phrase)
        doc = self.doc
        if end + 2 >= len(doc) or doc[end + 1].text != ",":
            return []
        person = self.mentions.person_at(doc[end + 2].idx)
        name_end = end + 2
        while name_end + 1 < len(doc) and self.mentions.person_at(doc[name_end + 1].idx) == person:
            name_end += 1
        closes = name_end + 1 >= len(doc) or doc[name_end + 1].is_sent_start or doc[name_end + 1].text in {".", ";"}
        return [person] if person is not None and closes else []

    def named_pair_before(self, pronoun: Token) -> list[int]:
        """'Take Sens. X and Y. Last week, they endorsed …': 'they' is two people named together ('X and Y')
        just before, in the same or the previous sentence, outside quotations, with no one named between."""
        before = [m for m in self.mentions.before(pronoun.idx) if not self.in_quotation(m[0])]
        if len(before) < 2 or before[0][2] == before[1][2]:
            return []
        (second, _, last), (_, first_end, first) = before[0], before[1]
        sentence = pronoun.sent
        previous = self.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        if before[1][0] < previous.start_char:
            return []
        between = [t for t in self.doc if first_end <= t.idx < second]
        joined = any(t.lower_ == "and" for t in between) and all(
            t.lower_ == "and" or t.is_punct or t.pos_ == "PROPN" for t in between
        )
        return [first, last] if joined else []

    def recent_people(self, token: Token, count: int, office: str = "") -> list[int]:
        """'The two leaders': the last people named before this sentence; 'the two prime ministers': the last
        ones holding that office, when that many were named (not the ministers who signed after them)."""
        found: list[int] = []
        if office:
            for _, _, person in self.mentions.before(token.sent.start_char):
                if person not in found and office in self.people[person].role.lower():
                    found.append(person)
            if len(found) >= count:
                return found[:count]
            found = []
        for _, _, person in self.mentions.before(token.sent.start_char):
            if person not in found:
                found.append(person)
            if len(found) == count:
                break
        return found

    def location(self, trigger: Token, phrase: list[Token]) -> str:
        """The nearest place the event's phrase puts it in ('in Moscow', 'to visit London'),
        or the clause when its verb says where someone is ('X is in Moscow for talks')."""
        candidates = list(phrase)
        verb = governing_verb(trigger)
        if verb is not None and verb.i != trigger.i and verb.lemma_ in MOTION_VERBS:
            candidates += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for token in sorted(candidates, key=lambda t: abs(t.i - trigger.i)):
            if token.ent_type_ in PLACE_LABELS and self.places_event(token, trigger):
                ent = next(e for e in token.doc.ents if e.start <= token.i < e.end)
                return ent.text.strip()
        return ""

    def places_event(self, token: Token, trigger: Token) -> bool:
        """A place word governed by in/at/to/… or visited, and not part of a person's phrase."""
        if token.dep_ == "conj":
            token = token.head
        if token.dep_ == "pobj":
            ok = token.head.lower_ in PLACE_PREPOSITIONS
        else:
            ok = token.dep_ == "dobj" and token.head.lemma_ in {"visit", "tour"}
        node = token
        for _ in range(8):
            if not ok or node.i == trigger.i or node.head.i == node.i:
                break
            node = node.head
            # "testified on the attacks in Benghazi": the place of what was talked about
            topic = node.dep_ == "pobj" and node.i != trigger.i and is_topic(node.head, trigger)
            ok = self.mentions.person_at(node.idx) is None and not (topic and node.ent_type_ not in {"DATE", "TIME"})
        return ok

    def date(self, trigger: Token) -> tuple[str, PartialDate]:
        """The sentence's date expression nearest the trigger, resolved if it can be."""
        owner = day_owning(trigger)
        if owner is not None:
            # "Tuesday's talks", "last week's vote": the day the event is named by, whatever else the sentence dates
            text = self.doc[owner.left_edge.i : owner.i + 1].text
            return text, resolve_date(text, self.published)
        sentence = trigger.sent
        ents = [
            e
            for e in sentence.ents
            if e.label_ in {"DATE", "TIME"}
            and not self.in_quotation(e.start_char)
            and has_date_word(e.text)
            and not re.fullmatch(r"\d{1,3}", e.text.strip())  # an age ("Jane Roe, 26,"), not a day
            and not names_a_things_year(e)
        ]
        if not ents:
            return "", PartialDate()
        ent = min(ents, key=lambda e: abs(e.start - trigger.i))
        text = ent.text.strip()
        preposition = self.doc[ent.start - 1] if ent.start > 0 else None
        if preposition is not None and preposition.lower_ in {"on", "in", "at"} and not text.lower().startswith("last"):
            text = f"{preposition.text} {text}"
        return text, resolve_date(text, self.published, future=speaks_of_future(trigger))

    def quotes_of(self, trigger: Token, participants: list[int]) -> list[int]:
        """Quotations a participant gave in the trigger's paragraph, with their continuations."""
        paragraph = paragraph_at(self.paragraphs, trigger.idx)
        chosen = []
        for i, quote in enumerate(self.quotes):
            if quote.speaker not in participants:
                continue
            if paragraph.contains(quote.start) or (chosen and chosen[-1] == i - 1 and continues(quote, self.body)):
                chosen.append(i)
        return chosen


PRESIDING_VERBS = {"chair", "preside", "host", "convene", "lead"}


def chairs_of(meeting: Token) -> list[Token]:
    """Who chaired a meeting: 'the meeting, chaired by X,' and 'approved … at its meeting, chaired by X', which the
    small parser hangs on the verb of the clause that holds the meeting."""
    participles = [c for c in meeting.children if c.dep_ == "acl"]
    if meeting.dep_ == "pobj" and meeting.head.dep_ == "prep":
        holder = meeting.head.head
        participles += [c for c in holder.children if c.dep_ == "advcl" and c.i > meeting.i]
    return [
        t
        for verb in participles
        if verb.lemma_ in PRESIDING_VERBS and verb.tag_ == "VBN"
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for t in phrase_tokens(pobj)
    ]


PRESIDING_ROLES = {"speaker", "chair", "chairman", "chairwoman", "chairperson", "presiding"}


def is_presiding_role(role: str) -> bool:
    """'Speaker', 'Council Speaker', 'chairman of the House': the officer who presides over a sitting; not a
    committee's chair ('Chairman of the Finance Committee') nor a 'spokesperson'."""
    words = re.findall(r"[a-z]+", role.lower())
    if not words or "committee" in words or "deputy" in words:
        return False
    if words[0] == "president" and "of" in words[1:2]:
        return any(w in LEGISLATURES for w in words[2:])  # "President of the National Assembly"
    return words[-1] in PRESIDING_ROLES or (words[0] in PRESIDING_ROLES and "of" in words[1:2])


def office_named(plural: Token) -> str:
    """The office a plural names with its qualifier: 'prime ministers' → 'prime minister', 'foreign ministers' →
    'foreign minister'; '' for a bare 'the two leaders'."""
    qualifiers = [c.lower_ for c in plural.children if c.dep_ in {"compound", "amod"} and c.i == plural.i - 1]
    if not qualifiers or not plural.lower_.endswith("s"):
        return ""
    return f"{qualifiers[0]} {plural.lower_[:-1]}"


def named_by_a_past_day(noun: Token) -> bool:
    """'Tuesday's vote was carried by 11 votes to 4', 'yesterday's vote ended …': an event named by its day and told
    in the past tense was held; not 'tomorrow's vote', nor 'Friday's vote is expected to be close'."""
    owner = day_owning(noun)
    if owner is None or owner.lower_ in {"tomorrow", "today", "tonight"} or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = noun.head
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def day_owning(trigger: Token) -> Token | None:
    """The day word a noun event is named by as its possessive ('Tuesday's vote', 'yesterday's meeting',
    'last week's talks')."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in trigger.children:
        if child.dep_ == "poss" and (child.lower_ in DAY_WORDS or child.lower_ in {"week", "month", "weekend"}):
            return child
    return None


# --- triggers ----------------------------------------------------------------------------------


def trigger_kind(token: Token) -> str:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma == "speak":
            return speaking_kind(token)
        if lemma == "write" and writes_for_the_court(token):
            return "ruling"  # "Judge X, writing for the majority, said"
        if lemma in {"write", "post"}:
            return "statement" if written_for_the_public(token) else ""  # "wrote on Facebook", "posted online"
        if lemma in REPORTING_VERBS and told_investigators(token):
            return "interview"  # "X told investigators she was unaware": questioned
        if lemma in DECLARING_VERBS and declares_a_candidacy(token):
            return "candidacy"  # "stated their interest in the governor's seat", "declared her candidacy"
        if lemma in REPORTING_VERBS:
            # "X said Sunday in Madison", "X said at a forum": an appearance there
            return (
                speech_verb_kind(token)
                or said_at_an_occasion(token)
                or ("speech" if said_in_a_place(token) else "")
                or ("announcement" if announces_a_decision(token) else "")
            )
        if lemma in ASKING_VERBS:
            # "host X asked Y": an interview; "asked the U.S. attorney whether X committed perjury": a request
            return "interview" if asked_by_the_media(token) else ("request" if asks_an_official(token) else "")
        if lemma in {"sign", "enlist"} and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
            return "sign-up"  # "signed up as a delegate", "signed up to volunteer"
        particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod"}}
        if lemma == "pass" and "away" in particles:
            return "death"
        if lemma == "rule" and any(
            t.lower_ in PRESIDING_ROLES for c in token.children if c.dep_ == "nsubj" for t in c.subtree
        ):
            return "ruling"  # "Speaker X ruled out a request for a secret ballot", "the chair ruled the motion out"
        if lemma == "walk":
            # "walked out of the sitting", "MPs walked out in protest"; not "walked to the car"
            return "protest" if "out" in particles or any(c.lower_ == "out" for c in token.children) else ""
        if (
            lemma == "take"
            and "over" in particles
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
        ):
            return "appointment"  # "will take over as interim chair"
        if lemma == "accept" and not any(
            c.dep_ == "dobj" and c.lemma_ in {"invitation", "offer", "invite"} for c in token.children
        ):
            return ""
        duty = official_duty_kind(token, particles)
        if duty:
            return duty
        political = political_act_kind(token, particles)
        if political is not None:
            return political
        if lemma == "put" and put_to_a_vote(token):
            return "vote"  # "the Speaker put the motion to a voice vote"
        if lemma == "fail" and failed_in_a_vote(token):
            return "vote"  # "the motion of no confidence failed", "the amendment failed by two votes"
        if lemma in DEFEATING_VERBS and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in VOTED_THINGS for c in token.children
        ):
            # "the assembly threw out the amendment", "the motion was defeated by 30 votes to 12"
            return "vote" if body_decided(token) and (lemma != "throw" or "out" in particles) else ""
        if lemma == "suspend" and suspended_from_office(token):
            return "dismissal"  # "Commissioner X was suspended by the minister", "suspended the governor"
        kind = VERB_TRIGGERS.get(lemma, "")
        if kind and not guarded_verb_ok(token, kind):
            return ""
        if lemma in PROTEST_VERBS and any(c.dep_ == "dobj" and c.lower_ in PROTESTERS for c in token.children):
            return "protest"  # "joined protesters outside the court"
        if lemma == "appear" and said_at_an_occasion(token, subject_needed=False):
            return "speech"  # "appeared at a festival": on stage there, not interviewed
        return kind
    if token.pos_ in {"NOUN", "PROPN"} and token.text.islower():
        if token.lower_ in APPEAL_NOUNS and any(c.lower_ in FUNDRAISING_WORDS for c in token.children):
            return "fundraising"  # "a fundraising email", "a fundraising call"
        if token.lower_ in AD_NOUNS:
            return "advertising" if advertised(token) else ""
        if lemma == "call" and any(c.lower_ == "courtesy" for c in token.children):
            return "visit"  # "paid a courtesy call on the governor"
        if token.lower_ == "off" and any(c.lower_ == "face" for c in token.children):
            lemma = "showdown"  # "her first face-off with X"
        if lemma in SUPPORT_NOUNS:
            return "endorsement" if support_given(token) else ""
        if lemma == "motion" and token.dep_ == "dobj" and token.head.lemma_ in SURVIVING_VERBS | {"lose"}:
            return "vote"  # "survived a motion of no confidence", "lost a censure motion"
        kind = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(token.lower_, "")
        if kind and (lemma in GUARDED_NOUNS or token.lower_ in GUARDED_NOUNS) and not guarded_noun_ok(token):
            return ""
        return kind
    return ""


# An official's public duties, as agencies and government services report them.
ORGANISING_VERBS = {"organise", "organize", "lead", "start", "launch", "coordinate", "call", "receive", "accept"}
PETITIONS = {"petition", "memorandum", "memo", "letter"}  # what campaigners hand to an office
DELEGATION_NOUNS = {"delegation", "delegations", "team", "mission"}
FOUNDATION_WORDS = {"stone", "foundation", "cornerstone"}
LAUNCHED_THINGS = {
    "programme", "program", "drive", "scheme", "initiative", "project", "policy", "strategy", "app", "portal",
    "fund", "plan", "service", "website", "platform", "inquiry", "investigation", "review", "consultation",
}  # fmt: skip
MEETING_NOUNS = {"conference", "summit", "session", "forum", "congress", "meeting", "workshop", "seminar", "symposium"}
OPENED_BUILDINGS = {
    "bridge", "road", "highway", "hospital", "clinic", "school", "university", "office", "plant", "factory",
    "centre", "center", "market", "station", "airport", "port", "stadium", "museum", "dam", "railway", "terminal",
}  # fmt: skip
INTRODUCED_TEXTS = {"bill", "legislation", "measure", "resolution", "amendment", "motion"}
# A member's request to question a minister before the house: "submitted an interpellation request", "filed a
# grilling motion".
INTERPELLATIONS = {"interpellation", "grilling", "impeachment"}
FILING_VERBS = {"introduce", "file", "submit", "lodge"}
# What a presiding officer suspends or adjourns: "the speaker suspended the sitting"; not "suspended the campaign".
SITTINGS = {"sitting", "session", "proceedings", "plenary", "house", "chamber", "meeting"}
PRESENTED_TEXTS = {"budget", "bill", "estimates", "report", "plan", "statement", "paper", "motion", "policy"}
COURTS = {"court", "tribunal", "judge", "justices", "magistrate", "judges", "bench"}
RULING_VERBS = {  # and how a summary says them
    "dismiss": "dismisses", "uphold": "upholds", "reject": "rejects", "quash": "quashes", "overturn": "overturns",
    "grant": "grants", "throw": "throws out", "strike": "strikes down", "annul": "annuls", "halt": "halts",
    "block": "blocks",
}  # fmt: skip
# How a summary says the duty: "Kumar lays the foundation stone of …", "Lawmakers override …".
DUTY_PHRASES = {
    "inaugurate": "inaugurate", "flag": "flag off", "lay": "lay", "preside": "preside over", "hand": "hand over",
    "present": "present", "override": "override", "overrode": "override", "overturn": "overturn",
    "launch": "launch", "open": "open", "table": "table", "introduce": "introduce", "suspend": "suspend",
    "adjourn": "adjourn", "submit": "submit", "file": "file", "lodge": "lodge", "deliver": "deliver",
}  # fmt: skip
OVERRIDING = {"override", "overrode", "overturn"}  # the small model leaves "overrode" its own lemma


def official_duty_kind(verb: Token, particles: set[str]) -> str:
    """'inaugurated the bridge', 'flagged off the distribution', 'laid the foundation stone',
    'presided over the opening ceremony', 'presented his credentials', 'handed over cheques',
    'led a delegation to', 'inspected the works', 'overrode the veto'."""
    lemma = verb.lemma_
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if lemma == "inaugurate" and objects:
        return "inauguration"
    if lemma == "flag" and ("off" in particles or any(c.dep_ == "prep" and c.lower_ == "off" for c in verb.children)):
        return "ceremony"  # the small parser takes "off" for a preposition as often as a particle
    if lemma == "hand" and "over" in particles and objects:
        return "ceremony"
    if (
        lemma in {"hand", "deliver", "present", "submit"}
        and any(o.lemma_.lower() in PETITIONS for o in objects)
        and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for t in [verb, *objects] for c in t.children)
    ):
        return "protest"  # "campaigners handed a petition to council officials", "delivered a memorandum to"
    if lemma == "lay" and any(o.lemma_.lower() in FOUNDATION_WORDS for o in objects):
        return "ceremony"
    if lemma == "preside":
        governed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "over" for g in c.children]
        if governed:
            return "meeting" if any(trigger_kind(g) == "meeting" for g in governed) else "ceremony"
    if lemma == "present" and any(o.lower_ == "credentials" for o in objects):
        return "visit"
    if lemma in {"lead", "head"} and any(o.lemma_.lower() in DELEGATION_NOUNS for o in objects):
        return "visit"
    if lemma == "inspect" and objects:
        return "visit"
    if lemma in OVERRIDING and any(o.lemma_.lower() == "veto" for o in objects):
        return "vote"
    if lemma == "launch" and any(o.lemma_.lower() in LAUNCHED_THINGS for o in objects):
        return "announcement"  # "launched the vaccination drive" (a campaign of one's own is a candidacy)
    if lemma in {"open", "begin", "start"} and any(o.lemma_.lower() in INQUIRY_NOUNS for o in objects):
        return "announcement"  # "opened an investigation into the contract"
    if lemma in {"introduce", "file"} and any(o.lemma_.lower() in INTRODUCED_TEXTS for o in objects):
        return "announcement"  # "introduced a bill to cap drug prices"
    if lemma in FILING_VERBS and any(
        o.lemma_.lower() in INTERPELLATIONS or any(c.lemma_.lower() in INTERPELLATIONS for c in o.children)
        for o in objects
    ):
        return "announcement"  # "submitted the interpellation request", "filed a grilling motion"
    if lemma in {"suspend", "adjourn"} and any(o.lemma_.lower() in SITTINGS for o in objects):
        return "sitting"  # "Speaker X suspended the sitting for forty minutes"
    if lemma == "open" and any(o.lemma_.lower() in MEETING_NOUNS for o in objects):
        return "speech"  # "opened the conference": spoke at its opening
    if lemma == "open" and any(o.lemma_.lower() in OPENED_BUILDINGS for o in objects):
        return "inauguration"
    if lemma in {"table", "present"} and any(o.lemma_.lower() in PRESENTED_TEXTS for o in objects):
        return "announcement"  # "tabled the 2025 budget in Parliament"
    if lemma in RULING_VERBS and any(is_a_court(c) for c in verb.children if c.dep_ == "nsubj"):
        return "ruling"  # "the High Court dismissed a petition filed by X"
    if lemma == "appear" and any(
        c.dep_ == "prep" and c.lower_ in {"in", "before"} and any(is_a_court(g) for g in c.children)
        for c in verb.children
    ):
        return "hearing"  # "appeared in the High Court"
    return ""


# Political and government acts told with other verbs than the triggers': a judge's ruling, a request for an
# inquiry, support announced, a nominee confirmed, a bid ruled out, a letter sent, a suit filed.
INQUIRY_NOUNS = {
    "investigation", "inquiry", "probe", "prosecutor", "counsel", "hearing", "review", "audit", "resignation",
    "impeachment", "recount", "inquest",
}  # fmt: skip
DEMANDED_EXITS = {"resign", "quit", "recuse", "withdraw"}
INQUIRY_VERBS = {"investigate", "impeach", "prosecute", "remove", "fire", "sack", "censure", "testify"}
REQUESTING_VERBS = {"request", "seek", "demand", "call", "urge", "push"}
SUPPORTING_VERBS = {"support", "back", "endorse"}
ANNOUNCING_VERBS = {"announce", "declare", "confirm", "reveal"}
SUPPORT_NOUNS = {"support", "backing"}
SUPPORT_GIVING_VERBS = {"throw", "pledge", "lend", "offer", "give", "announce", "declare", "put"}
INVESTIGATORS = {"investigators", "agents", "prosecutors", "detectives", "police", "inspectors", "auditors"}
JUDGE_WORDS = {"judge", "justice", "magistrate"}
MAJORITY_WORDS = {"majority", "court", "panel", "bench", "plurality"}
COUNT_OF_VOTES = re.compile(r"\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\b")


DECLARING_VERBS = {"state", "declare", "confirm", "express", "formalise", "formalize"}
CANDIDACY_NOUNS = {"candidacy", "interest", "intention", "intent", "bid"}
SOUGHT_POSTS = OFFICES | CAMPAIGN_WORDS | {"spot", "post", "job", "running", "candidacy", "nomination"}
INQUIRING_OFFICIALS = {
    "attorney", "prosecutor", "prosecutors", "inspector", "department", "fbi", "commission", "watchdog", "auditor",
    "ombudsman", "regulator", "police",
}  # fmt: skip


def declares_a_candidacy(verb: Token) -> bool:
    """'stated their interest in taking the governor's spot', 'declared her candidacy for mayor'; not 'stated
    her interest in gardening'."""
    return any(
        o.dep_ == "dobj"
        and o.lemma_.lower() in CANDIDACY_NOUNS
        and (o.lemma_.lower() == "candidacy" or any(t.lower_ in SOUGHT_POSTS for t in o.subtree if t.i != o.i))
        for o in verb.children
    ) and not denied(verb)


def asks_an_official(verb: Token) -> bool:
    """'asked the U.S. attorney whether X committed perjury', 'asked the inspector general to investigate': a
    formal request to those who inquire; not 'asked him about it'."""
    asked = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if not any(a.lemma_.lower() in INQUIRING_OFFICIALS or a.lower_ in INQUIRING_OFFICIALS for a in asked):
        return False
    return any(
        (c.dep_ == "ccomp" and any(m.lower_ in {"whether", "if"} for m in c.children))
        or (c.dep_ == "xcomp" and (c.lemma_ in INQUIRY_VERBS or c.lemma_ in {"review", "examine", "look"}))
        for c in verb.children
    )


def political_act_kind(verb: Token, particles: set[str]) -> str | None:
    """The kind of a political or government act told by a verb that is no trigger of its own (or a trigger's
    other use); '' for a trigger's use that is no event here, None when the rule has nothing to say."""
    lemma = verb.lemma_
    if lemma == "rule":
        if "out" in particles:
            # "ruled out a bid for governor", "ruled out running again"
            ruled_out = [t for c in verb.children if c.dep_ in {"dobj", "xcomp", "prep", "pcomp"} for t in c.subtree]
            return "announcement" if any(t.lower_ in CAMPAIGN_WORDS | OFFICES | {"running"} for t in ruled_out) else ""
        return "ruling" if any(is_a_court(s) for s in ruling_subjects(verb)) else ""  # "the court ruled that …"
    if lemma in REQUESTING_VERBS and requests_an_inquiry(verb):
        return "request"
    if lemma in SUPPORTING_VERBS and support_announced(verb):
        return "endorsement"  # "announced that he would support X"
    if lemma in ANNOUNCING_VERBS and any(
        c.dep_ == "ccomp" and c.lemma_ in SUPPORTING_VERBS and support_announced(c) for c in verb.children
    ):
        return ""  # the support announced is the event
    if lemma == "send" and any(
        o.lemma_.lower() in WRITINGS and not any(c.lower_ in FUNDRAISING_WORDS for c in o.children)
        for o in verb.children
        if o.dep_ in {"dobj", "nsubjpass"}
    ):
        # "sent a letter to the board", "an email was sent from X to the members"; not a private email to a
        # colleague ("sent the employee an email")
        return "statement" if sent_to_the_public(verb) else ""
    return None


def sent_to_the_public(verb: Token) -> bool:
    """A letter or email sent to many, to an official or to a body ('to the club members', 'to the attorney
    general', 'to the committee')."""
    recipients = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    recipients += [g for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for g in c.children]
    return any(
        r.tag_ in {"NNS", "NNPS"}
        or r.lemma_.lower() in ROLE_HEADS
        or is_legislature(r)
        or is_acting_body(r)
        or r.ent_type_ in {"ORG", "GPE", "NORP"}
        for r in recipients
    )


def opens_an_inquiry(verb: Token) -> bool:
    return verb.lemma_ in {"open", "begin", "start", "launch"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS for c in verb.children
    )


def ruling_subjects(verb: Token) -> list[Token]:
    """Who rules or writes: the verb's subject, or the name a participle hangs on ('Judge X, writing for …')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBG" and not subjects:
        subjects = [verb.head] if verb.dep_ == "acl" else [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def writes_for_the_court(verb: Token) -> bool:
    """'Judge X, writing for the majority in the 2-1 decision, said', 'Justice Y wrote for the court'."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in MAJORITY_WORDS for g in c.children)
        for c in verb.children
    ) and any(is_a_judge(s) for s in ruling_subjects(verb))


def is_a_judge(noun: Token) -> bool:
    """'Judge Jane Roe', 'Circuit Court Judge Jane Roe', 'the judge', 'the court'."""
    return is_a_court(noun) or any(
        t.lower_ in JUDGE_WORDS and t.dep_ == "compound" for t in noun.subtree if t.i < noun.i
    )


def told_investigators(verb: Token) -> bool:
    """'X told investigators she was unaware', 'told FBI agents': questioned by them."""
    return verb.lemma_ == "tell" and any(
        c.dep_ in {"dobj", "dative"} and c.lower_ in INVESTIGATORS for c in verb.children
    )


def requests_an_inquiry(verb: Token) -> bool:
    """'requested an investigation of X', 'called for a special prosecutor', 'sought a recount',
    'called for X to resign' — a formal demand; not 'called the meeting', nor a policy called for ('called for
    sanctions' is what someone thinks should be done)."""
    asked = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ not in {"call", "push"}]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    if any(a.lemma_.lower() in INQUIRY_NOUNS for a in asked):
        return True
    # "called for X to resign": the demand is an act of its own (and the resigning is only demanded); not
    # "called for Russia to step back" (what someone thinks should be done)
    for_someone = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)  # "called for X to step down"
    return verb.lemma_ in {"call", "demand"} and any(
        c.dep_ in {"advcl", "ccomp", "xcomp"}
        and (for_someone or any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
        and (c.lemma_ in DEMANDED_EXITS or is_inquiry_verb(c))
        for c in verb.children
    )


def is_inquiry_verb(verb: Token) -> bool:
    """'to be investigated', 'to be impeached', 'to step down': an inquiry into someone or their leaving office."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return verb.lemma_ in INQUIRY_VERBS or (verb.lemma_ in {"step", "stand"} and "down" in particles)


def support_announced(verb: Token) -> bool:
    """'announced that he would support X', 'declared she will back X's campaign': support for someone,
    given by announcing it."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_ in ANNOUNCING_VERBS
        and any(is_someone(o) or names_a_campaign(o) for o in verb.children if o.dep_ == "dobj")
        and not denied(verb)
    )


def names_a_campaign(noun: Token) -> bool:
    """'the Trump campaign', 'Smith's bid': a candidate's campaign, named after them."""
    return noun.lemma_.lower() in CAMPAIGN_WORDS and any(
        c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in noun.children
    )


def support_given(noun: Token) -> bool:
    """'threw his support behind X', 'pledged her support to X', 'offered his backing for X'."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in SUPPORT_GIVING_VERBS:
        return False
    preps = [c for c in [*noun.children, *verb.children] if c.dep_ == "prep" and c.lower_ in {"behind", "to", "for"}]
    return any(is_someone(g) for p in preps for g in p.children)


def names_a_things_year(date: Span) -> bool:
    """'the 2025 budget', 'the 2024 elections': a year that says which thing, not when it happened."""
    return len(date) == 1 and date[0].dep_ in {"compound", "nummod", "amod"} and date[0].head.pos_ == "NOUN"


def is_a_court(noun: Token) -> bool:
    """'the High Court', 'the judge', 'Judge Jane Roe', 'the justices'."""
    return noun.lemma_.lower() in COURTS or any(
        c.dep_ == "compound" and c.lower_ in {"judge", "justice", "magistrate"} for c in noun.children
    )


def speaking_kind(token: Token) -> str:
    """'Speaking to <a person>' or 'on <a programme>' is an interview; 'speaking at <a venue>' a speech."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in PRESS_AUDIENCES for g in child.children):
            return "press conference"  # "speaking to reporters in Kyiv"
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.ent_type_ == "PERSON" for g in child.subtree):
            return "interview"
        if child.dep_ == "prep" and child.lower_ == "on" and any(is_media(g) for g in child.children):
            return "interview"
        if child.dep_ == "prep" and child.lower_ == "with" and any(g.ent_type_ == "PERSON" for g in child.subtree):
            by_phone = any(t.lower_ in PHONE_WORDS for t in token.subtree)
            return "call" if by_phone else "talks"
        if child.dep_ == "prep" and child.lower_ == "at":
            return "speech"
    return ""


def said_at_an_occasion(verb: Token, subject_needed: bool = True) -> str:
    """'said at a recent Reuters event', 'told a hearing', 'said during a news conference': the
    speaker was at that occasion; 'said in an email' or 'in a letter': a written statement.
    Not 'said at the time'."""
    if subject_needed and not any(c.dep_ == "nsubj" for c in verb.children) and inverted_speaker(verb) is None:
        return ""
    written = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    if any(g.dep_ == "pobj" and g.lemma_.lower() in WRITINGS - {"statement"} for g in written):
        return "statement"  # ("said in a statement" is the noun's own event)
    settings = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"at", "during"} for g in c.children]
    if verb.lemma_ == "tell":
        settings += [c for c in verb.children if c.dep_ == "dobj"]
    for noun in settings:
        lemma = noun.lemma_.lower()
        if noun.dep_ == "dobj" and OCCASIONS.get(lemma) in {"meeting", "debate"}:
            return "speech"  # "told a town-hall meeting": addressed it
        if lemma == "conference" and any(c.lower_ in PRESS_WORDS for c in noun.children):
            return "press conference"
        if lemma in VENUE_COMPOUNDS and any(c.lower_ in VENUE_COMPOUNDS[lemma] for c in noun.children):
            return "speech"  # "said at a town hall"
        if lemma in OCCASIONS and noun.pos_ == "NOUN":
            return OCCASIONS[lemma]
    return ""


# Who carries out what an official announces: "the government will …", "the department will …".
ACTING_BODIES = {
    "government", "department", "ministry", "cabinet", "administration", "council", "state", "agency",
    "authority", "authorities", "commission", "city", "county", "province", "region", "board", "office",
}  # fmt: skip


def announces_a_decision(verb: Token) -> bool:
    """'The government will set up 50 units this year, Minister X said on Wednesday': a speaker,
    on a given day, saying what a body will do is announcing it (not 'X said the economy will grow',
    nor an undated remark). A body saying on a given day what will be done from a date announces
    it too ('Passengers will pay a fee from May, the port authority said on Monday')."""
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    by_a_body = any(is_acting_body(s) for s in speakers)
    if not (by_a_body or any(s.ent_type_ == "PERSON" for s in speakers)):
        return False
    dated = any(c.ent_type_ == "DATE" and c.dep_ == "npadvmod" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children) for c in verb.children
    )
    if not dated:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        will = any(c.tag_ == "MD" and c.lower_ in {"will", "'ll"} for c in clause.children)
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if will and doer is not None and (doer.lemma_.lower() in ACTING_BODIES or doer.ent_type_ == "ORG"):
            return True
        if will and takes_effect_from_a_date(clause):
            return True  # "will pay a fee from May", "will close starting next month"
    return False


def is_acting_body(noun: Token) -> bool:
    """'the port authority', 'the ministry', 'Example Water': a body that decides, not a person."""
    return noun.lemma_.lower() in ACTING_BODIES or (noun.ent_type_ == "ORG" and noun.pos_ == "PROPN")


def takes_effect_from_a_date(clause: Token) -> bool:
    """'… will pay a landing fee from May', '… will close starting next month': a measure with the day
    it starts."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"from", "starting", "beginning"}
        and any(g.ent_type_ == "DATE" for g in c.subtree if g.i != c.i)
        for c in clause.children
    )


def inverted_speaker(verb: Token) -> Token | None:
    """'"…," Jane Roe, a party adviser, said at …' read with the name inside the quotation's clause
    (the verb left without a subject): the name between the closing quotation mark and the verb."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    name = None
    while k >= 0 and verb.i - k <= 12:
        token = doc[k]
        if token.text in {"”", '"', "''"} or (token.text == "’" and k > 0 and doc[k - 1].text == ","):
            return name
        if token.pos_ in {"VERB", "AUX"} or "\n" in token.text:
            return None
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            name = token
        k -= 1
    return None


def written_for_the_public(verb: Token) -> bool:
    """'wrote on Facebook', 'posted on X', 'wrote in an op-ed': someone's published words; not
    'wrote a book in 1990' nor 'posted a loss'."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    for child in verb.children:
        objects = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if child.lower_ in {"on", "to"} and any(o.lower_ in SOCIAL_MEDIA for o in objects):
            return True
        if child.lower_ == "in" and any(o.lemma_.lower() in WRITINGS for o in objects):
            return True
    return False


def is_journalist(person: Token) -> bool:
    """'Chris Cuomo of CNN', 'Jane Roe of the Courier': someone named with a news organisation
    after them, however the parser attached it."""
    if person.ent_type_ != "PERSON" and person.pos_ != "PROPN":
        return False
    doc = person.doc
    after = person.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "of":
        return False
    outlet = doc[after + 1] if doc[after + 1].lower_ != "the" or after + 2 >= len(doc) else doc[after + 2]
    return outlet.ent_type_ in MEDIA_LABELS or outlet.lemma_.lower() in BROADCAST_NOUNS


def said_in_a_place(verb: Token) -> bool:
    """'said Sunday in Madison, Wisconsin', 'told supporters in Ohio': someone who spoke
    in a named town or region was there to speak. Not 'said in a statement' (no place) nor
    reported words ('X said the talks in Oslo …': the place hangs on the words, not the verb)."""
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)
        for c in verb.children
    )


def is_media(noun: Token) -> bool:
    """A programme, channel or outlet ('CNN', 'Morning Joe', 'national television'), not a date
    ('on Tuesday') or a social network (a post there is a statement)."""
    if noun.ent_type_ in {"DATE", "TIME", "PERSON", "GPE", "NORP", "LOC"} or noun.lower_ in SOCIAL_MEDIA:
        return False
    if noun.lemma_.lower() in BROADCAST_NOUNS:
        return True
    if any(c.dep_ == "poss" and c.ent_type_ in MEDIA_LABELS for c in noun.children):
        return True  # "on Fox News Channel's “Hannity”": a network's programme
    return noun.ent_type_ in MEDIA_LABELS or (noun.pos_ == "PROPN" and not noun.ent_type_)


def speech_verb_kind(verb: Token) -> str:
    """'said on CNN', 'told USA Today', 'told Fox News anchor Megyn Kelly': an interview;
    'told a rally': a speech (the rally is the event); 'said on Twitter': a statement.
    'Sunday on CNN, X said': the programme can hang on the day."""
    days = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
    for child in [*verb.children, *(g for d in days for g in d.children)]:
        if child.dep_ == "prep" and child.lower_ in {"on", "to"}:
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if any(o.lower_ in SOCIAL_MEDIA for o in objects):
                return "statement"
            if any(is_media(o) or is_journalist(o) for o in objects):
                return "interview"  # "said to CNN", "said to Jane Roe of the Courier"
        if child.dep_ == "dobj" and verb.lemma_ == "tell":
            if is_journalist(child):
                return "interview"  # "told Chris Cuomo of CNN"
            if child.lemma_.lower() in SPEECH_AUDIENCES or is_legislature(child):
                return "speech"  # "told a crowd of 3,000", "told the House", "told the Senate committee"
            if is_media(child) or child.ent_type_ in MEDIA_LABELS:
                return "interview"
            if child.lower_ in MEDIA_ROLES or any(t.lower_ in MEDIA_ROLES for t in child.subtree):
                return "interview"
    if verb.dep_ == "ROOT" and on_a_days_programme(verb):
        return "interview"
    return ""


# What a day's programme is called: "on Friday's broadcast of …", "on Monday's edition of …".
PROGRAMME_NOUNS = BROADCAST_NOUNS | {"broadcast", "edition", "episode", "installment", "instalment", "interview"}


def on_a_days_programme(verb: Token) -> bool:
    """'X stated … on Friday's “Evening Hour.”', 'X said on Sunday's broadcast of …': the speaker
    was on that day's programme, wherever the parser hung the phrase in a long sentence (a quoted
    title or a word for a programme after 'on <day>'s'; not "on Thursday's debate")."""
    if not any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in verb.children):
        return False
    # to the full stop outside quotation marks: the small parser may end the sentence inside one
    end, quoted = verb.i, False
    while end + 1 < len(verb.doc) and "\n" not in verb.doc[end].text:
        quoted = (quoted or verb.doc[end].text == "“") and verb.doc[end].text != "”"
        if verb.doc[end].text == "." and not quoted:
            break
        end += 1
    tokens = list(verb.doc[verb.sent.start : end + 1])
    for k, token in enumerate(tokens[:-3]):
        day, mark, after = tokens[k + 1], tokens[k + 2], tokens[k + 3]
        if token.lower_ != "on" or day.lower_ not in WEEKDAY_NAMES or mark.text not in {"'s", "’s"}:
            continue
        if after.text in {"“", '"', "‘"} or after.lower_ in PROGRAMME_NOUNS:
            return True
    return False


def guarded_verb_ok(verb: Token, kind: str) -> bool:
    """'signed a bill' not 'signed a shirt'; 'hosted the president' not 'hosted a party';
    'named X as minister' not 'a man named X'."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]  # "signed a deal", "a deal was signed"
    if verb.lemma_ == "sign":
        return any(o.lemma_.lower() in SIGNED_THINGS for o in objects) or any(
            c.dep_ == "prep" and c.lower_ == "into" for c in verb.children
        )
    if verb.lemma_ == "carry":
        # "the motion was carried by 34 votes to 29", "the amendment carried"; not "carried a banner"
        subjects = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
        return any(o.lemma_.lower() in VOTED_THINGS for o in subjects) and not any(
            c.dep_ == "dobj" for c in verb.children
        )
    if kind == "vote" and verb.lemma_ in DECIDING_VERBS:
        return body_decided(verb)
    if kind == "vote" and verb.lemma_ in {"pass", "approve", "adopt", "reject"}:
        if not any(c.dep_ == "dobj" for c in verb.children):
            objects += [c for c in verb.children if c.dep_ == "nsubj"]  # "the bill passed with 38 votes"
        return (
            any(o.lemma_.lower() in VOTED_THINGS or is_a_reading(o) for o in objects)
            or any(is_legislature(s) or s.lemma_.lower() in DECIDING_BODIES for s in voting_subjects(verb))
            or by_a_count_of_votes(verb)
            or decided_in_a_house(verb)
        )
    if verb.lemma_ == "dissolve":
        # "dissolved parliament", "dissolved all municipal councils"; not "the crowd dissolved"
        return any(is_legislature(o) or o.lemma_.lower() in {"government", "cabinet", "party"} for o in objects)
    if verb.lemma_ == "swear":
        return any(c.dep_ in {"prt", "prep"} and c.lower_ == "in" for c in verb.children)
    if verb.lemma_ == "address":
        return any(o.ent_type_ in {"ORG", "NORP", "GPE"} or o.lemma_.lower() in AUDIENCES for o in objects)
    if verb.lemma_ == "elect":
        return any(is_someone(o) for o in objects)
    if verb.lemma_ == "confirm":
        return confirmed_by_a_body(verb)
    if kind == "visit" and verb.lemma_ in {"host", "receive", "welcome"}:
        # "received the president"; not "received the endorsement of X" (the endorsement is the event)
        return any(
            (is_someone(o) and (o.ent_type_ == "PERSON" or o.pos_ != "NOUN" or o.lemma_.lower() in ROLE_HEADS))
            or o.lemma_.lower() in DELEGATION_NOUNS
            for o in objects
        )
    if kind == "dismissal":
        # "fired the staffer", "who X fired in June", "X was sacked"; not "fired back", "fired shots",
        # "dismissed the claims", "dismissed X as a liar"
        if any(c.dep_ == "prt" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
        ):
            return False
        if verb.dep_ == "relcl" and not objects and any(c.dep_ == "nsubj" and c.tag_ != "WP" for c in verb.children):
            objects = [verb.head]  # "a major who X fired in June", however the parser hung "who"
        return any(is_dismissed_person(o) for o in objects)
    if kind == "appointment":
        return verb.dep_ != "acl" and any(is_someone(o) for o in objects)
    lemma = verb.lemma_
    preps = {
        c.lower_: [g for g in c.children if g.dep_ == "pobj"] for c in verb.children if c.dep_ in {"prep", "agent"}
    }
    if lemma in {"win", "clinch", "capture"}:
        return (
            any(o.lemma_.lower() in {"win", "victory"} for o in objects)  # "captured wins in three states"
            or any(o.lemma_.lower() in CONTEST_WORDS or o.ent_type_ == "GPE" for o in objects)
            or any(o.ent_type_ == "GPE" for o in preps.get("in", []))
            or any(o.lower_ in MARGIN_WORDS or o.ent_type_ == "PERCENT" for o in preps.get("by", []))
            # "won the South by-election", which the parser splits at the hyphen into "by" and "election"
            or any(o.lower_ in CONTEST_WORDS and after_hyphen(o) for o in preps.get("by", []))
        )
    if lemma in BEATING_VERBS:
        # "beat X in Iowa", "defeated X by ten points"; not "beat the odds", "defeated the bill", "rebels defeated X"
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(is_someone(s) for s in subjects):
            return False
        return any(is_someone(o) for o in objects if o.dep_ == "dobj") and any(
            t.ent_type_ in {"GPE", "PERCENT"} or t.lower_ in CONTEST_WORDS | MARGIN_WORDS
            for t in verb.subtree
            if t.i > verb.i
        )
    if lemma == "arrive":
        # "arrived in Ankara": a person's journey to a place, not "arrived at a decision"
        return any(o.ent_type_ in {"GPE", "LOC"} for p, objs in preps.items() if p in {"in", "to", "at"} for o in objs)
    if lemma in {"send", "dispatch", "order"}:
        # "sent 3,000 troops to Poland", "ordered 300 of them to Cameroon"; not "sent a letter"
        troops = [o for o in objects if o.lower_ in TROOP_WORDS or any(t.lower_ in TROOP_WORDS for t in o.subtree)]
        # the destination may hang on the verb or on the troops ("300 troops to Cameroon", "to the border")
        return bool(troops) and any(
            t.dep_ == "pobj"
            and t.head.lower_ in {"to", "into"}
            and (t.ent_type_ in PLACE_LABELS or t.pos_ in {"PROPN", "NOUN"})
            for t in verb.subtree
            if t.i > verb.i
        )
    if lemma == "launch":
        return any(o.lemma_.lower() in CAMPAIGN_WORDS for o in objects)  # "launched his presidential bid"
    if lemma in {"summon", "subpoena"}:
        # "the committee summoned the minister to appear"; not "summoned the courage"
        deciders = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children
        ]
        summoned = objects + [c for c in verb.children if c.dep_ == "npadvmod"]  # the small parser's misreading
        # "summoned Minister X to appear before it next week" parsed as a clause whose subject is X
        summoned += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        return any(is_someone(o) for o in summoned) and any(is_legislature(d) or is_a_court(d) for d in deciders)
    if lemma == "march":
        # "marched on parliament", "marched to the embassy"; not "marched to victory"
        return any(o.ent_type_ in PLACE_LABELS or o.lemma_.lower() in MARCHED_TO for o in preps_to(preps))
    if lemma == "stump":
        return any(is_someone(o) for o in preps.get("for", []))
    if kind in LEGAL_KINDS or lemma == "pardon":
        # "X was arrested", "police detained X", "X was charged with fraud"; not "charged the battery"
        return any(is_someone(o) for o in objects) and (
            lemma != "charge" or "with" in preps or any(o.dep_ == "nsubjpass" for o in objects)
        )
    if lemma == "die":
        return any(is_someone(c) for c in verb.children if c.dep_ == "nsubj")
    if kind == "assault":
        # "punched a protester", "a protester was punched", "yanked the arm of a reporter"; not
        # "grabbed headlines", "kicked off the campaign"
        if any(c.dep_ == "prt" for c in verb.children):
            return False
        return any(
            is_someone(o)
            or o.lower_ in VICTIM_NOUNS
            or (o.lower_ in BODY_PARTS and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children))
            for o in objects
        ) or (
            verb.dep_ == "relcl" and verb.tag_ == "VBN" and (is_someone(verb.head) or verb.head.lower_ in VICTIM_NOUNS)
        )
    if lemma in {"sue", "file"}:
        # "sued the city", "filed a lawsuit against X"
        if lemma == "file":
            # "filed a lawsuit", "the lawsuit filed by X"
            return any(o.lemma_.lower() in LEGAL_FILINGS for o in objects if o.dep_ == "dobj") or (
                verb.dep_ == "acl" and verb.head.lemma_.lower() in LEGAL_FILINGS and "by" in preps
            )
        return any(o.dep_ == "dobj" for o in objects)
    if lemma == "veto":
        return any(o.lemma_.lower() in VOTED_THINGS for o in objects)
    if lemma == "protest":
        # "protested outside the embassy", "protested the ruling"; not "protested that it was unfair"
        return not any(c.dep_ == "ccomp" for c in verb.children)
    if lemma == "finish":
        # "finished second in Iowa", "finished 1-2", "finished in third place"; not "finished the speech"
        return any(c.ent_type_ in {"ORDINAL", "CARDINAL"} or c.lower_ in PLACINGS for c in verb.children) or any(
            o.lemma_ in {"place", "position"} for o in preps.get("in", [])
        )
    if lemma in {"huddle", "confer"}:
        return any(is_someone(o) for o in preps.get("with", []))
    if lemma == "raise":
        return any(o.ent_type_ == "MONEY" or o.lower_ in MONEY_WORDS for o in objects)
    if lemma == "advertise":
        return verb.dep_ not in {"amod", "compound"}
    if lemma == "endorse":
        # "endorsed X"; "X was endorsed by the union"; "Governor X, endorsed by the Courier, …"
        return any(is_someone(o) for o in objects) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN" and "by" in preps and is_someone(verb.head)
        )
    if lemma == "propose":
        return any(o.pos_ == "NOUN" for o in objects)
    if lemma in {"suspend", "end", "concede"}:
        return any(o.lemma_.lower() in CAMPAIGN_WORDS | CONTEST_WORDS for o in objects)
    if lemma == "drop":
        return any(c.dep_ in {"prt", "prep"} and c.lower_ == "out" for c in verb.children)
    if lemma == "appear":
        # "appeared on CNN", "appeared with X", "appearing at a festival in Austin"
        return (
            any(is_media(o) for o in preps.get("on", []))
            or any(is_someone(o) for o in preps.get("with", []))
            or any(o.lemma_.lower() in OCCASIONS for o in preps.get("at", []) + preps.get("before", []))
        )
    if lemma == "run":
        return any(o.lemma_.lower() in OFFICES or o.ent_type_ == "ORG" for o in preps.get("for", []))
    if lemma in {"tweet", "email"}:
        return verb.dep_ not in {"amod", "compound"}
    return True


# A body's decisions told with other verbs than pass or approve; a decision only when a body takes it
# ("councillors backed the route", "the cabinet agreed a package"), not a person's support ("X backed the bill").
DECIDING_VERBS = {"back", "choose", "select", "ratify", "amend", "agree", "clear", "advance"}
DEFEATING_VERBS = {"defeat", "throw", "scrap", "block", "kill"}  # a text a body turns down
DECIDING_BODIES = LEGISLATURES | {
    "cabinet", "board", "commission", "panel", "government", "ministers", "executive", "coalition", "regulator",
}  # fmt: skip
SURVIVING_VERBS = {"survive", "withstand"}  # a vote a person or government comes through ("survived a confidence vote")
# Where a march goes: "marched on parliament", "to the embassy".
MARCHED_TO = {
    "parliament", "embassy", "palace", "square", "capitol", "ministry", "court", "courthouse", "headquarters",
    "building", "buildings", "office", "offices", "hall", "house", "consulate", "legislature", "assembly",
}  # fmt: skip


def preps_to(preps: dict[str, list[Token]]) -> list[Token]:
    return [o for p in ("to", "on", "towards", "toward", "into", "through") for o in preps.get(p, [])]


def body_decided(verb: Token) -> bool:
    """'Councillors on Tuesday backed the eastern route', 'the route was chosen by 22 votes to 10', 'the cabinet
    agreed a relief package', 'the bill cleared its second reading': a body's decision. A decision of
    agreeing needs the thing agreed ('the cabinet agreed a package'; 'ministers agreed to meet' is an intention)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.lemma_ == "agree":
        things = objects + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
        if not any(o.lemma_.lower() in VOTED_THINGS for o in things):
            return False
    if verb.lemma_ in {"clear", "advance"} and decided_in_a_house(verb):
        return True  # "the bill advanced on a 33-9 vote"
    if verb.lemma_ in {"clear", "advance"}:
        # "the bill cleared the Senate", "cleared its second reading", "advanced out of committee"; a nominee
        # "who cleared the Judiciary Committee" was voted through it
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        texts = [c for c in subjects if c.lemma_.lower() in VOTED_THINGS]
        places = objects + [g for c in verb.children if c.dep_ == "prep" for g in c.subtree if g.dep_ == "pobj"]
        if (texts or any(is_dismissed_person(c) for c in subjects)) and any(
            is_legislature(o) or is_a_reading(o) for o in places
        ):
            return True
        # "advanced the truth in advertising bill", which the small parser reads as "advanced the truth"
        if not any(g.lemma_.lower() in VOTED_THINGS for o in objects for g in o.subtree if g.pos_ == "NOUN"):
            return False
    if by_a_count_of_votes(verb) or decided_in_a_house(verb):
        return True
    deciders = voting_subjects(verb) + [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return any(d.lemma_.lower() in DECIDING_BODIES or d.lower_ in DECIDING_BODIES for d in deciders)


def meeting_body(trigger: Token, subject: Token | None) -> Token | None:
    """The committee, board or house that met: the clause's subject ('the committee met'), or the body a meeting
    noun is of ('at a hearing of the Senate committee on agriculture')."""
    if subject is not None and (is_legislature(subject) or is_acting_body(subject)):
        return subject
    if trigger.pos_ == "VERB":
        return None
    held = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"of", "before"} for g in c.children]
    return next((g for g in held if is_legislature(g) or is_acting_body(g)), None)


def side_by_side_subjects(subject: Token) -> list[Token]:
    """Another subject of the same verb before this one, joined to it by 'and' ('X and her counterpart Y signed'
    read as two subjects), nearest first."""
    verb = subject.head
    if verb.i == subject.i or subject.dep_ != "nsubj":
        return []
    return sorted(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.i < subject.i and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
        ),
        key=lambda c: -c.i,
    )


def after_hyphen(token: Token) -> bool:
    """The second half of a word the parser split at its hyphen ('by-election', 're-run')."""
    return token.i > 0 and token.doc[token.i - 1].tag_ == "HYPH" and not token.doc[token.i - 1].whitespace_


def is_someone(noun: Token) -> bool:
    """A person named or described in this noun phrase ('Finland's president, Mikael Saarinen',
    'the first Muslim person'); 'who' in 'X, who he named as his running mate' is X."""
    if noun.tag_ in {"WP", "WDT"} and noun.head.dep_ == "relcl":
        noun = noun.head.head
    return noun.lemma_.lower() in PERSON_NOUNS or any(
        t.ent_type_ == "PERSON" or t.lower_ in ROLE_HEADS for t in noun.subtree
    )


NOMINEE_PRONOUNS = frozenset({"him", "her", "he", "she"})
STAFF_NOUNS = {"staffer", "employee", "aide", "adviser", "advisor", "official", "worker", "investigator", "coach"}


def is_dismissed_person(noun: Token, pronouns: frozenset[str] = frozenset({"him", "her"})) -> bool:
    """Someone who can be fired: a name, a role or staff word, 'him' or 'her' (a 'he' told as fired is too
    often an unnamed one), or 'who' standing for one."""
    if noun.tag_ in {"WP", "WDT"} and noun.head.dep_ == "relcl":
        noun = noun.head.head
    if noun.pos_ == "PRON":
        return noun.lower_ in pronouns
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head  # "X, a reserve major who Y fired": X
    lemma = noun.lemma_.lower()
    named = noun.pos_ == "PROPN" and noun.ent_type_ not in {"GPE", "NORP", "LOC"}
    return noun.ent_type_ == "PERSON" or named or lemma in ROLE_HEADS | PERSON_NOUNS | STAFF_NOUNS


def suspended_from_office(verb: Token) -> bool:
    """A person suspended (from their post), not a campaign, a sitting or talks: 'X was suspended',
    'the minister suspended Commissioner X'."""
    return any(
        c.dep_ in {"nsubjpass", "dobj"} and is_dismissed_person(c, pronouns=frozenset({"him", "her", "he", "she"}))
        for c in verb.children
    )


def confirmed_by_a_body(verb: Token) -> bool:
    """'the Senate confirmed X', 'X was confirmed 92 to 0', 'was confirmed by the Senate', 'the Senate voted
    52-48 to confirm X': a nominee approved by a vote; not 'the spokesman confirmed the report'."""
    people = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and is_dismissed_person(c, NOMINEE_PRONOUNS)]
    if not people:
        return False
    deciders = [c for c in verb.children if c.dep_ == "nsubj"]
    deciders += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ == "vote":  # "the Senate voted 52-48 to confirm X"
        deciders += [c for c in verb.head.children if c.dep_ == "nsubj"]
    if any(t.lemma_.lower() in VOTING_BODIES for t in deciders):
        return True
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        after = verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 6)].text
        return (
            bool(COUNT_OF_VOTES.match(after.strip()))
            or by_a_count_of_votes(verb)
            or any(c.lower_ == "unanimously" for c in verb.children)
        )
    return False


def asked_by_the_media(verb: Token) -> bool:
    """'co-host X asked Y', 'Y was asked by host X', 'the anchor pressed him': an interview."""
    askers = [c for c in verb.children if c.dep_ == "nsubj"]
    askers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in MEDIA_ROLES for a in askers for t in a.subtree)


def advertised(noun: Token) -> bool:
    """'ran ads', 'reserved time for television advertisements', 'took to the airwaves', 'responded
    with ads' — advertising bought or put out; not 'an ad for a car' read in passing."""
    if noun.dep_ in {"compound", "amod"}:
        return noun.head.lemma_ in {"buy", "campaign", "time", "blitz", "spending", "reservation"}  # "ad buy"
    verb = governing_verb(noun)
    if verb is None or verb.lemma_ not in AD_VERBS or is_own_subject(noun, verb):
        return False
    if noun.lower_ == "airwaves" or verb.lemma_ == "take":
        return noun.lower_ == "airwaves" and verb.lemma_ == "take"  # not "took the top spot"
    if noun.lower_ in {"spot", "spots"}:  # "a TV spot", not "a spot on the ticket"
        return any(c.lower_ in BROADCAST_NOUNS | {"ad", "web", "digital", "campaign"} for c in noun.children)
    return True


def guarded_noun_ok(token: Token) -> bool:
    """'a telephone conversation', 'a call with X', 'talks between', 'a press conference',
    'imposed sanctions' — not 'calls for', 'small talk', 'a conference on climate', 'faces sanctions'."""
    if token.lower_ == "talks":
        return True
    if token.lemma_ == "nomination":
        # "Obama's nomination of X", "the nomination of X to the court"; not "won the nomination"
        return any(
            c.dep_ == "prep" and c.lower_ == "of" and any(is_someone(g) for g in c.children) for c in token.children
        )
    if NOUN_TRIGGERS.get(token.lemma_) == "ruling":
        return judges_ruling(token)
    if (
        token.lemma_ == "call"
        and token.lower_ == "calls"
        and token.dep_ == "dobj"
        and token.head.lemma_ in {"make", "place"}
    ):
        # "began making calls to committee members"; not "made calls for reform"
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in [*token.children, *token.head.children])
    if token.lemma_ == "conference":
        # "a press conference"; "speech/press conference/event" leaves "press" a sibling
        before = token.doc[token.i - 1] if token.i > 0 else None
        return any(c.lower_ in PRESS_WORDS for c in token.children) or (
            before is not None and before.lower_ in PRESS_WORDS
        )
    if token.lemma_ in {"showdown", "matchup", "off"}:
        # "her face-off with X", "the showdown against X", "Tuesday's showdown"
        return any(c.dep_ in {"poss", "nummod"} for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ in {"with", "against", "between"} and is_someone(c) for c in token.children
        )
    if token.lemma_ in {"mission", "tour"}:
        # "his mission to Mexico", "a tour of Vietnam", "a victory tour in New York"; not "the mission of the UN"
        return any(
            c.dep_ == "prep"
            and c.lower_ in {"to", "of", "in", "through", "across"}
            and any(g.ent_type_ in PLACE_LABELS for g in c.children)
            for c in token.children
        )
    if token.lemma_ in {"sanction", "sanctions"}:
        return token.dep_ == "dobj" and token.head.lemma_ in SANCTION_VERBS
    if token.lemma_ == "appointment":
        return any(c.dep_ == "prep" and c.lower_ == "of" and is_someone(c) for c in token.children)
    if token.lemma_ in VENUE_COMPOUNDS:
        return any(c.lower_ in VENUE_COMPOUNDS[token.lemma_] for c in token.children)
    if token.lemma_ == "hearing":
        # "held a hearing", "chaired the hearing", "at a hearing on Tuesday"; not "hearing aids"
        return token.lower_ == "hearing" and (
            (token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_ in HEARING_VERBS)
            or (token.dep_ == "pobj" and token.head.lower_ in {"at", "during"})
        )
    if token.lemma_ in DECISION_NOUNS:
        return decision_taken(token)
    if token.lemma_ == "signing":
        # "during the signing", "the signing took place at …", "the signing of the accord"
        return (token.dep_ == "pobj" and token.head.lower_ in {"at", "during", "after", "following"}) or (
            token.dep_ == "nsubj" and token.head.lemma_ in {"take", "happen", "attend"} and token.head.tag_ == "VBD"
        )
    if token.lemma_ == "vote":
        # "before the vote", "held a vote", "the vote was 39-32": a vote taken; "the votes to pass it",
        # "her vote for X": a tally
        return token.lower_ == "vote" and (
            tallied_vote(token)
            or (token.dep_ == "pobj" and token.head.lower_ in {"before", "after", "during", "following", "ahead"})
            or (
                token.dep_ in {"dobj", "nsubjpass"}
                and token.head.lemma_
                in {"hold", "call", "pass", "schedule", "delay", "postpone", "win", "lose", "take"} | SURVIVING_VERBS
            )
            or named_by_a_past_day(token)
        )
    if token.lemma_ in {"win", "victory"}:
        return any(c.dep_ == "poss" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children)
            for c in token.children
        )
    if token.lemma_ == "debate":
        if any(
            c.dep_ == "prep"
            and c.lower_ in {"over", "about", "on", "around"}
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)  # "the debate on Thursday"
            for c in token.children
        ):
            return False  # "the debate over immigration": an argument, not a televised debate
        return any(c.dep_ in {"poss", "amod", "compound", "nummod"} for c in token.children) or (
            token.dep_ == "pobj" and token.head.lower_ in {"during", "at", "after", "before", "in", "since"}
        )
    if token.lemma_ == "statement":
        if token.dep_ == "pobj" and token.head.lower_ == "in":
            return token.head.head.lemma_ in SPEECH_VERBS
        return token.dep_ == "dobj" and token.head.lemma_ in {"issue", "release", "put", "publish", "read"}
    if token.lemma_ == "strike":
        # "went on strike", "led a strike by nurses", "called a strike"; not "an air strike", "a strike on a base"
        if any(c.lower_ in {"air", "missile", "drone", "military", "lightning"} for c in token.children):
            return False
        return (token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_ in {"go", "be"}) or (
            token.dep_ == "dobj" and token.head.lemma_ in PROTEST_VERBS | {"call", "begin", "start", "launch"}
        )
    if NOUN_TRIGGERS.get(token.lemma_) == "protest":
        # "led a march", "joined the protest", "at a vigil"; not "the protest vote", "a march to the nomination"
        return (token.dep_ == "dobj" and token.head.lemma_ in PROTEST_VERBS) or (
            token.dep_ == "pobj" and token.head.lower_ in {"at", "during"}
        )
    if token.lemma_ == "address" and token.dep_ == "dobj" and token.head.lemma_ in {"deliver", "give"}:
        return True  # "delivered the commencement address"
    if token.lemma_ == "appearance":
        return any(c.dep_ == "prep" and c.lower_ in {"on", "with", "at", "before"} for c in token.children)
    for child in token.children:
        if child.lower_ in PHONE_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ in {"with", "between"}:
            return token.lemma_ != "address"
    return False


RULING_LIGHT_VERBS = {"make", "issue", "hand", "deliver", "write", "give", "announce", "file", "read"}


def judges_ruling(noun: Token) -> bool:
    """A judge's or a court's decision named as a noun: 'Judge X made his ruling', 'the order by Judge X',
    'Judge X's ruling', 'Judge Y, in her dissent, said'. Not 'that ruling was overturned' (no judge) nor a
    person's 'decision to run'."""
    if any(c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ == "to") for c in noun.children):
        return False  # "the decision to run", "an order to evacuate"
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    if any(is_a_judge(o) for o in owners):
        return True
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in RULING_LIGHT_VERBS:
        return any(is_a_judge(s) for s in ruling_subjects(verb))  # "Judge X made his ruling"
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_ in SPEECH_VERBS:
        speaker = verb.head
        return any(c.dep_ == "poss" for c in noun.children) and any(
            is_a_judge(s) for s in ruling_subjects(speaker)
        )  # "Judge Y, in her dissent, said"
    return False


# A decision named as a noun: "after the passage of the bill", "welcomed the Senate's ratification of the treaty".
DECISION_NOUNS = {"passage", "approval", "adoption", "ratification", "rejection"}
DONE_PREPOSITIONS = {"after", "following", "since", "upon"}
# Verbs that take a decision as done: "welcomed the approval of the budget"; not "sought", "expects" or "blocked" it.
REACTING_VERBS = {"welcome", "hail", "celebrate", "praise", "criticise", "criticize", "condemn", "applaud", "mark"}


def decision_taken(noun: Token) -> bool:
    """'after the passage of the bill', 'the assembly's approval of the budget was welcomed': a decision on a text,
    told as done. Not 'before the approval of', 'pending adoption', 'sought approval', 'planning approval'."""
    texts = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if not any(t.lemma_.lower() in VOTED_THINGS or is_a_reading(t) for t in texts):
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ in DONE_PREPOSITIONS
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_ in REACTING_VERBS


def is_topic(preposition: Token, trigger: Token) -> bool:
    """'about the floods', and for something spoken 'on the attacks'; not 'on the sidelines of'."""
    if preposition.lower_ in TOPIC_PREPOSITIONS:
        return True
    return preposition.lower_ == "on" and trigger_kind(trigger) in SPOKEN_KINDS


def act_at_the_event(trigger: Token) -> Token | None:
    """The noun a noun event is the setting of: 'her attack on X in the debate', 'his remarks at the
    rally' (someone's act there, not a verb's clause)."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"in", "at", "during"}:
        return None
    act = trigger.head.head
    return act if act.pos_ == "NOUN" and act.i != trigger.i else None


# Occasions someone can speak to a named person at: "joked to the chair …, he said at a hearing".
ADDRESSED_KINDS = {"hearing", "speech", "press conference", "debate", "meeting"}
# Verbs for being given news at an occasion: "were told at a meeting", "were briefed at a session".
BRIEFING_VERBS = {
    "brief",
    "tell",
    "inform",
    "apprise",
    "update",
    "address",
    "assure",
}  # what an official does to a body
TOLD_VERBS = {"tell", "inform", "brief", "warn", "update", "advise"}


def told_there_by_nobody_named(trigger: Token) -> bool:
    """'Growers were told at a meeting on Wednesday that …': an occasion where an audience was told
    something, with no one named as telling it (no 'by X')."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"at", "during"}:
        return False
    verb = trigger.head.head
    return (
        verb.lemma_ in TOLD_VERBS
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def unnamed_attacker(trigger: Token, person_for) -> bool:
    """'was punched by a Trump supporter', 'a man punched him': whoever hit is described, not named."""
    doers = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not any(c.dep_ == "nsubjpass" for c in trigger.children) and trigger.dep_ != "relcl":
        doers += [c for c in trigger.children if c.dep_ == "nsubj"]
    return bool(doers) and all(d.pos_ == "NOUN" and person_for(d) is None for d in doers)


def names_followers(token: Token) -> bool:
    """A name that only says whose supporters, voters or critics a group are ('Trump supporters',
    'Clinton's critics')."""
    node = token
    while node.dep_ in {"compound", "flat"} and node.head.pos_ == "PROPN" and node.head.i != node.i:
        node = node.head
    return node.dep_ in {"compound", "poss"} and node.head.lemma_.lower() in FOLLOWER_NOUNS


def in_question(token: Token) -> bool:
    """'whether he will drop out', 'if Clinton wins Ohio': asked about or supposed, not reported."""
    verb = token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)


def is_legislature(token: Token) -> bool:
    return token.lemma_.lower() in LEGISLATURES or token.lower_ in LEGISLATURES


def voting_subjects(verb: Token) -> list[Token]:
    """Who passed, approved or adopted: the verb's subject, or the body the small parser hangs it
    on ('A Knesset committee approved on Tuesday a plan' read as a participle: no 'by' agent)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and is_legislature(verb.head) and not any(c.dep_ == "agent" for c in verb.children):
        subjects.append(verb.head)
    return subjects


PRAISING_VERBS = {"congratulate", "thank", "praise", "commend", "hail", "salute", "felicitate", "applaud"}


def praised_for(trigger: Token) -> list[Token]:
    """Whom 'congratulated Y on his victory' or 'thanked Y for her visit' praises for the event."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"on", "for"}:
        return []
    verb = trigger.head.head
    if verb.lemma_ not in PRAISING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def movers_of_the_text(vote: Token) -> list[Token]:
    """Who put the text voted on before the house: the agent of 'the bill, presented by X' and the
    subject of 'after X moved the motion' in the vote's own clause."""
    found = []
    for child in vote.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.lemma_.lower() in VOTED_THINGS:
            for acl in child.children:
                if acl.dep_ == "acl" and acl.lemma_ in MOVING_VERBS:
                    found += [g for a in acl.children if a.dep_ == "agent" for g in a.subtree]
        if (
            child.dep_ in {"advcl", "conj"}
            and child.lemma_ in MOVING_VERBS
            and any(
                o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() in VOTED_THINGS | {"it"} for o in child.children
            )
        ):
            found += [g for c in child.children if c.dep_ in {"nsubj", "agent"} for g in c.subtree]
    return found


def supporters_of_the_vote(vote: Token) -> list[Token]:
    """Members whose support carried a body's vote, told in the vote's own sentence: 'after X and Y agreed to
    support it', 'when X voted with the government'; not 'although X had threatened to oppose it'."""
    found = []
    for child in vote.children:
        if child.dep_ != "advcl" or not any(m.lower_ in {"after", "when", "once", "as"} for m in child.children):
            continue
        backing = child.lemma_ in SUPPORTING_VERBS | {"vote"} or (
            child.lemma_ in {"agree", "decide"}
            and any(x.dep_ == "xcomp" and x.lemma_ in SUPPORTING_VERBS | {"vote"} for x in child.children)
        )
        if backing:
            found += [g for c in child.children if c.dep_ == "nsubj" for g in c.subtree]
    return found


def leaders_of(subject: Token) -> list[Token]:
    """Who leads the group that is the subject: 'members of the BJP, led by X', 'MPs headed by X'."""
    return [
        g
        for acl in subject.children
        if acl.dep_ == "acl" and acl.lemma_ in {"lead", "head"}
        for a in acl.children
        if a.dep_ == "agent"
        for g in a.subtree
    ]


def in_a_texts_clause(token: Token, trigger: Token) -> bool:
    """A word in the clause that says what a voted text does ('a resolution condemning X'), not who moved it."""
    node = token
    for _ in range(12):
        if node.i == trigger.i or node.head.i == node.i:
            return False
        if (
            node.dep_ in {"acl", "relcl"}
            and node.head.lemma_.lower() in VOTED_THINGS
            and node.lemma_ not in MOVING_VERBS
        ):
            return True
        node = node.head
    return False


def is_a_reading(noun: Token) -> bool:
    """'its second reading', 'the final reading', 'committee stage': a stage of a bill a legislature votes on."""
    if noun.lemma_.lower() == "stage":
        return any(c.lower_ in {"committee", "report", "final", "third", "second"} for c in noun.children)
    return noun.lemma_.lower() == "reading" and any(
        c.ent_type_ == "ORDINAL" or c.lower_ in {"final", "first", "second", "third"} for c in noun.children
    )


def by_a_count_of_votes(verb: Token) -> bool:
    """'adopted the text by 104 votes to 12', 'passed by a voice vote', 'passed with 38 votes in favour'."""
    return any(
        c.dep_ in {"prep", "agent"} and c.lower_ == "by" and any(g.lemma_.lower() == "vote" for g in c.children)
        for c in verb.children
    ) or any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.lemma_.lower() == "vote" and any(n.dep_ == "nummod" for n in g.children) for g in c.children)
        for c in verb.children
    )


def decided_in_a_house(verb: Token) -> bool:
    """A text passed, defeated or approved where a vote is taken: 'was defeated in Parliament', 'approved by
    the remaining factions in a voice vote', 'the motion was defeated 29 votes to 22', 'passed in the Senate'."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    ballots = [t for t in phrase_tokens(verb) if t.dep_ == "pobj" and t.head.lower_ in {"in", "on"}]
    if any(t.lemma_.lower() in {"vote", "ballot"} for t in ballots):
        return True  # approved "in a voice vote", advanced "on a 33-9 vote": voted on
    if not any(c.dep_ in {"nsubjpass", "nsubj", "dobj"} and c.lemma_.lower() in VOTED_THINGS for c in verb.children):
        return False
    if any(is_legislature(p) for p in places):
        return True
    after = verb.doc[verb.i + 1 : min(len(verb.doc), verb.i + 6)].text
    return bool(COUNT_OF_VOTES.match(after.strip())) and "vote" in after.lower()


def put_to_a_vote(verb: Token) -> bool:
    """'put the motion to a voice vote', 'the bill was put to the vote': the presiding officer calls the vote."""
    texts = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in VOTED_THINGS | {"it"}]
    ballots = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return bool(texts) and any(b.lemma_.lower() in {"vote", "ballot"} for b in ballots) and not speaks_of_future(verb)


def failed_in_a_vote(verb: Token) -> bool:
    """'The motion of no confidence failed', 'the bill failed in the Senate': a text voted down; not 'the bill
    failed to reach the floor' (what failed is told by the verb after it) nor 'the plan failed' (no vote)."""
    if any(c.dep_ == "xcomp" for c in verb.children) or conditional(verb) or speaks_of_future(verb):
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in {"motion", "bill", "amendment", "resolution"} for c in verb.children
    )


TALLY_WORDS = {"unanimous", "close", "narrow", "overwhelming"}


def tallied_vote(noun: Token) -> bool:
    """'The vote was 39-32', 'the final vote was unanimous': a vote taken, told by its result."""
    verb = noun.head
    return (
        noun.lower_ == "vote"
        and noun.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and verb.tag_ == "VBD"
        and any(c.dep_ in {"attr", "acomp"} and (c.like_num or c.lower_ in TALLY_WORDS) for c in verb.children)
    )


def passive_voted_text(verb: Token) -> bool:
    """'The Bill was passed after a debate', 'the amendment was rejected': a text voted on, the passive's subject."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in VOTED_THINGS for c in verb.children
    )


def names_a_voted_text(subject: Token | None) -> bool:
    """'The bill passed', 'the treaty was ratified': the text decided on is the clause's subject."""
    return subject is not None and subject.lemma_.lower() in VOTED_THINGS


def acted_by_body(subject: Token | None) -> bool:
    """'The Dutch parliament voted', 'the EU imposed sanctions', 'the army has deployed': a named
    body or organisation does it."""
    if subject is None:
        return False
    return (
        subject.lemma_.lower() in VOTING_BODIES
        or subject.lower_ in VOTING_BODIES
        or subject.ent_type_ in {"ORG", "GPE", "NORP"}
        or any(t.lower_ in {"army", "military", "troops", "forces", "navy", "police"} for t in subject.subtree)
    )


def object_of_trigger(token: Token) -> bool:
    """'accepted an invitation': the noun is what the verb's event is about, not an event of its own."""
    return token.dep_ == "dobj" and bool(trigger_kind(token.head))


def drop_nested(events: list[FoundEvent]) -> list[FoundEvent]:
    """A trigger inside another event's phrase ("an invitation … to visit London") is part of it."""
    kept = []
    for event in events:
        inside_another = any(other is not event and event.trigger.i in other.phrase for other in events)
        holds_another = any(event.trigger.i != o.trigger.i and o.trigger.i in event.phrase for o in events)
        if inside_another and not holds_another:
            holder = next(o for o in events if o is not event and event.trigger.i in o.phrase)
            holder.participants += [p for p in event.participants if p not in holder.participants]
            continue
        kept.append(event)
    return kept


def only_intended(token: Token) -> bool:
    """'offered to meet', 'plans to visit': an intention, not a happening; 'kept from winning',
    'without meeting': what did not happen."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ == "xcomp" and token.head.lemma_ in INTENT_VERBS:
        return True
    if (
        token.dep_ in {"advcl", "ccomp"}
        and token.head.lemma_ in INTENT_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
    ):
        return True  # "called for X to resign": only demanded
    return token.dep_ == "pcomp" and token.head.lower_ in {"from", "without", "against", "toward", "towards"}


def denied(token: Token) -> bool:
    """'has not endorsed', 'never met', 'did not vote', 'has yet to endorse': the text says it did not happen."""
    verb = token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)
    if verb is None:
        return False
    not_yet = verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children)  # "is yet to"
    return not_yet or any(c.dep_ == "neg" for c in verb.children)


# Verbs that say a reported happening is untrue: "denied reports that he had met X", "rejected claims she resigned".
DENYING_VERBS = {"deny", "refute", "rebut", "dismiss", "reject"}
CLAIM_NOUNS = {
    "report", "reports", "claim", "claims", "allegation", "allegations", "rumour", "rumours", "rumor", "rumors",
    "suggestion", "suggestions", "speculation", "story", "stories",
}  # fmt: skip


def denied_by_someone(token: Token) -> bool:
    """'X denied reports that he had met the president', 'denied that she had resigned', 'denied meeting him':
    the one who denies says it did not happen (the small parser hangs 'met' on 'reports' as a clause)."""
    node = token if token.pos_ in {"VERB", "AUX"} else governing_verb(token)
    for _ in range(3):
        if node is None or node.head.i == node.i:
            return False
        head = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in {"ccomp", "xcomp"} and head.lemma_ in DENYING_VERBS:
            return True
        if node.dep_ in {"acl", "ccomp"} and head.lower_ in CLAIM_NOUNS and head.dep_ == "dobj":
            return head.head.lemma_ in DENYING_VERBS
        return False
    return False


# Words that name a happening as not (yet) held: "the planned meeting … has been postponed"; verbs that call one off.
CALLING_OFF_VERBS = {"postpone", "cancel", "delay", "scrap", "defer", "shelve", "call", "abandon"}
NOT_YET_HELD = {"planned", "proposed", "scheduled", "upcoming", "postponed", "cancelled", "canceled", "expected"}


def called_off(token: Token) -> bool:
    """A noun event named as still ahead or called off: 'a planned meeting', 'the proposed visit', 'the postponed
    talks'; it did not happen. Someone calling one off is an act of theirs ('X cancelled a scheduled interview')."""
    if token.pos_ not in {"NOUN", "PROPN"} or (token.dep_ == "dobj" and token.head.lemma_ in CALLING_OFF_VERBS):
        return False
    return any(c.dep_ == "amod" and c.lower_ in NOT_YET_HELD for c in token.children)


# --- syntax helpers ----------------------------------------------------------------------------


def phrase_tokens(head: Token, clauses: bool = False, skip_subject: bool = False) -> list[Token]:
    """The head's phrase without coordinated events, and without nested clauses unless asked
    (a light verb's "to visit London" belongs to its invitation)."""
    out = [head]
    for child in head.children:
        if child.dep_ in {"relcl", "parataxis", "punct", "mark", "cc"}:
            continue
        if child.dep_ in {"ccomp", "advcl"} and not (clauses and is_infinitive(child)):
            continue
        if skip_subject and child.dep_ in {"nsubj", "nsubjpass"}:
            continue
        if child.dep_ == "conj" and (trigger_kind(child) or child.pos_ in {"VERB", "AUX"}):
            continue
        out.extend(phrase_tokens(child))
    return out


def is_infinitive(verb: Token) -> bool:
    """'to visit London' (a purpose or complement), not 'following which, X warned'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def event_anchor(trigger: Token) -> Token:
    """Where an event's phrase hangs: a noun trigger's light verb ('extended an invitation')."""
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj" and trigger.head.lemma_ in ANCHOR_VERBS:
        return trigger.head
    if trigger.lemma_ in SUPPORT_NOUNS and trigger.dep_ == "dobj" and trigger.head.lemma_ in SUPPORT_GIVING_VERBS:
        return trigger.head  # "threw his support behind X": X hangs on the verb
    return trigger


def governing_verb(token: Token) -> Token | None:
    """The verb whose clause holds a (noun) trigger; the trigger itself when it is a verb.
    A verb used as a preposition ('following a meeting') is passed over."""
    node = token
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} and (node.i == token.i or node.dep_ != "prep"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def clause_subject(trigger: Token) -> Token | None:
    """Who acts: 'X met', 'X held talks', 'X is in Moscow for talks', 'X, who met …'.

    Not the subject of a speech verb that merely mentions the event ('he cited a meeting').
    """
    verb = governing_verb(trigger)
    if verb is None or is_own_subject(trigger, verb):
        return None
    if verb.i != trigger.i and not (
        light_verb_object(trigger, verb)
        or trip_purpose(trigger, verb)
        or attached_as_setting(trigger, verb)
        or trigger_kind(trigger) in PUT_OUT_KINDS  # "ran ads", "sent out a fundraising email"
    ):
        return None
    for _ in range(4):
        # The subject nearest the verb: "LONDON — The secretary announced" is the secretary's.
        for child in sorted(verb.children, key=lambda c: abs(verb.i - c.i)):
            if child.dep_ in {"nsubj", "nsubjpass"}:
                if child.dep_ == "nsubjpass" and verb.i == trigger.i:
                    break  # "were invited": the subject is the guest, found in the phrase
                return child
        if verb.i == trigger.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            misplaced = apposition_before(verb)
            if misplaced is not None:
                return misplaced
        if verb.i == trigger.i and verb.dep_ == "xcomp" and verb.head.lemma_ not in INTENT_VERBS:
            controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller  # "led X to drop out", "helped X win": X does it
        if (
            verb.i == trigger.i
            and verb.dep_ == "acl"
            and trigger_kind(trigger) == "vote"
            and any(s.i == verb.head.i for s in voting_subjects(verb))
        ):
            return verb.head  # "The Senate on Tuesday approved …" misread as a participle
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.i == trigger.i and verb.tag_ == "VBG"):
            return verb.head  # "Novak, who met Ferris"; "De Blasio, speaking on the radio,"
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.ent_type_ == "PERSON":
            return verb.head  # "Jane Roe called Wednesday for …" misread as a name with a participle
        if (
            verb.i == trigger.i
            and verb.dep_ == "pcomp"
            and verb.head.lower_ in {"of", "for"}
            and verb.head.head.lemma_ in ACCUSING_VERBS
        ):
            # "accused him of endorsing X", "praised her for visiting": the one accused did it
            return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head.head  # "said … after meeting X": the one who said met X
            continue
        if verb.dep_ in {"advcl", "xcomp", "conj", "acl"} and verb.head.i != verb.i:
            if VERB_TRIGGERS.get(trigger.lemma_) == "deployment" and verb.head.lemma_ not in ASPECT_VERBS:
                break  # "Measures include … deploying jets": the measures deploy nothing
            verb = verb.head
            continue
        break
    return None


# Verbs that blame or credit someone for an act: "accused X of meeting Y", "thanked Y for visiting".
ACCUSING_VERBS = {
    "accuse", "blame", "criticize", "criticise", "fault", "attack", "slam", "condemn", "praise", "thank", "credit",
    "commend", "applaud", "congratulate", "mock", "ridicule", "chide", "scold", "rebuke",
}  # fmt: skip


def apposition_before(verb: Token) -> Token | None:
    """'When asked about X, President Y said …': the small parser can hang Y on X as an
    apposition, leaving the verb without a subject; the name just before the verb is its subject."""
    before = verb.i - 1
    while before >= 0 and (verb.doc[before].is_punct or verb.doc[before].dep_ == "advmod"):
        before -= 1  # "…, Corey Doe, roughly yanked": the adverb is not the subject
    if before < 0:
        return None
    token = verb.doc[before]
    if token.dep_ == "appos" and token.ent_type_ == "PERSON" and token.head.i < token.i:
        return token
    return None


def light_verb_object(trigger: Token, verb: Token) -> bool:
    """'held talks', 'extended an invitation', 'had a telephone conversation'."""
    if trigger.dep_ not in {"dobj", "attr"} or trigger.head.i != verb.i:
        return False
    # "told a news conference", "addressed a briefing": whoever speaks to it is there.
    kind = trigger_kind(trigger)
    return (
        verb.lemma_ in ANCHOR_VERBS
        or (kind in {"press conference", "speech", "interview"} and verb.lemma_ in SPEAKING)
        or (kind == "sanctions" and verb.lemma_ in SANCTION_VERBS)  # "the EU imposed sanctions"
        or (kind == "protest" and verb.lemma_ in PROTEST_VERBS)  # "she led a march"
        or (trigger.lemma_ in SUPPORT_NOUNS and verb.lemma_ in SUPPORT_GIVING_VERBS)  # "X threw her support behind"
        or (kind == "vote" and verb.lemma_ in SURVIVING_VERBS | {"lose"})  # "the mayor survived a confidence vote"
    )


def trip_purpose(trigger: Token, verb: Token) -> bool:
    """'is in Moscow for talks', 'travelled to Brussels for discussions'."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ in {"for", "to", "on"}
        and prep.head.i == verb.i
        and verb.lemma_ in MOTION_VERBS
    )


def is_own_subject(trigger: Token, verb: Token) -> bool:
    """'the last talks took place in London': the event is the subject, no one acts on it."""
    node = trigger
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in {"nsubj", "nsubjpass"}:
            return True
        node = node.head
    return False


def attached_as_setting(trigger: Token, verb: Token) -> bool:
    """'At the meeting she said', 'following a meeting with X' — the subject was there."""
    node = trigger
    while node.head.i != node.i and node.i != verb.i:
        if node.dep_ == "pobj" and node.head.lower_ in {"at", "during", "after", "in", "on", "following", "before"}:
            return True
        if node.dep_ == "dobj" and node.head.lower_ == "following":
            return True
        node = node.head
    return False


def has_date_word(text: str) -> bool:
    return bool(
        re.search(
            r"\d|day|week|month|year|today|yesterday|tomorrow|night|morning|evening|"
            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
            text,
            re.IGNORECASE,
        )
    )


def conditional(trigger: Token) -> bool:
    """'would defeat', 'could beat', 'might raise', 'must still approve': what may (or has to)
    happen, not what did."""
    verb = governing_verb(trigger)
    for _ in range(3):  # "would have to win", "could try to beat", "could register and vote"
        if verb is None:
            return False
        if any(
            c.tag_ == "MD" and c.lower_ in {"would", "could", "might", "may", "should", "must", "'d"}
            for c in verb.children
        ):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def head_to_head_poll(trigger: Token) -> bool:
    """A win or matchup in a sentence about a poll ('the poll shows X beating Y', 'in head-to-head
    matchups, X tops Y'): a hypothetical contest."""
    if trigger.lemma_ not in BEATING_VERBS | {"matchup", "showdown", "off", "finish"}:
        return False
    return any(t.lower_ in POLL_WORDS or t.lower_ == "head" for t in trigger.sent)


def speaks_of_future(trigger: Token) -> bool:
    """'will visit', 'is to meet', 'is due to sign', 'plans to travel': the event lies ahead."""
    verb = governing_verb(trigger)
    for _ in range(3):
        if verb is None:
            return False
        if any(c.tag_ == "MD" and c.lower_ in {"will", "'ll", "shall", "wo"} for c in verb.children):
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in {"be", "due", "set", "expect", "schedule", "go", "plan"}:
            return True
        if verb.dep_ not in {"xcomp", "conj", "advcl"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def resolve_date(text: str, published: PartialDate, *, future: bool = False) -> PartialDate:
    """A relative expression against the publication date, or an absolute date as written."""
    resolver = getattr(dates, "resolve_relative", None)
    if resolver is not None and published.known:
        resolved = resolver(text, published, future=future)
        if resolved is not None:
            if published.year_inferred and resolved.year is not None:
                # seen from a date whose year was worked out from a weekday: that year is no surer
                resolved = replace(resolved, year_inferred=True)
            return resolved
    parser = getattr(dates, "parse_date", None)
    if parser is not None:
        absolute = parser(re.sub(r"^(on|in|at)\s+", "", text, flags=re.IGNORECASE))
        if absolute is not None and absolute.known:
            if absolute.year is None and published.year is not None:
                return PartialDate(
                    year_of(absolute, published, future=future),
                    absolute.month,
                    absolute.day,
                    year_inferred=published.year_inferred,
                )
            return absolute
    return PartialDate()


def year_of(day: PartialDate, published: PartialDate, *, future: bool) -> int:
    """The year of a date written without one ('on December 20'): the latest such day up to the
    publication date, or for what lies ahead the next one from it."""
    year = published.year
    if day.month is None or published.month is None:
        return year
    written = (day.month, day.day or 1)
    seen_from = (published.month, published.day or 1)
    if not future and written > seen_from and published.day is not None:
        return year - 1  # "on December 20" in a January article
    if future and written < seen_from and published.day is not None:
        return year + 1  # "will meet on March 3" in a December article
    return year


def continues(quote: ExtractedQuote, body: str) -> bool:
    """A quotation that opens its paragraph (a continuation of the one before)."""
    line_start = body.rfind("\n", 0, quote.start) + 1
    return not body[line_start : quote.start].strip(" \"'“”‘’")


# --- merging and summaries ---------------------------------------------------------------------


def merge_same_events(events: list[FoundEvent]) -> list[FoundEvent]:
    """Two sentences about one happening: same kind (or talks/meeting), nested participants."""
    merged: list[FoundEvent] = []
    for event in events:
        home = next((m for m in merged if same_event(m, event)), None)
        if home is None:
            merged.append(event)
            continue
        for person in event.participants:
            if person not in home.participants:
                home.participants.append(person)
        home.quotes = sorted(set(home.quotes) | set(event.quotes))
        home.location = home.location or event.location
        if not home.date.known and event.date.known:
            home.date, home.date_text = event.date, event.date_text
        home.date_text = home.date_text or event.date_text
    return merged


def same_event(a: FoundEvent, b: FoundEvent) -> bool:
    if KIND_GROUPS.get(a.kind, a.kind) != KIND_GROUPS.get(b.kind, b.kind):
        return False
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb:
        return False
    if a.location and b.location and a.location.lower() != b.location.lower():
        return False
    if dates_conflict(a, b):
        return False  # "invited him in July" and "invited him again in September": two invitations
    return pa <= pb or pb <= pa


def dates_conflict(a: FoundEvent, b: FoundEvent) -> bool:
    """Two events whose days differ: both resolved to different days, or, left unresolved, written
    as different named days or months ('in July', 'in September'; not 'last week' and 'Friday')."""
    if a.date.known and b.date.known:
        parts = [(x, y) for x, y in zip(date_parts(a.date), date_parts(b.date), strict=True) if None not in (x, y)]
        return any(x != y for x, y in parts)
    if a.date.known or b.date.known:
        return False
    words_a, words_b = day_words(a.date_text), day_words(b.date_text)
    return bool(words_a and words_b) and words_a != words_b


def date_parts(day: PartialDate) -> tuple[int | None, int | None, int | None]:
    return day.year, day.month, day.day


def day_words(text: str) -> str:
    """'on Tuesday night' and "Tuesday's" name the same day: the words and numbers naming it."""
    words = re.findall(r"[a-z]+|\d+", re.sub(r"['’]s\b", "", text.lower()))
    return " ".join(w for w in words if w in DAY_WORDS or w.isdigit())


def surname(name: str) -> str:
    """The last word of a name, with the particles before it ('de Wit', 'van der Berg')."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1] in NAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def short_names(people: list[ExtractedPerson], indexes: list[int]) -> list[str]:
    """Surnames, or full names where two participants share a surname."""
    surnames = [surname(people[i].name) for i in indexes]
    return [s if surnames.count(s) == 1 else people[i].name for s, i in zip(surnames, indexes, strict=True)]


def summarise(event: FoundEvent, people: list[ExtractedPerson], subject: Token | None) -> str:
    """A short readable line: 'Hale invites Ivanov to Paris'; 'the EU imposes sanctions, Berg says'."""
    if event.announced_by is not None:
        body_only = FoundEvent(event.kind, event.trigger, location=event.location)
        said = surname(people[event.announced_by].name)
        return f"{summarise(body_only, people, subject)}, {said} says"
    names = short_names(people, event.participants)
    first = names[0] if names else ""
    rest = " and ".join(names[1:])
    where = f" in {event.location}" if event.location else ""
    kind = event.kind
    if event.trigger.pos_ == "VERB" and event.trigger.lemma_ in DUTY_PHRASES and kind != "candidacy":
        return summarise_duty(event, first, subject)
    if kind == "hearing" and event.trigger.lemma_ == "appear":
        return f"{first} appears in court"
    if kind == "ruling" and event.trigger.lemma_ not in RULING_VERBS:
        return f"{first} rules" if first else "A court rules"  # "the judge ruled", "in her dissent", "his order"
    if kind == "ruling":
        ruled = [c for c in event.trigger.children if c.dep_ == "dobj"]
        court = capitalised(short_phrase(subject, 4)) if subject is not None else "A court"
        verb = RULING_VERBS[event.trigger.lemma_]
        return f"{court} {verb} {shorten(subtree_text(ruled[0]))}" if ruled else f"{court} rules"
    if kind == "invitation":
        text = f"{first} invites {rest}" if rest else f"{first} sends an invitation"
        return text + (f" to {event.location}" if event.location else "")
    if kind == "acceptance":
        return f"{first} accepts an invitation" + (f" from {rest}" if rest else "") + where
    if kind == "meeting":
        return (f"{first} meets {rest}" if rest else f"{first} holds a meeting") + where
    if kind == "talks":
        return (f"{first} holds talks with {rest}" if rest else f"{first} holds talks") + where
    if kind == "call":
        return f"{first} and {rest} speak by telephone" if rest else f"{first} on a telephone call"
    if kind == "visit":
        return f"{first} visits {event.location}" if event.location else f"{first} on a visit"
    if kind == "speech":
        return f"{first} gives a speech{where}"
    if kind == "interview" and event.trigger.lemma_ == "tell" and told_investigators(event.trigger):
        return f"{' and '.join(names)} questioned by investigators"
    if kind == "interview":
        return f"{first} interviewed by {rest}" if rest else f"{first} gives an interview"
    if kind == "press conference":
        return f"{first} holds a press conference{where}"
    if kind in {"vote", "sanctions"}:
        if first and kind == "vote":
            return f"{' and '.join(names)} at a vote{where}"
        if first:
            who, plural = first, False
        else:
            who = short_phrase(subject) if subject is not None else ""
            plural = subject is not None and subject.tag_ in {"NNS", "NNPS"}
        what = {"vote": ("holds a vote", "vote"), "sanctions": ("imposes sanctions", "impose sanctions")}[kind]
        return f"{who} {what[plural]}{where}".strip()
    if kind == "signing":
        signed = [c for c in event.trigger.children if c.dep_ == "dobj"]
        if subject is not None and event.trigger.pos_ == "VERB" and not is_someone(subject) and is_acting_body(subject):
            # "The port authority and the union sign an accord" (its officials, quoted after, are the participants)
            bodies = capitalised(short_phrase(subject))
            plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
            verb = "sign" if plural else "signs"
            return f"{bodies} {verb} {shorten(subtree_text(signed[0]))}" if signed else f"{bodies} {verb}"
        return f"{first} signs {shorten(subtree_text(signed[0]))}" if signed else f"{first} signs"
    if kind == "appointment" and event.trigger.lemma_ == "confirm" and not is_someone_in(subject):
        return f"{names[-1]} is confirmed" if names else "A nominee is confirmed"  # "the Senate voted to confirm X"
    if kind == "appointment" and any(c.dep_ == "nsubjpass" for c in event.trigger.children):
        done = "confirmed" if event.trigger.lemma_ == "confirm" else "appointed"
        return f"{first} is {done}" + (f" by {rest}" if rest else "")
    if kind == "appointment":
        return f"{first} appoints {rest}" if rest else f"{first} makes an appointment"
    if kind == "dismissal":
        if any(c.dep_ == "nsubjpass" for c in event.trigger.children):
            return f"{first} is dismissed" + (f" by {rest}" if rest else "")
        return f"{first} dismisses {rest}" if rest else f"{first} dismisses someone"
    doers = " and ".join(names[: event.doers])
    if kind == "request" and event.trigger.lemma_ in ASKING_VERBS:
        official = [c for c in event.trigger.children if c.dep_ in {"dobj", "dative"}]
        whom = short_phrase(official[0], 4) if official else "officials"
        return f"{doers} ask{'s' if event.doers == 1 else ''} {whom} for an inquiry"
    if kind == "candidacy" and event.trigger.lemma_ in DECLARING_VERBS:
        return f"{doers} declare{'s' if event.doers == 1 else ''} an interest in running"
    if kind == "request":
        asked = [g for c in event.trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        asked += [c for c in event.trigger.children if c.dep_ == "dobj"]
        if asked:
            return f"{first} calls for {shorten(subtree_text(asked[0]))}"
        demanded = [c for c in event.trigger.children if c.dep_ in {"advcl", "ccomp", "xcomp"}]
        return f"{first} calls {shorten(subtree_text(demanded[0]))}" if demanded else f"{first} makes a demand"
    if kind == "call" and event.trigger.lower_ == "calls":
        return f"{first} makes calls"
    if kind in LEGAL_KINDS or kind == "pardon":
        done = {"arrest": "arrested", "charge": "charged", "conviction": "convicted", "sentencing": "sentenced"}
        passive = any(c.dep_ == "nsubjpass" for c in event.trigger.children)
        if kind == "pardon" and not passive and rest:
            return f"{first} pardons {rest}"
        who = first if passive or not rest else rest
        return f"{who} is {done.get(kind, 'pardoned')}"
    if kind == "death":
        return f"{first} dies" + (f" in {event.location}" if event.location else "")
    if kind == "protest":
        return f"{' and '.join(names)} protest{'s' if len(names) == 1 else ''}{where}"
    if kind == "lawsuit":
        return (f"{first} sues {rest}" if rest else f"{first} goes to court") + where
    if kind == "veto":
        vetoed = [c for c in event.trigger.children if c.dep_ == "dobj"]
        return f"{first} vetoes {shorten(subtree_text(vetoed[0]))}" if vetoed else f"{first} uses a veto"
    if kind == "decree":
        dissolved = [c for c in event.trigger.children if c.dep_ == "dobj"]
        return f"{first} dissolves {shorten(subtree_text(dissolved[0]))}" if dissolved else f"{first} issues a decree"
    if kind == "assault":
        passive = any(c.dep_ == "nsubjpass" for c in event.trigger.children) or event.trigger.tag_ == "VBN"
        if passive:
            return f"{first} is attacked" + (f" by {rest}" if rest else "") + where
        return f"{first} attacks {rest}{where}" if rest else f"{first} attacks someone{where}"
    if kind == "hearing" and event.trigger.lemma_ in {"summon", "subpoena"}:
        return f"{names[-1]} is {'subpoenaed' if event.trigger.lemma_ == 'subpoena' else 'summoned'}"
    if kind == "hearing":
        verb = "testifies" if event.trigger.lemma_ == "testify" else "speaks at a hearing"
        return f"{first} {verb}" + (f" before {rest}" if rest else "") + where
    if kind == "inauguration":
        return f"{first} is sworn in"
    if kind == "resignation":
        return f"{first} resigns"
    if kind == "election" and event.trigger.lemma_ == "finish":
        placing = [
            subtree_text(c)
            for c in event.trigger.children
            if c.ent_type_ in {"ORDINAL", "CARDINAL"} or c.lower_ in PLACINGS
        ]
        verb = "finish" if len(names) > 1 else "finishes"
        return f"{' and '.join(names)} {verb}" + (f" {placing[0]}" if placing else "") + where
    if kind == "election" and event.trigger.lemma_ in BEATING_VERBS:
        return (f"{first} beats {rest}" if rest else f"{first} wins") + where
    if kind == "advertising":
        return f"{first} runs ads{where}"
    if kind == "fundraising":
        money = [c for c in event.trigger.children if c.dep_ == "dobj" and c.ent_type_ == "MONEY"]
        return f"{first} raises {shorten(subtree_text(money[0]))}" if money else f"{first} appeals for funds"
    if kind == "sign-up":
        return f"{first} signs up"
    if kind == "election" and event.trigger.lemma_ == "elect":
        return f"{first} is elected" + (f" in {event.location}" if event.location else "")
    if kind == "election":
        # "captured wins in three states": the states, not "wins wins"
        won = [c for c in event.trigger.children if c.dep_ == "dobj" and c.lemma_.lower() not in {"win", "victory"}]
        if won:
            return f"{first} wins {shorten(subtree_text(won[0]))}"
        return f"{first} wins" + (f" in {event.location}" if event.location else "")
    if kind == "endorsement":
        agents = [g for c in event.trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:  # "X was endorsed by the union"
            return f"{first} is endorsed by {short_phrase(agents[0])}"
        if event.trigger.head.lemma_ in RECEIVING_VERBS | {"receive", "get", "win", "earn", "secure", "land"}:
            # "X picked up the endorsement of Y": X is endorsed, when X is a participant
            if event.received_by_subject:
                return f"{first} is endorsed by {rest}" if rest else f"{first} receives an endorsement"
            return f"{first} gives an endorsement"
        if event.doers > 1 and len(names) > event.doers:  # "X and Y endorse Z"
            return f"{' and '.join(names[: event.doers])} endorse {' and '.join(names[event.doers :])}"
        return f"{first} endorses {rest}" if rest else f"{first} gives an endorsement"
    if kind == "statement":
        return f"{first} issues a statement"
    if kind == "withdrawal":
        return f"{first} withdraws from the race"
    if kind == "candidacy":
        return f"{first} runs for office"
    if kind == "campaign event":
        return f"{first} campaigns{where}"
    if kind == "debate":
        return f"{first} debates {rest}" if rest else f"{first} takes part in a debate{where}"
    if kind == "deployment" and event.trigger.lemma_ in {"send", "dispatch", "order"}:
        sent = [c for c in event.trigger.children if c.dep_ == "dobj"]
        what = f" {short_phrase(sent[0], 4)}" if sent else ""
        goal = [t for t in event.trigger.subtree if t.dep_ == "pobj" and t.head.lower_ in {"to", "into"}]
        return f"{first} sends{what}" + (f" to {short_phrase(goal[0], 4)}" if goal else "")
    if kind == "deployment":
        who = " and ".join(names) or (short_phrase(subject) if subject is not None else "Forces")
        return f"{who} deployed to {event.location}" if event.location else f"{who} deployed"
    if event.trigger.lemma_ == "rule":
        ruled_out = [c for c in event.trigger.children if c.dep_ in {"dobj", "xcomp"}]
        return f"{first} rules out {shorten(subtree_text(ruled_out[0]))}" if ruled_out else f"{first} rules it out"
    # announcement: what was announced, shortened at a word
    objects = [c for c in event.trigger.children if c.dep_ in {"dobj", "ccomp"}]
    if not first and subject is not None:
        first = short_phrase(subject, 4)  # "the port authority announces …"
        first = capitalised(first)
    if not objects:
        return f"{first} makes an announcement"
    announced = subtree_text(objects[0])
    dateline = read_dateline(announced)  # "KAMPALA (AFP) - Uganda will …": the dateline is not news
    return f"{first} announces {shorten(dateline.lead if dateline else announced)}"


def is_someone_in(subject: Token | None) -> bool:
    return subject is not None and (is_someone(subject) or subject.pos_ == "PRON")


def subtree_text(head: Token) -> str:
    tokens = list(head.subtree)
    return head.doc[tokens[0].i : tokens[-1].i + 1].text


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def summarise_duty(event: FoundEvent, first: str, subject: Token | None) -> str:
    """'Koroma inaugurates the new bridge', 'Lawmakers override Walsh's veto of the budget'."""
    verb = event.trigger
    what = [c for c in verb.children if c.dep_ == "dobj"] or [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"off", "over"} for g in c.children
    ]
    phrase = DUTY_PHRASES[verb.lemma_]
    if subject is not None and subject.tag_ in {"NNS", "NNPS"} and subject.ent_type_ != "PERSON":
        who = capitalised(short_phrase(subject, 4))  # "Lawmakers override …": the body, not a person its object names
    else:
        who, phrase = first, third_person(phrase)
        if not who and subject is not None:
            who = capitalised(short_phrase(subject, 4))  # "The FBI opens an investigation"
    return f"{who} {phrase} {shorten(subtree_text(what[0]))}" if what else f"{who} {phrase}"


def third_person(phrase: str) -> str:
    """'lay' → 'lays', 'launch' → 'launches', 'preside over' → 'presides over'."""
    verb, _, rest = phrase.partition(" ")
    verb += "es" if verb.endswith(("ch", "sh", "ss", "x")) else "s"
    return f"{verb} {rest}".rstrip()


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def short_phrase(head: Token, limit: int = 8) -> str:
    tokens = sorted(phrase_tokens(head), key=lambda t: t.i)[:limit]
    return head.doc[tokens[0].i : tokens[-1].i + 1].text
