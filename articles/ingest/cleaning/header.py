"""The header (HeaderMixin): the lines from the headline to the first line shaped like a story paragraph,
and where that paragraph is.

A name alone there, over a role, the outlet or the date, is the byline; over "Photographer" it is not; a
sponsor's credit ("Presented by Example Bank") and a helpers' credit ("With help from A") name no author."""

from __future__ import annotations

import re

from articles.ingest.cleaning.bylines import (
    _AUTHOR_BIO,
    _BYLINE,
    _BYLINE_CONTINUED,
    _HANDLE,
    _NOT_AUTHOR_ROLE,
    _ROLE_LINE,
    _is_person_name,
    _plain_name,
    _role_line,
    _tidy_name,
    byline_date_text,
    editor_names,
    helped_by,
    name_list_line,
    name_with_outlet,
    names_beside_date,
    outlet_beside_date,
    plain_byline,
)
from articles.ingest.cleaning.credits import outlet_with_agencies
from articles.ingest.cleaning.furniture import _title_case
from articles.ingest.cleaning.mastheads import masthead_name
from articles.ingest.cleaning.patterns import (
    _BYLINE_TAIL_WORDS,
    _DATELINE_OPENING,
    _FROM_SITE_TAGLINE,
    _READING_TIME_LINE,
    _SUMMARY_HEADING,
    _THREAD_POST,
    CAPTION_MAX_WORDS,
    HEADER_LOOKAHEAD,
    HEADING_NAME_MAX_WORDS,
    HEADLINE_MAX_WORDS,
    SHORT_LINE_WORDS,
    SHORT_LINES_BEFORE_DATE,
    SUMMARY_LEAD_LENGTH,
    SUMMARY_LEAD_MIN_WORDS,
    TAGLINE_MAX_WORDS,
)
from articles.ingest.cleaning.reasons import (
    AGENCY_CREDIT,
    AUTHOR_NOTE,
    BYLINE,
    DATE_LINE,
    HEADER,
    MASTHEAD,
    NAVIGATION,
    PHOTO_CAPTION,
    PHOTO_CREDIT,
    RELATED_HEADLINES,
    REPEATED_TITLE,
    STANDFIRST,
)
from articles.ingest.lexicon import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
)
from articles.ingest.page_end import (
    journalist_bio_name,
)


class HeaderMixin:
    """The header: bylines, date lines, standfirst and captions between the headline and the story.

    Mixed into reader._Reader, whose state (self.lines, self.reasons, self.page) it reads and marks."""

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
