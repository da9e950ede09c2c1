"""Reads that several pages share, as QuerySet methods (Article.objects.newest_first() …).

models.py imports this module, so the models are imported inside the functions that need them.
Every read here is one query (or one query per prefetch) whatever the number of rows. Raw SQL
only where its shape is the point (a loose index scan, bounded walks, windows over a few rows).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, time, timedelta

from django.core.cache import caches
from django.db import connections, models, router
from django.db.models import Case, Count, Exists, F, Func, OuterRef, Q, Subquery, Value, When, Window
from django.db.models.functions import Cast, Coalesce, Concat, Left, RowNumber
from django.utils import timezone

from articles import kinds

ESTIMATES_SECONDS = 60  # what is as good a minute old (CACHES["estimates"]: estimates, counts, the outlets)
HEAVY_ARTICLE_FIELDS = ("raw_text", "body", "removed_lines", "search_vector")
CO_MENTION_ARTICLES = 200  # "appears most with" counts within a person's newest articles


class ReviewableQuerySet(models.QuerySet):
    def visible(self, show_rejected: bool = False):
        """Everything but rejected records, unless asked for them."""
        return self if show_rejected else self.exclude(review_status="rejected")

    def for_review(self, *, outlet: str = "", person=None, date_from=None, date_to=None):
        """The review queue's records from articles of this outlet published in these dates,
        that involve this person (a Person or a queryset of people: a quote's speaker, an
        event's participant, the person themself); empty values filter nothing."""
        from articles.models import Article

        qs = self
        if outlet or date_from or date_to:
            qs = qs.in_articles(Article.objects.filtered(outlet=outlet, date_from=date_from, date_to=date_to))
        if person is not None:
            qs = qs.involving_any(person.values("pk") if isinstance(person, models.QuerySet) else [person.pk])
        return qs

    def in_articles(self, articles):
        """The records that come from these articles (by their ids: a subquery)."""
        raise NotImplementedError

    def involving_any(self, people):
        """The records that involve these people (by their ids: a list or a subquery)."""
        raise NotImplementedError

    def waiting(self):
        """The records nobody has decided on yet (through the review_status index)."""
        return self.filter(review_status="needs_review")

    def decided_today(self):
        """The records verified or rejected since midnight (through the reviewed_at index): an
        undo takes a record back out."""
        start = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
        return self.filter(reviewed_at__gte=start).exclude(review_status="needs_review")


class ArticleQuerySet(ReviewableQuerySet):
    def newest_first(self):
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-imported_at", "-pk")

    def for_list(self):
        """The columns a list page shows, without the heavy text fields."""
        return self.defer(*HEAVY_ARTICLE_FIELDS)

    def search(self, q: str):
        """Matches for q (websearch syntax), best first; see articles.search for the bounds."""
        from articles.search import search_articles

        return search_articles(self, q)

    def for_page(self):
        """One article for its own page: everything but the raw text and the vector, with its tags."""
        return self.defer("raw_text", "search_vector").prefetch_related("tags")

    def filtered(
        self,
        *,
        outlet: str = "",
        person=None,
        tag: str = "",
        date_from: date | None = None,
        date_to: date | None = None,
        status: str = "",
    ):
        """The article list's filters; empty values filter nothing. `person` is a Person or a
        queryset of people (articles mentioning any of them)."""
        qs = self
        if outlet:
            qs = qs.filter(outlet=outlet)
        if person is not None:
            from articles.models import Mention

            people = person if isinstance(person, models.QuerySet) else [person]
            qs = qs.filter(pk__in=Mention.objects.filter(person__in=people).values("article_id"))
        if tag:
            qs = qs.filter(tags__slug=tag)
        if date_from:
            qs = qs.filter(published_at__gte=timezone.make_aware(datetime.combine(date_from, time.min)))
        if date_to and date_to < date.max:  # (the day after the last date there is cannot be made)
            day_after = date_to + timedelta(days=1)
            qs = qs.filter(published_at__lt=timezone.make_aware(datetime.combine(day_after, time.min)))
        if status:
            qs = qs.filter(review_status=status)
        return qs

    def outlets(self) -> list[str]:
        """The outlets present, for the filter's choices (one query), kept a minute
        (CACHES["estimates"]): a new outlet joins the choices within a minute of its first import."""
        if self.query.where:
            return list(self.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct())
        key = f"outlets:{self.db}:{connections[self.db].settings_dict['NAME']}"
        return list(caches["estimates"].get_or_set(key, self.every_outlet, ESTIMATES_SECONDS))

    def every_outlet(self, *, limit: int | None = None, blank: bool = False) -> list[str]:
        """The outlets of the whole table in order, the blank one too when asked, up to limit.

        SELECT DISTINCT reads every row; here the outlet index is walked from one outlet to the
        next instead (a loose index scan: one probe per outlet)."""
        table = connections[self.db].ops.quote_name(self.model._meta.db_table)
        first = ">=" if blank else ">"
        sql = f"""
            WITH RECURSIVE o(outlet) AS (
                (SELECT outlet FROM {table} WHERE outlet {first} '' ORDER BY outlet LIMIT 1)
                UNION ALL
                SELECT (SELECT t.outlet FROM {table} t WHERE t.outlet > o.outlet ORDER BY t.outlet LIMIT 1)
                FROM o WHERE o.outlet IS NOT NULL
            )
            SELECT outlet FROM o WHERE outlet IS NOT NULL LIMIT %s"""
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, [limit])
            return [row[0] for row in cursor.fetchall()]

    def outlet_counts(self) -> list[tuple[str, int]]:
        """Each outlet, by name, with how many of its articles are not rejected: the outlet
        filter's choices and counts."""
        return self.choice_counts()[0]

    def status_counts(self) -> dict[str, int]:
        """How many articles have each review status: the review filter's counts."""
        return self.choice_counts()[1]

    def choice_counts(self) -> tuple[list[tuple[str, int]], dict[str, int]]:
        """outlet_counts() and status_counts() from one query: an index-only scan of
        article_outlet_newest (the outlet, review_status included), kept a minute like the outlets."""
        table = self.model._meta.db_table
        sql = f"SELECT outlet, review_status, count(*) FROM {table} GROUP BY outlet, review_status ORDER BY outlet"
        outlets: dict[str, int] = {}
        statuses: dict[str, int] = {}
        for outlet, status, n in count_rows(self.db, "article-choices", sql):
            statuses[status] = statuses.get(status, 0) + n
            if outlet:
                outlets[outlet] = outlets.get(outlet, 0) + (0 if status == "rejected" else n)
        return list(outlets.items()), statuses


