"""File → ExtractedArticle → rows, one transaction per file.

import_bytes is the one entry point: the command line, the upload page's background task
and the tests all go through it. A file that fails leaves nothing behind; a file whose
text is already stored is reported "unchanged" and nothing is written.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time as time_module
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings
from django.db import (
    IntegrityError,
    InterfaceError,
    OperationalError,
    close_old_connections,
    connection,
    connections,
    transaction,
)
from django.db.models import Model, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_create_with_history

from articles.ingest.decoding import UnreadableFile, decode_text, html_to_text
from articles.ingest.pipeline import StoryTooLong, extract
from articles.ingest.records import ExtractedArticle
from articles.models import Article, Event, ImportFile, ImportJob, Mention, Quote, ReviewStatus
from articles.services import anchoring, curation, identity

logger = logging.getLogger(__name__)

IMPORTED, UPDATED, UNCHANGED, FAILED = "imported", "updated", "unchanged", "failed"
HTML_SUFFIXES = {".html", ".htm"}
IMPORTABLE_SUFFIXES = {".txt", ".text", *HTML_SUFFIXES}


@dataclass
class ImportResult:
    source_file: str
    status: str
    reason: str = ""
    article_id: int | None = None

    def line(self) -> str:
        """One line for a terminal or a results table: 'name: imported' / 'name: failed: why'."""
        return f"{self.source_file}: {self.status}" + (f": {self.reason}" if self.reason else "")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def collect_files(paths: list[Path]) -> list[Path]:
    """Files named, plus the importable files inside folders named (sorted, recursive)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES))
        else:
            found.append(path)
    return found


def import_path(path: Path, *, as_of: date | None = None) -> ImportResult:
    name = path.name
    try:
        size = path.stat().st_size
        if size > settings.NEWSDESK_MAX_IMPORT_BYTES:
            return ImportResult(
                name, FAILED, f"file is {size:,} bytes, over the {settings.NEWSDESK_MAX_IMPORT_BYTES:,}-byte limit"
            )
        data = path.read_bytes()
    except OSError as error:
        return ImportResult(name, FAILED, f"cannot read file: {error.strerror or error}")
    return import_bytes(data, name, as_of=as_of)


def import_bytes(data: bytes, source_file: str, *, as_of: date | None = None) -> ImportResult:
    try:
        if Path(source_file).suffix.lower() in HTML_SUFFIXES:
            if len(data) > settings.NEWSDESK_MAX_IMPORT_BYTES:
                decode_text(data, settings.NEWSDESK_MAX_IMPORT_BYTES)  # raises with the size reason
            # The page's main text; raw_text keeps this, not the markup.
            text = html_to_text(data, max_elements=settings.NEWSDESK_MAX_HTML_ELEMENTS)
        else:
            text = decode_text(data, settings.NEWSDESK_MAX_IMPORT_BYTES)
    except UnreadableFile as error:
        return ImportResult(source_file, FAILED, str(error))
    lines = text.count("\n") + 1
    if lines > settings.NEWSDESK_MAX_IMPORT_LINES:
        # Not an article (a log, a feed dump): refused before cleaning, whose cut lines would all be stored.
        limit = settings.NEWSDESK_MAX_IMPORT_LINES
        return ImportResult(source_file, FAILED, f"file has {lines:,} lines, over the {limit:,}-line limit")
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).values_list("pk", flat=True).first()
    if existing:
        return ImportResult(source_file, UNCHANGED, article_id=existing)
    try:
        return store_text(text, digest, source_file, as_of)
    except StoryTooLong as error:
        return ImportResult(source_file, FAILED, str(error))
    except DATABASE_AWAY:
        raise  # not the file's fault: the caller retries or gives up; nothing was stored
    except IntegrityError as error:
        # The same text imported at the same moment by someone else (content_hash is unique):
        # theirs committed first, ours rolled back; the text is stored, so this file is unchanged.
        existing = Article.objects.filter(content_hash=digest).values_list("pk", flat=True).first()
        if existing:
            return ImportResult(source_file, UNCHANGED, article_id=existing)
        logger.exception("import of %s failed", source_file)
        return ImportResult(source_file, FAILED, f"unexpected error ({type(error).__name__}: {error}); nothing stored")
    except Exception as error:
        # One bad file must not stop a batch; its transaction is already rolled back.
        logger.exception("import of %s failed", source_file)
        return ImportResult(source_file, FAILED, f"unexpected error ({type(error).__name__}: {error}); nothing stored")


