"""Small helpers that make workspace records directly, without the extraction pipeline."""

from __future__ import annotations

import hashlib
import itertools
from datetime import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Annotation, Article, DatePrecision, Event, Mention, Person, Quote, Tag
from articles.services import editing

from .conftest import PASSWORD

_counter = itertools.count(1)

BODY = (
    "Defence Secretary Ben Wallace said the talks in Moscow were useful.\n\n"
    "Sergei Shoigu replied that Russia \u201cwants calm\u201d and would host the next round.\n\n"
    "Wallace added: \u201cWe will always keep lines of communication open.\u201d"
)


def article(
    title: str = "Wallace and Shoigu meet",
    body: str = BODY,
    *,
    outlet: str = "The Record",
    year: int | None = 2022,
    month: int | None = 2,
    day: int | None = 11,
    authors: list[str] | None = None,
    removed_lines: list[dict] | None = None,
    **fields,
) -> Article:
    n = next(_counter)
    published_at = timezone.make_aware(datetime(year, month or 1, day or 1)) if year else None
    precision = "day" if day else "month" if month else "year" if year else ""
    return Article.objects.create(
        source_file=f"test-{n}.txt",
        content_hash=hashlib.sha256(f"{n}:{title}:{body}".encode()).hexdigest(),
        title=title,
        outlet=outlet,
        authors=authors or [],
        published_year=year,
        published_month=month,
        published_day=day,
        published_precision=precision,
        published_at=published_at,
        raw_text=f"{title}\n\n{body}",
        body=body,
        removed_lines=removed_lines or [],
        **fields,
    )


def person(name: str = "Ben Wallace", **fields) -> Person:
    return Person.objects.create(name=name, **fields)


def mention(article: Article, person: Person, text: str | None = None, occurrence: int = 0) -> Mention:
    """Mentions `text` (default: the person's last name) at its n-th occurrence in the body."""
    text = text or person.name.split()[-1]
    start = _find(article.body, text, occurrence)
    return Mention.objects.create(article=article, person=person, start=start, end=start + len(text), text=text)


def quote(
    article: Article, text: str, speaker: Person | None = None, label: str = "", fingerprint: str = "", **fields
) -> Quote:
    start = _find(article.body, text)
    return Quote.objects.create(
        article=article,
        text=text,
        start=start,
        end=start + len(text),
        speaker=speaker,
        speaker_label=label,
        fingerprint=fingerprint,
        **fields,
    )


def event(
    summary: str = "Wallace and Shoigu meet in Moscow",
    *,
    year: int | None = 2022,
    month: int | None = 2,
    day: int | None = 11,
    participants: list[Person] = (),
    articles: list[Article] = (),
    quotes: list[Quote] = (),
    **fields,
) -> Event:
    precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR if year else ""
    made = Event.objects.create(
        summary=summary, date_year=year, date_month=month, date_day=day, date_precision=precision, **fields
    )
    made.participants.set(participants)
    made.articles.set(articles)
    made.quotes.set(quotes)
    return made


def tag(name: str = "Ukraine") -> Tag:
    return editing.get_or_create_tag(name)


def annotation(article: Article, author, text: str, note: str = "a note", tags: str = "") -> Annotation:
    start = _find(article.body, text)
    return editing.create_annotation(
        article, author, start=start, end=start + len(text), exact=text, note=note, tags=tags
    )


def user(username: str, group=None, **fields):
    made = get_user_model().objects.create_user(username, password=PASSWORD, **fields)
    if group is not None:
        made.groups.add(group)
    return made


def _find(body: str, text: str, occurrence: int = 0) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = body.find(text, start + 1)
        if start < 0:
            raise ValueError(f"{text!r} not in body")
    return start


def newsroom(author, size: int = 1) -> dict:
    """`size` copies of a small world: articles with mentions, quotes, an event, tags,
    annotations and links. Pages must run the same number of queries for any size."""
    from articles.services.editing import add_tag, create_link

    made: dict[str, list] = {"articles": [], "people": [], "quotes": [], "events": []}
    wallace = person("Ben Wallace", role="Defence Secretary", aliases=["Mr Wallace"])
    shoigu = person("Sergei Shoigu", role="Russian defence minister")
    made["people"] += [wallace, shoigu]
    for n in range(size):
        for outlet in ("The Record", "Daily Wire"):
            a = article(f"Wallace and Shoigu meet, part {n} ({outlet})", outlet=outlet, day=1 + n % 27)
            mention(a, wallace, "Ben Wallace")
            mention(a, shoigu, "Sergei Shoigu")
            mention(a, wallace, "Wallace", occurrence=1)
            q1 = quote(a, "wants calm", speaker=shoigu, fingerprint=f"calm-{n}")
            q2 = quote(a, "We will always keep lines of communication open.", speaker=wallace, fingerprint=f"lines-{n}")
            add_tag(a, "Ukraine")
            add_tag(q1, "Russia")
            annotation(a, author, "talks in Moscow", note=f"check date {n}", tags="dates, moscow")
            made["articles"].append(a)
            made["quotes"] += [q1, q2]
        ev = event(
            f"Talks number {n}",
            day=1 + n % 27,
            participants=[wallace, shoigu],
            articles=made["articles"][-2:],
            quotes=made["quotes"][-2:],
        )
        add_tag(ev, "Diplomacy")
        unknown = event(f"Call number {n}", year=None, month=1, day=17, participants=[wallace])
        made["events"] += [ev, unknown]
        create_link(made["articles"][-2], made["articles"][-1], relation="same_event", user=author)
        create_link(made["quotes"][-1], ev, relation="background", note="said at the talks", user=author)
        create_link(wallace, made["articles"][-1], relation="follow_up", user=author)
    return made
