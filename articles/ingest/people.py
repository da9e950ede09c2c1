"""Person mentions in an article body, their roles, and in-article coreference of names.

spaCy's small NER finds most names but also tags places, diseases and headline fragments
as PERSON, and misses names written after an honorific. The rules on top:

- a name counts only in a paragraph of story prose (not a heading, caption, link or byline);
- honorifics ("Mr", "Ms") and titles before a lone surname ("President Novak") belong to the
  mention, never to the name; a possessive ("Kowalczyk's") is not part of the name;
- a lone capitalised word is a person only with support: it is the surname (or given name)
  of a full name in the same article, or it follows an honorific or a title, or it is the
  subject of a speech verb ("Ivanov slammed ...");
- surname-only and titled forms join the full name of the same article; spelling variants of
  one full name ("Dmitri"/"Dmitry") join each other;
- a role is read from the words before the name ("Italian defence minister Carla Moretti")
  or from an apposition ("his French counterpart, Luc Girard").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from articles.ingest import nlp
from articles.ingest.cleaning import closing_credit
from articles.ingest.lexicon import (
    ADMINISTRATIVE_DIVISIONS,
    FAMILY_NAMES_WRITTEN_FIRST,
    FEMALE_FIRST_NAMES,
    FEMALE_HONORIFICS,
    HONORIFIC_PAIRS,
    HONORIFICS,
    IRISH_SURNAME_PARTICLES,
    MALAY_OPENING_HONORIFICS,
    MALAY_PERSONAL_HONORIFICS,
    MALAY_STYLES,
    MALAY_TITLE_WORDS,
    MALE_FIRST_NAMES,
    MALE_HONORIFICS,
    MULTIWORD_PLACES,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAME_ENDINGS,
    NOT_NAME_WORDS,
    OFFICE_FORMS,
    OFFICE_PORTFOLIO_WORDS,
    PATRONYMIC_PARTICLES,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    POST_NOMINALS,
    ROLE_HEADS,
    ROLE_JOINERS,
    SHORT_FORMS,
    SPEECH_VERBS,
    TRAILING_PATRONYMICS,
    US_STATE_ABBREVIATIONS,
)
from articles.ingest.passages import Paragraph, paragraph_at, split_paragraphs
from articles.ingest.records import ExtractedPerson, Span

POSSESSIVES = {"'s", "’s", "'", "’", "s"}
# "the city council of X", "the mayor of X": X is a place (or a body), not a person.
PLACE_OF_HEADS = {
    "city", "town", "village", "council", "province", "region", "state", "district", "county", "people",
    "residents", "citizens", "government", "capital", "port", "island", "republic", "municipality",
    "kingdom", "outskirts", "centre", "center", "mayor", "governor", "streets", "suburb", "suburbs",
    "parliament", "assembly", "university", "bank", "ministry", "territory", "coast", "north",
    "south", "east", "west", "heart", "area", "border", "community", "settlement", "hamlet", "constituency",
    "parish", "regency",
}  # fmt: skip
RIVALS = {"rival", "opponent", "challenger", "successor", "predecessor", "counterpart", "deputy"}
RELATIONAL_ROLES = {"counterpart", "colleague", "partner", "ally", "friend", "rival", "predecessor", "successor"}
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "W.", "H.W."
OTHER_ENTITY_LABELS = {"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


@dataclass
class NameMention:
    """One occurrence of a name, before occurrences are grouped into people."""

    start: int  # first character of the mention as written (honorific included)
    end: int
    first_token: int  # doc index of the first name word
    last_token: int  # doc index of the last name word (inclusive)
    words: tuple[str, ...]  # the name words ("Tom", "Hale")
    prefix: str = ""  # honorific or title written before the name ("Mr", "President")
    tagged_person: bool = False  # spaCy's NER called it PERSON

    @property
    def surname(self) -> str:
        return surname_of(self.words)


@dataclass
class PersonCluster:
    """The mentions of one person in one article."""

    mentions: list[NameMention] = field(default_factory=list)

    @property
    def full_forms(self) -> list[NameMention]:
        return [m for m in self.mentions if len(m.words) >= 2]

    @property
    def name(self) -> str:
        """The most frequent full form (first written wins a tie), else the lone word."""
        forms = self.full_forms or self.mentions
        counts: dict[tuple[str, ...], int] = {}
        for m in forms:
            counts[m.words] = counts.get(m.words, 0) + 1
        # A form opening with its particles ("Van der Berg") is a surname, not the full name.
        best = max(
            counts, key=lambda w: (w[0].lower() not in NAME_PARTICLES, counts[w], len(w), -forms_index(forms, w))
        )
        return " ".join(best)

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def last_before(self, offset: int) -> int:
        return max((m.start for m in self.mentions if m.start < offset), default=-1)


# Generational suffixes ("Harold Benning Jr.", "Jose Daluz III"): part of the name as written, never
# its surname ("Benning said" is Harold Benning Jr.).
GENERATIONAL_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "JR", "SR", "II", "III", "IV"}


def surname_of(words: tuple[str, ...]) -> str:
    """The last name word that is not a generational suffix."""
    return without_suffix(words)[-1]


def without_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    end = len(words)
    while end > 1 and words[end - 1] in GENERATIONAL_SUFFIXES:
        end -= 1
    return words[:end]


def forms_index(forms: list[NameMention], words: tuple[str, ...]) -> int:
    return next(i for i, m in enumerate(forms) if m.words == words)


# --- entry point -----------------------------------------------------------------------------


def find_people(
    body: str, doc: Doc | None = None, authors: list[str] | None = None, outlets: list[str] | None = None
) -> list[ExtractedPerson]:
    """The people named in the story, in order of first mention, each with all its mentions.

    authors are the byline's names (journalists, not people in the story); outlets are the names
    of the publications credited on the page ("NIAMEY (Sahel Horizon) –"), never people."""
    doc = doc if doc is not None else nlp.parse(body)
    paragraphs = split_paragraphs(body)
    candidates = [m for m in find_name_mentions(doc) if in_prose(m, paragraphs) and not in_headline_case(doc, m)]
    credit_start = closing_credit(body)[0]  # names in a closing "(Reporting by …)" are the journalists
    # Whom the page credits, its journalists and its outlet, are not people of the story.
    credited = {credit_key(name) for name in [*(authors or []), *(outlets or [])] if name}
    candidates = [m for m in candidates if credit_key(" ".join(m.words)) not in credited and m.start < credit_start]
    candidates += [m for m in missed_surnames(doc, candidates) if in_prose(m, paragraphs)]
    clusters = group_mentions(candidates, doc)
    # A person known by one name ("Trump") is that person where the tagger called the word an ORG too.
    # A surname speaking alone ('"…," Yıldırım said') whose full name the tagger missed elsewhere.
    whole = [m for m in full_forms_of_lone_speakers(doc, candidates) if in_prose(m, paragraphs)]
    if whole:
        candidates += whole
        candidates += [m for m in missed_surnames(doc, candidates) if in_prose(m, paragraphs)]
        clusters = group_mentions(candidates, doc)
    lone = {c.mentions[0].words[0] for c in clusters if not c.full_forms and is_person(c, doc)}
    speaking_alone = lone | lone_speaker_words(doc)
    grown = [with_lone_surname_after(doc, m, speaking_alone) for m in candidates]
    if grown != candidates:
        candidates = grown
        clusters = group_mentions(candidates, doc)
    more = [m for m in missed_surnames(doc, candidates, lone) if in_prose(m, paragraphs)] if lone else []
    if more:
        candidates += more
        clusters = group_mentions(candidates, doc)
    people = []
    for cluster in clusters:
        if not is_person(cluster, doc) or names_only_a_place(cluster, doc):
            continue
        mentions = [
            Span(m.start, m.end, body[m.start : m.end]) for m in sorted(cluster.mentions, key=lambda m: m.start)
        ]
        people.append(ExtractedPerson(name=cluster.name, role=role_of(cluster, doc), mentions=mentions))
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def full_forms_of_lone_speakers(doc: Doc, found: list[NameMention]) -> list[NameMention]:
    """'One installer, Mehmet Yıldırım of Duisburg, said …' then '"…," Yıldırım said': a single
    capitalised word (or a hyphenated surname, 'Yusuf-Ali told') that speaks, whatever entity the tagger
    gave it (a surname read as a place), is a person's surname when a full name ending with it is written
    elsewhere, untagged, or tagged whole as something else ('Yohane Mkandawire' read as a place)."""
    speakers = lone_speaker_words(doc)
    if not speakers:
        return []
    taken = {i for m in found for i in range(m.first_token, m.last_token + 1)}
    out = []
    for token in doc:
        first = surname_start(doc, token)
        if doc[first : token.i + 1].text not in speakers or any(k in taken for k in range(first, token.i + 1)):
            continue
        if token.ent_type_ and not entity_is_the_name(doc, token, token):
            continue  # "Hale Foundation", "Mkandawire Road": the word is part of another name
        whole = full_form_ending_at(doc, token, taken, first)
        if whole is not None:
            out.append(whole)
            taken.update(range(whole.first_token, whole.last_token + 1))
    return out


def lone_speaker_words(doc: Doc) -> set[str]:
    """The single capitalised words (or hyphenated surnames) that speak alone, whatever entity the
    tagger gave them ('"…," Yıldırım said')."""
    speakers = set()
    for t in doc:
        if not (t.pos_ == "PROPN" and is_name_word(t) and is_speech_subject(t)):
            continue
        first = surname_start(doc, t)
        if (first > 0 and is_name_word(doc[first - 1])) or (t.i + 1 < len(doc) and is_name_word(doc[t.i + 1])):
            continue
        # tagged alone, or with words that are no name ('Yusuf-Ali told' read as a title)
        if entity_length(t) <= 1 or not any(is_name_word(x) and not first <= x.i <= t.i for x in entity_of(t)):
            speakers.add(doc[first : t.i + 1].text)
    return speakers


def with_lone_surname_after(doc: Doc, mention: NameMention, lone: set[str]) -> NameMention:
    """'Minister Karwan Salih Dizayee' tagged 'Karwan Salih' (the last word a place) before '"…,"
    Dizayee said': the word right after a full name that speaks alone elsewhere ends that name."""
    j = mention.last_token + 1
    if len(mention.words) < 2 or j >= len(doc) or doc[j].text not in lone or not doc[j - 1].whitespace_:
        return mention
    following = doc[j + 1] if j + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper() and following.is_alpha:
        return mention  # 'Karwan Salih Dizayee Street': a longer name
    grown = mention_from_tokens(list(doc[mention.first_token : j + 1]), mention.tagged_person)
    if grown is None or grown.last_token != j or not looks_like_name(grown.words):
        return mention
    grown.start, grown.prefix = min(grown.start, mention.start), grown.prefix or mention.prefix
    return grown


def surname_start(doc: Doc, last: Token) -> int:
    """Where a hyphenated surname ending at last starts ('Yusuf' of 'Yusuf-Ali'); last's own index else."""
    k = last.i
    while k >= 2 and hyphen_joins(doc, k - 1) and is_name_word(doc[k - 2]):
        k -= 2
    return k


def entity_of(token: Token) -> list[Token]:
    """The tokens of the entity holding token ([] outside entities)."""
    if not token.ent_type_:
        return []
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def in_headline_case(doc: Doc, mention: NameMention) -> bool:
    """A Sentence Written In Headline Case: its capitalised words are not a sign of names."""
    sentence = doc[mention.first_token].sent
    # Offices written capitalised before names ("Speaker of … X received Ambassador of … Y") are prose's too.
    words = [
        t for t in sentence if t.is_alpha and not t.ent_type_ and t.lower_ not in ROLE_JOINERS and not is_role_word(t)
    ]
    if len(words) < 4:
        return False
    return sum(t.text[0].isupper() for t in words) / len(words) > 0.75


def in_prose(mention: NameMention, paragraphs: list[Paragraph]) -> bool:
    paragraph = paragraph_at(paragraphs, mention.start)
    return paragraph is not None and paragraph.prose


def credit_key(name: str) -> str:
    """A credited name's key: 'The Sahel Horizon' and 'Sahel Horizon' agree ('the' opens no person's name)."""
    return name_key(re.sub(r"^(?i:the)\s+", "", name.strip()))


# --- finding names -----------------------------------------------------------------------------


def find_name_mentions(doc: Doc) -> list[NameMention]:
    """Names from spaCy's PERSON entities and from honorifics/titles, without overlaps."""
    found = [m for ent in doc.ents if ent.label_ == "PERSON" for m in mentions_in_entity(ent)]
    found += honorific_mentions(doc)
    found += role_named_mentions(doc)
    found += relative_who_mentions(doc)
    found += speaker_name_mentions(doc)
    found += sworn_in_mentions(doc)
    found += appositive_mentions(doc)
    found += nickname_mentions(doc)
    found += post_nominal_mentions(doc)
    # Within a string of Malay honours the tagger's fragments ("Orang Kaya", "Seri Kerna Dato") are
    # no names: the name is the one written after the honours.
    styled, honours = malay_styled_mentions(doc)
    found = [m for m in found if not honours.intersection(range(m.first_token, m.last_token + 1))] + styled
    found = [with_name_parts_after(doc, with_name_parts_before(doc, m)) for m in found]
    found = [
        m
        for m in found
        if looks_like_name(m.words)
        and not names_a_place(doc, m)
        and not after_the(doc, m)
        and not names_a_team(doc, m)
        and not names_a_group(doc, m)
        and not names_a_body_in_apposition(doc, m)
        and not modifies_a_role_before_a_name(doc, m)
        and not numbered_document(doc, m)
        and not names_a_portfolio(doc, m)
        and not (len(m.words) == 1 and is_plural_role_word(doc[m.first_token]))
        and not names_part_of_a_place(doc, m)
        and not ends_a_place_name(doc, m)
        and not ends_with_a_place_word(doc, m)
    ]
    # Longest first: "Mr Tom Hale" wins over "Hale" at the same place.
    found.sort(key=lambda m: (m.first_token, -(m.last_token - m.first_token), m.start))
    kept: list[NameMention] = []
    taken: set[int] = set()
    for m in found:
        tokens = set(range(m.first_token, m.last_token + 1))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(m)
    return kept


def malay_styled_mentions(doc: Doc) -> tuple[list[NameMention], set[int]]:
    """Names written after a string of Malay, Bruneian or Indonesian styles and honours ('Yang
    Berhormat Pehin Orang Kaya Seri Kerna Dato Seri Setia Awang Haji Zulkarnain bin Haji Mahmud',
    "Dato' Sri Haji Kamarul Ariffin bin Yusof", 'Awang Jefri Abdullah'), and the tokens of the honours.

    The name starts after the last honorific that is written right before a given name ('Awang',
    'Dayang', 'Haji', 'Pengiran', 'Dr'), or else after the honours, and runs through 'bin'/'binti'
    and the father's name. A later string of the same honours with no name after it ('Yang
    Berhormat Pehin Orang Kaya Seri Kerna said') stands for the one person first written with them."""
    mentions: list[NameMention] = []
    honours: set[int] = set()
    named: list[tuple[tuple[str, ...], tuple[str, ...]]] = []  # (honours as written, the name's words)
    unnamed: list[list[Token]] = []
    i = 0
    while i < len(doc):
        run = styled_run(doc, i)
        if not run:
            i += 1
            continue
        i = run[-1].i + 1
        name_start = styled_name_start(run)
        if name_start >= len(run):
            unnamed.append(run)
            continue
        mention = mention_from_tokens(run[name_start:])
        if mention is None or mention.first_token != run[name_start].i:
            continue
        prefix = run[:name_start]
        mention.prefix = " ".join(t.text for t in prefix)
        mention.start = prefix[0].idx
        mentions.append(mention)
        honours.update(t.i for t in prefix)
        named.append((tuple(t.lower_ for t in prefix), mention.words))
    for run in unnamed:
        written = tuple(t.lower_ for t in run)
        if all(w in MALAY_STYLES or w == "yang" for w in written):
            continue  # "Yang Berhormat" alone is any member
        people = {words for title, words in named if title[: len(written)] == written}
        if len(people) != 1:
            continue
        words = people.pop()
        last = run[-1]
        mentions.append(NameMention(run[0].idx, last.idx + len(last.text), run[0].i, last.i, words, " ".join(written)))
        honours.update(t.i for t in run)
    return mentions, honours