def store_text(text: str, digest: str, source_file: str, as_of: date | None) -> ImportResult:
    """Extract and write one article in one transaction; an existing source_file is updated in place."""
    previous = Article.objects.filter(source_file=source_file).order_by("-imported_at").first()
    keep_lines = carried_over_lines(previous, text) if previous else frozenset()
    extracted = extract(text, as_of=as_of, keep_lines=keep_lines, max_body_chars=settings.NEWSDESK_MAX_STORY_CHARS)
    if not extracted.body.strip():
        return ImportResult(source_file, FAILED, "no article text found (the page is only menus and links)")
    with transaction.atomic():
        if previous:
            previous = Article.objects.select_for_update().get(pk=previous.pk)
        article = previous or Article(source_file=source_file)
        article.restored_lines = sorted(keep_lines)
        save_article(article, text, digest, extracted, as_of)
        write_extraction(article, extracted, replacing=previous is not None)
        if previous:
            anchoring.reanchor_annotations(article)
    return ImportResult(source_file, UPDATED if previous else IMPORTED, article_id=article.pk)


def carried_over_lines(previous: Article, new_text: str) -> frozenset[int]:
    """Lines an editor restored in the old text, found again (by their words) in the corrected one."""
    old_lines = previous.raw_text.split("\n")
    wanted = {old_lines[n].strip() for n in previous.restored_lines if n < len(old_lines) and old_lines[n].strip()}
    return frozenset(n for n, line in enumerate(new_text.split("\n")) if line.strip() in wanted)


def restore_removed_line(article_id: int, line_no: int, *, attempts: int = 3) -> Article:
    """Put a line the cleaning cut back into the body; extraction is refreshed, editors' work kept.

    The extraction (seconds on a long article) runs before the article's row is locked, so
    editors' writes to it do not wait for it; if the text or its restored lines changed
    meanwhile (a re-import, another line put back) it is done again on what is stored."""
    for _ in range(attempts):
        article = Article.objects.get(pk=article_id)
        if line_no not in {cut["line"] for cut in article.removed_lines}:
            raise ValueError(f"line {line_no} of {article.source_file} was not cut from the body")
        keep_lines = frozenset(article.restored_lines) | {line_no}
        extracted = extract(article.raw_text, as_of=article.as_of, keep_lines=keep_lines)
        with transaction.atomic():
            locked = Article.objects.select_for_update().get(pk=article_id)
            if (locked.content_hash, locked.restored_lines) != (article.content_hash, article.restored_lines):
                continue
            locked.restored_lines = sorted(keep_lines)
            save_article(locked, locked.raw_text, locked.content_hash, extracted, locked.as_of)
            write_extraction(locked, extracted, replacing=True)
            anchoring.reanchor_annotations(locked)
        return locked
    raise ValueError(f"{article.source_file} kept changing while line {line_no} was put back: try again")


def save_article(article: Article, raw_text: str, digest: str, extracted: ExtractedArticle, as_of: date | None) -> None:
    """Write the text and what was read from it; metadata an editor corrected stays theirs."""
    meta = extracted.metadata
    published = meta.published
    article.as_of = as_of
    article.content_hash = digest
    article.raw_text = raw_text
    article.body = extracted.body
    article.removed_lines = [{"line": r.line_no, "text": r.text, "reason": r.reason} for r in extracted.removed_lines]
    merge_extracted(
        article,
        {
            "title": meta.title,
            "standfirst": meta.standfirst,
            "outlet": meta.outlet,
            "authors": list(meta.authors),
            "dateline_place": meta.dateline_place,
            "published_year": published.year,
            "published_month": published.month,
            "published_day": published.day,
            "published_time": None if published.hour is None else time(published.hour, published.minute or 0),
            "published_precision": published.precision,
            "published_year_inferred": published.year_inferred,
            "published_at": aware(published.as_datetime()),
            "updated_at_source": aware(meta.updated.as_datetime()),
        },
        kept=PUBLISHED_FIELDS if PUBLISHED_FIELDS & set(article.edited_fields) else (),
    )
    article.save()


