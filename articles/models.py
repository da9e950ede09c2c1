"""The newsroom's records: articles, the people, quotes and events extracted from them,
and what editors add on top (tags, annotations, cross-links, review decisions).

Reads that pages share live in querysets.py; every write lives in services/.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Upper
from django.urls import reverse
from simple_history.models import HistoricalRecords

from articles import kinds
from articles.ingest.dates import PartialDate
from articles.querysets import (
    ArticleQuerySet,
    EventQuerySet,
    MergeSuggestionQuerySet,
    PersonQuerySet,
    QuoteQuerySet,
)


class SpeakerRuns(models.Func):
    """A quotation's runs of three lowercased words, each keyed by its speaker ("12:we will not"):
    SQL function quote_speaker_runs (migration 0020). Keyed so that an index lookup for one
    speaker's run reads only that speaker's quotes, however common the words."""

    function = "quote_speaker_runs"
    output_field = ArrayField(models.TextField())


class ReviewStatus(models.TextChoices):
    NEEDS_REVIEW = "needs_review", "Needs review"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class DatePrecision(models.TextChoices):
    """How much of a date the text fixes. Unknown is the empty string, never a guess."""

    UNKNOWN = "", "Unknown"
    YEAR = "year", "Year"
    MONTH = "month", "Month"
    DAY = "day", "Day"
    MINUTE = "minute", "Minute"


def partial_date_constraints(prefix: str, model: str) -> list[models.CheckConstraint]:
    """Checks that keep a stored partial date coherent (a day needs a month, and so on)."""
    y, m, d = f"{prefix}_year", f"{prefix}_month", f"{prefix}_day"
    return [
        models.CheckConstraint(
            condition=Q(**{f"{m}__isnull": True}) | Q(**{f"{m}__gte": 1, f"{m}__lte": 12}),
            name=f"{model}_{prefix}_month_range",
        ),
        models.CheckConstraint(
            condition=Q(**{f"{d}__isnull": True}) | Q(**{f"{d}__gte": 1, f"{d}__lte": 31, f"{m}__isnull": False}),
            name=f"{model}_{prefix}_day_needs_month",
        ),
        models.CheckConstraint(
            condition=Q(**{f"{y}__isnull": True}) | Q(**{f"{y}__gte": 1, f"{y}__lte": 9999}),
            name=f"{model}_{prefix}_year_range",
        ),
    ]


def edited_fields_field():
    """The names of extracted fields an editor has set: a re-import leaves those alone."""
    return ArrayField(
        models.CharField(max_length=50),
        default=list,
        blank=True,
        editable=False,
        help_text="Extracted fields an editor set; a re-import keeps their values.",
    )


class Tag(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name="tag_name_trgm")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:tag", args=[self.slug])


class TagRedirect(models.Model):
    """A slug a tag was known by before a rename or a merge: its old page leads to the tag."""

    slug = models.SlugField(max_length=100, unique=True, allow_unicode=True)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self):
        return f"{self.slug} → {self.tag.slug}"


class Article(models.Model):
    source_file = models.CharField(max_length=255, db_index=True, help_text="Imported file name, no folder.")
    content_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the raw text.")
    title = models.TextField()
    standfirst = models.TextField(blank=True)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    authors = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    # Published date as far as the text fixes it: a year-less "January 17" keeps month and day.
    published_year = models.PositiveSmallIntegerField(null=True, blank=True)
    published_month = models.PositiveSmallIntegerField(null=True, blank=True)
    published_day = models.PositiveSmallIntegerField(null=True, blank=True)
    published_time = models.TimeField(null=True, blank=True)
    published_precision = models.CharField(max_length=10, choices=DatePrecision.choices, blank=True, default="")
    published_year_inferred = models.BooleanField(
        default=False, help_text="The year is not in the text: inferred from a weekday named for that day."
    )
    # Sortable instant, only when the year is known (missing parts at their first value).
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at_source = models.DateTimeField(null=True, blank=True, help_text="'Updated:' time the page gives.")
    dateline_place = models.CharField(max_length=200, blank=True)
    raw_text = models.TextField(help_text="The text as imported, untouched.")
    body = models.TextField(help_text="The clean story: paragraphs separated by blank lines.")
    restored_lines = ArrayField(
        models.PositiveIntegerField(), default=list, blank=True, help_text="Raw line numbers an editor put back."
    )
    as_of = models.DateField(null=True, blank=True, help_text="Reference date relative dates were resolved against.")
    removed_lines = models.JSONField(
        default=list, blank=True, help_text="Lines cut as page noise: [{'line': n, 'text': ..., 'reason': ...}]."
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.NEEDS_REVIEW)
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    edited_fields = edited_fields_field()
    search_vector = models.GeneratedField(
        expression=SearchVector("title", weight="A", config="english")
        + SearchVector("standfirst", weight="B", config="english")
        + SearchVector("body", weight="C", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[tags])

    class Meta:
        ordering = [F("published_at").desc(nulls_last=True), "-imported_at"]
        indexes = [
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            # Newest first, ids included: lists and walks read the index alone.
            models.Index(
                F("published_at").desc(nulls_last=True), F("imported_at").desc(), F("id").desc(), name="article_newest"
            ),
            # An article's dates by id: sorting a given set of articles (a person's) newest first
            # without visiting each one's row.
            models.Index(fields=["id"], include=["published_at", "imported_at"], name="article_id_dates"),
            # Oldest first (a person's quotes by date walk it instead of sorting all their quotes).
            models.Index(F("published_at").asc(nulls_last=True), "id", name="article_oldest"),
            models.Index(fields=["review_status"], name="article_review"),
            # An outlet's articles newest first, and their count, from the index alone (the
            # review status rides along so "not rejected" needs no visit to the table).
            models.Index(
                "outlet",
                F("published_at").desc(nulls_last=True),
                F("imported_at").desc(),
                F("id").desc(),
                include=["review_status"],
                name="article_outlet_newest",
            ),
        ]
        constraints = partial_date_constraints("published", "article")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.pk])

    @property
    def published(self) -> PartialDate:
        t = self.published_time
        return PartialDate(
            self.published_year,
            self.published_month,
            self.published_day,
            t.hour if t else None,
            t.minute if t else None,
            year_inferred=self.published_year_inferred,
        )

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="Canonical full name.")
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    role = models.CharField(max_length=300, blank=True)
    description = models.TextField(blank=True)
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.NEEDS_REVIEW)
    reviewed_at = models.DateTimeField(null=True, blank=True, help_text="When an editor last verified or rejected it.")
    tags = models.ManyToManyField(Tag, blank=True, related_name="people")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[tags])

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        indexes = [
            GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name="person_name_trgm"),
            GinIndex(fields=["aliases"], name="person_aliases_gin"),
            models.Index(fields=["name"], name="person_name"),
            models.Index(fields=["reviewed_at"], name="person_reviewed_at"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:person", args=[self.pk])


class MergeSuggestion(models.Model):
    """Two people whose names are close but not certainly one person: offered to editors, never merged silently."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        DISMISSED = "dismissed", "Dismissed"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="merge_suggestions")
    candidate = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=300)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MergeSuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One row per pair, stored with the lower id first.
            models.UniqueConstraint(fields=["person", "candidate"], name="merge_suggestion_unique_pair"),
            models.CheckConstraint(condition=Q(person__lt=F("candidate")), name="merge_suggestion_ordered_pair"),
        ]
        indexes = [models.Index(fields=["status"], name="merge_suggestion_status")]

    def __str__(self):
        return f"{self.person} ~ {self.candidate}"

    def other_than(self, person: Person) -> Person:
        return self.candidate if person.pk == self.person_id else self.person