def styled_run(doc: Doc, i: int) -> list[Token]:
    """The capitalised words from token i when it opens a string of Malay honours ('Yang Berhormat',
    'Pehin', 'Awang', 'Haji', 'Datuk', 'Tan Sri'), through a 'bin'/'binti' and the father's name."""
    token = doc[i]
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or not token.text[:1].isupper():
        return []
    opens = (
        (token.lower_ == "yang" and following.lower_ in MALAY_STYLES)
        or token.lower_ in MALAY_OPENING_HONORIFICS
        or (token.lower_ in {"tan", "puan", "toh"} and following.lower_ in HONORIFIC_PAIRS.get(token.lower_, ()))
    )
    if not opens:
        return []
    run = [token]
    k = i + 1
    while k < len(doc) and len(run) < 24:
        word = doc[k]
        if word.text in {"'", "’"} and not doc[k - 1].whitespace_ and doc[k - 1].lower_ in {"dato", "datu"}:
            k += 1  # "Dato'"
            continue
        particle = word.lower_ in PATRONYMIC_PARTICLES and word.is_lower
        if (
            particle
            and k + 1 < len(doc)
            and is_styled_word(doc[k + 1])
            and not any(t.lower_ in PATRONYMIC_PARTICLES for t in run)
        ):
            run.append(word)
        elif hyphen_joins(doc, k) and run:
            run += [word, doc[k + 1]]
            k += 1
        elif is_styled_word(word) and not is_post_nominal(word) and not is_role_word(word):
            run.append(word)
        elif is_styled_word(word) and is_role_word(word) and run[-1].lower_ in PATRONYMIC_PARTICLES:
            run.append(word)  # the father's title: "ibni Sultan Hamid"
        else:
            break
        k += 1
    return run


def is_styled_word(token: Token) -> bool:
    """A capitalised word of letters (a name's or an honour's)."""
    return token.text[:1].isupper() and token.text.replace("'", "").replace(".", "").isalpha()


def styled_name_start(run: list[Token]) -> int:
    """Where the name starts in a run of honours and name words (len(run) when no name is written)."""
    patronymic = next((k for k, t in enumerate(run) if t.lower_ in PATRONYMIC_PARTICLES), len(run))
    personal = [k for k in range(patronymic) if run[k].lower_ in MALAY_PERSONAL_HONORIFICS]
    if personal:
        start = personal[-1] + 1
    else:
        start = 0
        while start < patronymic and (run[start].lower_ in MALAY_TITLE_WORDS or run[start].text in {"-", "‐"}):
            start += 1
    if start >= patronymic and patronymic < len(run):
        start = patronymic - 1  # "Dayang Hajah Laila binti …": a given name that is also an honour's word
    return start


def with_name_parts_before(doc: Doc, mention: NameMention) -> NameMention:
    """The mention grown over the parts of the name the finder left out before it: a given name
    joined by a hyphen ('Jan-Willem Bakker'), particles and the given name before them ('María
    de los Ángeles Ibarra', 'Marieke van der Hoeven-Smit'), or particles opening a sentence
    ('Van der Hoeven-Smit, 58,')."""
    first = mention.first_token
    while True:
        if first >= 2 and hyphen_joins(doc, first - 1) and is_name_word(doc[first - 2]):
            first -= 2
            continue
        k = first - 1
        while k >= 0 and first - k <= 3 and doc[k].text in NAME_PARTICLES:
            k -= 1
        given_after_particles = k == first - 1 and first >= 2 and doc[first - 2].text in NAME_PARTICLES
        if (
            given_after_particles
            and is_name_word(doc[k])
            and doc[k].pos_ == "PROPN"
            and doc[k].ent_type_ in {"", "PERSON", "ORG"}
        ):
            first = k  # "Nieves" of "María de las Nieves Ortega": a given name after the particles
            continue
        if k == first - 1 or k < 0:
            break
        given = doc[k]
        # Before "bin"/"bint" a given name, whatever entity the tagger gave it ("Maryam bint Khalid").
        patronymic = doc[k + 1].lower_ in PATRONYMIC_PARTICLES
        if is_name_word(given) and given.pos_ == "PROPN" and (given.ent_type_ in {"", "PERSON", "ORG"} or patronymic):
            first = k
            continue
        if given.is_sent_start and given.lower_ in NAME_PARTICLES and given.text[:1].isupper():
            first = k
        break
    if first == mention.first_token:
        first = family_name_before(doc, mention)
    if first == mention.first_token:
        return mention
    grown = mention_from_tokens(list(doc[first : mention.last_token + 1]), mention.tagged_person)
    return grown if grown is not None and grown.last_token == mention.last_token else mention


def family_name_before(doc: Doc, mention: NameMention) -> int:
    """'Resident Vo Thi Kim Ngan' tagged 'Kim Ngan': one or two untagged name words before the
    mention, the first of them a family name written first, open the name (four words at most)."""
    for back in (1, 2):
        k = mention.first_token - back
        if k < 0 or len(mention.words) + back > 4:
            break
        token = doc[k]
        # The tagger reads some family names as verbs ("Nguyễn"): written with diacritics, they are names.
        named = token.pos_ == "PROPN" or (back == 1 and not token.text.isascii())
        if not (is_name_word(token) and named and token.ent_type_ in {"", "PERSON"}):
            break
        if is_family_name_written_first(token.text):
            return k
    return mention.first_token


def with_name_parts_after(doc: Doc, mention: NameMention) -> NameMention:
    """The mention grown over the parts of the name the finder left out after it: the second half
    of a hyphenated surname ('Helena Ruiz' of 'Helena Ruiz-Kessler said'), a given name's second
    syllable written lowercase after a hyphen ('Park Min-jae'), and a generational suffix ('Harold
    Benning Jr.', 'Jose Daluz III')."""
    grown = with_generational_suffix(doc, with_hyphenated_part(doc, with_second_surname(doc, mention)))
    return with_fathers_name(doc, with_trailing_patronymic(doc, grown))


SURNAME_JOINERS = {"i", "y"}  # Catalan's and Spanish's "and" between a person's two surnames


def with_second_surname(doc: Doc, mention: NameMention) -> NameMention:
    """'Pere Roca i Vidal', 'Ana Ortega y Gasset': a lowercase "i"/"y" after a full name and one
    capitalised name word after it (nothing capitalised next: not 'Roca y Vidal Hermanos') are the
    name's second surname, whatever entity the tagger gave that word."""
    j = mention.last_token + 1
    if len(mention.words) < 2 or j + 1 >= len(doc) or doc[j].text not in SURNAME_JOINERS:
        return mention
    surname = doc[j + 1]
    following = doc[j + 2] if j + 2 < len(doc) else None
    if not (is_name_word(surname) and surname.is_alpha and surname.pos_ == "PROPN"):
        return mention
    if following is not None and following.text[:1].isupper() and following.is_alpha:
        return mention
    grown = mention_from_tokens(list(doc[mention.first_token : j + 2]), mention.tagged_person)
    if grown is None or grown.last_token != j + 1:
        return mention
    grown.start, grown.prefix = min(grown.start, mention.start), grown.prefix or mention.prefix
    return grown


def with_fathers_name(doc: Doc, mention: NameMention) -> NameMention:
    """'Siti Hajar binti Rahmat', 'Tengku Faris ibni Sultan Hamid': a lowercase patronymic particle
    right after the name, and the father's name after it (his titles, then one to three name words),
    belong to the name, whatever entity the tagger gave the father's words (a date, a place, a
    second person)."""
    j = mention.last_token + 1
    if j >= len(doc) or not (doc[j].is_lower and doc[j].lower_ in PATRONYMIC_PARTICLES):
        return mention
    if any(w.lower() in PATRONYMIC_PARTICLES for w in mention.words):
        return mention  # one father's name; a grandfather's after it is too long to trust
    k = j + 1
    while k < len(doc) and k - j <= 2 and (is_honorific(doc[k]) or is_title_word(doc[k])):
        k += 1  # "bin Haji Latif", "ibni Sultan Hamid"
    names = 0
    while k < len(doc) and names < 3 and is_name_word(doc[k]):
        names += 1
        k += 1
        if hyphen_joins(doc, k):
            k += 2  # "bin Saif Al-Busaidi"
    if not names:
        return mention
    grown = mention_from_tokens(list(doc[mention.first_token : k]), mention.tagged_person)
    if grown is None or grown.last_token != k - 1 or not looks_like_name(grown.words):
        return mention
    grown.start, grown.prefix = min(grown.start, mention.start), grown.prefix or mention.prefix
    return grown


def with_trailing_patronymic(doc: Doc, mention: NameMention) -> NameMention:
    """'Nurbek Asanbek uulu', 'Leyla Kamran qizi', and 'Asanbek uulu said': a lowercase patronymic
    word after the name closes its surname."""
    j = mention.last_token + 1
    if j >= len(doc) or not is_trailing_patronymic(doc[j]) or not doc[j - 1].whitespace_:
        return mention
    grown = mention_from_tokens(list(doc[mention.first_token : j + 1]), mention.tagged_person)
    if grown is None or grown.last_token != j:
        return mention
    grown.start, grown.prefix = min(grown.start, mention.start), grown.prefix or mention.prefix
    return grown


def is_trailing_patronymic(token: Token) -> bool:
    return token.is_lower and token.lower_ in TRAILING_PATRONYMICS


def with_patronymic_joined(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words with a trailing patronymic joined to the father's name before it, as one
    surname: ('Nurbek', 'Asanbek', 'uulu') → ('Nurbek', 'Asanbek uulu')."""
    out: list[str] = []
    for word in words:
        if out and word.islower() and word in TRAILING_PATRONYMICS:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return tuple(out)


def with_hyphenated_part(doc: Doc, mention: NameMention) -> NameMention:
    """'Park Min-jae', 'Moon Jae-in' (a lowercase second syllable, after two name words or more) and
    'Ruiz-Kessler' (a capitalised second surname) belong to the name; not 'a Biden-led coalition' or
    'the Clinton-Kaine ticket': the hyphenated word modifies a noun there."""
    j = mention.last_token + 1
    if j + 1 >= len(doc) or doc[j].text not in {"-", "‐"} or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return mention
    syllable = doc[j + 1]
    end = j + 2
    if syllable.text[:1].isupper() and is_name_word(syllable):
        while hyphen_joins(doc, end) and end + 1 < len(doc) and is_name_word(doc[end + 1]):
            end += 2  # "Abad-Santos-Reyes"
    elif len(mention.words) < 2 or not (syllable.is_alpha and syllable.is_lower) or len(syllable) > 5:
        return mention
    following = doc[end] if end < len(doc) else None
    if following is not None and following.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return mention  # "the Trump-Pence campaign", "a Clinton-Tim Kaine ticket": it modifies what follows
    grown = mention_from_tokens(list(doc[mention.first_token : end]), mention.tagged_person)
    return grown if grown is not None and grown.last_token == end - 1 else mention


def with_generational_suffix(doc: Doc, mention: NameMention) -> NameMention:
    """'Harold Benning Jr.', 'Harold Benning, Jr.', 'Jose Daluz III': a suffix after a full name."""
    j = mention.last_token + 1
    if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].text in GENERATIONAL_SUFFIXES:
        j += 1
    if len(mention.words) < 2 or j >= len(doc) or doc[j].text not in GENERATIONAL_SUFFIXES:
        return mention
    grown = mention_from_tokens(list(doc[mention.first_token : j + 1]), mention.tagged_person)
    return grown if grown is not None and grown.last_token == j else mention


NICKNAME_OPENERS = {'"', "“", "'", "‘"}
NICKNAME_CLOSERS = {'"', "”", "'", "’"}


def nickname_mentions(doc: Doc) -> list[NameMention]:
    """'Teodoro "Teddy" Castellanos-Ruiz', 'Ramoncito "Jun-Jun" Macaraeg Jr.', 'Ferdinand “Bongbong” R.
    Marcos': given names, a nickname in quotation marks, then the surname (initials, particles and
    hyphens in it) are one name; the nickname is not part of it."""
    out = []
    for mark in doc:
        if mark.text not in NICKNAME_OPENERS or mark.i == 0 or mark.i + 3 >= len(doc):
            continue
        k = mark.i + 1
        while k < len(doc) and k - mark.i <= 5 and (is_name_word(doc[k]) or hyphen_joins(doc, k)):
            k += 1
        if k == mark.i + 1 or k + 1 >= len(doc) or doc[k].text not in NICKNAME_CLOSERS:
            continue
        given_first = mark.i - 1
        while given_first > 0 and mark.i - given_first < 3 and is_given_word(doc[given_first - 1]):
            given_first -= 1
        if not is_given_word(doc[mark.i - 1]):
            continue
        surname: list[Token] = []
        j = k + 1
        while (
            j < len(doc)
            and len(surname) < 6
            and (is_name_word(doc[j]) or (surname and inner_particle(doc, j)) or (surname and hyphen_joins(doc, j)))
        ):
            surname.append(doc[j])
            j += 1
        while surname and (surname[-1].text in NAME_PARTICLES or surname[-1].text in "-‐" or is_initial(surname[-1])):
            surname.pop()
        if not surname:
            continue
        mention = mention_from_tokens([*doc[given_first : mark.i], *surname])
        if mention is not None and 2 <= len(mention.words) <= 5:
            out.append(mention)
    return out


def is_given_word(token: Token) -> bool:
    return (is_name_word(token) and token.pos_ == "PROPN") or bool(INITIALS.fullmatch(token.text))


def after_the(doc: Doc, mention: NameMention) -> bool:
    """'The Samyukta Kisan Morcha, which …': a name whose own head takes 'the' names an
    organisation or a thing ('Chief of the Defence Staff Tony Radakin': 'the' is the Staff's)."""
    if mention.prefix or after_office_of_phrase(doc, mention):
        return False
    head = name_head(doc, mention)
    if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS and c.i < mention.first_token for c in head.children):
        return True  # "the Example Front", "This Bill has been written …"
    # "the Lok Sabha elections", "the Rangitoto Road upgrade": a name of two words or more modifying
    # the noun after it, which takes 'the', names a thing (one word may be a person's: "the Biden plan").
    noun = head.head
    return (
        len(mention.words) >= 2
        and head.dep_ == "compound"
        and noun.i == mention.last_token + 1
        and noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" and c.i < mention.first_token for c in noun.children)
    )


DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}


def after_office_of_phrase(doc: Doc, mention: NameMention) -> bool:
    """'Speaker of the National Assembly Tenzin Dorje said': the name starts where the office's own 'of'
    phrase ends (after_office_name), so the 'the' the parser hangs on it is the office's."""
    for k in range(mention.first_token - 1, max(0, mention.first_token - 10), -1):
        if doc[k].lower_ in {"of", "for"} and is_role_word(doc[k - 1]):
            return after_office_name(doc, k) == mention.first_token
    return False


def names_a_place(doc: Doc, mention: NameMention) -> bool:
    """'the city council of Porto Vale', 'the people of Northern Province': a name governed by
    'of' after a word for a place, a body or its inhabitants is that place."""
    head = name_head(doc, mention)
    if head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.lemma_.lower() in PEOPLE_FROM_A_PLACE:
        return True  # "a fisherman from Quang Ngai, Tran Van Loc,", "patients from Kyjov": where they come from
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    # "residents of X" as written, "the resident of X" by its lemma
    return head.head.head.lemma_.lower() in PLACE_OF_HEADS or head.head.head.lower_ in PLACE_OF_HEADS


# Who comes "from" a place: a person's occupation, or people of a kind ("patients from Kyjov").
PEOPLE_FROM_A_PLACE = PERSON_NOUNS | {
    "patient", "pupil", "family", "visitor", "fan", "delegate", "delegation", "refugee", "migrant", "people",
}  # fmt: skip


# Capitalised words that close the name of a place ("Cồn Lạc Market", "Thọ Quang Harbour", "Kawempe
# Division", "the Kwame Asante Quarter"): the words before them are that place's name, not a person.
# Not "Ward", "Park" or "Hill", which are also surnames ("Jane Ward").
PLACE_NAME_ENDINGS = {
    "Market", "Harbour", "Harbor", "District", "Quarter", "Neighbourhood", "Neighborhood", "Division",
    "Commune", "Township", "Borough", "Prefecture", "Governorate", "Municipality", "Suburb", "Village",
    "Bazaar", "Wharf", "Pier", "Precinct", "Subdistrict", "Sub-district", "Province", "County", "Region",
    "Heights", "Gardens",
}  # fmt: skip