# The published date is one reading: an editor who corrected any part of it owns all of it.
PUBLISHED_FIELDS = frozenset(
    f"published_{part}" for part in ("year", "month", "day", "time", "precision", "year_inferred", "at")
)


def merge_extracted(record, values: dict, *, kept=()) -> list[str]:
    """Set the extracted values on a record, except the fields an editor set (record.edited_fields)
    and those in `kept`; returns the names of the fields whose value changed.

    Merging by field is what keeps an editor's decision through any re-import: the import
    never writes a field it does not own at that moment, whatever it read before.
    """
    owned_by_editor = set(record.edited_fields) | set(kept)
    changed = []
    for name, value in values.items():
        if name in owned_by_editor:
            continue
        # Foreign keys compare by id (reading record.speaker would fetch the person).
        current = getattr(record, record._meta.get_field(name).attname)
        if current != (value.pk if isinstance(value, Model) else value):
            setattr(record, name, value)
            changed.append(name)
    return changed


def aware(moment: datetime | None) -> datetime | None:
    """Page times carry no zone; they are stored as given, read as UTC."""
    return timezone.make_aware(moment, timezone.UTC) if moment else None


def write_extraction(article: Article, extracted: ExtractedArticle, *, replacing: bool) -> None:
    """Mentions, quotes and events of one article.

    On re-import the extraction is refreshed but editors' work survives: a quote still in the
    text keeps its row (so its tags, links, events and review decision), and a reviewed
    quote keeps the speaker the editor chose.
    """
    persons = [identity.resolve_person(p) for p in extracted.people]
    if replacing:
        article.mentions.all().delete()
    Mention.objects.bulk_create(
        Mention(article=article, person=persons[i], start=m.start, end=m.end, text=m.text[:300])
        for i, p in enumerate(extracted.people)
        for m in p.mentions
    )
    quotes = save_quotes(article, extracted, persons)
    reported_before = list(article.events.prefetch_related("participants")) if replacing else []
    if replacing:
        Event.articles.through.objects.filter(article=article).delete()
    created, linked = {}, {}
    for e in extracted.events:
        participants = [persons[i] for i in e.participants]
        event, is_new = identity.resolve_event(e, participants, reported_before)
        # One history row per event, below, not one per save or m2m add: each row copies every
        # link of the event's four m2m relations.
        with curation.history_paused(event):
            event.articles.add(article)
            event.participants.add(*participants)
            event.quotes.add(*(quotes[i] for i in e.quotes))
        (created if is_new else linked)[event.pk] = event
    user = history_user()
    curation.record_history(created.values(), user=user, reason="", created=True)
    curation.record_history([e for pk, e in linked.items() if pk not in created], user=user, reason="")
    # Events no article reports any more, that no editor has touched, go. Only the events this
    # article reported before can have lost their last report here (a sweep of every event
    # took 90 ms per import at 100,000 articles).
    if reported_before:
        Event.objects.filter(
            pk__in=[e.pk for e in reported_before], articles=None, review_status=ReviewStatus.NEEDS_REVIEW, tags=None
        ).delete()


