"""Reads that several pages share, as QuerySet methods (Article.objects.newest_first() …).

models.py imports this module, so the models are imported inside the functions that need them.
Every read here is one query (or one query per prefetch) whatever the number of rows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from django.db import connections, models, router
from django.db.models import Case, Count, Exists, F, Func, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Coalesce, Concat, Left
from django.utils import timezone

from articles.remembered import remembered

HEAVY_ARTICLE_FIELDS = ("raw_text", "body", "removed_lines", "search_vector")
LINKABLE_KINDS = ("article", "person", "quote", "event")
CO_MENTION_ARTICLES = 200  # "appears most with" counts within a person's newest articles


class ReviewableQuerySet(models.QuerySet):
    def visible(self, show_rejected: bool = False):
        """Everything but rejected records, unless asked for them."""
        return self if show_rejected else self.exclude(review_status="rejected")


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
        if date_to:
            day_after = date_to + timedelta(days=1)
            qs = qs.filter(published_at__lt=timezone.make_aware(datetime.combine(day_after, time.min)))
        if status:
            qs = qs.filter(review_status=status)
        return qs

    def outlets(self) -> list[str]:
        """The outlets present, for the filter's choices (one query).

        SELECT DISTINCT reads every row; for the whole table the outlet index is walked from
        one outlet to the next instead (a loose index scan: one probe per outlet).
        """
        if self.query.where:
            return list(self.exclude(outlet="").order_by("outlet").values_list("outlet", flat=True).distinct())
        table = connections[self.db].ops.quote_name(self.model._meta.db_table)
        sql = f"""
            WITH RECURSIVE o(outlet) AS (
                (SELECT outlet FROM {table} WHERE outlet > '' ORDER BY outlet LIMIT 1)
                UNION ALL
                SELECT (SELECT t.outlet FROM {table} t WHERE t.outlet > o.outlet ORDER BY t.outlet LIMIT 1)
                FROM o WHERE o.outlet IS NOT NULL
            )
            SELECT outlet FROM o WHERE outlet IS NOT NULL"""
        from articles.compiled import fetch_all

        # Kept a minute per process (articles/remembered.py): a new outlet joins the filter's
        # choices within a minute of its first import.
        key = ("outlets", self.db, connections[self.db].settings_dict["NAME"])
        # prepared: planned once per connection
        return list(remembered(key, lambda: [row[0] for row in fetch_all(sql, None, self.db)]))


def aliases_text():
    """A person's aliases as one string, for substring matching."""
    return Func(F("aliases"), Value(" | "), function="array_to_string", output_field=models.TextField())


class PersonQuerySet(ReviewableQuerySet):
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

    def co_mentioned_with(self, person, limit: int = 10, within: int = CO_MENTION_ARTICLES):
        """The people mentioned most often in the same articles as `person`: one query.

        `shared` is the number of articles that mention both, among the `within` latest articles
        (by import) that mention `person`: bounded, so a person in thousands of articles costs
        no more than one in a few hundred. Mentions are counted per person before any person
        row is read; only the top ones are joined for their names.
        """
        from articles.compiled import fetch_together

        statement = self.co_mentioned_statement(person.pk, limit, within)
        return self.co_mentioned_from(fetch_together([statement], self.db)[0])

    def co_mentioned_statement(self, person_pk: int, limit: int = 10, within: int = CO_MENTION_ARTICLES):
        """co_mentioned_with's query, for compiled.fetch_together (with a page's other reads);
        co_mentioned_from makes the people of its rows."""
        from articles.compiled import Statement
        from articles.models import Mention

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
        # Prepared (planned once per connection): the walk is bounded by `within` whoever it is.
        return Statement(sql, [person_pk, within, person_pk, limit * 3, limit])

    def co_mentioned_from(self, rows) -> list:
        """The people of co_mentioned_statement's rows, each with `shared`."""
        names = [field.attname for field in self.model._meta.concrete_fields]
        people = []
        for row in rows:
            other = self.model.from_db(self.db, names, row[:-1])
            other.shared = row[-1]
            people.append(other)
        return people


def group_key():
    """Quotes with the same fingerprint are one quotation; a blank fingerprint stands alone."""
    return Case(
        When(fingerprint="", then=Concat(Value("#"), Cast("pk", models.CharField()))),
        default=F("fingerprint"),
        output_field=models.CharField(),
    )