def names_part_of_a_place(doc: Doc, mention: NameMention) -> bool:
    """'Traders at Cồn Lạc Market', 'the Cho Lon quarter', 'the An Hải Bắc neighbourhood': the name
    words are followed by a capitalised word that closes a place's name, or they modify a word for
    a kind of place (not one that itself modifies a noun: 'the Hale district office')."""
    j = mention.last_token + 1
    if j >= len(doc) or doc[mention.last_token].whitespace_ != " ":
        return False
    after = doc[j]
    if after.text in PLACE_NAME_ENDINGS:
        return True
    if after.text in SURNAME_OR_PLACE_ENDINGS and talks_of(doc, after.lower_):
        return True  # "Hòa Thuận Ward" in a story about the city's wards
    last = doc[mention.last_token]
    return (
        after.lower_ in PLACE_NOUNS
        and after.is_lower
        and last.dep_ == "compound"
        and last.head.i == j
        and after.dep_ != "compound"
    )


# Words that close a place's name and are also surnames ("Hòa Thuận Ward", "Jane Ward"): a place's
# in a story that speaks of such places in lowercase ("the city's four wards").
SURNAME_OR_PLACE_ENDINGS = {"Ward", "Park", "Hill"}


def talks_of(doc: Doc, noun: str) -> bool:
    """The story uses the noun in lowercase somewhere ('ward', 'wards')."""
    return any(t.is_lower and t.lemma_ == noun for t in doc)


def ends_with_a_place_word(doc: Doc, mention: NameMention) -> bool:
    """'Phước Ninh Ward' in a story about wards: the name's last word is also a surname, so not when
    the mention has a title or honorific or speaks ('Nurse Ann Ward said the wards were full')."""
    last = mention.words[-1]
    if len(mention.words) < 2 or last not in SURNAME_OR_PLACE_ENDINGS or mention.prefix:
        return False
    return talks_of(doc, last.lower()) and not is_speech_subject(doc[mention.last_token])


# Lowercase words joining the parts of a town's name ("Frankfurt an der Oder", "Castellón de la Plana",
# "Kingston upon Hull", "Weil am Rhein"); with hyphens ("Stratford-upon-Avon", "Boulogne-sur-Mer",
# "Southend-on-Sea") also words that are too common to trust between spaces.
TOWN_NAME_JOINERS = (NAME_PARTICLES - PATRONYMIC_PARTICLES) | {
    "an", "am", "im", "upon", "aan", "ob", "bei", "zum", "zur", "sul", "sur",
}  # fmt: skip
HYPHENATED_TOWN_JOINERS = TOWN_NAME_JOINERS | {"on", "under", "en", "in", "le", "lès", "les", "sous", "by", "the"}


def ends_a_place_name(doc: Doc, mention: NameMention) -> bool:
    """'Oder' of 'Frankfurt an der Oder', 'Avon' of 'Stratford-upon-Avon', 'Plana' of 'Castellón de la
    Plana': a name whose first word follows lowercase joiners that follow a capitalised word the name
    finder did not take as a given name (a person's particles, 'Ilse van der Merwe', join the given
    name to the name before this test). Not after a title or honorific ('Mayor de Blasio')."""
    k = mention.first_token - 1
    joiners = 0
    hyphenated = False
    while k >= 0 and joiners < 3:
        token = doc[k]
        if token.text in {"-", "‐"} and not token.whitespace_ and k > 0 and not doc[k - 1].whitespace_:
            hyphenated = True
            k -= 1
            continue
        if token.text in HYPHENATED_TOWN_JOINERS and token.text.islower():
            joiners += 1
            k -= 1
            continue
        break
    if joiners == 0 or k < 0:
        return False
    between = [t.text for t in doc[k + 1 : mention.first_token] if t.text not in {"-", "‐"}]
    if not hyphenated and not all(w in TOWN_NAME_JOINERS for w in between):
        return False
    town = doc[k]
    if not (town.text[:1].isupper() and town.is_alpha) or town.ent_type_ == "PERSON":
        return False
    return not (is_honorific(town) or is_title_word(town) or is_role_word(town) or town.text in NAME_TITLES)


# Prepositions of place: "drove through Mong Kok", "sells in George Town", "the bridge at Mill Lane".
LOCATIVE_PREPOSITIONS = {
    "in", "at", "through", "across", "near", "around", "into", "inside", "outside", "throughout", "along",
    "towards", "toward", "via",
}  # fmt: skip
# Nouns a place's name modifies: "the Saen Saep canal", "the Addis Abeba city administration".
PLACE_NOUNS = {
    "city", "town", "village", "canal", "river", "lake", "district", "province", "region", "street", "road",
    "avenue", "island", "islands", "county", "valley", "bridge", "harbour", "harbor", "port", "square",
    "market", "suburb", "neighbourhood", "neighborhood", "border", "coast", "beach", "beaches", "airport",
    "station", "municipality", "prefecture", "governorate", "township", "borough", "estate", "peninsula",
    "quarter", "ward", "commune", "division", "precinct", "bazaar", "wharf", "pier",
    "hospital", "clinic", "stadium", "prison", "mine",
}  # fmt: skip
# A seat in a legislature and who holds it: what they are "for" or "of" is a constituency.
SEAT_NOUNS = {
    "member", "mp", "mla", "mna", "mpa", "msp", "td", "constituency", "seat", "ward", "riding", "electorate",
}  # fmt: skip
# Named storms: "damaged by Cyclone Lola" ("Storm" is also a given name, so only before the name).
STORM_WORDS = {"cyclone", "hurricane", "typhoon", "storm"}
NAMED_STORMS = {"cyclone", "hurricane", "typhoon"}


# Verbs whose particle 'in' the parser reads as a preposition: "swore in X as minister" takes a person.
PARTICLE_IN_VERBS = {"swear", "sworn", "swore"}


def in_place_position(doc: Doc, mention: NameMention) -> bool:
    """The name stands where a place does: after a preposition of place (or joined by 'and' to a name
    that does: 'in Kalba and Khor Fakkan'), before a word for a kind of place, or after a storm word."""
    first, last = doc[mention.first_token], doc[mention.last_token]
    if first.i > 0 and doc[first.i - 1].lower_ in STORM_WORDS:
        return True
    if names_a_place(doc, mention):
        return True  # "residents of Tan Hoa", where a surname of it was found again
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.lower_ in PLACE_NOUNS and after.pos_ in {"NOUN", "PROPN"}:
        return True
    head = name_head(doc, mention)
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "Kalba and Khor Fakkan": the first of the pair holds the preposition
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    if names_a_seat(doc, mention):
        return True  # "the Member for Ketu North", "the constituency of Hill Ward"
    verb = preposition.head
    if preposition.lower_ == "in" and verb.lemma_.lower() in PARTICLE_IN_VERBS and verb.tag_ != "VBN":
        return False  # "swore in Ana Ruiz as minister": 'in' is the verb's particle, the name its object
    such_as = preposition.lower_ == "as" and preposition.i > 0 and doc[preposition.i - 1].lower_ == "such"
    if (such_as or preposition.lower_ == "like") and preposition.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "villages such as An Cheathrú Rua", "towns like Kalba"
    if preposition.lower_ in ROUTE_PREPOSITIONS and route_end_beside(preposition):
        return True  # "runs from Ben Cat Market to Tan Hoa", "the road from Kasese to Kilembe"
    return preposition.lower_ in LOCATIVE_PREPOSITIONS


ROUTE_PREPOSITIONS = {"from": "to", "to": "from"}


def route_end_beside(preposition: Token) -> bool:
    """'from A to B' under one verb or noun: the other end of a route or a stretch of distance, its
    object a capitalised name or a place, so both ends are places (a letter passed 'from Ann to Tom'
    is rare in news; a line, a road, a flight or a march runs 'from Town to Town')."""
    other = ROUTE_PREPOSITIONS[preposition.lower_]
    for sibling in preposition.head.children:
        if sibling.i == preposition.i or sibling.lower_ != other or sibling.dep_ != "prep":
            continue
        if any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in sibling.children):
            return True
    return False


def names_a_seat(doc: Doc, mention: NameMention) -> bool:
    """'the Member for Ketu North', 'the MPs for Malo and Ambae', 'the constituency of Hill Ward':
    what a seat in a legislature is 'for' or 'of' is a constituency (a place)."""
    head = name_head(doc, mention)
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in {"for", "of"}:
        return False
    seat = head.head.head
    return seat.lower_ in SEAT_NOUNS or (seat.lower_.endswith("s") and seat.lower_[:-1] in SEAT_NOUNS)


def names_only_a_place(cluster: PersonCluster, doc: Doc) -> bool:
    """A name the article uses only as a place: every mention stands where a place does (see
    in_place_position), none has a title or honorific before it, and none speaks. People are
    sometimes 'at' or 'in' something, but rarely only 'in Name'; a person who is also named as a
    speaker, with a title, or anywhere else keeps the name."""
    mentions = cluster.mentions
    if any(" ".join(m.words) in MULTIWORD_PLACES or m.words[0].lower() in NAMED_STORMS for m in mentions):
        return True  # "Sri Lanka and India have agreed", "Cyclone Lola": never a person, whatever it does
    if any(m.prefix for m in mentions) or any(is_speech_subject(doc[m.last_token]) for m in mentions):
        return False
    if any(before_a_division(doc, m) for m in mentions):
        return True  # "Sakon Nakhon province reported two deaths": the name is a province's wherever it stands
    if any(names_a_seat(doc, m) for m in mentions):
        return True  # "the MP for Ambae" then '"Ambae needs a wharf"': a constituency wherever it stands
    return all(in_place_position(doc, m) for m in mentions)


def before_a_division(doc: Doc, mention: NameMention) -> bool:
    """'Tha Uthen district', 'the Kapuas Hulu regency', 'Seka districts': the name modifies a
    lowercase word for a division a country is governed in."""
    j = mention.last_token + 1
    return j < len(doc) and doc[j].is_lower and doc[j].lemma_.lower() in ADMINISTRATIVE_DIVISIONS


def names_a_team(doc: Doc, mention: NameMention) -> bool:
    """'every Gor Mahia match', 'the Rovers game': a name modifying a word for a fixture is a team."""
    last = doc[mention.last_token]
    return last.dep_ == "compound" and last.head.i == last.i + 1 and last.head.lemma_.lower() in FIXTURE_NOUNS


FIXTURE_NOUNS = {"match", "game", "fixture", "derby", "clash", "squad"}

# Words for a body of people: what is "known as" a name is a group, not a person.
GROUP_NOUNS = {
    "group", "movement", "militia", "gang", "faction", "network", "organisation", "organization", "outfit",
    "sect", "cell", "coalition", "alliance", "front", "army", "brigade", "party", "cartel", "band",
}  # fmt: skip
NAMING_WORDS = {"as", "itself", "themselves", "called", "named", "dubbed"}
# Words for a body written right before its name ("campaign group X", "the charity X").
NAMED_GROUP_NOUNS = GROUP_NOUNS | {"organisation", "organization", "charity", "ngo", "association", "union", "body"}
# A name holding a word for God names a group or a creed ("Ansar Allah"), not a person.
DIVINE_NAMES = {"allah", "god"}


def names_a_group(doc: Doc, mention: NameMention) -> bool:
    """'an armed group known locally as Jama'atu Ahlis Sahel', 'a militia calling itself X', and
    names holding a word for God ('Ansar Allah's chief negotiator'): a group's name."""
    if any(w.lower() in DIVINE_NAMES for w in mention.words):
        return True
    before = doc[mention.first_token - 1] if mention.first_token > 0 else None
    if not mention.prefix and before is not None and before.is_lower and before.lemma_.lower() in NAMED_GROUP_NOUNS:
        return True  # "Environmental group Sahabat Alam Borneo welcomed …", "rights organisation X"
    k = mention.first_token - 1
    while k >= 0 and (doc[k].ent_type_ or doc[k].text in {"'", "’"} or doc[k].lower_ == "locally"):
        k -= 1  # the name's untagged first words ("Jama'atu") and "known locally as"
    if k < 0 or doc[k].lower_ not in NAMING_WORDS:
        return False
    return any(t.lemma_.lower() in GROUP_NOUNS for t in doc[max(0, k - 6) : k])


def modifies_a_role_before_a_name(doc: Doc, mention: NameMention) -> bool:
    """'Glenmore Ward councillor Ann Cole', 'Union Jal Shakti Minister Ravi Rao': capitalised words
    right before a role that is followed by a person's name say whose or of what the role is (a
    ward, a portfolio, a party), not another person."""
    j = mention.last_token + 1
    if mention.prefix or j >= len(doc) or not (doc[j].lower_ in ROLE_HEADS or doc[j].lower_ in NAME_TITLES):
        return False
    while j < len(doc) and (doc[j].lower_ in ROLE_HEADS or doc[j].lower_ in NAME_TITLES):
        j += 1  # "Deputy Minister", "general secretary"
    following = doc[j] if j < len(doc) else None
    return following is not None and following.pos_ == "PROPN" and is_name_word(following)


def names_a_portfolio(doc: Doc, mention: NameMention) -> bool:
    """'the Minister of State for Disaster Preparedness has …', 'the Ministry of Rural Affairs': what
    a capitalised office or a ministry is 'of' or 'for', with no name after it, is its portfolio."""
    if mention.prefix:
        return False
    head = name_head(doc, mention)
    if head.dep_ != "pobj" or head.head.lower_ not in {"of", "for"}:
        return False
    if any(t.pos_ != "DET" for t in doc[head.head.i + 1 : mention.first_token]):
        return False  # "Speaker of the National Assembly Pemba Lhamo": the name follows the office's words
    office = head.head.head
    if office.lower_ == "state" and office.dep_ == "pobj" and office.head.lower_ == "of":
        office = office.head.head  # "Minister of State for …"
    if not (is_role_word(office) or office.lower_ in {"ministry", "department"}):
        return False
    following = doc[mention.last_token + 1] if mention.last_token + 1 < len(doc) else None
    return following is None or not (following.pos_ == "PROPN" and is_name_word(following))


def numbered_document(doc: Doc, mention: NameMention) -> bool:
    """'Senate Bill No. 2214', 'Resolution No 7': a capitalised word before a number sign is a
    document's number, never a name ('No' is a surname only before a given name)."""
    j = mention.last_token + 1
    last = mention.words[-1].rstrip(".")
    if last == "No":
        following = doc[j] if j < len(doc) else None
        if following is not None and following.text == ".":
            following = doc[j + 1] if j + 1 < len(doc) else None
        return following is not None and following.like_num
    return False


# Nouns for a business, a campaign or another body that a name set off by commas may stand beside.
BODY_NOUNS = NAMED_GROUP_NOUNS | {
    "company", "firm", "campaign", "operator", "developer", "business", "insurer", "supplier", "contractor",
    "producer", "consortium", "brand", "chain", "retailer", "publisher", "agency", "lender", "manufacturer",
    "trust", "fund", "foundation", "club", "cooperative", "co-operative", "venture", "subsidiary", "startup",
}  # fmt: skip


def names_a_body_in_apposition(doc: Doc, mention: NameMention) -> bool:
    """'The company at the centre of the case, Nordvik Fisk, said …', 'A campaign group, Save Our
    Ferry, collected …': a name set off by a comma right after a noun for a business or a body, in
    apposition to it, is that body's name (not 'a member of the group, Ann Cole,': the noun there is
    governed by 'of', and the name stands beside 'member')."""
    first = mention.first_token
    if mention.prefix or first < 2 or doc[first - 1].text != ",":
        return False
    head = name_head(doc, mention)
    if head.dep_ == "appos" and head.head.i < first:
        noun = head.head
    else:
        noun = doc[first - 2]
        if noun.dep_ == "pobj":
            return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in BODY_NOUNS


