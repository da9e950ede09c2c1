"""Rows for admin and curation tests, made directly (not through extraction, which is built elsewhere)."""

from __future__ import annotations

import hashlib
import itertools

from django.contrib.contenttypes.models import ContentType

from articles.models import Article, Event, Link, Mention, Person, Quote, Tag

_numbers = itertools.count(1)

BODY = (
    "Defence Secretary Ben Wallace met Sergei Shoigu in Moscow on Friday. "
    "Mr Wallace said: “We will keep talking.” Shoigu called the talks useful. "
    "Later John Smith of the Treasury and Jane Smith of the Foreign Office spoke. "
    "Smith said the budget was fixed. Smith said the embassy would stay open."
)


def article(title: str = "Wallace meets Shoigu", body: str = BODY, **fields) -> Article:
    n = next(_numbers)
    return Article.objects.create(
        source_file=fields.pop("source_file", f"record-{n}.txt"),
        content_hash=hashlib.sha256(f"{n}:{title}".encode()).hexdigest(),
        title=title,
        raw_text=body,
        body=body,
        **fields,
    )


def person(name: str, *aliases: str, **fields) -> Person:
    return Person.objects.create(name=name, aliases=list(aliases), **fields)


def mention(in_article: Article, who: Person, text: str, occurrence: int = 0) -> Mention:
    """A mention of `text` at its n-th occurrence in the article body."""
    start = -1
    for _ in range(occurrence + 1):
        start = in_article.body.index(text, start + 1)
    return Mention.objects.create(article=in_article, person=who, start=start, end=start + len(text), text=text)


def quote(in_article: Article, text: str, speaker: Person | None = None, **fields) -> Quote:
    start = in_article.body.find(text)
    if start < 0:  # a quote not in the body: any free span
        start = 1000 + next(_numbers) * 10
    return Quote.objects.create(
        article=in_article, text=text, start=start, end=start + len(text), speaker=speaker, **fields
    )


def event(summary: str = "Wallace and Shoigu meet", *, participants=(), articles=(), quotes=(), **fields) -> Event:
    made = Event.objects.create(summary=summary, **fields)
    made.participants.add(*participants)
    made.articles.add(*articles)
    made.quotes.add(*quotes)
    return made


def tag(name: str) -> Tag:
    return Tag.objects.create(name=name, slug=name.lower().replace(" ", "-"))


def link(source, target, relation: str = "related", note: str = "") -> Link:
    return Link.objects.create(
        source_type=ContentType.objects.get_for_model(source),
        source_id=source.pk,
        target_type=ContentType.objects.get_for_model(target),
        target_id=target.pk,
        relation=relation,
        note=note,
    )


def links_of(obj) -> list[tuple]:
    """(source model, source id, target model, target id, relation) of every link touching obj."""
    content_type = ContentType.objects.get_for_model(obj)
    return sorted(
        (row.source_type.model, row.source_id, row.target_type.model, row.target_id, row.relation)
        for row in Link.objects.select_related("source_type", "target_type")
        if (row.source_type_id, row.source_id) == (content_type.pk, obj.pk)
        or (row.target_type_id, row.target_id) == (content_type.pk, obj.pk)
    )