# A person's newest articles (up to shown + 1 ids, newest first: PersonQuerySet.ids_on_page).
# Which plan is fast depends on how often they are in the news: for someone in thousands of
# articles, walking the newest articles finds fifty at once; for someone in a few hundred that
# walk reads most of the table, and sorting just their articles (dates from the article_id_dates
# index) is quick. So: walk the newest WALKED articles; if fewer than shown + 1 of them mention
# the person, sort all of theirs instead (a branch PostgreSQL skips unless the walk came up
# short). Someone mentioned fewer than WALK_FROM_MENTIONS times is not walked at all (the walk
# is skipped by a one-time filter): for most people it would come up short after 3,000 index
# probes (over 400 people sampled as the benchmark picks them, 1.58 → 1.00 ms of PostgreSQL's
# time, same ids).
WALKED = 3000
WALK_FROM_MENTIONS = 1000


def person_articles_sql(
    pk: int, *, shown: int = 20, walked: int = WALKED, walk_from: int = WALK_FROM_MENTIONS
) -> tuple[str, list]:
    """(sql, params) of the ids of a person's newest articles (tests set the bounds so that both
    branches run on a few rows)."""
    sql = f"""
WITH many AS MATERIALIZED (
    SELECT count(*) >= {walk_from} AS yes
    FROM (SELECT 1 FROM articles_mention WHERE person_id = %s LIMIT {walk_from}) m
), newest AS (
    SELECT id FROM articles_article ORDER BY published_at DESC NULLS LAST, imported_at DESC, id DESC LIMIT {walked}
), walked AS (
    SELECT n.id FROM newest n
    CROSS JOIN LATERAL (
        SELECT 1 FROM articles_mention m WHERE m.person_id = %s AND m.article_id = n.id LIMIT 1
    ) m
    WHERE (SELECT yes FROM many)
    LIMIT {shown + 1}
), theirs AS MATERIALIZED (
    SELECT DISTINCT article_id FROM articles_mention WHERE person_id = %s
)
SELECT id FROM walked WHERE (SELECT count(*) FROM walked) > {shown}
UNION ALL
SELECT id FROM (
    SELECT a.id FROM theirs t JOIN articles_article a ON a.id = t.article_id
    WHERE (SELECT count(*) FROM walked) <= {shown}
    ORDER BY a.published_at DESC NULLS LAST, a.imported_at DESC, a.id DESC
    LIMIT {shown + 1}
) sorted
"""
    return sql, [pk, pk, pk]