def missed_surnames(doc: Doc, found: list[NameMention], lone_names: set[str] = frozenset()) -> list[NameMention]:
    """The surname of a full name found elsewhere in the article (or a one-word name already
    known to be a person's), where spaCy tagged it as something else ('Rich' as an ORG, or
    'Bush' as a verb) or missed it."""
    full_names = {m.words for m in found if len(m.words) >= 2}
    surnames = {surname_of(words) for words in full_names} | set(lone_names)
    first_words = {words[0] for words in full_names}
    # A middle word of a name of three or more ("Kabasinguzi" of "Esther Kabasinguzi Mbabazi"): the
    # name some naming traditions use alone, read as such where it is a clause's subject.
    middle_words = {w for words in full_names for w in written_middle_words(words)}
    taken = {i for m in found for i in range(m.first_token, m.last_token + 1)}
    out = []
    for ent in doc.ents:
        # "Dmitry Orlov" tagged ORG where "Dmitri Orlov" was tagged PERSON.
        if ent.label_ == "PERSON" or not 2 <= len(ent) <= 3 or any(t.i in taken for t in ent):
            continue
        mention = mention_from_tokens(list(ent))
        if mention and any(same_full_name(mention.words, words) for words in full_names):
            out.append(mention)
            taken.update(range(mention.first_token, mention.last_token + 1))
    for token in doc:
        if token.i in taken:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and is_trailing_patronymic(following) and following.i not in taken:
            # "Asanbek uulu said": the surname with its patronymic word
            if f"{token.text} {following.text}" in surnames:
                out.append(mention_from_tokens([token, following]))
                taken.update({token.i, following.i})
            continue
        if hyphen_joins(doc, token.i + 1) and token.i + 2 not in taken:
            # "Alade-Cole said": a hyphenated surname is three tokens, matched whole.
            joined = [token, doc[token.i + 1], doc[token.i + 2]]
            surname = written_words(joined)[0]
            whole = full_form_ending_at(doc, joined[-1], taken, token.i) if surname in lone_names else None
            if whole is not None:
                out.append(whole)  # "community organiser Hodan Yusuf-Ali" before "Yusuf-Ali told"
                taken.update(range(whole.first_token, whole.last_token + 1))
                continue
            mention = mention_from_tokens(joined) if surname in surnames else None
            # not inside a longer name ('Alade-Cole Foundation'); words that are no name may be tagged with it
            outside = [x for x in entity_of(token) if is_name_word(x) and not token.i <= x.i <= token.i + 2]
            if mention and not (token.ent_type_ and token.ent_type_ != "PERSON" and outside):
                out.append(mention)
                taken.update(t.i for t in joined)
            continue
        # A family name written first ('Park said' after 'President Park Min-jae') when it speaks.
        family_first = token.text in first_words and token.pos_ == "PROPN" and is_speech_subject(token)
        middle = token.text in middle_words and token.pos_ == "PROPN" and is_clause_subject(token)
        if (
            token.text not in surnames
            and not family_first
            and not middle
            and not (
                token.pos_ == "PROPN" and token.text[:1].isupper() and any(misspelt(token.text, s) for s in surnames)
            )
        ):
            continue
        whole = full_form_ending_at(doc, token, taken) if token.text in lone_names else None
        if whole is not None:
            out.append(whole)  # "One installer, Mehmet Yıldırım of Duisburg," before "Yıldırım said"
            taken.update(range(whole.first_token, whole.last_token + 1))
            continue
        other_names = [x for x in entity_of(token) if x.i != token.i and is_name_word(x)]
        if token.ent_type_ and token.ent_type_ != "PERSON" and other_names:
            continue  # "Hale Foundation", "Hale Tower"; not "Hale told" tagged as one title
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and is_name_word(following) and following.pos_ == "PROPN":
            continue  # part of a longer unrecognised name
        mention = mention_from_tokens([token])
        if mention:
            out.append(mention)
    return out


def written_middle_words(words: tuple[str, ...]) -> list[str]:
    """The words between the first and the last of a name of three or more (particles, initials and
    a generational suffix aside)."""
    named = [w for w in without_suffix(words) if w not in NAME_PARTICLES and not INITIALS.fullmatch(w)]
    return named[1:-1] if len(named) >= 3 else []


def is_clause_subject(token: Token) -> bool:
    """'Kabasinguzi said …', 'Nankya visited …', 'according to Nankya': a word alone as a subject or a source."""
    return token.dep_ in {"nsubj", "nsubjpass"} or is_speech_subject(token)


def full_form_ending_at(doc: Doc, last: Token, taken: set[int], surname_first: int | None = None) -> NameMention | None:
    """A one-word person's full name written once, untagged or tagged an organisation: one to three
    given-name words (particles between them) right before the word, and nothing capitalised
    after it ('Dewi ap Rhys, the MP' before 'ap Rhys said'). surname_first: where a hyphenated surname
    ending at last starts ('Yusuf' of 'Yusuf-Ali'). An unfamiliar name the tagger read whole as a
    place or a building ('Yohane Mkandawire' a GPE, 'Hodan Yusuf-Ali' a FAC) is the person's too: the
    surname speaks elsewhere, and the entity is only the name's words."""
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper() and following.is_alpha:
        return None
    surname_first = last.i if surname_first is None else surname_first
    first = surname_first
    while first > 0 and surname_first - first < 4:
        before = doc[first - 1]
        if before.i in taken or (before.is_sent_start and before.lower_ in NAME_PARTICLES):
            break
        if before.text in NAME_PARTICLES or (
            is_name_word(before)
            and before.pos_ == "PROPN"
            and (before.ent_type_ in {"", "ORG", "PERSON"} or entity_is_the_name(doc, before, last))
        ):
            first -= 1
            continue
        break
    while first < surname_first and doc[first].text in NAME_PARTICLES:
        first += 1
    if first == surname_first or (last.ent_type_ == "ORG" and entity_length(last) != last.i - first + 1):
        return None
    mention = mention_from_tokens(list(doc[first : last.i + 1]))
    return mention if mention is not None and len(mention.words) >= 2 and looks_like_name(mention.words) else None


def entity_is_the_name(doc: Doc, token: Token, last: Token) -> bool:
    """The entity holding token ends at last and holds only name words (hyphens and particles between
    them): a person's name the tagger gave another label, not a place with more words ('Mkandawire Road')."""
    entity = entity_of(token)
    if not entity or entity[-1].i != last.i:
        return False
    return all(is_name_word(t) or t.text in NAME_PARTICLES or hyphen_joins(doc, t.i) for t in entity)


def entity_length(token: Token) -> int:
    """Tokens in the entity holding this token (0 outside entities), read from IOB tags."""
    if not token.ent_type_:
        return 0
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start


def mentions_in_entity(ent: SpacySpan) -> list[NameMention]:
    """A PERSON entity split at line breaks and brackets, trimmed of titles and possessives."""
    pieces: list[list[Token]] = [[]]
    for token in ent:
        if "\n" in token.text or token.text in "()[]{}/|":
            pieces.append([])
        elif not token.is_space:  # a doubled space inside a name is stray whitespace
            pieces[-1].append(token)
    out = []
    for tokens in pieces:
        mention = mention_from_tokens(tokens, tagged_person=True)
        if mention:
            out.append(mention)
    return out


def mention_from_tokens(tokens: list[Token], tagged_person: bool = False) -> NameMention | None:
    """Strip leading honorifics/titles (kept as prefix) and trailing possessives from name tokens."""
    tokens = list(tokens)
    first_written = tokens[0].i if tokens else 0
    while tokens and (tokens[-1].text in POSSESSIVES or tokens[-1].is_punct or is_post_nominal(tokens[-1])):
        tokens.pop()  # "Jane Doe MP", "Sir John Roe KC": the letters follow the name, not part of it
    if len(tokens) > 2 and is_plural_role_word(tokens[0]):
        tokens.pop(0)  # "MPs Yousef Haddad and …": the role of several people, not part of the first one's name
    prefix_tokens = []
    while tokens and len(tokens) > 1 and (is_honorific(tokens[0]) or is_role_word(tokens[0])):
        prefix_tokens.append(tokens.pop(0))
    title = title_inside(tokens)
    if title:
        prefix_tokens, tokens = prefix_tokens + tokens[: title + 1], tokens[title + 1 :]
    if len(tokens) == 1 and is_honorific(tokens[0]):
        return None  # "Datuk Seri" tagged apart from the name it stands before
    led_by_function_word = bool(tokens) and is_function_word(tokens[0])
    if led_by_function_word and tokens[0].lower_ == "the":
        return None  # "the Girl Scouts", "The Inside Story": a person is not "the Name"
    while tokens and (tokens[0].is_punct or is_function_word(tokens[0])):
        tokens.pop(0)  # "Without" of "Without Bloomberg in the race, …" opening a sentence
    if not tokens or (led_by_function_word and len(tokens) == 1 and not prefix_tokens):
        return None  # "Under Law": what is left of a capitalised phrase is no name
    doc = tokens[0].doc
    while sum(not is_initial(t) and w not in NAME_PARTICLES for t, w in zip_words(tokens)) >= 3 and continues_role(
        doc, tokens[0].i
    ):
        tokens.pop(0)  # "Staff" of "Chief of the General Staff Ivan Petrov"
    while tokens and in_portfolio(doc, tokens[0].i):
        tokens.pop(0)  # "Water Resources" of "Secretary Water Resources Muhammad Ashfaq Kiyani"
    if not tokens:
        return None
    if not prefix_tokens:
        prefix_tokens = title_prefix_before(doc, tokens[0].i)
    words = with_patronymic_joined(written_words(tokens))
    if not words:
        return None  # a lone "#" over a blank line tagged as an entity: nothing of it is written as a word
    name_start = tokens[0].idx
    start = name_start
    bracketed = "(" in doc[first_written : tokens[-1].i].text  # "President (Anna) Novak"
    if prefix_tokens and (any(is_honorific(t) for t in prefix_tokens) or len(words) == 1 or bracketed):
        start = prefix_tokens[0].idx
    prefix = " ".join(t.text for t in prefix_tokens)
    end = tokens[-1].idx + len(tokens[-1].text)
    return NameMention(start, end, tokens[0].i, tokens[-1].i, words, prefix, tagged_person)


def title_inside(tokens: list[Token]) -> int:
    """'Fire Marshal Eduardo Lacsamana', 'Police Chief Ann Cole' tagged as one name: a capitalised
    title among the first words, with a name word after it that is not a suffix ('Martin Luther King
    Jr.' keeps its 'King'), ends the office; its index, or 0."""
    for k in range(min(3, len(tokens) - 2), 0, -1):
        title = tokens[k]
        if tokens[k - 1].lower_ in PATRONYMIC_PARTICLES:
            continue  # "ibni Sultan Hamid": the father's title, inside the name
        after = [t for t in tokens[k + 1 :] if t.text not in GENERATIONAL_SUFFIXES and is_name_word(t)]
        if title.text[:1].isupper() and title.lower_ in NAME_TITLES and after and not is_name_word(title):
            return k
    return 0


def zip_words(tokens: list[Token]) -> list[tuple[Token, str]]:
    """Each word written between spaces with its first token ('Smith-Jones' is one word)."""
    out: list[tuple[Token, str]] = []
    for token in tokens:
        if out and token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.i - 1 >= tokens[0].i:
            out[-1] = (out[-1][0], out[-1][1] + token.text)
        else:
            out.append((token, token.text))
    return out


def written_words(tokens: list[Token]) -> tuple[str, ...]:
    """The name's words as written between spaces ("al-Assad" is one word of three tokens)."""
    words: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is not None and previous.i + 1 == token.i and not previous.whitespace_:
            words[-1] += token.text
        else:
            words.append(token.text)
        previous = token
    return tuple(w for w in (clean_word(w) for w in words) if w)


FUNCTION_POS = {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "ADV", "PART"}


def is_function_word(token: Token) -> bool:
    """A capitalised preposition, conjunction or determiner ('Without', 'Despite', 'Those'):
    the tagger sometimes puts one at the front of a name that opens a sentence."""
    return token.is_stop and token.pos_ in FUNCTION_POS and token.lower_ not in NAME_PARTICLES


def after_portfolio(doc: Doc, j: int) -> int:
    """'Secretary Water Resources Muhammad Ashfaq Kiyani': where the name starts after the portfolio
    words written right after an office at j-1 (j when there are none, or no name of two words follows)."""
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in OFFICE_PORTFOLIO_WORDS:
        k += 1
    if k == j or k + 1 >= len(doc) or not (is_name_word(doc[k]) and is_name_word(doc[k + 1])):
        return j
    return k


def in_portfolio(doc: Doc, i: int) -> bool:
    """Token i is a portfolio word after a capitalised office ('Water' and 'Resources' of
    'Secretary Water Resources Muhammad Ashfaq'), with a name of two words after the portfolio."""
    k = i
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in OFFICE_PORTFOLIO_WORDS:
        k -= 1
    return k > 0 and is_role_word(doc[k - 1]) and after_portfolio(doc, k) > i


def continues_role(doc: Doc, i: int) -> bool:
    """Token i carries on a capitalised office with its own 'of' phrase written before it
    ("Chief of the General Staff", "Minister of Chemicals and Fertilisers"). After a title
    alone the word is a given name: "Detective Constable Mei Ling Foster", "Chairman Harbans
    Lal Tiwari" have three-word names."""
    if i == 0:
        return False
    if in_portfolio(doc, i):
        return True
    before = doc[i - 1]
    titled = before.text[:1].isupper() and (before.lower_ in ROLE_HEADS or before.lower_ in NAME_TITLES)
    if not titled and before.lower_ not in {"and", "&"}:
        return False
    for token in reversed(doc[max(0, i - 8) : i]):
        if token.lower_ in {"of", "for"}:
            # The office's own 'of' phrase ('Chief of the General Staff'), not an 'of' before the
            # office: 'a Bench of Chief Justice Anand Venkatesh Kamath' has a three-word name.
            return token.i > 0 and is_role_word(doc[token.i - 1])
        if not (token.text[:1].isupper() or token.lower_ in ROLE_JOINERS):
            return False
    return False


def title_prefix_before(doc: Doc, i: int) -> list[Token]:
    """The honorific, or capitalised title, written right before token i ("Mr", "President")."""
    j = i - 1
    if j >= 0 and is_honorific(doc[j]):
        return [doc[j]]
    if j >= 0 and is_title_word(doc[j]):
        return [doc[j]]
    return []


def honorific_mentions(doc: Doc) -> list[NameMention]:
    """'Mr Hale', 'Ms. Reyes', 'President Novak': names spaCy tagged otherwise or missed."""
    out = []
    for token in doc:
        if not (is_honorific(token) or is_title_word(token) or opens_with_title(doc, token)):
            continue
        words = []
        j = token.i + 1 if is_honorific(token) else after_portfolio(doc, token.i + 1)
        bracketed = bracketed_given_name(doc, j)
        if bracketed:  # "President (Anna) Novak"
            words.append(doc[j + 1])
            j += 3
        # Four name words at most; particles ("bin", "Al", "van der") are not counted among them.
        while (
            j < len(doc)
            and sum(w.lower_ not in NAME_PARTICLES for w in words) < 4
            and (is_name_word(doc[j]) or inner_particle(doc, j))
        ):
            other = doc[j].ent_type_ in OTHER_ENTITY_LABELS and doc[j].ent_iob_ == "B"
            if other and not is_honorific(token) and not bracketed:
                break  # "President Novak" yes; "General Motors" (an ORG) no
            words.append(doc[j])
            j += 1
            if hyphen_joins(doc, j):  # "Pryce-Evans": the hyphen and the second half belong to the name
                words += [doc[j], doc[j + 1]]
                j += 2
        if not words or (
            not is_honorific(token) and not bracketed and any(w.ent_type_ in OTHER_ENTITY_LABELS for w in words)
        ):
            continue
        if j < len(doc) and is_role_word(doc[j]):
            continue  # "Deputy Foreign Minister …": the words are the office's, not a name
        # "H E" (His Excellency), "Tan Sri": the pair's first word opens the mention too.
        before = doc[token.i - 1] if token.i > 0 else None
        paired = before is not None and token.lower_ in HONORIFIC_PAIRS.get(before.lower_, ())
        mention = mention_from_tokens([before, token, *words] if paired else [token, *words])
        if mention:
            out.append(mention)
    return out