def save_quotes(article: Article, extracted: ExtractedArticle, persons: list) -> list[Quote]:
    """The article's Quote rows in the order of extracted.quotes, reusing rows of a previous import.

    The article's quotes are locked while they are rewritten, so an editor's review or speaker
    change either commits first (and is read here) or waits for the import to commit. Only the
    fields the extraction owns are written (update_fields): review status and tags never, the
    speaker only while no editor has chosen one (edited_fields) or reviewed the quote, and no
    field an editor set (edited_fields).
    """
    # A row is the same quote again when its kind and words are: a paraphrase keeps its
    # review decision and speaker fix as a quotation does.
    previous: dict[tuple[str, str], list[Quote]] = {}
    for old in article.quotes.select_for_update(of=("self",)).order_by("pk"):
        previous.setdefault((old.kind, old.fingerprint), []).append(old)
    rows, new_rows = [], []
    for q in extracted.quotes:
        fingerprint = identity.quote_fingerprint(q.text)
        speaker = persons[q.speaker] if q.speaker is not None else None
        same = previous.get((q.kind, fingerprint))
        row = same.pop(0) if same else None
        if row is None:
            row = Quote(article=article, fingerprint=fingerprint, kind=q.kind)
            new_rows.append(row)
        reviewed = row.review_status != ReviewStatus.NEEDS_REVIEW
        changed = merge_extracted(
            row,
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "partial": q.partial,
                "cue": q.cue[:200],
                "speaker": speaker,
                "speaker_label": q.speaker_label[:300],
            },
            kept=Quote.ATTRIBUTION_FIELDS if reviewed else (),
        )
        if row.pk and changed:
            row.save(update_fields=[*changed, "updated_at"])
        rows.append(row)
    gone = [old.pk for olds in previous.values() for old in olds]
    if gone:
        for old in Quote.objects.filter(pk__in=gone):
            old.delete()  # one by one, so history records each deletion
    if new_rows:
        bulk_create_with_history(new_rows, Quote)
    return rows


@dataclass
class Upload:
    """One uploaded file as received: its bytes, or (refusal) why they were not kept, and its
    size when the bytes are not all there."""

    name: str
    data: bytes = b""
    size: int | None = None
    refusal: str = ""


def create_job(uploads: list[Upload | tuple[str, bytes]], *, user=None, as_of: date | None = None) -> ImportJob:
    """Store uploaded files as an ImportJob for the background worker, a line each in the order
    given. Files refused on arrival, oversized ones and a second file of a name already in the
    upload (it would update the first one's article in place) fail at once, with the reason."""
    limit = settings.NEWSDESK_MAX_IMPORT_BYTES
    rows, names = [], set()
    with transaction.atomic():
        job = ImportJob.objects.create(created_by=user, as_of=as_of)
        for upload in uploads:
            upload = upload if isinstance(upload, Upload) else Upload(*upload)
            size = len(upload.data) if upload.size is None else upload.size
            too_big = f"file is {size:,} bytes, over the {limit:,}-byte limit" if size > limit else ""
            reason = upload.refusal or too_big
            if not reason and upload.name in names:
                reason = (
                    "an earlier file in this upload has the same name and would be replaced by this one: "
                    "rename it and upload it again"
                )
            if not reason:
                names.add(upload.name)
            data = b"" if reason else upload.data
            rows.append(ImportFile(job=job, name=upload.name, data=data, size=size, status=FAILED if reason else ""))
            rows[-1].reason = reason
        ImportFile.objects.bulk_create(rows)
    return job


@contextmanager
def acting_user(user):
    """History rows written inside name this user, as they do for a request (the worker has none)."""
    context = HistoricalRecords.context
    previous = getattr(context, "request", None)
    context.request = SimpleNamespace(user=user) if user is not None else None
    try:
        yield
    finally:
        if previous is None:
            del context.request
        else:
            context.request = previous


def history_user():
    """The user history rows written now name (acting_user's, or the request's)."""
    user = getattr(getattr(HistoricalRecords.context, "request", None), "user", None)
    return user if getattr(user, "is_authenticated", False) else None


# Errors that say the database is away (restarting, unreachable), not that a file is bad: the
# file is tried again on a fresh connection, and its result is never "failed" for them.
DATABASE_AWAY = (OperationalError, InterfaceError)


def run_job(job_id: int) -> ImportJob:
    """Import a job's files one by one (each in its own transaction), recording progress as it goes.

    A job already finished, or running under a live worker (its heartbeat is fresh), is left
    alone, so running it twice is harmless. While it runs a heartbeat thread stamps it every
    NEWSDESK_IMPORT_HEARTBEAT_SECONDS; if the worker dies the stamps stop and
    resume_interrupted_jobs hands the job to another run, which imports the files still pending.
    """
    job = claim_job(job_id)
    if job is None:
        return ImportJob.objects.get(pk=job_id)
    with heartbeat(job.pk):
        try:
            for upload in job.files.filter(status="").order_by("pk"):
                with acting_user(job.created_by):
                    result = import_retrying(bytes(upload.data), upload.name, as_of=job.as_of)
                upload.status, upload.reason, upload.article_id = result.status, result.reason, result.article_id
                upload.data = b""  # the article keeps the text; the upload's bytes are no longer needed
                upload.save(update_fields=["status", "reason", "article", "data"])
            job.status = ImportJob.Status.DONE
        except DATABASE_AWAY:
            # Nothing can be recorded now; the job stays "running", its heartbeat stops, and it
            # is resumed once the database is back and the lease has run out.
            raise
        except Exception as error:
            logger.exception("import job %s failed", job_id)
            job.status, job.error = ImportJob.Status.FAILED, f"{type(error).__name__}: {error}"
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])
    return job


