"""Rendered page content cached by a stamp of everything it shows.

The article page's content (body with its marks, people, quotes with their widgets, events,
annotations, links, tags) costs tens of milliseconds to query and render, and changes rarely.
It is kept in CACHES["fragments"] (files shared by the workers of a machine) under a key
that contains a *stamp*: an md5, computed by PostgreSQL in one query on every request, over
the row versions (`xmin` and `ctid`: which transaction wrote it, where it lies) of every row the content shows,
and the labels of linked records. Any change anywhere, from any process (another gunicorn worker, the import worker,
the admin, a queryset.update()), changes the stamp, so a stale entry is never read again: no
signals, no cross-process invalidation, nothing to forget. Old entries age out (TIMEOUT).

The key also holds what differs between viewers: whether they may edit, rejected quotes
shown or not, the path (forms post back to it), and the user when the article has
annotations (their own notes get edit buttons). The CSRF token is rendered as CSRF_MARK and
replaced by the request's token on the way out.
"""

from __future__ import annotations

import hashlib
import re

from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections, router
from django.middleware.csrf import get_token
from django.utils.safestring import SafeString, mark_safe

from articles.compiled import Statement, fetch_all
from articles.querysets import link_sql

CSRF_MARK = "csrf-token-4f1d9b7e"  # stands for the request's token in cached HTML


def cache():
    return caches["fragments"]


def read_alias(model=None) -> str:
    """The database a page's rows are read from (a replica when there is one)."""
    if model is None:
        from articles.models import Article as model
    return router.db_for_read(model)


def fetch_one(sql: str, params, *, model=None) -> tuple | None:
    """One row of a stamp query, run as a prepared statement (server-side parameters): the
    planner works on these once per connection, not on every request. Logged like Django's
    own queries, so query counts see it. It runs where the page's rows are read (a replica
    when there is one), so the stamp and the content come from the same copy of the data."""
    rows = fetch_all(sql, params, read_alias(model))
    return rows[0] if rows else None


def with_csrf(request, html: str) -> SafeString:
    """Cached HTML with this request's CSRF token put in (and its cookie set); left marked when
    the whole page is rendered to be kept (articles/pagecache.py puts it in on the way out)."""
    if getattr(request, "rendering_to_keep", False):
        return mark_safe(html)
    return mark_safe(html.replace(CSRF_MARK, get_token(request)))


def key(*parts) -> str:
    """A cache key for content made of these parts, in this database (test databases, and
    several desks on one machine, never share entries)."""
    database = connections[DEFAULT_DB_ALIAS].settings_dict["NAME"]
    return "frag:" + hashlib.md5(":".join(str(p) for p in (database, *parts)).encode()).hexdigest()


def _versions(sql: str) -> str:
    """The stamp SQL with each ver(alias) written out as that row's version (see below)."""
    return re.sub(r"\bver\((\w+)\)", r"(\1.xmin || '/' || \1.ctid)", sql)


def _tags(through: str, column: str, owner: str) -> str:
    return _versions(
        f"(SELECT string_agg(ver(x) || ':' || ver(t), ',' ORDER BY x.id) "
        f"FROM {through} x JOIN articles_tag t ON t.id = x.tag_id WHERE x.{column} = {owner})"
    )


# Every row the content shows is represented by its version: `xmin`, the transaction that wrote
# it, and `ctid`, where it lies. Any UPDATE (a queryset.update() too, which leaves updated_at
# alone) writes a new version: a new xmin, or within one transaction a new place (the old
# version keeps its slot until the transaction ends). Inserts and deletes change the set. So the
# stamp changes whenever anything shown does, without reading or hashing the text itself. Spurious changes
# (a row rewritten with the same values, a user's last_login) only cost a re-render.
ARTICLE_STAMP_SQL = _versions("""
SELECT a.title,
  md5(concat_ws('#', ver(a), {article_tags},
    (SELECT string_agg(ver(m) || ':' || ver(p), ',' ORDER BY m.id)
     FROM articles_mention m JOIN articles_person p ON p.id = m.person_id WHERE m.article_id = a.id),
    (SELECT string_agg(ver(q) || ':' || coalesce(ver(s), '-'), ',' ORDER BY q.id)
     FROM articles_quote q LEFT JOIN articles_person s ON s.id = q.speaker_id WHERE q.article_id = a.id),
    (SELECT string_agg(concat_ws(':', ver(n), ver(u), {annotation_tags}), ',' ORDER BY n.id)
     FROM articles_annotation n JOIN auth_user u ON u.id = n.author_id WHERE n.article_id = a.id),
    (SELECT string_agg(ver(ea) || ':' || ver(e), ',' ORDER BY ea.id)
     FROM articles_event_articles ea JOIN articles_event e ON e.id = ea.event_id WHERE ea.article_id = a.id),
    (SELECT string_agg(concat_ws('|', l.id, l.relation, l.note, l.other_label), ',') FROM ({links}) l)
  )) AS stamp,
  EXISTS (SELECT 1 FROM articles_annotation n WHERE n.article_id = a.id) AS annotated
FROM articles_article a WHERE a.id = %s
""")