def opens_with_title(doc: Doc, token: Token) -> bool:
    """'Magistrate Ilse van der Merwe said …', 'Taoiseach Declan Fitzmaurice has …': a title
    opening a sentence, followed by a full name (two name words, or a particle between them)."""
    if not (token.is_sent_start and token.text[:1].isupper() and token.lower_ in NAME_TITLES):
        return False
    j = token.i + 1
    if j + 1 >= len(doc) or not (is_name_word(doc[j]) and doc[j].pos_ == "PROPN"):
        return False
    following = doc[j + 1]
    return (is_name_word(following) and following.pos_ == "PROPN") or inner_particle(doc, j + 1)


def hyphen_joins(doc: Doc, j: int) -> bool:
    """Token j is a hyphen written inside a name ('Smith-Jones'), between two capitalised words."""
    return (
        0 < j < len(doc) - 1
        and doc[j].text in {"-", "‐"}
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].text[:1].isupper()
    )


def role_named_mentions(doc: Doc) -> list[NameMention]:
    """'Environment commissioner Thabo Nkosi': two or three name words right after a role noun
    are a person, whatever entity the tagger gave them, unless they end like an organisation."""
    out = []
    for token in doc:
        # Also a noun only a person can be, written lowercase ("farmer Binta Ceesay-Touray said").
        person_noun = token.is_lower and token.lower_ in PERSON_NOUNS
        # A role in the plural before the first of several names ("independent senators Ann Cole and …").
        plural_role = token.tag_ == "NNS" and (token.lower_[:-1] in ROLE_HEADS or token.lower_[:-1] in NAME_TITLES)
        role_noun = (
            token.lower_ in ROLE_HEADS or token.lower_ in RIVALS or is_role_word(token) or person_noun or plural_role
        )
        if not role_noun or token.i + 2 > len(doc):
            continue
        words: list[Token] = []
        j = token.i + 1
        comma = j + 1 < len(doc) and doc[j].text == ","
        if comma and (token.lower_ in RIVALS or appositive_name_after(doc, token)):
            j += 1  # "her rival, Tunde Bakare"; "the governor's spokesman, Tunde Okafor,"
        elif (token.text[:1].isupper() or token.lower_ in ROLE_HEADS) and not plural_role:
            # "Minister of Sports Development Ibrahim Bello"; not "Members of the Union of … Workers at Acme Buses"
            j = after_office_name(doc, j)
        while (
            j < len(doc)
            and len(words) < 6
            and ((is_name_word(doc[j]) and doc[j].pos_ == "PROPN") or (words and inner_particle(doc, j)))
        ):
            if doc[j].ent_type_ not in {"", "PERSON", "ORG"} and not (speaks_after(doc, j) or set_off_name(doc, j)):
                break  # a place after a role noun; but "secretary general Agnes Wanjala said" is a name
            words.append(doc[j])
            j += 1
            if hyphen_joins(doc, j):
                words += [doc[j], doc[j + 1]]
                j += 2
        named = [w for w in words if w.text not in "-‐" and w.text not in NAME_PARTICLES]
        if not 2 <= len([w for w in named if w.text not in IRISH_SURNAME_PARTICLES]) <= 3 + sum(map(is_initial, words)):
            continue
        if j < len(doc) and doc[j].text in GENERATIONAL_SUFFIXES:
            j += 1  # "Councilor Jose Daluz III said": the suffix is grown onto the name later
        j = after_post_nominals(doc, j)  # "Committee Chair Jane Doe MP said"
        if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            continue  # part of a longer capitalised phrase
        if words and words[-1].dep_ == "compound" and words[-1].head.i >= j:
            continue  # "billionaire Dallas Mavericks owner": the words name what the role is of
        mention = mention_from_tokens(words)
        if mention and mention.words[-1].lower() not in NOT_NAME_ENDINGS:
            out.append(mention)
    return out


def after_office_name(doc: Doc, j: int) -> int:
    """Where the name starts after an office with its own 'of' phrase: 'Minister of Sports
    Development Ibrahim Bello said' → 'Ibrahim'; 'Director of the city's Department of Transport
    Đỗ Quang Huy said' → 'Đỗ'. The office's words and the name run together; the name is the last
    two name words (a given name and a surname, hyphenated or not), or three from a family name
    written first, when they are the clause's subject, or the words the tagger marked as a person."""
    if j >= len(doc) or doc[j].lower_ not in {"of", "for"}:
        return j
    k = j + 1
    run: list[int] = []
    while k < len(doc) and (
        is_name_word(doc[k]) or doc[k].lower_ in ROLE_JOINERS or hyphen_joins(doc, k) or inside_office_phrase(doc, k)
    ):
        if doc[k].text[:1].isupper():
            run.append(k)
        k += 1
    person = [i for i in run if doc[i].ent_type_ == "PERSON"]
    if person:
        first = person[0]
        # "Speaker of Parliament Marcellino Tabi": the tagger ran the given name into the body's name
        # ("Parliament Marcellino") and tagged the surname alone; the word before it is the given name.
        lone_surname = len(person) == 1 and person[0] == run[-1]
        given = doc[first - 1] if first - 1 in run and first - 1 > run[0] else None
        if lone_surname and given is not None and is_name_word(given) and given.lower_ not in OFFICE_PORTFOLIO_WORDS:
            return first - 1
        # "President of the National Assembly Rolando Cepero Valdés": the body's name, tagged an
        # organisation, ends with the given name right before the surnames tagged as the person.
        swallowed = (
            given is not None
            and len(person) <= 3
            and given.ent_type_ == "ORG"
            and is_name_word(given)
            and given.lower_ not in OFFICE_PORTFOLIO_WORDS
            and given.lower_ not in BODY_NAME_ENDINGS
        )
        return first - 1 if swallowed else first
    words = [i for i in run if doc[i].text not in "-‐" and not (i > 0 and hyphen_joins(doc, i - 1))]
    # The run is the clause's subject: parsed so, or followed by the clause's verb ("… Lê Văn Tâm said").
    verb_after = k < len(doc) and doc[k].tag_ in {"VBD", "VBZ", "VBP", "MD"}
    if len(words) < 3 or (doc[k - 1].dep_ not in {"nsubj", "nsubjpass"} and not verb_after):
        return after_portfolio_of(doc, j)
    first = len(words) - 2
    if len(words) >= 4 and is_family_name_written_first(doc[words[-3]].text):
        first = len(words) - 3  # "… Department of Transport Đỗ Quang Huy"
    while first > 1 and is_initial(doc[words[first - 1]]):
        first -= 1  # "… Shipping R. K. Anand Kumar": initials open the name
    while first > 1 and doc[words[first]].text in IRISH_SURNAME_PARTICLES:
        first -= 1  # "Director of Services Ciarán Ó Murchú": the particle opens the surname, the given name before it
    return words[first]


# Last words of the name of a body an office is 'of' ("the National Assembly", "Acme Corp").
BODY_NAME_ENDINGS = NOT_NAME_ENDINGS | {
    "assembly", "parliament", "house", "senate", "congress", "cabinet", "chamber", "corp", "inc", "ltd",
    "service", "services", "forum", "board", "office", "bureau", "organisation", "organization", "institution",
    "centre", "center", "fund", "programme", "program", "secretariat", "tribunal", "majlis", "council",
}  # fmt: skip


def after_portfolio_of(doc: Doc, j: int) -> int:
    """'signed by Minister of Energy Pema Wangdi and …': where the office's 'of' at j is followed by
    portfolio words only ('Finance', 'Trade and Industry'), the name is the two name words after them,
    wherever the office stands in the clause (j when there is no such portfolio or name)."""
    k = j + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].lower_ in OFFICE_PORTFOLIO_WORDS:
        k += 1
        if k + 1 < len(doc) and doc[k].lower_ in {"and", "&"} and doc[k + 1].lower_ in OFFICE_PORTFOLIO_WORDS:
            k += 1  # "Trade and Industry"
    if k == j + 1 or k + 1 >= len(doc) or not (is_name_word(doc[k]) and is_name_word(doc[k + 1])):
        return j
    return k


def inside_office_phrase(doc: Doc, k: int) -> bool:
    """'the city's', 'the municipal', "People's": a possessive, or a lowercase noun or adjective
    before a possessive or a capitalised word, inside the 'of' phrase of an office."""
    token = doc[k]
    if token.tag_ == "POS":
        return True
    following = doc[k + 1] if k + 1 < len(doc) else None
    return (
        token.is_lower
        and token.pos_ in {"NOUN", "ADJ"}
        and following is not None
        and (following.tag_ == "POS" or following.text[:1].isupper())
    )


@lru_cache(maxsize=1)
def family_name_keys() -> frozenset[str]:
    return frozenset(ascii_key(name) for name in FAMILY_NAMES_WRITTEN_FIRST)


def ascii_key(word: str) -> str:
    """'Đỗ' → 'do', 'Nguyễn' → 'nguyen' (Đ has no decomposition of its own)."""
    word = word.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def is_family_name_written_first(word: str) -> bool:
    return ascii_key(word) in family_name_keys()


PERSONAL_RELATIVES = {"who", "whose", "whom"}


def relative_who_mentions(doc: Doc) -> list[NameMention]:
    """'Marcus Bell, whose two children ride the bus, said …': two or three name words that a
    'who'/'whose' clause describes are a person's name, whatever entity the tagger gave them
    (an organisation takes 'which')."""
    out = []
    for token in doc:
        if token.dep_ != "relcl" or token.i < 3:
            continue
        head = token.head
        end = head.i
        while end + 1 < token.i and (irish_article(doc, end + 1) or irish_mutated(doc[end + 1])):
            end += 1  # "Eoin Mac an tSaoir, who …" parsed with the clause on "Mac"
        opener = next((t for t in doc[end + 1 : token.i + 1] if not t.is_punct), None)
        if opener is None or opener.lower_ not in PERSONAL_RELATIVES or doc[end + 1].text != ",":
            continue
        k = end
        while k >= 0 and (
            (
                is_name_word(doc[k])
                and (doc[k].pos_ == "PROPN" or irish_mutated(doc[k]))
                and doc[k].ent_type_ in {"", "ORG", "PERSON"}
            )
            or irish_article(doc, k)
        ):
            k -= 1
        words = list(doc[k + 1 : end + 1])
        named = [t for t in words if t.text not in IRISH_SURNAME_PARTICLES and not irish_article(doc, t.i)]
        if not 2 <= len(named) <= 3 or len(words) > 5 or any(t.ent_type_ == "PERSON" for t in words):
            continue  # a tagged name is found already; one word is too little to go on
        mention = mention_from_tokens(words)
        if mention and mention.words[-1].lower() not in NOT_NAME_ENDINGS:
            out.append(mention)
    return out


def appositive_mentions(doc: Doc) -> list[NameMention]:
    """'Dragan Petrović, a farmer from Temerin, told …', 'a spokesman for the ministry, Aminu Bello,
    said': two or three name words in apposition with a noun only a person can be are a person's
    name, whatever entity the tagger gave them ('Example Holdings, a company' is not)."""
    out = []
    for token in doc:
        if token.dep_ != "appos":
            continue
        noun, name = (token, token.head) if token.pos_ == "NOUN" else (token.head, token)
        if noun.lemma_.lower() not in PERSON_NOUNS or name.pos_ != "PROPN" or not is_name_word(name):
            continue
        # Given names and surnames, and the particles between them ("María Ruiz de Alarcón").
        words = [
            t
            for t in name.subtree
            if t.i < name.i
            and (
                (
                    t.dep_ in {"compound", "nmod"}
                    and ((t.pos_ == "PROPN" and is_name_word(t)) or t.text in NAME_PARTICLES)
                )
                or hyphen_joins(doc, t.i)  # "Eszter Tóth-Varga"
            )
        ]
        words = [*words, name]
        named = [w for _, w in zip_words(words) if w not in NAME_PARTICLES]
        if not 2 <= len(named) <= 4 or words[0].text in NAME_PARTICLES or words[-1].i - words[0].i != len(words) - 1:
            continue
        if any(t.ent_type_ not in {"", "ORG", "PERSON"} for t in words) or any(t.ent_type_ == "PERSON" for t in words):
            continue  # a place; or a tagged name, found already
        mention = mention_from_tokens(words)
        if mention and mention.words[-1].lower() not in NOT_NAME_ENDINGS:
            out.append(mention)
    return out


def speaker_name_mentions(doc: Doc) -> list[NameMention]:
    """'Defending, Rachel Obi said …': two or three capitalised words the tagger left untagged
    that are the subject of a speech verb are a person's name (an organisation the tagger
    knows is tagged, and 'the' or a body's ending word rules the rest out)."""
    out = []
    for token in doc:
        if not (token.pos_ == "PROPN" and token.dep_ == "nsubj" and token.head.pos_ == "VERB"):
            continue
        if token.head.lemma_ not in SPEECH_VERBS or token.head.i < token.i:
            continue
        k = token.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and is_name_word(doc[k - 1]) and token.i - k < 3:
            k -= 1
        words = list(doc[k : token.i + 1])
        if not 2 <= len(words) <= 3 or any(not is_name_word(t) for t in words):
            continue
        if any(t.ent_type_ for t in words) and not (
            all(t.ent_type_ == "ORG" for t in words)
            and entity_length(token) == len(words)
            and surname_alone(doc, token)
        ):
            continue  # tagged otherwise; an "organisation" whose last word is used alone is a surname
        before = doc[k - 1] if k > 0 else None
        if before is not None and (before.lower_ == "the" or (before.is_alpha and before.text[:1].isupper())):
            continue  # "the Example Trust said"; a longer capitalised phrase
        mention = mention_from_tokens(words)
        if mention and mention.words[-1].lower() not in NOT_NAME_ENDINGS:
            out.append(mention)
    return out


# Active forms of 'swear' before 'in': "swore in Ana Ruiz as minister" (not "was sworn in Kingston").
SWEARING_IN_FORMS = {"swore", "swear", "swears", "swearing"}