# A person's first quotes by date (oldest article first, then in reading order), up to shown + 1
# ids: the same choice as for their newest articles, the other way round. For someone quoted
# thousands of times, walking the oldest articles and probing the (speaker, article) index finds
# them at once; sorting all of theirs reads thousands. For anyone else, sorting theirs is quick
# (quote_speaker_article and article_id_dates hold every column it needs). A walk that comes up
# short (someone quoted only lately) falls back to the sort.
WALK_FROM_QUOTES = 2000


def person_quotes_sql(
    pk: int,
    *,
    shown: int = 20,
    kind: str = "",
    show_rejected: bool = False,
    walked: int = WALKED,
    walk_from: int = WALK_FROM_QUOTES,
) -> tuple[str, list]:
    """(sql, params) of the ids of a person's first quotes by date, of a kind ("" for all),
    rejected ones only when shown (PersonQuerySet.ids_on_page)."""
    kept = "(%s = '' OR q.kind = %s) AND (%s OR q.review_status <> 'rejected')"
    kept_params = [kind, kind, show_rejected]
    sql = f"""
WITH many AS MATERIALIZED (
    SELECT count(*) >= {walk_from} AS yes
    FROM (SELECT 1 FROM articles_quote WHERE speaker_id = %s LIMIT {walk_from}) q
), walked AS (
    SELECT q.id FROM (
        SELECT id, published_at FROM articles_article ORDER BY published_at ASC NULLS LAST, id LIMIT {walked}
    ) a
    CROSS JOIN LATERAL (
        SELECT q.id, q.start FROM articles_quote q WHERE q.speaker_id = %s AND q.article_id = a.id AND {kept}
    ) q
    WHERE (SELECT yes FROM many)
    ORDER BY a.published_at ASC NULLS LAST, a.id, q.start
    LIMIT {shown + 1}
)
SELECT id FROM walked WHERE (SELECT count(*) FROM walked) > {shown}
UNION ALL
SELECT id FROM (
    SELECT q.id FROM articles_quote q JOIN articles_article a ON a.id = q.article_id
    WHERE q.speaker_id = %s AND {kept} AND (SELECT count(*) FROM walked) <= {shown}
    ORDER BY a.published_at ASC NULLS LAST, q.article_id, q.start
    LIMIT {shown + 1}
) sorted
"""
    return sql, [pk, pk, *kept_params, pk, *kept_params]


# Events newest first by the known parts of the date; year-unknown ones after, then undated
# (an unknown month or day sorts as 0 would: last). (column, nulls last): EventQuerySet.timeline()
# and the raw SQL of a person's page both order by it.
EVENT_TIMELINE = (("date_year", True), ("date_month", True), ("date_day", True), ("created_at", False), ("id", False))


def event_timeline_sql(alias: str) -> str:
    """EVENT_TIMELINE as an ORDER BY list for raw SQL over articles_event AS alias."""
    return ", ".join(f"{alias}.{column} DESC" + (" NULLS LAST" if last else "") for column, last in EVENT_TIMELINE)


def person_page_ids_sql(pk: int, n: int, *, kind: str = "", show_rejected: bool = False) -> tuple[str, list]:
    """(sql, params) of the ids a person's page shows (PersonQuerySet.ids_on_page): one row of
    three arrays, no row when there is no such person. Raw SQL so that every person's page runs
    the same statement, prepared once per connection with a plan whose shape does not depend on
    the person (walks and sorts are chosen by the data, above), and so that nothing is compiled
    on each view."""
    quotes, quote_params = person_quotes_sql(pk, shown=n - 1, kind=kind, show_rejected=show_rejected)
    articles, article_params = person_articles_sql(pk, shown=n - 1)
    events = f"""
SELECT e.id FROM articles_event_participants ep JOIN articles_event e ON e.id = ep.event_id
WHERE ep.person_id = %s AND (%s OR e.review_status <> 'rejected')
ORDER BY {event_timeline_sql("e")}
LIMIT {n}"""
    sql = f"SELECT ARRAY({quotes}), ARRAY({articles}), ARRAY({events}) FROM articles_person WHERE id = %s"
    return sql, [*quote_params, *article_params, pk, show_rejected, pk]


