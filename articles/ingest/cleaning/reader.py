"""One pass over a page (_Reader, its stages the mixins of page_facts, page_start, header and story),
and the entry points clean_page, headline_candidates and page_end_lines.

Before the stages the reader marks what is furniture wherever it stands (a mail's header, bars of links,
the site's strips, links in another script) and cuts what a line carries on after its story (a sign-off,
words in another script); after them the learned page-end weights may cut lines the rules kept, and the
body is written."""

from __future__ import annotations

import re

from articles.ingest.cleaning.bylines import _byline_names_of, _is_person_name, _tidy_name, person_name_line
from articles.ingest.cleaning.credits import logo_name
from articles.ingest.cleaning.furniture import _furniture_reason_of, link_label_pieces, link_labels, web_archive_toolbar
from articles.ingest.cleaning.header import HeaderMixin
from articles.ingest.cleaning.mastheads import masthead_name
from articles.ingest.cleaning.menus import spaced_menu
from articles.ingest.cleaning.page_facts import PageFactsMixin
from articles.ingest.cleaning.page_lines import CleanedPage, _Line
from articles.ingest.cleaning.page_start import PageStartMixin
from articles.ingest.cleaning.patterns import (
    _AGENCY_SIGN_OFF,
    _EMAIL_FIELD,
    _FORWARDED_MARK,
    _OTHER_SCRIPT_TAIL,
    _REPORTER_SIGN_OFF,
    _RUN_IN_BYLINE,
    _RUN_ON_END_MARK,
    _SITE_SIGN_OFF,
    EMAIL_SUBJECT_FIELD,
    MENU_COLUMN_MAX_WORDS,
    MENU_COLUMN_MIN_LINES,
    OTHER_SCRIPT_MAX_WORDS,
    OTHER_SCRIPT_PAGE_SHARE,
    REPORTER_SIGN_OFF,
    RUN_IN_LEAD_MIN_WORDS,
    SHORT_LEAD_MIN_WORDS,
    SIGN_OFF_SEARCH_LINES,
    SIGNED_SENTENCE_MIN_WORDS,
    TITLE_SEARCH_LINES,
    _is_latin,
)
from articles.ingest.cleaning.reasons import (
    _INSIDE_STORY,
    BYLINE,
    EMAIL_HEADER,
    LANGUAGE_LINKS,
    LEARNED_PAGE_END,
    NAVIGATION,
    OTHER_SCRIPT_TAIL,
    SITE_SIGN_OFF,
    TITLE_CONTINUED,
)
from articles.ingest.cleaning.site_strips import market_rate_line, weather_line
from articles.ingest.cleaning.story import StoryMixin
from articles.ingest.dates import parse_date_line
from articles.ingest.records import RemovedLine
from articles.ingest.story_end import INSIDE, KEPT, OUTSIDE, lines_to_cut
from articles.ingest.text import (
    content_words,
    ends_sentence,
    join_paragraphs,
    normalise_whitespace,
    starts_lowercase,
    word_count,
)


class _Reader(PageFactsMixin, PageStartMixin, HeaderMixin, StoryMixin):
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
                if line.date_line is not None:
                    continue  # "Опубликовано: 17:42 21/02/2024": the page's date, labelled in the site's language
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