def sworn_in_mentions(doc: Doc) -> list[NameMention]:
    """'The governor swore in Ana Ruiz as minister': two or three name words right after 'swore in'
    are the person sworn in, whatever entity the tagger gave them (often a building or a place)."""
    out = []
    for token in doc:
        if token.lower_ != "in" or token.i == 0 or doc[token.i - 1].lower_ not in SWEARING_IN_FORMS:
            continue
        words: list[Token] = []
        j = token.i + 1
        while j < len(doc) and len(words) < 5 and is_name_word(doc[j]) and doc[j].pos_ == "PROPN":
            words.append(doc[j])
            j += 1
            if hyphen_joins(doc, j):
                words += [doc[j], doc[j + 1]]
                j += 2
        named = [w for w in words if w.text not in "-‐"]
        if not 2 <= len(named) <= 3 or (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
            continue
        mention = mention_from_tokens(words)
        if mention and mention.words[-1].lower() not in NOT_NAME_ENDINGS:
            out.append(mention)
    return out


# Post-nominal letters that are honours, not an office held (no role by themselves).
HONOURS = {
    "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "CH", "OM", "KG", "KT", "CMG", "KCMG", "FRS", "FRSE", "BEM", "PhD",
    "DPhil",
}  # fmt: skip


# Letters that mark the words before them as a person's name (seats, silks, honours): not "PC",
# "MS", "VC" or "JP", which also follow products, firms and places.
PERSON_POST_NOMINALS = {
    "MP", "MSP", "MLA", "MEP", "TD", "MHK", "MPP", "MNA", "MPA", "MLC", "KC", "QC", "SAN", "OBE", "CBE", "MBE", "KBE",
    "DBE", "PhD",
}  # fmt: skip
DETERMINERS_BEFORE_A_SEAT = {"a", "an", "the", "another", "one", "every", "each", "no", "any", "his", "her", "their"}


def post_nominal_mentions(doc: Doc) -> list[NameMention]:
    """'Jane Doe MP told …', 'Committee Chair Jane Doe MP said': two or three name words right
    before a seat's or an honour's letters are a person, whatever entity the tagger gave them.
    Not a party before its member ('a Sinn Féin TD', 'Plaid Cymru MP Jane Doe'), nor a nation's
    or place's adjective ('Scottish Labour MSP')."""
    out = []
    for token in doc:
        if token.text not in PERSON_POST_NOMINALS or token.i < 2:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and is_name_word(following):
            continue  # "Labour MP Jane Doe": the letters are a role before the name
        if token.dep_ in {"attr", "pobj"}:
            continue  # "who is also Example North MP", "elected as Example North MP": a seat's place
        # "Syed Tahir Hussain Bukhari, MNA": set off by a comma, the letters follow names of four words too.
        end = token.i - 1 if doc[token.i - 1].text == "," else token.i
        longest = 4 if end < token.i else 3
        k = end
        while (
            k > 0
            and (is_name_word(doc[k - 1]) or hyphen_joins(doc, k - 1))
            and len(zip_words(list(doc[k - 1 : end]))) <= longest  # words: "Adeyemi-Bello" is one
        ):
            k -= 1
        words = list(doc[k:end])
        if not words:
            continue
        if len([w for w in words if is_name_word(w)]) < 2 or words[0].text in "-‐":
            continue
        if any(w.ent_type_ in {"NORP", "GPE", "LOC", "FAC"} for w in words):
            continue
        before = doc[k - 1] if k > 0 else None
        if before is not None and (
            before.lower_ in DETERMINERS_BEFORE_A_SEAT
            or (before.text[:1].isupper() and before.is_alpha and not (is_role_word(before) or is_honorific(before)))
        ):
            continue  # "a Sinn Féin TD"; a longer capitalised phrase
        mention = mention_from_tokens(([before] if before is not None and is_honorific(before) else []) + words)
        if mention and mention.words[-1].lower() not in NOT_NAME_ENDINGS:
            out.append(mention)
    return out


def is_post_nominal(token: Token) -> bool:
    """'MP', 'KC', 'OBE' written after a name (capitals as written, so 'Ms' stays an honorific)."""
    return token.text in POST_NOMINALS and token.i > 0 and token.doc[token.i - 1].text[:1].isupper()


def after_post_nominals(doc: Doc, j: int) -> int:
    """The first token at or after j that is not a post-nominal ('… Doe MP OBE said' → 'said')."""
    while j < len(doc) and doc[j].text in POST_NOMINALS:
        j += 1
    return j


def surname_alone(doc: Doc, last: Token) -> bool:
    """The word is also a clause subject on its own elsewhere ('Vorster asked …')."""
    return any(
        t.text == last.text and t.dep_ in {"nsubj", "nsubjpass"} and t.i != last.i and doc[t.i - 1].pos_ != "PROPN"
        for t in doc
    )


def appositive_name_after(doc: Doc, role: Token) -> bool:
    """'the governor's spokesman, Tunde Okafor, said': capitalised words after the comma are
    the parser's apposition to the role noun, and a comma closes them."""
    for token in doc[role.i + 2 : min(len(doc), role.i + 7)]:
        if not is_name_word(token):
            return token.text == "," and doc[token.i - 1].dep_ == "appos" and doc[token.i - 1].head.i == role.i
    return False


def set_off_name(doc: Doc, j: int) -> bool:
    """'…, Kilkis mayor Giorgos Anastasiadis, welcomed …': two or three name words tagged as a place,
    the whole entity, right after a role noun and closed by a comma, are the holder's name (a place
    follows a role noun through a preposition: 'the mayor of Kilkis')."""
    entity = entity_of(doc[j])
    if not 2 <= len(entity) <= 3 or (entity[0].i > 0 and is_name_word(doc[entity[0].i - 1])):
        return False
    end = entity[-1].i + 1
    closed = end < len(doc) and doc[end].text == ","
    return closed and all(is_name_word(t) and t.pos_ == "PROPN" and t.is_alpha for t in entity)


def speaks_after(doc: Doc, j: int) -> bool:
    """Token j starts one or two name words that are the subject of a speech verb."""
    k = j
    while k < len(doc) and k < j + 3 and doc[k].pos_ == "PROPN":
        k += 1
    return k > j and is_speech_subject(doc[k - 1])


# An Irish surname's first word may be lenited or eclipsed after a particle, written with a
# lowercase letter before the capital ("Mac an tSaoi", "Ó hAodha", "Ní bhFlatharta").
IRISH_MUTATION = re.compile(r"(?:t|h|n|b|bh|d|g|m)[A-ZÁÉÍÓÚ][a-záéíóú]+")
IRISH_ARTICLE_AFTER = {"Mac", "Nic", "Mhic"}  # "Mac an Bhaird", "Nic an tSaoi"


def irish_mutated(token: Token) -> bool:
    """'tSaoi' after 'Mac an', 'hAodha' after 'Ó': a surname's word after an Irish particle."""
    if not IRISH_MUTATION.fullmatch(token.text) or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text in IRISH_SURNAME_PARTICLES or irish_article(token.doc, before.i)


def irish_article(doc: Doc, j: int) -> bool:
    """'an' in 'Mac an tSaoi', 'Nic an Bhaird': the article inside an Irish surname."""
    return 0 < j < len(doc) - 1 and doc[j].text == "an" and doc[j - 1].text in IRISH_ARTICLE_AFTER


def inner_particle(doc: Doc, j: int) -> bool:
    """'de' in 'Bill de Blasio', 'van' and 'der' in 'Ilse van der Merwe': lowercase particles
    between two name words ('an' in 'Mac an tSaoi')."""
    if irish_article(doc, j):
        return is_name_word(doc[j + 1])
    if j == 0 or doc[j].text not in NAME_PARTICLES:
        return False
    k = j
    while k < len(doc) and k < j + 3 and doc[k].text in NAME_PARTICLES:
        k += 1
    return k < len(doc) and is_name_word(doc[k])


def bracketed_given_name(doc: Doc, j: int) -> bool:
    return (
        j + 3 < len(doc)
        and doc[j].text == "("
        and is_name_word(doc[j + 1])
        and doc[j + 2].text == ")"
        and is_name_word(doc[j + 3])
    )


def is_role_word(token: Token) -> bool:
    """A capitalised title or role written as part of a name ("Chairperson Ann Cole")."""
    return token.text[:1].isupper() and (token.lower_ in NAME_TITLES or token.lower_ in ROLE_HEADS)


def is_plural_role_word(token: Token) -> bool:
    """'MPs', 'MLAs', 'Senators', 'Councillors': a capitalised role in the plural, written before the
    names of several people."""
    text = token.text
    if len(text) < 3 or text[-1] != "s" or not text[:1].isupper():
        return False
    return text[:-1].isupper() or token.lower_[:-1] in NAME_TITLES or token.lower_[:-1] in ROLE_HEADS


def is_honorific(token: Token) -> bool:
    """'Mr', 'Datuk', and each word of a two-word honorific written whole ('Tan Sri', 'Datuk Seri')."""
    if not token.text[:1].isupper():
        return False
    if token.lower_ in HONORIFICS:
        return True
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ in HONORIFIC_PAIRS.get(token.lower_, ()):
        return True
    return token.i > 0 and token.lower_ in HONORIFIC_PAIRS.get(doc[token.i - 1].lower_, ())


def is_title_word(token: Token) -> bool:
    """A capitalised title that can stand before a surname ("President", "Sen.")."""
    return token.lower_ in NAME_TITLES and token.text[:1].isupper() and not token.is_sent_start


def is_name_word(token: Token) -> bool:
    text = token.text
    if INITIALS.fullmatch(text):
        return True  # a middle initial
    if irish_mutated(token):
        return True  # "tSaoi" of "Mac an tSaoi"
    if text == "Ó" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isalpha():
        return True  # "Ó" of "Ciarán Ó Murchú", capital as a word of one letter is
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        and not text.isupper()
        and not is_honorific(token)
        and token.lower_ not in NAME_TITLES
        and token.lower_ not in ROLE_HEADS
        and not token.is_space
    )


def clean_word(text: str) -> str:
    text = re.sub(r"(['’]s|['’])$", "", text.strip())
    if INITIALS.fullmatch(text) or text in {"Jr.", "Sr."}:
        return text  # an initial keeps its period: "George W. Bush", "H.W."
    return text.strip(".,;:")


def is_initial(token: Token) -> bool:
    return bool(INITIALS.fullmatch(token.text) or re.fullmatch(r"[A-Z]", token.text))