def aliases_text():
    """A person's aliases as one string, for substring matching."""
    return Func(F("aliases"), Value(" | "), function="array_to_string", output_field=models.TextField())


class PersonQuerySet(ReviewableQuerySet):
    def in_articles(self, articles):
        from articles.models import Mention

        return self.filter(pk__in=Mention.objects.filter(article__in=articles.values("pk")).values("person_id"))

    def involving_any(self, people):
        return self.filter(pk__in=people)

    def matching(self, text: str):
        """People whose name or one of whose aliases contains the text."""
        text = text.strip()
        if not text:
            return self
        return self.annotate(alias_text=aliases_text()).filter(Q(name__icontains=text) | Q(alias_text__icontains=text))

    def with_counts(self):
        """Each person with how many articles mention them and how many quotes they have."""
        from articles.models import Mention, Quote

        mentions = (
            Mention.objects.filter(person=OuterRef("pk"))
            .order_by()
            .values("person")
            .annotate(n=Count("article", distinct=True))
            .values("n")
        )
        quotes = (
            Quote.objects.filter(speaker=OuterRef("pk"))
            .order_by()
            .values("speaker")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            article_count=Coalesce(Subquery(mentions), 0),
            quote_count=Coalesce(Subquery(quotes), 0),
        )

    def in_article(self, article):
        """The people an article mentions, most mentioned first, with `mention_count`."""
        return (
            self.filter(mentions__article=article)
            .annotate(mention_count=Count("mentions"))
            .order_by("-mention_count", "name")
        )

    def ids_on_page(
        self, pk: int, n: int, *, show_rejected: bool = False, quote_kind: str = ""
    ) -> tuple[list[int], list[int], list[int]]:
        """The ids of the rows a person's page shows: their first n quotes by date (oldest
        first), newest n articles and latest n events, in one query (the page asks on every
        view); three empty lists when there is no such person (person_page_ids_sql)."""
        sql, params = person_page_ids_sql(pk, n, kind=quote_kind, show_rejected=show_rejected)
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        return tuple(row) if row else ([], [], [])

    def co_mentioned_with(self, person, limit: int = 10, within: int = CO_MENTION_ARTICLES):
        """The people mentioned most often in the same articles as `person`: one query.

        `shared` is the number of articles that mention both, among the `within` latest articles
        (by import) that mention `person`: bounded, so a person in thousands of articles costs
        no more than one in a few hundred. Mentions are counted per person before any person
        row is read; only the top ones are joined for their names.
        """
        from articles.models import Mention

        person_pk = person if isinstance(person, int) else person.pk

        mention = Mention._meta.db_table
        columns = [field.column for field in self.model._meta.concrete_fields]
        sql = f"""
            WITH recent AS (
                SELECT DISTINCT article_id FROM {mention}
                WHERE person_id = %s ORDER BY article_id DESC LIMIT %s
            ), pairs AS (
                SELECT DISTINCT m.article_id, m.person_id
                FROM {mention} m JOIN recent r ON r.article_id = m.article_id
                WHERE m.person_id <> %s
            ), together AS (
                SELECT person_id, COUNT(*) AS shared FROM pairs
                GROUP BY person_id
                ORDER BY shared DESC, person_id
                LIMIT %s
            )
            SELECT {", ".join(f"p.{c}" for c in columns)}, t.shared
            FROM {self.model._meta.db_table} p JOIN together t ON t.person_id = p.id
            ORDER BY t.shared DESC, p.name, p.id
            LIMIT %s"""
        # Ties at the cut are settled by name: a few more candidates than shown are counted.
        people = list(self.raw(sql, [person_pk, within, person_pk, limit * 3, limit]))
        return people


def group_key():
    """Quotes with the same fingerprint are one quotation; a blank fingerprint stands alone."""
    return Case(
        When(fingerprint="", then=Concat(Value("#"), Cast("pk", models.CharField()))),
        default=F("fingerprint"),
        output_field=models.CharField(),
    )


