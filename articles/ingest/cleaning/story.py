"""The story (StoryMixin): every line from the story's start on, except furniture, and at its end
sign-offs, credits, the author's note, helpers' credits, a sponsor's message, the site's tagline, disclosure
notes, readers' comments and linked headlines with summaries. The site's notes about the page (its categories
and tags, closed comments and what it says of readers' comments, republishing terms, its network, the print
edition, an agency's note on its wire) are read by `page_end`, and so are the signs of a comment thread (a name
over a time stamp, 'Reply') and the writer's bio."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from articles.ingest.cleaning.bylines import (
    _AUTHOR_BIO,
    _COMMENTS_HEADING,
    _CONTACT,
    _CONTRIBUTED,
    _CREDIT_OPENING,
    _FOLLOW_ANY,
    _LABELLED_PHOTO_CREDIT,
    _REPORTED_FROM,
    _TAGS_HEADING,
    _WRITER_NOTE,
    TAG_MAX_WORDS,
    _first_name_bio,
    _tidy_name,
    follow_sign_off,
    helped_by,
    person_name_line,
    sign_off,
    sponsor_credit,
)
from articles.ingest.cleaning.furniture import _VOTE_BUTTON, POLL_ANSWER_MAX_WORDS, POLL_MAX_ANSWERS, _shortened_from
from articles.ingest.cleaning.page_lines import _Run
from articles.ingest.cleaning.patterns import (
    _BULLET,
    _COMMENTER_SAYS,
    _COPYRIGHT_NOTICE,
    _DISCLOSURE_HEADING,
    _NUMBERED,
    _PULL_QUOTE,
    _RELEASE_END,
    _ROUNDUP_HEADING,
    _SALUTATION,
    ABSORBED_CAPTION_MAX_WORDS,
    CAPTION_MAX_WORDS,
    COMMENT_HEADING_LINES,
    COMMENT_LOOKAHEAD,
    CONTACT_BLOCK_MAX_LINES,
    END_NOTE_MAX_WORDS,
    HEADING_NAME_MAX_WORDS,
    HEADLINE_MAX_WORDS,
    PROMPT_BOX_MAX_LINES,
    PULL_QUOTE_MIN_WORDS,
    RELATED_RUN_MIN,
    SHORT_LINE_WORDS,
    SIDEBAR_HEADING_MAX_WORDS,
    SIGN_OFF_SEARCH_LINES,
    TEASER_SUMMARY_MAX_WORDS,
)
from articles.ingest.cleaning.reasons import (
    _INSIDE_STORY,
    ADVERTISEMENT,
    AUTHOR_NOTE,
    BYLINE,
    EMBEDDED_HEADLINE,
    NAVIGATION,
    OUTLET_NAME,
    PHOTO_CAPTION,
    PHOTO_CREDIT,
    POLL,
    PRESS_CONTACT,
    PROMPT,
    PULL_QUOTE,
    READERS_COMMENTS,
    RELATED_HEADLINES,
    RELATED_LINK,
    REPEATED,
    SIDEBAR,
    TAXONOMY,
    TRANSCRIPT,
)
from articles.ingest.cleaning.site_names import (
    _SUBSCRIBE_TO_SITE,
    _compact,
    names_the_site,
    self_references,
    tagline_name,
)
from articles.ingest.page_end import (
    closed_by_end_mark,
    comment_action,
    comment_order,
    commenter_line,
    comments_disclaimer,
    comments_section_heading,
    contact_detail,
    counted_comments_heading,
    journalist_bio_name,
    labelled_link,
    name_alone,
    transcript_case,
)
from articles.ingest.text import (
    QUOTATION_MARK,
    capitalised_share,
    ends_sentence,
    fold_quotes,
    starts_lowercase,
    word_count,
)


class StoryMixin:
    """The story: its paragraphs, and the furniture inside it and after it.

    Mixed into reader._Reader, whose state (self.lines, self.reasons, self.page) it reads and marks."""

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
