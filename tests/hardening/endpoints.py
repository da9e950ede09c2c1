"""The URL patterns of articles/urls.py, filled in with real records, and which of them write.

Enumerated from the patterns themselves, so a new endpoint is covered by the security tests
the moment it is added (or fails them loudly if it needs a kind of argument not known here).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import URLPattern, reverse

from articles import urls as article_urls
from articles.models import Annotation, Article, Event, ImportJob, Link, Person, Quote, Tag
from articles.services import editing

from .. import factories as f

KINDS = ["article", "person", "quote", "event"]


def allowed_methods(pattern: URLPattern) -> set[str]:
    """What the view accepts, asked without touching the database: OPTIONS is refused (405)
    with an Allow header by require_GET / require_POST / require_http_methods. A view that
    does not say is treated as one that writes."""
    request = RequestFactory().options("/")
    request.user = AnonymousUser()
    response = pattern.callback(request)
    if response.status_code == 405:
        return {m.strip() for m in response["Allow"].split(",")}
    return {"GET", "POST"}


def endpoints() -> list[tuple[URLPattern, str | None]]:
    """Every pattern, once per kind of record for the <kind> ones."""
    return [
        (p, kind) for p in article_urls.urlpatterns for kind in (KINDS if "kind" in p.pattern.converters else [None])
    ]


WRITES = [(p, kind) for p, kind in endpoints() if "POST" in allowed_methods(p)]
READS = [(p, kind) for p, kind in endpoints() if "GET" in allowed_methods(p)]


def label(endpoint) -> str:
    pattern, kind = endpoint
    return f"{pattern.name}[{kind}]" if kind else pattern.name


@dataclass
class Workspace:
    """One of everything an endpoint can point at, each kind tagged and linked."""

    article: Article
    other_article: Article
    person: Person
    quote: Quote
    event: Event
    tag: Tag
    other_tag: Tag
    annotation: Annotation  # the editor's own
    job: ImportJob

    def record(self, kind: str):
        return {"article": self.article, "person": self.person, "quote": self.quote, "event": self.event}[kind]

    def url(self, pattern: URLPattern, kind: str | None) -> str:
        route = str(pattern.pattern)
        kwargs = {}
        for name in pattern.pattern.converters:
            if name == "kind":
                kwargs[name] = kind
            elif name == "pk":
                kwargs[name] = self._pk(route, kind)
            elif name == "tag_pk":
                kwargs[name] = self.tag.pk
            elif name == "link_pk":
                kwargs[name] = Link.objects.filter(source_id=self.record(kind).pk).first().pk
            elif name == "slug":
                # Only a tag nothing carries can be deleted; other_tag is that one.
                kwargs[name] = (self.other_tag if pattern.name == "tag_delete" else self.tag).slug
            else:
                raise AssertionError(f"tests/hardening/endpoints.py cannot fill <{name}> in {route!r}: teach it")
        return reverse(f"articles:{pattern.name}", kwargs=kwargs)

    def _pk(self, route: str, kind: str | None) -> int:
        if kind:
            return self.record(kind).pk
        for prefix, record in [
            ("articles/", self.article),
            ("people/", self.person),
            ("quotes/", self.quote),
            ("events/", self.event),
            ("annotations/", self.annotation),
            ("import/", self.job),
        ]:
            if route.startswith(prefix):
                return record.pk
        raise AssertionError(f"tests/hardening/endpoints.py cannot fill <pk> in {route!r}: teach it")

    def payload(self) -> dict:
        """Valid values for every editors' form at once: each endpoint takes what it needs, so a
        POST that gets through really writes."""
        body = self.article.body
        exact = "the talks in Moscow were useful"
        start = body.index(exact)
        return {
            "name": "Fresh tag",
            "into": self.other_tag.name,
            "status": "verified",
            "relation": "follow_up",
            "target": f"article:{self.other_article.pk}",
            "note": "A note from the test",
            "label": "A senior defence source",
            "start": start,
            "end": start + len(exact),
            "exact": exact,
            "tags": "fresh",
            "line": 0,
        }


def make_workspace(editor) -> Workspace:
    article = f.article(removed_lines=[{"line": 0, "text": "Most Read", "reason": "navigation"}])
    other_article = f.article("Shoigu hosts the next round")
    person = f.person()
    f.mention(article, person)
    quote = f.quote(article, "wants calm")
    event = f.event(participants=[person], articles=[article], quotes=[quote])
    tag, other_tag = f.tag("Ukraine"), f.tag("Defence")
    for kind in KINDS:
        record = {"article": article, "person": person, "quote": quote, "event": event}[kind]
        record.tags.add(tag)
    # A link from each kind of record (link_remove picks the one whose source it is).
    editing.create_link(article, person, relation="related", user=editor)
    editing.create_link(person, event, relation="related", user=editor)
    editing.create_link(quote, article, relation="related", user=editor)
    editing.create_link(event, quote, relation="related", user=editor)
    annotation = f.annotation(article, editor, "Sergei Shoigu", note="the editor's own note")
    job = ImportJob.objects.create(created_by=editor)
    return Workspace(article, other_article, person, quote, event, tag, other_tag, annotation, job)