def article_state(pk: int) -> tuple[str, str, bool] | None:
    """(title, stamp, annotated) of an article in one query, or None."""
    statement = article_state_statement(pk)
    return fetch_one(statement.sql, statement.params)


def article_state_statement(pk: int) -> Statement:
    """The query of article_state(), to be sent along with others (compiled.instances_together)."""
    links, link_params = link_sql("article", pk)
    sql = ARTICLE_STAMP_SQL.format(
        article_tags=_tags("articles_article_tags", "article_id", "a.id"),
        annotation_tags=_tags("articles_annotation_tags", "annotation_id", "n.id"),
        links=links,
    )
    return Statement(sql, [*link_params, pk])


def cached_rows(request, name: str, ids: list[int], stamp_sql: str, render, *, extra=()) -> SafeString:
    """The rendered rows of a list page for these ids (in this order): from the cache when the
    stamp of what they show is unchanged, else render() (which renders with CSRF_MARK).
    `extra` holds whatever else the rows depend on (search words, whether the user may edit).

    stamp_sql names the ids %(ids)s: to select the rows and to keep their order.
    """
    if not ids:
        return mark_safe("")
    stamp = fetch_one(stamp_sql, {"ids": ids})[0]
    cache_key = key(name, stamp, request.get_full_path(), *extra)
    html = cache().get(cache_key)
    if html is None:
        html = render()
        cache().set(cache_key, html)
    return with_csrf(request, html)


ARTICLE_ROWS_STAMP_SQL = _versions(
    """
SELECT md5(string_agg(concat_ws(':', a.id, ver(a), {tags}), ',' ORDER BY array_position(%(ids)s::bigint[], a.id)))
FROM articles_article a WHERE a.id = ANY(%(ids)s::bigint[])
""".format(tags=_tags("articles_article_tags", "article_id", "a.id"))
)

QUOTE_ROWS_STAMP_SQL = _versions(
    """
SELECT md5(string_agg(concat_ws(':', q.id, ver(q), coalesce(ver(s), '-'), ver(a), {tags},
    (SELECT concat_ws(':', count(*), md5(string_agg(ver(o) || ':' || ver(oa), ',' ORDER BY o.id)))
     FROM articles_quote o JOIN articles_article oa ON oa.id = o.article_id
     WHERE q.fingerprint <> '' AND o.fingerprint = q.fingerprint AND o.id <> ALL(%(ids)s::bigint[]))),
  ',' ORDER BY array_position(%(ids)s::bigint[], q.id)))
FROM articles_quote q JOIN articles_article a ON a.id = q.article_id LEFT JOIN articles_person s ON s.id = q.speaker_id
WHERE q.id = ANY(%(ids)s::bigint[])
""".format(tags=_tags("articles_quote_tags", "quote_id", "q.id"))
)


PERSON_STAMP_SQL = _versions("""
SELECT p.name,
  md5(concat_ws('#', ver(p), {person_tags},
    (SELECT string_agg(concat_ws(':', q.id, ver(q), ver(a)), ',' ORDER BY array_position(%s::bigint[], q.id))
     FROM articles_quote q JOIN articles_article a ON a.id = q.article_id WHERE q.id = ANY(%s::bigint[])),
    (SELECT string_agg(a.id || ':' || ver(a), ',' ORDER BY array_position(%s::bigint[], a.id))
     FROM articles_article a WHERE a.id = ANY(%s::bigint[])),
    (SELECT string_agg(e.id || ':' || ver(e), ',' ORDER BY array_position(%s::bigint[], e.id))
     FROM articles_event e WHERE e.id = ANY(%s::bigint[])),
    (SELECT string_agg(concat_ws(':', s.id, ver(s), ver(o)), ',' ORDER BY s.id)
     FROM articles_mergesuggestion s
     JOIN articles_person o ON o.id = CASE WHEN s.person_id = p.id THEN s.candidate_id ELSE s.person_id END
     WHERE (s.person_id = p.id OR s.candidate_id = p.id) AND s.status = 'open'),
    (SELECT string_agg(concat_ws('|', l.id, l.relation, l.note, l.other_label), ',') FROM ({links}) l)
  )) AS stamp
FROM articles_person p WHERE p.id = %s
""")


def person_state(pk: int, quotes: list[int], articles: list[int], events: list[int]):
    """(name, stamp) of a person's page showing these rows, or None."""
    links, link_params = link_sql("person", pk)
    sql = PERSON_STAMP_SQL.format(person_tags=_tags("articles_person_tags", "person_id", "p.id"), links=links)
    params = [quotes, quotes, articles, articles, events, events, *link_params, pk]
    return fetch_one(sql, params)
