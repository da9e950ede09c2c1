"""The page's start (PageStartMixin): which line is the headline, and what the lines over it are.

The headline is the first line long enough to be one that is not furniture, a masthead, a
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
said it) has no headline: no title is better than a wrong one, and the sentence stays in the story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property

from articles.ingest.cleaning.bylines import (
    _BARE_BY,
    editor_names,
    name_with_outlet,
    outlet_beside_date,
    person_name_line,
    plain_byline,
    words_of_headline,
)
from articles.ingest.cleaning.furniture import _NAME_JOINERS, _menu_fragment, _name_shaped, _title_case
from articles.ingest.cleaning.mastheads import (
    _SHARE_ECHO,
    _TITLE_THEN_SITE,
    MOTTO_MAX_WORDS,
    calls_itself_a_paper,
    committee_name,
    in_other_language,
    institution_name,
    language_edition,
    masthead_name,
    reads_as_motto,
)
from articles.ingest.cleaning.patterns import (
    _COLUMN_LABEL,
    _COPYRIGHT_NOTICE,
    _CREDIT_WORD,
    _DATELINE_OPENING,
    _FRAGMENT,
    _FROM_SITE_TAGLINE,
    _LABELLED_HEADLINE,
    _PERFECT_TENSE,
    _SAID_END,
    _TICKER_LABEL,
    _UNFINISHED_HEADLINE,
    _WHEN_IT_HAPPENED,
    DATELINE_LEAD_MIN_WORDS,
    HEADER_LOOKAHEAD,
    HEADING_NAME_MAX_WORDS,
    HEADLINE_MAX_WORDS,
    KICKER_WORDS,
    LEAD_MIN_WORDS,
    MEDIA_LABEL_WORDS,
    MENU_MIN_ITEMS,
    MENU_SECTION_NAMES,
    MENU_WORDS,
    NAME_MAX_WORDS,
    PROSE_MIN_ARTICLES,
    SECTION_LABEL_MAX_WORDS,
    SECTION_WORDS,
    SHORT_LEAD_MIN_WORDS,
    SHORT_LINE_WORDS,
    STANDFIRST_MIN_WORDS,
    STORY_WORDS_LINES,
    TAGLINE_MAX_WORDS,
    _in_sentence_case,
)
from articles.ingest.cleaning.reasons import LANGUAGE_LINKS, NAVIGATION, RELATED_LINK
from articles.ingest.cleaning.site_strips import _RESULT, dated_site_line, ticker_shaped
from articles.ingest.headlines import overruling_candidate
from articles.ingest.lexicon import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
)
from articles.ingest.text import (
    capitalised_share,
    content_words,
    ends_sentence,
    runs_on,
    starts_lowercase,
)


class PageStartMixin:
    """The page's start: which line is the headline, and what the lines over it are.

    Mixed into reader._Reader, whose state (self.lines, self.reasons, self.page) it reads and marks."""

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