def claim_job(job_id: int) -> ImportJob | None:
    """The job, marked running by this worker; None when it is finished or a live worker has it."""
    with transaction.atomic():
        job = ImportJob.objects.select_for_update(of=("self",)).select_related("created_by").get(pk=job_id)
        if job.status in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
            return None
        if job.status == ImportJob.Status.RUNNING and not lease_expired(job.heartbeat_at):
            return None
        job.status, job.heartbeat_at, job.runs = ImportJob.Status.RUNNING, timezone.now(), job.runs + 1
        job.save(update_fields=["status", "heartbeat_at", "runs"])
    return job


def lease_expired(heartbeat_at: datetime | None) -> bool:
    lease = timedelta(seconds=settings.NEWSDESK_IMPORT_LEASE_SECONDS)
    return heartbeat_at is None or heartbeat_at < timezone.now() - lease


def interrupted_jobs():
    """Jobs marked running whose worker has not been heard from within the lease: it died."""
    cutoff = timezone.now() - timedelta(seconds=settings.NEWSDESK_IMPORT_LEASE_SECONDS)
    return ImportJob.objects.filter(status=ImportJob.Status.RUNNING).filter(
        Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at=None)
    )


def mark_interrupted_jobs() -> list[int]:
    """Marks jobs whose worker died as interrupted, saying how far they got; returns their ids
    for the caller to queue again (in the same transaction). Workers sweeping at the same time
    each take different jobs (skip_locked)."""
    marked = []
    for job in interrupted_jobs().select_for_update(skip_locked=True):
        done = job.files.exclude(status="").count()
        heard = f"{job.heartbeat_at:%Y-%m-%d %H:%M:%S} UTC" if job.heartbeat_at else "never"
        job.status = ImportJob.Status.INTERRUPTED
        job.notice = (
            f"The import worker stopped during this import (last heard from {heard}) with {done} of "
            f"{job.files.count()} files done; their results are kept and the rest is imported again."
        )
        job.save(update_fields=["status", "notice"])
        logger.warning("import job %s interrupted (worker last heard from %s); queued again", job.pk, heard)
        marked.append(job.pk)
    return marked


@contextmanager
def heartbeat(job_id: int):
    """Stamps the job's heartbeat_at from a thread of its own (own connection) while the body runs,
    however long one file takes."""
    stop = threading.Event()

    def beat():
        try:
            while not stop.wait(settings.NEWSDESK_IMPORT_HEARTBEAT_SECONDS):
                try:
                    ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.RUNNING).update(
                        heartbeat_at=timezone.now()
                    )
                except DATABASE_AWAY:
                    close_old_connections()  # the import's own writes say what happened; try again next beat
        finally:
            connections.close_all()

    thread = threading.Thread(target=beat, name=f"import-job-{job_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def import_retrying(data: bytes, source_file: str, *, as_of: date | None) -> ImportResult:
    """import_bytes, tried again on a fresh connection while the database is away (a restart),
    for up to NEWSDESK_IMPORT_DB_RETRY_SECONDS; then the error goes up and the job is resumed later."""
    waited, pause = 0.0, 0.5
    while True:
        try:
            return import_bytes(data, source_file, as_of=as_of)
        except DATABASE_AWAY as error:
            if waited >= settings.NEWSDESK_IMPORT_DB_RETRY_SECONDS:
                raise
            logger.warning("database unavailable importing %s (%s); trying again in %.1f s", source_file, error, pause)
            connection.close()
            time_module.sleep(pause)
            waited, pause = waited + pause, min(pause * 2, 5.0)