class QuoteQuerySet(ReviewableQuerySet):
    def in_articles(self, articles):
        return self.filter(article__in=articles.values("pk"))

    def involving_any(self, people):
        return self.filter(speaker__in=people)

    def with_context(self):
        """Each quote with its speaker and its article (without the article's heavy fields)."""
        return self.select_related("speaker", "article").defer(*(f"article__{f}" for f in HEAVY_ARTICLE_FIELDS))

    def by_date(self):
        """Oldest article first, then in reading order."""
        return self.order_by(F("article__published_at").asc(nulls_last=True), "article_id", "start")

    def newest_first(self):
        return self.order_by(F("article__published_at").desc(nulls_last=True), "-article_id", "start")

    def filtered(self, *, speaker=None, tag: str = "", outlet: str = "", kind: str = "", status: str = ""):
        qs = self
        if kind:
            qs = qs.filter(kind=kind)
        if speaker is not None:
            qs = qs.filter(speaker=speaker)
        if tag:
            qs = qs.filter(tags__slug=tag)
        if outlet:
            qs = qs.filter(article__outlet=outlet)
        if status:
            qs = qs.filter(review_status=status)
        return qs

    def one_per_fingerprint(self):
        """The first report of each quotation among these quotes (earliest article, undated last,
        then lowest id); later reports of the same fingerprint are left out.

        A NOT EXISTS per row through the fingerprint index, not a window over every quote
        selected: the newest page of a million quotes reads about a page of rows.
        """
        qs = self.alias(report_key=report_key())
        earlier = (
            qs.filter(fingerprint=OuterRef("fingerprint"))
            .exclude(fingerprint="")
            .filter(
                Q(report_key__lt=OuterRef("report_key")) | Q(report_key=OuterRef("report_key"), pk__lt=OuterRef("pk"))
            )
        )
        return qs.filter(~Exists(earlier))

    def first_reports_by_window(self):
        """one_per_fingerprint() by numbering each quotation's reports among these quotes: for a
        few hundred matches of a search, cheaper than a probe per quote."""
        first = Window(RowNumber(), partition_by=[group_key()], order_by=[report_key().asc(), F("pk").asc()])
        return self.annotate(report=first).filter(report=1)


def count_rows(using: str, name: str, sql: str) -> list[tuple]:
    """The rows of a counting query for a filter's choices, kept a minute (CACHES["estimates"],
    like the outlets): choices a minute old are as good, and at 100,000 articles a count costs
    more than the rest of the page."""

    def read() -> list[tuple]:
        with connections[using].cursor() as cursor:
            cursor.execute(sql)
            return [tuple(row) for row in cursor.fetchall()]

    key = f"{name}:{using}:{connections[using].settings_dict['NAME']}"
    return list(caches["estimates"].get_or_set(key, read, ESTIMATES_SECONDS))


def estimated_row_count(model, using: str = "default") -> int | None:
    """The planner's row estimate for model's table, or None when it has none yet."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
            [connection.ops.quote_name(model._meta.db_table)],
        )
        row = cursor.fetchone()
    # -1 (PostgreSQL 14+) or 0 with pages: never analysed; then only a real count is trustworthy.
    return row[0] if row and row[0] > 0 else None


def planned_rows(plan) -> int:
    """The row estimate at the top of an EXPLAIN (FORMAT JSON) result."""
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def planner_estimate(queryset: models.QuerySet) -> int:
    """The planner's row estimate for a queryset (EXPLAIN, nothing run): a guess, not a count."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return queryset.count()
    unordered = queryset.order_by()
    # Kept a minute (CACHES["estimates"]): a list's length is as good a minute old. The key is
    # the query's text with its values (str() of a query puts them in).
    key = hashlib.md5(f"{queryset.db}:{connection.settings_dict['NAME']}:{unordered.query}".encode()).hexdigest()
    return caches["estimates"].get_or_set(
        f"estimate:{key}", lambda: planned_rows(unordered.explain(format="json")), ESTIMATES_SECONDS
    )


FAR_FUTURE = datetime(9999, 12, 31, tzinfo=UTC)
ALSO_REPORTED_SHOWN = 10


