"""Stamps: a short digest, computed by PostgreSQL in one query, of every row a rendering shows.

Each row is represented by its version: `xmin`, the transaction that wrote it, and `ctid`,
where it lies. Any UPDATE (a queryset.update() too, which leaves updated_at alone) writes a new
version; inserts and deletes change the set. So a stamp changes whenever anything shown does,
from any process (another worker, the import worker, the admin), without reading the text
itself: a rendering kept under its stamp is never served stale, and nothing needs clearing.
Spurious changes (a row rewritten with the same values) only cost a render.

The SQL lives here, with the rest of the speed layer: it exists only to key renderings.
"""

from __future__ import annotations

import re
from functools import cache

from django.db import connections, router

from articles import kinds
from articles.querysets import linkable_type_ids


def read_alias(model=None) -> str:
    """The database a page's rows are read from (a replica when there is one): stamps are read
    there too, so a stamp and the content come from the same copy of the data."""
    return router.db_for_read(model or kinds.model_of("article"))


def in_transaction_block(using: str | None = None) -> bool:
    """Whether the next statement on `using` (the read database) runs inside a transaction
    block, whose own writes nobody else sees yet."""
    connection = connections[using or read_alias()]
    return connection.in_atomic_block or not connection.get_autocommit()


def fetch_one(sql: str, params, model=None) -> tuple | None:
    with connections[read_alias(model)].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _versions(sql: str) -> str:
    """The SQL with each ver(alias) written out as that row's version."""
    return re.sub(r"\bver\((\w+)\)", r"(\1.xmin || '/' || \1.ctid)", sql)


def _tags(through: str, column: str, owner: str) -> str:
    return (
        f"(SELECT string_agg(ver(x) || ':' || ver(t), ',' ORDER BY x.id) "
        f"FROM {through} x JOIN articles_tag t ON t.id = x.tag_id WHERE x.{column} = {owner})"
    )


def _links(kind: str, owner: str, type_ids: tuple[tuple[str, int], ...]) -> str:
    """The versions of the cross-links that touch the record `owner` and of the records at their
    other ends (whose labels the links widget shows)."""
    ids = dict(type_ids)
    this = ids[kind]
    others = " ".join(
        f"WHEN {ids[k]} THEN (SELECT ver(o) FROM {kinds.model_of(k)._meta.db_table} o WHERE o.id = x.other_id)"
        for k in kinds.NAMES
    )
    mine = f"l.source_type_id = {this} AND l.source_id = {owner}"
    return f"""(SELECT string_agg(concat_ws(':', ver(l), CASE x.other_type {others} END), ',' ORDER BY l.id)
     FROM articles_link l
     CROSS JOIN LATERAL (SELECT CASE WHEN {mine} THEN l.target_type_id ELSE l.source_type_id END AS other_type,
                                CASE WHEN {mine} THEN l.target_id ELSE l.source_id END AS other_id) x
     WHERE ({mine}) OR (l.target_type_id = {this} AND l.target_id = {owner}))"""


@cache
def _article_sql(type_ids) -> str:
    return _versions(f"""
SELECT a.title,
  md5(concat_ws('#', ver(a), {_tags("articles_article_tags", "article_id", "a.id")},
    (SELECT string_agg(ver(m) || ':' || ver(p), ',' ORDER BY m.id)
     FROM articles_mention m JOIN articles_person p ON p.id = m.person_id WHERE m.article_id = a.id),
    (SELECT string_agg(ver(q) || ':' || coalesce(ver(s), '-'), ',' ORDER BY q.id)
     FROM articles_quote q LEFT JOIN articles_person s ON s.id = q.speaker_id WHERE q.article_id = a.id),
    (SELECT string_agg(concat_ws(':', ver(n), ver(u), {_tags("articles_annotation_tags", "annotation_id", "n.id")}),
                       ',' ORDER BY n.id)
     FROM articles_annotation n JOIN auth_user u ON u.id = n.author_id WHERE n.article_id = a.id),
    (SELECT string_agg(ver(ea) || ':' || ver(e), ',' ORDER BY ea.id)
     FROM articles_event_articles ea JOIN articles_event e ON e.id = ea.event_id WHERE ea.article_id = a.id),
    {_links("article", "a.id", type_ids)}
  )) AS stamp,
  EXISTS (SELECT 1 FROM articles_annotation n WHERE n.article_id = a.id) AS annotated
FROM articles_article a WHERE a.id = %s
""")