def looks_like_name(words: tuple[str, ...]) -> bool:
    """Name-shaped: capitalised words (or name particles), letters, no digits, not a common noun."""
    core = [w for w in without_suffix(words) if w not in NAME_PARTICLES and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", w)]
    if not core or len(core) > 4 or len(words) > 5 or (len(words) == 1 and len(words[0]) < 2):
        return False
    if words[0] in GENERATIONAL_SUFFIXES:
        return False  # "Jr." cut from the name before it
    for k, word in enumerate(words):
        if not word or any(c.isdigit() for c in word) or "@" in word:
            return False
        if word in NAME_PARTICLES or INITIALS.fullmatch(word) or word in GENERATIONAL_SUFFIXES:
            continue
        if k > 0 and (
            (word == "an" and words[k - 1] in IRISH_ARTICLE_AFTER)
            or (IRISH_MUTATION.fullmatch(word) and words[k - 1] in {*IRISH_SURNAME_PARTICLES, "an"})
        ):
            continue  # "Mac an tSaoi", "Ó hAodha"
        initial = re.match(r"(?:[a-z]{1,3}[-'’])?([^\W\d_])", word)
        if not initial or not initial.group(1).isupper() or (word.isupper() and len(word) > 2):
            return False  # capitalised ("Ó", "Ángel" too), or a particle joined on: "al-Assad", "d'Estaing"
        if re.search(r"[a-z]{4,}[A-Z]", word):
            return False  # two words run together: "SmithRep"
    if all(w.lower() in NOT_NAME_WORDS for w in words) or (len(words) > 1 and words[-1].lower() in NOT_NAME_ENDINGS):
        return False
    if len(words) > 1 and words[0].lower() in PLACE_OPENINGS:
        return False  # "São Paulo", "Port Harcourt", "Santa Cruz": a place the tagger took for a person
    return not (words[0] in NAME_PARTICLES or words[-1] in NAME_PARTICLES)


# First words of place names ("San Diego", "Fort Worth", "Cape Town"), never of a person's name.
PLACE_OPENINGS = {"san", "santa", "santo", "são", "puerto", "porto", "port", "fort", "mount", "mt.", "cape"}


# --- grouping mentions into people -------------------------------------------------------------


def group_mentions(mentions: list[NameMention], doc: Doc) -> list[PersonCluster]:
    """Full names first (variants of one name together), then lone words joined to them."""
    clusters: list[PersonCluster] = []
    for m in sorted((m for m in mentions if len(m.words) >= 2), key=lambda m: m.start):
        home = next((c for c in clusters if same_full_name(c.full_forms[0].words, m.words)), None)
        if home is None:
            home = PersonCluster()
            clusters.append(home)
        home.mentions.append(m)
    single_clusters: dict[str, PersonCluster] = {}
    lone_owner: dict[str, PersonCluster] = {}  # whom a bare surname has stood for so far
    for m in sorted((m for m in mentions if len(m.words) == 1), key=lambda m: m.start):
        home = cluster_for_single(m, clusters, lone_owner.get(transliteration_key(m.words[0])))
        if home is not None and not m.prefix:
            lone_owner.setdefault(transliteration_key(m.words[0]), home)
        if home is None:
            key = transliteration_key(m.words[0])
            home = single_clusters.get(key)
            if home is None:
                home = single_clusters[key] = PersonCluster()
        home.mentions.append(m)
    clusters.extend(single_clusters.values())
    return clusters


def cluster_for_single(
    m: NameMention, clusters: list[PersonCluster], lone_owner: PersonCluster | None = None
) -> PersonCluster | None:
    """The full-named person a lone surname (or given name) stands for, if one fits. Of several
    people sharing it, a bare surname stays with the person it already stood for: the story names
    the other one in full ('Jane Sanders', 'Mrs. Sanders' go to her; 'Sanders' stays his)."""
    key = transliteration_key(m.words[0])
    by_surname = [c for c in clusters if transliteration_key(surname_of(c.full_forms[0].words)) == key]
    if not by_surname:
        by_given = [c for c in clusters if transliteration_key(c.full_forms[0].words[0]) == key]
        # With an honorific only one person fits: family name first ('Ms Tan' for Tan Wei Ling)
        # or a given name used as the formal one ('Mr Faisal' for Faisal Rahman).
        by_surname = by_given if not m.prefix or len(by_given) == 1 else []
    if not by_surname:
        # A surname inside a longer name: the first of two surnames ('Echeverría' for Juan Carlos
        # Echeverría Sanz) or a family name after a given name ('Lim' for Peter Lim Kah Seng).
        inner = [c for c in clusters if key in inner_name_words(c.full_forms[0].words)]
        by_surname = inner if len(inner) == 1 else []
    if not by_surname:
        # A misspelling of a surname written in full elsewhere in the article ("Kowalsky", "Kowalski").
        similar = [c for c in clusters if misspelt(m.words[0], surname_of(c.full_forms[0].words))]
        by_surname = similar if len(similar) == 1 else []
    if len(by_surname) > 1:
        # "Hale said" beside "Donald Hale" and "Donald Hale Jr.": the son is written with his suffix.
        plain = [c for c in by_surname if without_suffix(c.full_forms[0].words) == c.full_forms[0].words]
        by_surname = plain or by_surname
    if len(by_surname) <= 1:
        return by_surname[0] if by_surname else None
    if all(c.last_before(m.start) < 0 for c in by_surname):
        return None  # several people, none named yet: no way to tell which
    gender = gender_of_prefix(m.prefix)
    if gender:
        fitting = [c for c in by_surname if cluster_gender(c) in (gender, "")]
        by_surname = fitting or by_surname
    elif not m.prefix and lone_owner is not None and lone_owner in by_surname:
        return lone_owner
    # Several people share the surname: the one written most recently before.
    return max(by_surname, key=lambda c: c.last_before(m.start))


def inner_name_words(words: tuple[str, ...]) -> set[str]:
    """The words between the first and the last of a name of three or more words."""
    named = [w for w in without_suffix(words) if w not in NAME_PARTICLES]
    return {transliteration_key(w) for w in named[1:-1]} if len(named) >= 3 else set()


def same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two written full names of one person: same surname (or a misspelling of it), compatible given
    names; or one is the given names the other writes before 'bin' ('Ahmad Faizal' for 'Ahmad
    Faizal bin Hashim': a patronymic name has no surname, its short form is the given names)."""
    if is_given_part(a, b) or is_given_part(b, a):
        return True
    if a[len(without_suffix(a)) :] != b[len(without_suffix(b)) :]:
        return False  # "Donald Hale Jr." is not "Donald Hale", nor "Walter Greeley Sr." his son
    a, b = without_suffix(a), without_suffix(b)
    if transliteration_key(a[-1]) != transliteration_key(b[-1]) and not misspelt(a[-1], b[-1]):
        return False
    return given_names_match(a[:-1], b[:-1])


def is_given_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """The two or more words the full name writes before its patronymic particle."""
    cut = next((k for k, w in enumerate(full) if k > 0 and w.lower() in PATRONYMIC_PARTICLES), 0)
    keys = [transliteration_key(w) for w in short]
    return len(short) >= 2 and cut == len(short) and keys == [transliteration_key(w) for w in full[:cut]]


MISSPELLING_MIN_LENGTH = 5  # shorter surnames differ by one letter too often ("Lee"/"Lea")
MISSPELLING_SIMILARITY = 0.85


def misspelt(a: str, b: str) -> bool:
    """One surname written two ways in one article: long, same first letter, nearly the same letters."""
    ka, kb = transliteration_key(a), transliteration_key(b)
    if min(len(ka), len(kb)) < MISSPELLING_MIN_LENGTH or ka[:1] != kb[:1]:
        return False
    return SequenceMatcher(None, ka, kb).ratio() >= MISSPELLING_SIMILARITY


def given_names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names of one person: equal up to spelling, an initial, a short form
    ("Tim"/"Timothy", "Joe"/"Joseph"), or one list ending the other ("Cortez"/"Catherine Cortez")."""
    if not a or not b:
        return True
    if is_suffix(a, b) or is_suffix(b, a):
        return True
    first_a, first_b = transliteration_key(a[0]), transliteration_key(b[0])
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:  # an initial: "J. Smith"
        return first_a[:1] == first_b[:1]
    if short_form(first_a) == short_form(first_b):
        return True
    shorter, longer = sorted((first_a, first_b), key=len)
    if len(shorter) >= 3 and longer.startswith(shorter):
        return True
    return SequenceMatcher(None, first_a, first_b).ratio() >= 0.8


def is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    keys = [transliteration_key(w) for w in short]
    return len(short) < len(long) and keys == [transliteration_key(w) for w in long[-len(short) :]]


@lru_cache(maxsize=1)
def short_form_keys() -> dict[str, str]:
    return {transliteration_key(short): transliteration_key(full) for short, full in SHORT_FORMS.items()}


def short_form(given_key: str) -> str:
    """The full form's key for a short form's key ("bil" → "viliam"); else the key itself."""
    return short_form_keys().get(given_key, given_key)


@lru_cache(maxsize=65536)
def transliteration_key(word: str) -> str:
    """A spelling-insensitive key: 'Dmitry'/'Dmitri', 'Alexey'/'Aleksei', 'Yuri'/'Yury' agree."""
    text = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^[a-z]{1,3}[-'’]", "", text)  # "al-Assad" and "Assad" agree
    text = re.sub(r"[^a-z]", "", text)
    for old, new in (("kh", "h"), ("ks", "x"), ("ph", "f"), ("y", "i"), ("w", "v")):
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def name_key(name: str) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if w and w.lower() not in HONORIFICS]
    return " ".join(transliteration_key(w) for w in words)


# --- is it a person? ---------------------------------------------------------------------------


def is_person(cluster: PersonCluster, doc: Doc) -> bool:
    """Full names are people; a lone word needs support (see the module docstring)."""
    if cluster.full_forms:
        return True
    word = cluster.mentions[0].words[0]
    if word.lower() in NOT_NAME_WORDS or named_otherwise(word, doc):
        return False
    if word.lower() in ROLE_HEADS or word.lower() in NAME_TITLES:
        return False  # "The Treasurer said": a role noun, resolved to its holder as a speaker

    if any(m.prefix for m in cluster.mentions):
        return True
    tagged = sum(m.tagged_person for m in cluster.mentions)
    # An organisation speaks too ("Pfizer said"): the tagger must have seen a person at least once.
    return tagged >= 2 or (tagged == 1 and any(is_speech_subject(doc[m.last_token]) for m in cluster.mentions))


def named_otherwise(word: str, doc: Doc) -> bool:
    """The same word is elsewhere tagged a place or organisation, on its own."""
    return any(ent.label_ in {"GPE", "LOC", "FAC"} and ent.text == word for ent in doc.ents)


def is_speech_subject(token: Token) -> bool:
    """'Ivanov said', 'said Ivanov', 'according to Ivanov'."""
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in SPEECH_VERBS:
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and head.doc[head.i - 1].lower_ == "according"


# --- gender, for pronouns ---------------------------------------------------------------------


def gender_of_prefix(prefix: str) -> str:
    words = prefix.lower().split()
    if any(w in MALE_HONORIFICS for w in words):
        return "m"
    if any(w in FEMALE_HONORIFICS for w in words):
        return "f"
    return ""


def cluster_gender(cluster: PersonCluster) -> str:
    for m in cluster.mentions:
        if gender := gender_of_prefix(m.prefix):
            return gender
    return first_name_gender(cluster.words[0]) if len(cluster.words) >= 2 else ""


def first_name_gender(word: str) -> str:
    low = word.lower()
    if low in MALE_FIRST_NAMES:
        return "m"
    if low in FEMALE_FIRST_NAMES:
        return "f"
    return ""


def person_gender(person: ExtractedPerson) -> str:
    """'m', 'f' or '' (unknown), from honorifics in the mentions or a common given name."""
    for mention in person.mentions:
        first = mention.text.split()[0] if mention.text.split() else ""
        if gender := gender_of_prefix(first):
            return gender
    words = person.name.split()
    return first_name_gender(words[0]) if len(words) >= 2 else ""


def genders_from_pronouns(
    doc: Doc, people: list[ExtractedPerson], genders: list[str], quoted: Callable[[int], bool]
) -> list[str]:
    """Genders the names leave open, read from the story: the first he/she (his, her) after a
    person's first mention, in that sentence or the next, outside quotations, with no other
    person named in between ('Ruud Jongbloed, has kept his distance'; 'Marieke van der
    Hoeven-Smit has spent … Now she wants …')."""
    index = MentionIndex.build(people)
    out = list(genders)
    for k, person in enumerate(people):
        if out[k] or not person.mentions:
            continue
        first = person.mentions[0]
        sentence = token_at(doc, first.start).sent
        limit = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
        for token in doc[token_at(doc, first.end - 1).i + 1 : limit]:
            other = index.person_at(token.idx)
            if other is not None and other != k:
                break
            gender = PERSONAL_PRONOUNS.get(token.lower_)
            # He, she, his, her as a determiner: not "him" or object "her" (someone else, often).
            subjectlike = token.lower_ in {"he", "she"} or token.tag_ == "PRP$"
            if gender in {"m", "f"} and subjectlike and not quoted(token.idx):
                out[k] = gender
                break
    return out


# --- roles -------------------------------------------------------------------------------------


def role_of(cluster: PersonCluster, doc: Doc) -> str:
    """The role the text gives, the most telling kind first: a title written before the name
    ("Italian defence minister Carla Moretti"), then an apposition ("his counterpart, X"),
    then a title before a lone surname ("President Novak")."""
    mentions = sorted(cluster.mentions, key=lambda m: m.start)
    relations: list[tuple[str, NameMention]] = []
    for find_role in (role_before, role_chairing, role_in_apposition, role_before_comma):
        roles = [find_role(doc, m) for m in mentions]
        titled = [r for r in roles if r and r.split()[-1].lower() not in RELATIONAL_ROLES]
        if titled:
            return titled[0]
        relations += [(r, m) for r, m in zip(roles, mentions, strict=True) if r]
    for relation, mention in relations:
        # "his Iranian counterpart" beside "Russian Foreign Minister X" is the Iranian Foreign Minister.
        if role := role_of_counterpart(doc, relation, mention):
            return role
    for m in mentions:
        if m.prefix and not gender_of_prefix(m.prefix) and m.prefix.lower() not in HONORIFICS and not honours(m.prefix):
            return m.prefix
    for m in mentions:
        letters = doc[m.last_token + 1 : after_post_nominals(doc, m.last_token + 1)]
        if len(letters) and letters[0].text not in HONOURS:
            return letters[0].text  # "Jane Doe MP": the seat is the role where nothing else is said
    return ""


def honours(prefix: str) -> bool:
    """A prefix of Malay styles and honorifics ('Yang Berhormat Dayang Hajah'), which is no role."""
    return all(w in MALAY_TITLE_WORDS or w in HONORIFICS for w in prefix.lower().replace("'", " ").split())


def role_of_counterpart(doc: Doc, relation: str, mention: NameMention) -> str:
    """A relation ('Iranian counterpart') is no role; with a title earlier in the sentence
    ('Russian Foreign Minister') it says which: the relation's own modifiers and that title."""
    words = relation.split()
    if words[-1].lower() not in RELATIONAL_ROLES:
        return ""
    sentence = doc[mention.first_token].sent
    for token in sentence:
        if token.i >= mention.first_token:
            break
        if not (token.lower_ in ROLE_HEADS or token.lower_ in NAME_TITLES) or token.lower_ in RELATIONAL_ROLES:
            continue
        title = [t for t in role_tokens_ending_at(doc, token.i) if t.ent_type_ not in {"NORP", "GPE"}]
        if title and token.i + 1 < len(doc) and not role_word(doc[token.i + 1], True):
            return " ".join([*words[:-1], *(t.text for t in title)])
    return ""


def role_before(doc: Doc, mention: NameMention) -> str:
    """'Italian defence minister' in 'Italian defence minister Carla Moretti'."""
    first = mention.first_token
    if mention.prefix and len(mention.words) == 1:
        first -= len(mention.prefix.split())
    first = min(first, token_at(doc, mention.start).i)  # before the honours written with the name
    while first > 0 and is_honorific(doc[first - 1]):
        first -= 1
    role = role_ending_at(doc, first - 1)
    if len(role.split()) == 1 and first >= 2 and doc[first - 2].text == ",":
        return ""  # "the Speaker of the House, Sheikh Abdi Warsame": a style after the comma; the office is before it
    return role


# What a meeting is held under, or done by, when a person chairs it ("under the chairmanship of X",
# "chaired by X", "presided over by X").
CHAIRING_NOUNS = {"chairmanship", "chairpersonship", "chairwomanship", "chairship"}
CHAIRING_VERBS = {"chair", "preside"}


def role_chairing(doc: Doc, mention: NameMention) -> str:
    """'The meeting was held under the chairmanship of X', 'The committee, chaired by X, MP,': X
    chairs it, and 'the Chairman said' later is X."""
    head = name_head(doc, mention)
    if head.dep_ != "pobj":
        return ""
    preposition = head.head
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in CHAIRING_NOUNS:
        return "chair"
    if preposition.lower_ == "by":
        governors = [preposition.head, preposition.head.head]  # "presided over by": 'by' may hang on 'over'
        if any(g.pos_ == "VERB" and g.lemma_.lower() in CHAIRING_VERBS for g in governors):
            return "chair"
    return ""


def role_before_comma(doc: Doc, mention: NameMention) -> str:
    """'his French counterpart, Luc Girard': a role phrase, introduced by a determiner or a
    possessive, then a comma, then the name (which is not the subject of the clause)."""
    comma = min(mention.first_token, token_at(doc, mention.start).i) - 1
    while comma > 0 and (is_honorific(doc[comma]) or is_title_word(doc[comma])) and doc[comma].text != ",":
        comma -= 1  # "the Speaker of the House, Sheikh Abdi Warsame", "…, Hon. Carl Bram": honours after the comma
    if comma < 1 or doc[comma].text != "," or name_head(doc, mention).dep_ in {"nsubj", "nsubjpass"}:
        return ""
    role = role_tokens_ending_at(doc, comma - 1)
    if not role:
        return ""
    opener = doc[role[0].i - 1] if role[0].i > 0 else None
    # "Minister of Local Government, Hon. Carl Bram": a capitalised office with its 'of' phrase needs no article.
    office = is_role_word(role[0]) and any(t.lower_ in {"of", "for"} for t in role)
    if (opener is None or opener.tag_ not in {"PRP$", "DT"}) and not office:
        return ""
    return doc[role[0].i : role[-1].i + 1].text


def role_ending_at(doc: Doc, j: int) -> str:
    """The role phrase whose last word is token j, or ''."""
    tokens = role_tokens_ending_at(doc, j)
    return doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


def role_tokens_ending_at(doc: Doc, j: int) -> list[Token]:
    collected: list[Token] = []
    while j >= 0:
        token = doc[j]
        if not role_word(token, bool(collected)):
            break
        collected.insert(0, token)
        j -= 1
    for k in range(len(collected) - 2, 0, -1):
        if collected[k].lower_ in {"and", "&"} and is_title_word(collected[k + 1]) and is_name_word(collected[k - 1]):
            # "Chief Justice Anand Kamath and Justice K.S. Hemalatha": the last title is this person's.
            collected = collected[k + 1 :]
            break
    while collected and (collected[0].lower_ in ROLE_JOINERS or collected[0].pos_ in {"DET", "PRON"}):
        collected.pop(0)
    if not collected or collected[-1].lower_ in ROLE_JOINERS:
        return []
    if not any(t.lower_ in ROLE_HEADS or t.lower_ in NAME_TITLES for t in collected):
        return []
    return collected


def role_word(token: Token, inside: bool) -> bool:
    """May this token belong to a role phrase written before a name?"""
    if token.is_space or (token.is_punct and token.text not in {"-", "&"}) or "\n" in token.whitespace_:
        return False
    low = token.lower_
    if low in ROLE_HEADS or low in NAME_TITLES:
        return True
    if token.ent_type_ in {"NORP", "GPE", "ORG", "LOC"} and token.ent_type_ != "PERSON":
        return True
    if low in ROLE_JOINERS:
        return inside
    if token.pos_ in {"VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "ADV", "NUM", "PART"}:
        return False
    if token.text[:1].isupper():
        return token.ent_type_ != "PERSON" and (inside or not token.is_sent_start)
    if token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return False
    if inside:
        # "defence" in "Russian defence minister" yes; "invitation" in "invitation to Minister X" no.
        return token.doc[token.i + 1].lower_ not in ROLE_JOINERS
    # "state" in "secretary of state Ann Cole": a role head, a joiner, then this word.
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].lower_ in ROLE_JOINERS and doc[token.i - 2].lower_ in ROLE_HEADS


def role_in_apposition(doc: Doc, mention: NameMention) -> str:
    """'his French counterpart, Luc Girard' and 'Ann Cole, chief economist at a bank,'."""
    head = name_head(doc, mention)
    if head.dep_ == "appos" and head.head.lower_ in ROLE_HEADS:
        return role_phrase(head.head)
    for child in head.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_HEADS and child.i > mention.last_token:
            return role_phrase(child, with_right=True)
    return ""


def role_phrase(noun: Token, with_right: bool = False) -> str:
    """The noun with its modifiers, without determiners or possessives (at most ten words)."""
    # A clause describing the person is not the role: "the Paraguayan striker signed for a record fee".
    clauses = {t.i for c in noun.children if c.dep_ in {"relcl", "acl"} and c.i > noun.i for t in c.subtree}
    tokens = [t for t in noun.subtree if (t.i <= noun.i or with_right) and t.i not in clauses]
    tokens = [t for t in tokens if t.ent_type_ != "PERSON" or t.i < noun.i]
    while tokens and (tokens[0].pos_ in {"DET", "PRON"} or tokens[0].tag_ == "PRP$" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ROLE_JOINERS):
        tokens.pop()
    if not tokens or len(tokens) > 10:
        return ""
    contiguous = []
    for t in tokens:
        if contiguous and t.i != contiguous[-1].i + 1:
            break
        contiguous.append(t)
    return noun.doc[contiguous[0].i : contiguous[-1].i + 1].text


def name_head(doc: Doc, mention: NameMention) -> Token:
    """The syntactic head of the name words (usually the surname; the letters of 'Jane Doe MP')."""
    tokens = doc[mention.first_token : after_post_nominals(doc, mention.last_token + 1)]
    return tokens.root


# --- coreference inside an article: which person a token, a pronoun or a description means ----


@dataclass
class MentionIndex:
    """Person mentions by position: 'which person is this token' and pronoun antecedents."""

    starts: list[int] = field(default_factory=list)
    items: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, person index)

    @classmethod
    def build(cls, people: list[ExtractedPerson]) -> MentionIndex:
        items = sorted((m.start, m.end, i) for i, p in enumerate(people) for m in p.mentions)
        return cls([s for s, _, _ in items], items)

    def person_at(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and self.items[k][0] <= offset < self.items[k][1]:
            return self.items[k][2]
        return None

    def before(self, offset: int) -> list[tuple[int, int, int]]:
        """Mentions starting before offset, nearest first."""
        k = bisect.bisect_left(self.starts, offset)
        return self.items[:k][::-1]


def resolve_pronoun(
    pronoun: Token,
    index: MentionIndex,
    genders: list[str],
    skip: Callable[[int], bool] = lambda _: False,
    exclude: frozenset[int] = frozenset(),
) -> int | None:
    """The most recent named subject whose gender fits he/she (else the most recent fitting name).

    Mentions for which skip(offset) is true (those inside quotations) are not antecedents, nor
    are the people in exclude.
    """
    gender = PERSONAL_PRONOUNS.get(pronoun.lower_)
    if gender not in {"m", "f"}:
        return None
    doc = pronoun.doc
    candidates = [
        (start, person)
        for start, _, person in index.before(pronoun.idx)
        if not skip(start) and genders[person] in {gender, ""} and person not in exclude
    ]
    if is_speech_subject(pronoun):
        introduced = None
        if not skip(pronoun.idx):  # (person 0 is a person: no 'or' between the two)
            introduced = person_introduced_in_paragraph(pronoun, index, candidates)
            if introduced is None:
                introduced = person_introduced_just_before(pronoun, index, candidates)
        if introduced is not None:
            return introduced
        # "…," he wrote: the last person who spoke, not a name inside what was reported.
        for k, (start, person) in enumerate(candidates):
            if pronoun.idx - start > SPEAKER_LOOKBACK:
                break
            if is_speaker(name_at(index, doc, start)):
                # A speaker whose gender nothing tells loses to a named subject who is known to be
                # a she (he) and was named since: the person most recently in the passage.
                since = [p for s, p in candidates[:k] if genders[p] == gender and is_subject(name_at(index, doc, s))]
                return since[0] if since and genders[person] != gender else person
    for start, person in candidates:
        if is_subject(name_at(index, doc, start)):
            return person
    return candidates[0][1] if candidates else None


SPEAKER_LOOKBACK = 1500  # characters: about three paragraphs


def person_introduced_in_paragraph(
    pronoun: Token, index: MentionIndex, candidates: list[tuple[int, int]]
) -> int | None:
    """'The plaintiffs were represented by Ann Cole. "…," she told reporters.': a paragraph that
    brings in one person, named nowhere as a speaker yet, before its 'she said' is about that
    person, not the speaker of the paragraphs before (unless someone else speaks in between)."""
    doc = pronoun.doc
    paragraph_start = doc.text.rfind("\n", 0, pronoun.idx) + 1
    # A possessor is not who the paragraph brings in: "Bakker's neighbour, Fatima el Amrani, …".
    inside = [
        (start, person)
        for start, person in candidates
        if start >= paragraph_start and phrase_head(name_at(index, doc, start)).dep_ != "poss"
    ]
    if len({person for _, person in inside}) != 1:
        return None
    latest, person = inside[0]
    spoke_before = any(p == person and is_speaker(name_at(index, doc, start)) for start, p in candidates)
    if spoke_before and not any(is_subject(name_at(index, doc, start)) for start, _ in inside):
        # they have spoken before: the usual rule finds them; but "Cole rejected the comparison.
        # '…,' she said": the subject of what the paragraph says they did is the one who speaks
        return None
    for start, _, other in index.before(pronoun.idx):
        if start <= latest:
            break
        if other != person and is_speaker(name_at(index, doc, start)):
            return None
    return person


QUOTATION_OPENERS = {'"', "“", "‘", "'", "«"}


def person_introduced_just_before(pronoun: Token, index: MentionIndex, candidates: list[tuple[int, int]]) -> int | None:
    """'Surveyor Ann Cole, called in by the school in May, found the beams rotten.' then a
    paragraph '"…," she said.': a paragraph opening with the quotation and naming nobody is the
    one person the paragraph before brought in as the subject of what they did (not of what they
    did not do), when that person has not spoken yet and nobody has spoken since."""
    doc = pronoun.doc
    text = doc.text
    paragraph_start = text.rfind("\n", 0, pronoun.idx) + 1
    opening = text[paragraph_start : pronoun.idx].strip()
    # The paragraph opens with the quotation, or with its lead ('He said: "…"').
    if paragraph_start == 0 or (opening and opening[:1] not in QUOTATION_OPENERS):
        return None
    if any(start >= paragraph_start for start, _ in candidates):
        return None  # the quotation's own paragraph names someone: the other rules decide
    previous_end = len(text[:paragraph_start].rstrip())
    previous_start = text.rfind("\n", 0, previous_end) + 1
    inside = [(start, person) for start, person in candidates if previous_start <= start < previous_end]
    if len({person for _, person in inside}) != 1:
        return None
    person = inside[0][1]
    subjects = [
        phrase_head(name_at(index, doc, start)) for start, _ in inside if is_subject(name_at(index, doc, start))
    ]
    if not any(
        s.dep_ in {"nsubj", "nsubjpass"} and not any(c.dep_ == "neg" for c in s.head.children) for s in subjects
    ):
        return None  # "… has not commented": not the one the quotation comes from
    if any(p == person and is_speaker(name_at(index, doc, start)) for start, p in candidates):
        return None  # they have spoken before: the usual rule finds them
    for start, _, other in index.before(pronoun.idx):
        if start < previous_start:
            break
        if other != person and is_speaker(name_at(index, doc, start)):
            return None
    return person


def is_speaker(token: Token) -> bool:
    """The name (or the phrase it heads) is the subject of a speech verb or an 'according to'."""
    head = phrase_head(token)
    return is_speech_subject(head) or according_to(head) or name_before_speech_verb(token)


def name_before_speech_verb(token: Token) -> bool:
    """'fisheries official Rodel Santiago said …' parsed with the name as an object: a name
    whose last word is followed by a past or present speech verb is that verb's speaker."""
    doc = token.doc
    k = token.i
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and is_name_word(doc[k + 1]):
        k += 1
    j = after_asides(doc, k + 1)
    verb = doc[j] if j < len(doc) else None
    return verb is not None and verb.tag_ in {"VBD", "VBZ"} and verb.lemma_ in SPEECH_VERBS


def after_asides(doc: Doc, j: int) -> int:
    """Past up to two asides set off by commas at token j, an age and a description ('Jefri
    Abdullah, 52, a fisherman, said'): the first token after them (j itself when there are none).
    An aside holds no verb and no quotation mark; it is closed by a comma within eight tokens."""
    comma = j
    for _ in range(2):
        if comma >= len(doc) or doc[comma].text != ",":
            break
        close = next((c for c in range(comma + 1, min(len(doc), comma + 9)) if doc[c].text == ","), None)
        if close is None or close == comma + 1:
            break
        if any(t.pos_ in {"VERB", "AUX"} or t.is_quote or "\n" in t.text for t in doc[comma + 1 : close]):
            break
        comma = close  # the comma closing one aside may open the next
    return comma + 1 if comma > j else j


def phrase_head(token: Token) -> Token:
    head = token
    for _ in range(4):
        if head.dep_ in {"compound", "flat"} and head.head.i != head.i:
            head = head.head
    if head.dep_ == "appos" or (head.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.head.children)):
        head = head.head  # "The Majority Leader, Hon. Ann Cole, …" parsed as an apposition or a second conjunct
        office = head.head.head if head.dep_ == "pobj" and head.head.lower_ in {"of", "for"} else None
        # "President of the Local Government Association, Ann Cole, welcomed …": the name is set beside the
        # office's body, and stands for the office (not "a spokesman for the minister, Ann Cole": the minister).
        if (
            office is not None
            and is_office_word(office)
            and not is_office_word(head)
            and head.lemma_.lower() not in PERSON_NOUNS
        ):
            head = office
    return head


def is_office_word(token: Token) -> bool:
    return token.lower_ in ROLE_HEADS or token.lower_ in NAME_TITLES


def name_at(index: MentionIndex, doc: Doc, start: int) -> Token:
    """The last word of the mention starting at start (the surname, whose place in the parse is the
    name's): a mention may open with a long string of honours the parser hangs elsewhere
    ('Yang Berhormat Dayang Hajah Salmah binti Haji Omar')."""
    k = bisect.bisect_left(index.starts, start)
    if k < len(index.items) and index.items[k][0] == start:
        return token_at(doc, max(start, index.items[k][1] - 1))
    return token_at(doc, start)


def token_at(doc: Doc, offset: int) -> Token:
    """The token covering a character offset (token starts cached on the Doc)."""
    starts = doc.user_data.get("newsdesk_token_starts")
    if starts is None:
        starts = doc.user_data["newsdesk_token_starts"] = [t.idx for t in doc]
    return doc[max(0, bisect.bisect_right(starts, offset) - 1)]


def is_subject(token: Token) -> bool:
    """Is this name (or the phrase it heads) the subject of a clause, or an 'according to' source?"""
    head = phrase_head(token)
    if head.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if any(
        c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children) for c in head.children
    ):
        return True  # "… frustrates van der Hoeven-Smit, who worked under him": the subject of its clause
    return according_to(head)


def according_to(head: Token) -> bool:
    """'according to X': X is the source. (Only this object is a speaker: 'more votes than X, who
    has 151' makes X the subject of a clause, not someone who spoke.)"""
    prep = head.head
    doc = head.doc
    return head.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0 and doc[prep.i - 1].lower_ == "according"


def person_by_description(noun: Token, people: list[ExtractedPerson]) -> int | None:
    """'the Russian defence minister' → the one person of the article with that role."""
    if noun.lower_ not in ROLE_HEADS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return None
    modifiers = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in {"amod", "compound"}]
    # Then without the place ("the NSW Premier" for "Premier Daniel Costa"): the place is where
    # the office is, and the role as written may leave it out.
    for kept in (modifiers, [t for t in modifiers if t.ent_type_ not in {"GPE", "LOC", "ORG", "NORP"}]):
        words = [t.lower_ for t in kept] + [noun.lower_]
        matches = [i for i, p in enumerate(people) if p.role and contains_words(p.role.lower().split(), words)]
        if matches:
            break
    return matches[0] if len(matches) == 1 else None