class Mention(models.Model):
    """A person named in an article body, at character offsets of Article.body."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.CharField(max_length=300, help_text="The surface form, e.g. 'Mr Okafor'.")

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="mention_span_not_empty"),
            # Deferred: a re-import moves spans around inside one transaction.
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="mention_unique_span", deferrable=models.Deferrable.DEFERRED
            ),
        ]
        indexes = [
            models.Index(fields=["person", "article"], name="mention_person_article"),
            # "Appears most with" reads every mention of a person's recent articles: the person
            # beside the article id lets PostgreSQL answer from the index alone.
            models.Index(fields=["article"], include=["person"], name="mention_article_person"),
        ]

    def __str__(self):
        return f"{self.text} in {self.article_id}"


class QuoteKind(models.TextChoices):
    DIRECT = "direct", "Verbatim"  # the words inside quotation marks
    MIXED = "mixed", "Partly quoted"  # a paraphrase carrying some of the speaker's words
    INDIRECT = "indirect", "Reported"  # a paraphrase: what someone is reported to have said


class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField(help_text="The content as it stands in the body, without its source and cue.")
    kind = models.CharField(max_length=10, choices=QuoteKind.choices, default=QuoteKind.DIRECT)
    cue = models.CharField(max_length=200, blank=True, help_text="The reporting words: 'said', 'according to'.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    speaker = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    speaker_label = models.CharField(
        max_length=300, blank=True, help_text="The source as written: 'A senior defence source', 'he'."
    )
    partial = models.BooleanField(default=False, help_text="A fragment inside reported speech.")
    fingerprint = models.CharField(
        max_length=64, db_index=True, blank=True, help_text="Normalised text hash: the same quote in other articles."
    )
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.NEEDS_REVIEW)
    reviewed_at = models.DateTimeField(null=True, blank=True, help_text="When an editor last verified or rejected it.")
    tags = models.ManyToManyField(Tag, blank=True, related_name="quotes")
    edited_fields = edited_fields_field()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Quote search matches this through its GIN index (quote_search_gin) instead of parsing every quote.
    search_vector = models.GeneratedField(
        expression=SearchVector("text", config="english"), output_field=SearchVectorField(), db_persist=True
    )

    objects = QuoteQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[tags])

    # Who said it, as extracted: an editor's choice (edited_fields, or a review decision) outlives re-imports.
    ATTRIBUTION_FIELDS = ("speaker", "speaker_label")

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_not_empty"),
            models.UniqueConstraint(
                fields=["article", "start", "end"], name="quote_unique_span", deferrable=models.Deferrable.DEFERRED
            ),
        ]
        indexes = [
            # A speaker's quotes, and what sorting them by date and filtering them need, from the
            # index alone (PersonQuerySet.ids_on_page).
            models.Index(
                fields=["speaker", "article"],
                include=["start", "id", "kind", "review_status"],
                name="quote_speaker_article",
            ),
            models.Index(fields=["review_status"], name="quote_review"),
            models.Index(fields=["reviewed_at"], name="quote_reviewed_at"),
            GinIndex(fields=["search_vector"], name="quote_search_gin"),
            # "Also reported by" finds rewordings: the same speaker's quotes that share a run of
            # three words, each run keyed by the speaker (migration 0020).
            # No pending list (fastupdate): each lookup would read all of it (migration 0020).
            GinIndex(SpeakerRuns("speaker", "text"), fastupdate=False, name="quote_speaker_runs"),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def source_name(self) -> str:
        return self.speaker.name if self.speaker_id else (self.speaker_label or "unattributed")


class EventKind(models.TextChoices):
    MEETING = "meeting", "Meeting"
    TALKS = "talks", "Talks"
    CALL = "call", "Call"
    VISIT = "visit", "Visit"
    INVITATION = "invitation", "Invitation"
    ACCEPTANCE = "acceptance", "Acceptance"
    SPEECH = "speech", "Speech"
    INTERVIEW = "interview", "Interview"
    ANNOUNCEMENT = "announcement", "Announcement"
    STATEMENT = "statement", "Statement"
    DEPLOYMENT = "deployment", "Deployment"
    PRESS_CONFERENCE = "press conference", "Press conference"
    HEARING = "hearing", "Hearing"
    DEBATE = "debate", "Debate"
    VOTE = "vote", "Vote"
    SANCTIONS = "sanctions", "Sanctions"
    SIGNING = "signing", "Signing"
    APPOINTMENT = "appointment", "Appointment"
    RESIGNATION = "resignation", "Resignation"
    ELECTION = "election", "Election or contest result"
    CANDIDACY = "candidacy", "Candidacy"
    WITHDRAWAL = "withdrawal", "Withdrawal"
    ENDORSEMENT = "endorsement", "Endorsement"
    CAMPAIGN_EVENT = "campaign event", "Campaign event"
    INAUGURATION = "inauguration", "Inauguration"
    ADVERTISING = "advertising", "Advertising"
    FUNDRAISING = "fundraising", "Fundraising"
    SIGN_UP = "sign-up", "Sign-up"
    ARREST = "arrest", "Arrest"
    CHARGE = "charge", "Charge"
    CONVICTION = "conviction", "Conviction"
    SENTENCING = "sentencing", "Sentencing"
    PARDON = "pardon", "Pardon"
    ASSAULT = "assault", "Assault"
    DEATH = "death", "Death"
    PROTEST = "protest", "Protest"
    LAWSUIT = "lawsuit", "Lawsuit"
    VETO = "veto", "Veto"
    DECREE = "decree", "Decree"
    RULING = "ruling", "Ruling"
    DISMISSAL = "dismissal", "Dismissal"
    REQUEST = "request", "Request for an inquiry or a resignation"
    OTHER = "other", "Other"


class Event(models.Model):
    summary = models.TextField()
    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.OTHER)
    date_year = models.PositiveSmallIntegerField(null=True, blank=True)
    date_month = models.PositiveSmallIntegerField(null=True, blank=True)
    date_day = models.PositiveSmallIntegerField(null=True, blank=True)
    date_precision = models.CharField(max_length=10, choices=DatePrecision.choices, blank=True, default="")
    date_text = models.CharField(max_length=100, blank=True, help_text="The expression as written: 'last Friday'.")
    location = models.CharField(max_length=200, blank=True)
    participants = models.ManyToManyField(Person, blank=True, related_name="events")
    articles = models.ManyToManyField(Article, blank=True, related_name="events")
    quotes = models.ManyToManyField(Quote, blank=True, related_name="events")
    fingerprint = models.CharField(max_length=200, blank=True, db_index=True, help_text="Kind + participants key.")
    review_status = models.CharField(max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.NEEDS_REVIEW)
    reviewed_at = models.DateTimeField(null=True, blank=True, help_text="When an editor last verified or rejected it.")
    tags = models.ManyToManyField(Tag, blank=True, related_name="events")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[participants, articles, quotes, tags])

    class Meta:
        # Unknown parts last (as 0 would sort). Plain columns: with parameters bound on the
        # server, a Coalesce(…, 0) here would differ from the select list's under DISTINCT.
        ordering = [
            F("date_year").desc(nulls_last=True),
            F("date_month").desc(nulls_last=True),
            F("date_day").desc(nulls_last=True),
            "-created_at",
        ]
        constraints = partial_date_constraints("date", "event")
        indexes = [
            models.Index(fields=["date_year", "date_month", "date_day"], name="event_date"),
            # A given set of events (a person's) in timeline order without visiting each row.
            models.Index(
                fields=["id"],
                include=["date_year", "date_month", "date_day", "created_at", "review_status"],
                name="event_id_timeline",
            ),
            models.Index(fields=["review_status"], name="event_review"),
            models.Index(fields=["reviewed_at"], name="event_reviewed_at"),
        ]

    def __str__(self):
        return self.summary[:80]

    def get_absolute_url(self):
        return reverse("articles:event", args=[self.pk])

    @property
    def date(self) -> PartialDate:
        return PartialDate(self.date_year, self.date_month, self.date_day)


class AnchorStatus(models.TextChoices):
    ANCHORED = "anchored", "Anchored"
    MOVED = "moved", "Moved"
    ORPHANED = "orphaned", "Orphaned"


class Annotation(models.Model):
    """An editor's note on a passage: W3C TextQuote (exact/prefix/suffix) + TextPosition (start/end)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="annotations")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="annotations")
    exact = models.TextField()
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    note = models.TextField(blank=True)
    tags = models.ManyToManyField(Tag, blank=True, related_name="annotations")
    anchor_status = models.CharField(max_length=10, choices=AnchorStatus.choices, default=AnchorStatus.ANCHORED)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[tags])

    class Meta:
        ordering = ["article", "start"]
        constraints = [models.CheckConstraint(condition=Q(end__gt=F("start")), name="annotation_span_not_empty")]

    def __str__(self):
        return f"{self.exact[:40]} ({self.author})"