def _type_ids() -> tuple[tuple[str, int], ...]:
    return tuple(sorted(linkable_type_ids().items()))


def article(pk: int) -> tuple[str, str, bool] | None:
    """(title, stamp, annotated) of an article's page in one query, or None: no such article."""
    return fetch_one(_article_sql(_type_ids()), [pk])


@cache
def _person_sql(type_ids) -> str:
    return _versions(f"""
SELECT p.name,
  md5(concat_ws('#', ver(p), {_tags("articles_person_tags", "person_id", "p.id")},
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
    {_links("person", "p.id", type_ids)}
  )) AS stamp
FROM articles_person p WHERE p.id = %s
""")


def person(pk: int, quotes: list[int], articles: list[int], events: list[int]) -> tuple[str, str] | None:
    """(name, stamp) of a person's page showing these rows, or None: no such person."""
    params = [quotes, quotes, articles, articles, events, events, pk]
    return fetch_one(_person_sql(_type_ids()), params, kinds.model_of("person"))


ARTICLE_ROWS_SQL = _versions(f"""
SELECT md5(string_agg(concat_ws(':', a.id, ver(a), {_tags("articles_article_tags", "article_id", "a.id")}),
                      ',' ORDER BY array_position(%(ids)s::bigint[], a.id)))
FROM articles_article a WHERE a.id = ANY(%(ids)s::bigint[])
""")

# A quote row shows the other reports of its quotation: the same fingerprint ("also reported
# by", querysets.also_reported) and the same speaker's quotes sharing a run of three words
# ("reworded by", querysets.REWORDED_SQL picks among these). The versions of every such
# report and of its article are in the stamp, read through the same indexes those queries use.
QUOTE_ROWS_SQL = _versions(f"""
SELECT md5(string_agg(concat_ws(':', q.id, ver(q), coalesce(ver(s), '-'), ver(a),
    {_tags("articles_quote_tags", "quote_id", "q.id")},
    (SELECT concat_ws(':', count(*), md5(string_agg(ver(o) || ':' || ver(oa), ',' ORDER BY o.id)))
     FROM articles_quote o JOIN articles_article oa ON oa.id = o.article_id
     WHERE q.fingerprint <> '' AND o.fingerprint = q.fingerprint AND o.id <> ALL(%(ids)s::bigint[])),
    (SELECT md5(string_agg(ver(o) || ':' || ver(oa), ',' ORDER BY o.id))
     FROM articles_quote o JOIN articles_article oa ON oa.id = o.article_id
     WHERE q.speaker_id IS NOT NULL
       AND quote_speaker_runs(o.speaker_id, o.text) && quote_speaker_runs(q.speaker_id, q.text))),
  ',' ORDER BY array_position(%(ids)s::bigint[], q.id)))
FROM articles_quote q JOIN articles_article a ON a.id = q.article_id LEFT JOIN articles_person s ON s.id = q.speaker_id
WHERE q.id = ANY(%(ids)s::bigint[])
""")

ROWS_SQL = {"articles": ARTICLE_ROWS_SQL, "quotes": QUOTE_ROWS_SQL}


def rows(name: str, ids: list[int]) -> str:
    """The stamp of a list's rows ("articles" or "quotes") with these ids, in this order."""
    return fetch_one(ROWS_SQL[name], {"ids": ids})[0]