def contains_words(role: list[str], words: list[str]) -> bool:
    return all(w in role for w in words) and role[-1] == words[-1]


def resolve_role_noun(noun: Token, index: MentionIndex, people: list[ExtractedPerson]) -> int | None:
    """'The Treasurer said' after 'Treasurer Jane Doe'; 'the spokesman' after 'foreign ministry
    spokesman Ali Khan'; "Kenya's president" after 'President Amani Wekesa': a definite or
    possessed role noun means the nearest person named earlier with that role (in the words
    before a mention, or as the person's role). 'A spokesman' is nobody in particular."""
    word = office_form(noun.lower_)
    if noun.lower_ not in ROLE_HEADS and noun.lower_ not in NAME_TITLES:
        return None
    if not any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in noun.children):
        return None
    doc = noun.doc
    own = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    place = places_of(noun)
    region = [c.text.lower() for c in noun.children if c.dep_ in {"amod", "compound"} and c.ent_type_ == "GPE"]
    known_places = {e.text.lower() for e in doc.ents if e.label_ in {"GPE", "NORP"}}
    for start, _, person in index.before(noun.idx):
        # "Pakistan's foreign minister" is not "his Chinese counterpart" (a Chinese Foreign Minister).
        held = [w for w in known_places if re.search(rf"\b{re.escape(w)}\b", people[person].role.lower())]
        if region and not held:
            # "the Florida senator" is not "Sen. Ann Cole, R-Iowa" nor "Iowa Sen. Ann Cole" (a place,
            # not a party: "the Senate Democratic leader" may be "Sen. Ann Cole (D-Nev.)").
            mentioned = places_at_mentions(doc, index, person, noun.idx)
            if mentioned and not same_place(region, mentioned):
                continue
        if place and held and not same_place(place, held):
            continue
        role = office_words(people[person].role.lower().split())
        if role and office_form(role[-1]) == word and same_office(role, own):
            return person
        if word == "leader" and place and held and role and role[-1] in LEADER_TITLES:
            return person  # "the South Korean leader" after "South Korean President Park Min-jae"
        role_tokens = role_tokens_ending_at(doc, token_at(doc, start).i - 1)
        title = office_words([t.lower_ for t in role_tokens])
        for office in (title, before_honorifics(title)):
            if office and office_form(office[-1]) == word and same_office(office, own):
                return person
        if office_in_apposition(doc, (role_tokens[0] if role_tokens else token_at(doc, start)).i, word):
            return person
    return None


PARTY_STATE_TAG = re.compile(r"\s*[,(]\s*[RDI]\s*-\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?=[\s,);]|$)")


def places_at_mentions(doc: Doc, index: MentionIndex, person: int, before: int) -> list[str]:
    """The places written at a person's mentions before an offset: a party and state tag after the
    name ('Sen. Ann Cole, R-Iowa,', '(D-N.Y.)') and a place among the role words before it ('Iowa Sen.')."""
    out = []
    for start, end, owner in index.before(before):
        if owner != person:
            continue
        tag = PARTY_STATE_TAG.match(doc.text, end)
        if tag:
            state = tag.group(1).replace(".", "").replace(" ", "").lower()
            full = tag.group(1).lower().rstrip(".")
            out.append(US_STATE_ABBREVIATIONS.get(state, full))
        role_tokens = role_tokens_ending_at(doc, token_at(doc, start).i - 1)
        out += [t.lower_ for t in role_tokens if t.ent_type_ in {"GPE", "NORP"}]
    return out


# Offices whose holder the news calls a country's leader.
LEADER_TITLES = {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "taoiseach"}


def places_of(noun: Token) -> list[str]:
    """The country or nationality a role noun is written with: "Kenya's president", "the South
    Korean leader" ('kenya', 'south korean')."""
    out = []
    for child in noun.children:
        if child.dep_ in {"poss", "amod", "compound"} and child.ent_type_ in {"GPE", "NORP"}:
            entity = next((e for e in noun.doc.ents if e.start <= child.i < e.end), None)
            out.append((entity.text if entity is not None else child.text).lower().removesuffix("'s").strip())
    return out


def same_place(a: list[str], b: list[str]) -> bool:
    """A country and its nationality agree ('kenya'/'kenyan', 'china'/'chinese', 'france'/'french')."""
    return any(SequenceMatcher(None, x, y).ratio() >= 0.6 for x in a for y in b)


def office_in_apposition(doc: Doc, first: int, word: str) -> bool:
    """'The moderator, broadcaster Ann Cole,': the role noun set before the name with a comma."""
    if first < 3 or doc[first - 1].text != ",":
        return False
    noun = doc[first - 2]
    return office_form(noun.lower_) == word and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def is_abbreviated_title(word: str) -> bool:
    return word in OFFICE_FORMS and (word.endswith(".") or len(word) <= 4)


def before_honorifics(title: list[str]) -> list[str]:
    """'Council leader Cllr Graham Oddie', 'Health Minister Dr Ann Cole': the office before the
    honorific or abbreviated title that stands right before the name ('the council leader')."""
    end = len(title)
    while end > 1 and (title[end - 1] in HONORIFICS or is_abbreviated_title(title[end - 1])):
        end -= 1
    if end == len(title) or title[end - 1] not in ROLE_HEADS:
        return []
    return title[:end]


def office_form(word: str) -> str:
    """One spelling for one office: 'gov.' and 'governor', 'justice' and 'judge'."""
    return OFFICE_FORMS.get(word, word)


ROLE_SUBJECT_LOOKBACK = 40  # tokens: the sentence before a pronoun, in its paragraph


def role_subject_before(pronoun: Token, skip: Callable[[int], bool], index: MentionIndex) -> Token | None:
    """'The magistrate agreed. She said …': the nearest clause subject before a pronoun in its
    paragraph, when it is a definite role noun (not a name, not another pronoun)."""
    doc = pronoun.doc
    for token in reversed(doc[max(0, pronoun.i - ROLE_SUBJECT_LOOKBACK) : pronoun.i]):
        if "\n" in token.text or "\n" in token.whitespace_:
            return None  # the paragraph starts here
        if token.dep_ not in {"nsubj", "nsubjpass"} or skip(token.idx):
            continue
        if token.pos_ == "PRON" and PERSONAL_PRONOUNS.get(token.lower_) == PERSONAL_PRONOUNS.get(pronoun.lower_):
            continue  # "The chairwoman admits she is impatient. '…,' she said": the same person again
        if index.person_at(token.idx) is not None or token.pos_ == "PRON":
            return None
        definite = any(
            (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in token.children
        )
        if definite and (token.lower_ in ROLE_HEADS or token.lower_ in NAME_TITLES):
            return token
        return None
    return None


def holds_other_office(person: ExtractedPerson, word: str) -> bool:
    """The person's known role is an office other than the role noun ('minister' vs 'mediator')."""
    office = office_words(person.role.lower().split())
    return bool(office) and (office[-1] in ROLE_HEADS or office[-1] in NAME_TITLES) and office[-1] != word


def office_words(role: list[str]) -> list[str]:
    """The words naming the office itself, without what it is of: 'Minister of Sports
    Development' → 'minister' ('the minister' stands for its holder)."""
    for k, word in enumerate(role):
        if k > 0 and word in {"of", "for"} and (role[k - 1] in ROLE_HEADS or role[k - 1] in NAME_TITLES):
            return role[:k]
    return role


# Words that make a role another office than its head noun alone: "the Treasurer" is not the
# "shadow treasurer", "the president" not the "vice president" or a "former president".
OTHER_OFFICE = {"shadow", "deputy", "vice", "assistant", "former", "junior", "associate", "under", "ex", "acting"}


def same_office(role: list[str], modifiers: set[str]) -> bool:
    """A role noun ('the Treasurer', 'the former president') may stand for a person with this
    role unless one side says it is another office."""
    words = {w for part in role for w in part.split("-")}
    return (words & OTHER_OFFICE) == (modifiers & OTHER_OFFICE)