class QuoteQuerySet(ReviewableQuerySet):
    def with_context(self):
        """Each quote with its speaker and its article (without the article's heavy fields)."""
        return self.select_related("speaker", "article").defer(*(f"article__{f}" for f in HEAVY_ARTICLE_FIELDS))

    def by_date(self):
        """Oldest article first, then in reading order."""
        return self.order_by(F("article__published_at").asc(nulls_last=True), "article_id", "start")

    def newest_first(self):
        return self.order_by(F("article__published_at").desc(nulls_last=True), "-article_id", "start")

    def filtered(self, *, speaker=None, tag: str = "", outlet: str = "", kind: str = ""):
        qs = self
        if kind:
            qs = qs.filter(kind=kind)
        if speaker is not None:
            qs = qs.filter(speaker=speaker)
        if tag:
            qs = qs.filter(tags__slug=tag)
        if outlet:
            qs = qs.filter(article__outlet=outlet)
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
    from articles.compiled import fetch_all
    from articles.models import Article, Person, Quote

    prints = sorted({q.fingerprint for q in quotes if q.fingerprint})
    if not prints:
        return {}
    params = {"prints": prints, "shown": [q.pk for q in quotes], "limit": limit}
    using = router.db_for_read(Quote)
    others: dict[str, Reports] = {}
    for row in fetch_all(ALSO_REPORTED_SQL, params, using):
        (pk, fingerprint, article_id, speaker_id, label, speaker_name, *article_values, reports) = row
        other = Quote.from_db(using, _QUOTE_PART, (pk, fingerprint, article_id, speaker_id, label))
        other.article = Article.from_db(using, _ARTICLE_PART, (article_id, *article_values))
        other.speaker = Person.from_db(using, ("id", "name"), (speaker_id, speaker_name)) if speaker_id else None
        group = others.setdefault(fingerprint, Reports())
        group.append(other)
        group.more = reports - len(group)
    return others


class EventQuerySet(ReviewableQuerySet):
    def timeline(self):
        """Newest first by the known parts of the date; year-unknown ones after, then undated."""
        return self.order_by(
            F("date_year").desc(nulls_last=True),
            Coalesce("date_month", 0).desc(),
            Coalesce("date_day", 0).desc(),
            "-created_at",
            "-pk",
        )

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

    return Annotation.objects.filter(article=article).select_related("author").prefetch_related("tags")


def kind_of(record) -> str:
    """'article', 'person', 'quote' or 'event': the name links and URLs use for a record."""
    return record._meta.model_name


def linkable_type_ids() -> dict[str, int]:
    """{'article': content type id, …} for the four linkable kinds (Django caches these)."""
    from django.contrib.contenttypes.models import ContentType

    from articles.models import Article, Event, Person, Quote

    types = ContentType.objects.get_for_models(Article, Person, Quote, Event)
    return {model._meta.model_name: ct.pk for model, ct in types.items()}


def links_for(record):
    """Every cross-link that touches a record, from either end, in one query.

    Each link carries `outgoing` (the record is its source), `other_kind`, `other_id` and
    `other_label` (title, name, quote text or event summary of the record at the other end).
    Content types are matched by id (no join), and each label is one primary-key lookup.
    """
    return _links_query(kind_of(record), record.pk, linkable_type_ids())


def _links_shape(kind: str) -> tuple[str, object]:
    """The name and builder of links_for's query for a record of `kind`, for
    articles.compiled (the ORM compiles it once per kind: building and compiling that query
    costs more than running it)."""
    type_ids = linkable_type_ids()
    name = "links:" + kind + ":" + ",".join(f"{k}={v}" for k, v in sorted(type_ids.items()))
    return name, lambda v: _links_query(kind, v["pk"], type_ids)


def link_sql(kind: str, pk: int) -> tuple[str, list]:
    """links_for's SQL and parameters for the record `kind` `pk` (for the page stamps)."""
    from articles.compiled import compiled_sql

    return compiled_sql(*_links_shape(kind), {"pk": pk})


def link_rows(record) -> list:
    """links_for(record) as a list of links, from SQL compiled once per kind, run prepared."""
    from articles.compiled import instances

    return instances(*_links_shape(kind_of(record)), {"pk": record.pk}, router.db_for_read(type(record)))


def links_read(kind: str, pk: int):
    """link_rows' read of the record `kind` `pk`, for articles.compiled.instances_together."""
    from articles.compiled import Read

    return Read(*_links_shape(kind), {"pk": pk})


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