def report_key():
    """When a quote was reported, undated reports last: the order of first reports."""
    return Coalesce(F("article__published_at"), Value(FAR_FUTURE, output_field=models.DateTimeField()))


class Reports(list):
    """The other reports of a quotation shown, and how many more there are (`more`)."""

    more = 0


# The other reports of the quotations shown, earliest first, with what they are shown with
# (their article's title, outlet and date; their speaker's name). Raw and prepared: the ORM
# spent three times the query's own time building the window query and whole rows of three
# tables for each report. A quotation repeated by hundreds of outlets is ranked on dates alone;
# titles and names are read for the ten shown.
ALSO_REPORTED_SQL = """
WITH ranked AS (
    SELECT q.id, q.fingerprint, q.article_id, q.speaker_id, q.speaker_label,
           row_number() OVER (PARTITION BY q.fingerprint ORDER BY d.published_at ASC NULLS LAST, q.id) AS place,
           count(*) OVER (PARTITION BY q.fingerprint) AS reports
    FROM articles_quote q
    JOIN articles_article d ON d.id = q.article_id  -- the date only: from article_id_dates
    WHERE q.fingerprint = ANY(%(prints)s) AND NOT (q.id = ANY(%(shown)s))
)
SELECT r.id, r.fingerprint, r.article_id, r.speaker_id, r.speaker_label, s.name,
       a.title, a.outlet, a.published_year, a.published_month, a.published_day, a.published_time,
       a.published_year_inferred, r.reports
FROM ranked r
JOIN articles_article a ON a.id = r.article_id
LEFT JOIN articles_person s ON s.id = r.speaker_id
WHERE r.place <= %(limit)s
ORDER BY r.fingerprint, r.place
"""
_QUOTE_PART = ("id", "fingerprint", "article_id", "speaker_id", "speaker_label")
_ARTICLE_PART = (
    "id",
    "title",
    "outlet",
    "published_year",
    "published_month",
    "published_day",
    "published_time",
    "published_year_inferred",
)


def also_reported(quotes, limit: int = ALSO_REPORTED_SHOWN) -> dict[str, Reports]:
    """{fingerprint: up to `limit` other quotes with it, earliest first, with their article and
    `.more` = how many others are not listed} for the quotes shown: one query, bounded however
    many outlets repeated a quotation."""
    from articles.models import Article, Person, Quote

    prints = sorted({q.fingerprint for q in quotes if q.fingerprint})
    if not prints:
        return {}
    params = {"prints": prints, "shown": [q.pk for q in quotes], "limit": limit}
    using = router.db_for_read(Quote)
    others: dict[str, Reports] = {}
    with connections[using].cursor() as cursor:
        cursor.execute(ALSO_REPORTED_SQL, params)
        rows = cursor.fetchall()
    for row in rows:
        (pk, fingerprint, article_id, speaker_id, label, speaker_name, *article_values, reports) = row
        other = Quote.from_db(using, _QUOTE_PART, (pk, fingerprint, article_id, speaker_id, label))
        other.article = Article.from_db(using, _ARTICLE_PART, (article_id, *article_values))
        other.speaker = Person.from_db(using, ("id", "name"), (speaker_id, speaker_name)) if speaker_id else None
        group = others.setdefault(fingerprint, Reports())
        group.append(other)
        group.more = reports - len(group)
    return others


# Other reports of the quotations shown that reword them (trimmed, a clause cut, a word
# changed): the same speaker's quotes in other articles sharing a run of three words, found
# through the GIN index over quote_speaker_runs(speaker, text) (runs keyed by their speaker,
# migration 0020), the newest REWORDED_READ of them per quotation; articles.rewording ranks
# them by runs in common and decides on the words (in Python: PL/pgSQL took 2–4 times longer to
# count the runs). Quotes with the same fingerprint are the exact reports (also_reported);
# rejected quotes are left out.
REWORDED_SQL = """
WITH shown AS MATERIALIZED (
    SELECT id, text, speaker_id, article_id, fingerprint, quote_speaker_runs(speaker_id, text) AS runs
    FROM articles_quote WHERE id = ANY(%(shown)s) AND speaker_id IS NOT NULL
)
SELECT s.id, s.text, o.id, o.text, o.article_id, o.speaker_id, o.speaker_label, p.name,
       a.title, a.outlet, a.published_year, a.published_month, a.published_day, a.published_time,
       a.published_year_inferred
FROM shown s
CROSS JOIN LATERAL (
    SELECT o.id, o.text, o.article_id, o.speaker_id, o.speaker_label
    FROM articles_quote o
    WHERE quote_speaker_runs(o.speaker_id, o.text) && s.runs  -- runs are keyed by speaker: the same speaker
      AND o.article_id <> s.article_id AND (s.fingerprint = '' OR o.fingerprint <> s.fingerprint)
      AND o.review_status <> 'rejected'
    ORDER BY o.id DESC
    LIMIT %(read)s
) o
JOIN articles_article a ON a.id = o.article_id
JOIN articles_person p ON p.id = o.speaker_id
ORDER BY s.id, a.published_at ASC NULLS LAST, o.id
"""
REWORDED_READ = 400  # candidates read per quotation shown, newest first (a busy speaker's stock phrase)
REWORDED_CANDIDATES = 40  # of those, diffed: the most runs of words in common first