class LinkRelation(models.TextChoices):
    SAME_EVENT = "same_event", "Same event"
    FOLLOW_UP = "follow_up", "Follow-up"
    CONTRADICTS = "contradicts", "Contradicts"
    BACKGROUND = "background", "Background"
    RELATED = "related", "Related"


LINKABLE_MODELS = Q(app_label="articles", model__in=list(kinds.NAMES))


class Link(models.Model):
    """An editor-made cross-link between any two articles, people, quotes or events."""

    source_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", limit_choices_to=LINKABLE_MODELS
    )
    source_id = models.PositiveBigIntegerField()
    source = GenericForeignKey("source_type", "source_id")
    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", limit_choices_to=LINKABLE_MODELS
    )
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    relation = models.CharField(max_length=20, choices=LinkRelation.choices, default=LinkRelation.RELATED)
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id", "target_type", "target_id", "relation"], name="link_unique"
            ),
            models.CheckConstraint(
                condition=~(Q(source_type=F("target_type")) & Q(source_id=F("target_id"))), name="link_not_to_itself"
            ),
        ]
        indexes = [
            models.Index(fields=["source_type", "source_id"], name="link_source"),
            models.Index(fields=["target_type", "target_id"], name="link_target"),
        ]

    def __str__(self):
        return f"{self.source_type.model}:{self.source_id} {self.relation} {self.target_type.model}:{self.target_id}"


class ImportJob(models.Model):
    """A batch of uploaded files imported by the background worker, with its progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        INTERRUPTED = "interrupted", "Interrupted"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    as_of = models.DateField(null=True, blank=True, help_text="Reference date for relative dates.")
    error = models.TextField(blank=True)
    # The running worker touches heartbeat_at every few seconds: a running job whose heartbeat
    # stopped lost its worker (killed, or the machine went down) and is resumed (services/importing).
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    runs = models.PositiveSmallIntegerField(default=0, help_text="Times a worker started on this job.")
    notice = models.TextField(blank=True, help_text="What happened to the job on the way (an interrupted run).")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Import {self.pk} ({self.status})"

    def saved_article_ids(self) -> list[int]:
        """The articles this job's files imported or updated."""
        saved = self.files.filter(status__in=("imported", "updated"), article__isnull=False)
        return list(saved.order_by("pk").values_list("article_id", flat=True))


class ImportFile(models.Model):
    """One uploaded file of an ImportJob: its bytes until imported, then its result."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    data = models.BinaryField(help_text="The uploaded bytes; emptied once imported.")
    size = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, blank=True, help_text="imported / updated / unchanged / failed")
    reason = models.TextField(blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["job", "pk"]

    def __str__(self):
        return self.name
