"""What the reader's stages look up about the page as a whole (PageFactsMixin): the site's names in
its footer, copyright line and browser title, a motto beside a name, the story's words, the lines it repeats,
bylines split over lines."""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from articles.ingest.cleaning.bylines import (
    _BARE_BY,
    _BARE_EDITOR,
    _BYLINE,
    _FOLLOW_BUTTON,
    PUBLISHER_WORDS,
    _role_line,
    person_name_line,
)
from articles.ingest.cleaning.credits import issued_by, issuing_body
from articles.ingest.cleaning.furniture import _name_shaped, _title_case, contact_line
from articles.ingest.cleaning.mastheads import (
    _FOLLOWED,
    _OTHER_LANGUAGE_JOINERS,
    _TITLE_THEN_SITE,
    COMPANY_NAME_MIN_CHARS,
    formal_state_name,
    institution_name,
    masthead_name,
    name_and_motto,
    reads_as_motto,
)
from articles.ingest.cleaning.menus import _is_menu_line
from articles.ingest.cleaning.patterns import (
    _COPYRIGHT_NOTICE,
    _ISSUED_BY_LABEL,
    HEADING_NAME_MAX_WORDS,
    SHORT_LEAD_MIN_WORDS,
    TAGLINE_MAX_WORDS,
)
from articles.ingest.cleaning.reasons import MASTHEAD
from articles.ingest.cleaning.site_names import (
    _NEWS_IN_ANY_LANGUAGE,
    _NEWS_MOTTO_WORD,
    _compact,
    names_the_site,
    self_references,
    site_domains,
)
from articles.ingest.lexicon import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
)
from articles.ingest.text import (
    capitalised_share,
    content_words,
    ends_sentence,
    word_count,
)


class PageFactsMixin:
    """What the stages look up about the page as a whole.

    Mixed into reader._Reader, whose state (self.lines, self.reasons, self.page) it reads and marks."""

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