def reworded_reports(quote_ids, limit: int = ALSO_REPORTED_SHOWN) -> dict[int, list]:
    """{shown quote id: the other reports that reword it (up to `limit`), earliest first, each
    with `.rewording` (articles.rewording.Rewording)}: one query."""
    from articles.models import Article, Person, Quote
    from articles.rewording import compare, most_alike

    found: dict[int, list] = {}
    if not quote_ids:
        return found
    using = router.db_for_read(Quote)
    with connections[using].cursor() as cursor:
        cursor.execute(REWORDED_SQL, {"shown": list(quote_ids), "read": REWORDED_READ})
        rows = cursor.fetchall()
    candidates: dict[int, list] = {}
    for row in rows:
        candidates.setdefault(row[0], []).append(row)
    for shown_id, shown_rows in candidates.items():
        shown_text = shown_rows[0][1]
        diffed = most_alike(shown_text, {row[2]: row[3] for row in shown_rows}, REWORDED_CANDIDATES)
        others = []
        for _shown, _text, pk, text, article_id, speaker_id, label, speaker_name, *article_values in shown_rows:
            rewording = compare(shown_text, text) if pk in diffed and len(others) < limit else None
            if rewording is None:
                continue
            other = Quote.from_db(
                using,
                ("id", "text", "article_id", "speaker_id", "speaker_label"),
                (pk, text, article_id, speaker_id, label),
            )
            other.article = Article.from_db(using, _ARTICLE_PART, (article_id, *article_values))
            other.speaker = Person.from_db(using, ("id", "name"), (speaker_id, speaker_name))
            other.rewording = rewording
            others.append(other)
        if others:
            found[shown_id] = others
    return found


class EventQuerySet(ReviewableQuerySet):
    def in_articles(self, articles):
        reported = self.model.articles.through.objects.filter(article__in=articles.values("pk"))
        return self.filter(pk__in=reported.values("event_id"))

    def involving_any(self, people):
        return self.filter(pk__in=self.model.participants.through.objects.filter(person__in=people).values("event_id"))

    def timeline(self):
        """Newest first by the known parts of the date; year-unknown ones after, then undated."""
        # Plain columns, not Coalesce(…, 0), so the ORDER BY holds no parameter (with server-side
        # binding a parameter in it would differ from the select list's under DISTINCT).
        return self.order_by(*(F(column).desc(nulls_last=last or None) for column, last in EVENT_TIMELINE))

    def with_related(self):
        """Participants, articles (light), quotes with speakers and tags, prefetched."""
        from articles.models import Article, Quote

        return self.prefetch_related(
            "participants",
            models.Prefetch("articles", queryset=Article.objects.for_list().newest_first()),
            models.Prefetch("quotes", queryset=Quote.objects.select_related("speaker")),
            "tags",
        )

    def involving(self, person):
        return self.filter(participants=person)


def annotations_for(article):
    """An article's annotations in reading order, with authors and tags."""
    from articles.models import Annotation

    return (
        Annotation.objects.filter(article=article)
        .select_related("author")
        .prefetch_related("tags")
        .order_by("start", "end", "pk")  # the model's order starts with the article's: a join for nothing
    )


def linkable_type_ids() -> dict[str, int]:
    """{'article': content type id, …} for the four linkable kinds (Django caches these)."""
    from django.contrib.contenttypes.models import ContentType

    types = ContentType.objects.get_for_models(*kinds.models())
    return {model._meta.model_name: ct.pk for model, ct in types.items()}


def links_for(record):
    """Every cross-link that touches a record, from either end, in one query.

    Each link carries `outgoing` (the record is its source), `other_kind`, `other_id` and
    `other_label` (title, name, quote text or event summary of the record at the other end).
    Content types are matched by id (no join), and each label is one primary-key lookup.
    """
    return _links_query(kinds.kind_of(record), record.pk, linkable_type_ids())


def links_of(kind: str, pk: int):
    """links_for() of the record of this kind and id, without loading the record."""
    return _links_query(kind, pk, linkable_type_ids())


def _links_query(kind: str, pk: int, type_ids: dict[str, int]):
    from articles.models import Article, Event, Link, Person, Quote

    this = type_ids[kind]
    as_source = Q(source_type_id=this, source_id=pk)
    as_target = Q(target_type_id=this, target_id=pk)
    labels = {
        "article": Article.objects.filter(pk=OuterRef("other_id")).order_by().values("title"),
        "person": Person.objects.filter(pk=OuterRef("other_id")).order_by().values("name"),
        "quote": Quote.objects.filter(pk=OuterRef("other_id")).order_by().values(label=Left("text", 160)),
        "event": Event.objects.filter(pk=OuterRef("other_id")).order_by().values(label=Left("summary", 160)),
    }
    return (
        Link.objects.filter(as_source | as_target)
        .annotate(
            outgoing=Case(When(as_source, then=Value(True)), default=Value(False)),
            other_type=Case(When(as_source, then=F("target_type_id")), default=F("source_type_id")),
            other_id=Case(When(as_source, then=F("target_id")), default=F("source_id")),
        )
        .annotate(
            other_kind=Case(
                *(When(other_type=type_ids[k], then=Value(k)) for k in labels), output_field=models.CharField()
            ),
            other_label=Case(
                *(When(other_type=type_ids[k], then=Subquery(sq)) for k, sq in labels.items()),
                output_field=models.TextField(),
            ),
        )
        .order_by("-created_at", "-pk")
    )


def tags_with_usage():
    """Every tag with how many articles, people, quotes, events and annotations carry it."""
    from articles.models import Annotation, Article, Event, Person, Quote, Tag

    def count(model, column):
        through = model.tags.through
        return Coalesce(
            Subquery(
                through.objects.filter(tag_id=OuterRef("pk"))
                .order_by()
                .values("tag_id")
                .annotate(n=Count(column))
                .values("n")
            ),
            0,
        )

    return Tag.objects.annotate(
        article_count=count(Article, "article_id"),
        person_count=count(Person, "person_id"),
        quote_count=count(Quote, "quote_id"),
        event_count=count(Event, "event_id"),
        annotation_count=count(Annotation, "annotation_id"),
    ).order_by("name")


def record_search(text: str, per_kind: int = 6) -> list[dict]:
    """Articles, people, quotes and events whose title/name/text/summary contain the text.

    Four small queries (one per kind, each limited); each row is {record_kind, pk, label}.
    Feeds the cross-link picker.
    """
    from articles.models import Article, Event, Person, Quote

    text = text.strip()
    if not text:
        return []
    parts = [
        Article.objects.filter(title__icontains=text)
        .annotate(record_kind=Value("article"), label=Left("title", 160))
        .order_by(F("published_at").desc(nulls_last=True), "-pk"),
        Person.objects.matching(text)
        .annotate(record_kind=Value("person"), label=Left("name", 160))
        .order_by("name", "pk"),
        Quote.objects.filter(text__icontains=text)
        .annotate(record_kind=Value("quote"), label=Left("text", 160))
        .order_by("-pk"),
        Event.objects.filter(summary__icontains=text)
        .annotate(record_kind=Value("event"), label=Left("summary", 160))
        .order_by("-pk"),
    ]
    return [row for part in parts for row in part.values("record_kind", "pk", "label")[:per_kind]]


class MergeSuggestionQuerySet(models.QuerySet):
    def open_for(self, person_id: int):
        """Open suggestions that name this person on either side."""
        return self.filter(models.Q(person_id=person_id) | models.Q(candidate_id=person_id), status="open")
