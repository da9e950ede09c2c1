"""Editors' repairs of what extraction got wrong: merge and split people, reassign the speakers
of quotes, merge events, attach and detach articles and quotes, delete people.

Every function runs in one transaction and takes the acting user. Each article, person, quote,
event or link it changes gets a history row naming that user and why (the change reason), so
the admin's history pages show every repair and can revert it.

Why not queryset.update(): it skips simple-history. Bulk writes go through save_with_history(),
which writes one history row per object *with* its many-to-many fields (simple-history's own
bulk_update_with_history leaves the m2m snapshot out, so the history would show the tags of
every bulk-updated quote as removed). Mentions have no history model: moved mentions are
counted in the change reason of the people they moved between.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Count, Q
from django.utils import timezone

from articles.models import Article, Event, Link, Mention, Person, Quote, ReviewStatus

BATCH_SIZE = 500


class CurationError(ValueError):
    """A repair that cannot be made as asked (shown to the editor as is)."""


# --- history ---------------------------------------------------------------------------------


def attribute(obj: models.Model, user, reason: str) -> models.Model:
    """Mark obj so the history row of its next save or delete names user and reason."""
    obj._history_user = user
    obj._change_reason = reason
    return obj


@contextlib.contextmanager
def history_paused(obj: models.Model) -> Iterator[None]:
    """No history row per m2m add/remove on obj; the caller records one row at the end."""
    obj.skip_history_when_saving = True
    try:
        yield
    finally:
        del obj.skip_history_when_saving


def record_history(objs: Iterable[models.Model], *, user, reason: str, date=None, created: bool = False) -> list:
    """One "changed" history row per object (objects distinct, of one model), m2m fields included;
    "created" rows when created (objects saved without one: history_paused)."""
    objs = list(objs)
    if not objs:
        return []
    model = type(objs[0])
    rows = model.history.bulk_history_create(
        objs,
        batch_size=BATCH_SIZE,
        update=not created,
        default_user=user,
        default_change_reason=reason,
        default_date=date or timezone.now(),
    )
    snapshot_m2m(rows, model)
    return rows


def tracked_m2m(model: type[models.Model]) -> list[tuple[models.ManyToManyField, type[models.Model]]]:
    """The m2m fields whose rows model's history keeps (`HistoricalRecords(m2m_fields=…)`), each
    with the model those kept rows are stored in: simple-history puts a manager of that model on
    the historical model under the field's name."""
    history_model = model.history.model
    return [
        (field, getattr(history_model, field.name).model)
        for field in model._meta.many_to_many
        if hasattr(history_model, field.name)
    ]


def snapshot_m2m(history_rows: list, model: type[models.Model]) -> None:
    """Copy each object's current m2m rows into its history row, as a single save would."""
    history_by_pk = {getattr(row, model._meta.pk.attname): row for row in history_rows}
    for m2m_field, m2m_history_model in tracked_m2m(model):
        through = m2m_field.remote_field.through
        own, other = m2m_field.m2m_field_name(), m2m_field.m2m_reverse_field_name()
        rows = through.objects.filter(**{f"{own}_id__in": list(history_by_pk)}).values_list(
            "pk", f"{own}_id", f"{other}_id"
        )
        m2m_history_model.objects.bulk_create(
            (
                m2m_history_model(
                    id=pk, history=history_by_pk[own_id], **{f"{own}_id": own_id, f"{other}_id": other_id}
                )
                for pk, own_id, other_id in rows.iterator(chunk_size=2000)
            ),
            batch_size=BATCH_SIZE,
        )


def resnapshot_m2m(history_row) -> None:
    """Replace a history row's m2m snapshot by the object's m2m rows as they are now."""
    for _field, m2m_history_model in tracked_m2m(history_row.instance_type):
        m2m_history_model.objects.filter(history=history_row).delete()
    snapshot_m2m([history_row], history_row.instance_type)


def save_with_history(objs: Iterable[models.Model], fields: list[str], *, user, reason: str) -> int:
    """bulk_update(fields) of distinct objects of one model, plus one history row each."""
    objs = list(objs)
    if not objs:
        return 0
    model = type(objs[0])
    now = timezone.now()
    fields = list(fields)
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        # bulk_update does not run auto_now.
        for obj in objs:
            obj.updated_at = now
        fields.append("updated_at")
    with transaction.atomic():
        if fields:
            model._default_manager.bulk_update(objs, fields, batch_size=BATCH_SIZE)
        record_history(objs, user=user, reason=reason, date=now)
    return len(objs)


def label(obj: models.Model, width: int = 0) -> str:
    """'#12 “Ada Okafor”' for change reasons and messages; width > 0 shortens the text."""
    text = str(obj)
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return f"#{obj.pk} “{text}”"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# --- footprints (what a merge would move) -----------------------------------------------------


@dataclass
class Footprint:
    """How much hangs off one person or event: what the confirmation page shows will move."""

    mentions: int = 0
    quotes: int = 0
    events: int = 0
    participants: int = 0
    articles: int = 0
    tags: int = 0
    links: int = 0


def _counts(queryset, key: str) -> dict[int, int]:
    return dict(queryset.values_list(key).annotate(n=Count("*")).order_by())


def _link_counts(model: type[models.Model], ids: list[int]) -> dict[int, int]:
    content_type = ContentType.objects.get_for_model(model)
    counts: dict[int, int] = {}
    for end in ("source", "target"):
        for pk, n in _counts(
            Link.objects.filter(**{f"{end}_type": content_type, f"{end}_id__in": ids}), f"{end}_id"
        ).items():
            counts[pk] = counts.get(pk, 0) + n
    return counts


def person_footprints(person_ids: Iterable[int]) -> dict[int, Footprint]:
    """Counts of mentions, quotes (as speaker), events, tags and links per person, in six queries."""
    ids = list(person_ids)
    mentions = _counts(Mention.objects.filter(person_id__in=ids), "person_id")
    quotes = _counts(Quote.objects.filter(speaker_id__in=ids), "speaker_id")
    events = _counts(Event.participants.through.objects.filter(person_id__in=ids), "person_id")
    tags = _counts(Person.tags.through.objects.filter(person_id__in=ids), "person_id")
    links = _link_counts(Person, ids)
    return {
        pk: Footprint(
            mentions=mentions.get(pk, 0),
            quotes=quotes.get(pk, 0),
            events=events.get(pk, 0),
            tags=tags.get(pk, 0),
            links=links.get(pk, 0),
        )
        for pk in ids
    }


def event_footprints(event_ids: Iterable[int]) -> dict[int, Footprint]:
    """Counts of participants, articles, quotes, tags and links per event."""
    ids = list(event_ids)
    participants = _counts(Event.participants.through.objects.filter(event_id__in=ids), "event_id")
    articles = _counts(Event.articles.through.objects.filter(event_id__in=ids), "event_id")
    quotes = _counts(Event.quotes.through.objects.filter(event_id__in=ids), "event_id")
    tags = _counts(Event.tags.through.objects.filter(event_id__in=ids), "event_id")
    links = _link_counts(Event, ids)
    return {
        pk: Footprint(
            participants=participants.get(pk, 0),
            articles=articles.get(pk, 0),
            quotes=quotes.get(pk, 0),
            tags=tags.get(pk, 0),
            links=links.get(pk, 0),
        )
        for pk in ids
    }


# --- links -----------------------------------------------------------------------------------


@dataclass
class LinkMove:
    moved: int = 0
    dropped: int = 0


def move_links(model: type[models.Model], survivor_id: int, merged_ids: list[int], *, user, reason: str) -> LinkMove:
    """Re-point Links whose source or target is a merged record to the survivor.

    A link that would then point at itself, or repeat a link the survivor already has (same
    ends and relation: link_unique), is deleted instead; its note is appended to the kept one.
    """
    content_type = ContentType.objects.get_for_model(model)
    merged = set(merged_ids)
    all_ids = [survivor_id, *merged_ids]
    links = list(
        Link.objects.filter(
            Q(source_type=content_type, source_id__in=all_ids) | Q(target_type=content_type, target_id__in=all_ids)
        ).order_by("pk")
    )

    def end(type_id: int, obj_id: int) -> int:
        return survivor_id if type_id == content_type.pk and obj_id in merged else obj_id

    def touches_merged(link: Link) -> bool:
        return end(link.source_type_id, link.source_id) != link.source_id or (
            end(link.target_type_id, link.target_id) != link.target_id
        )

    kept: dict[tuple, Link] = {}
    for link in links:
        if not touches_merged(link):
            kept[(link.source_type_id, link.source_id, link.target_type_id, link.target_id, link.relation)] = link
    moved: list[Link] = []
    dropped: list[Link] = []
    grown: dict[int, Link] = {}
    for link in links:
        if not touches_merged(link):
            continue
        source_id, target_id = end(link.source_type_id, link.source_id), end(link.target_type_id, link.target_id)
        key = (link.source_type_id, source_id, link.target_type_id, target_id, link.relation)
        if link.source_type_id == link.target_type_id and source_id == target_id:
            dropped.append(link)  # would point at itself (link_not_to_itself)
        elif key in kept:
            keeper = kept[key]
            if link.note and link.note not in keeper.note:
                keeper.note = f"{keeper.note}\n\n{link.note}" if keeper.note else link.note
                grown[keeper.pk] = keeper
            dropped.append(link)
        else:
            link.source_id, link.target_id = source_id, target_id
            kept[key] = link
            moved.append(link)
    for link in dropped:
        # One by one so each deletion has its history row, with the link as it was.
        attribute(link, user, f"Dropped: duplicate or self-link after {reason[0].lower()}{reason[1:]}").delete()
    changed = {link.pk: link for link in moved} | grown
    save_with_history(changed.values(), ["source_id", "target_id", "note"], user=user, reason=reason)
    return LinkMove(moved=len(moved), dropped=len(dropped))


# --- people ----------------------------------------------------------------------------------


@dataclass
class PersonMerge:
    survivor: Person
    merged: list[str] = field(default_factory=list)  # labels of the people merged away
    mentions: int = 0
    quotes: int = 0
    events: int = 0
    tags: int = 0
    links: LinkMove = field(default_factory=LinkMove)

    def summary(self) -> str:
        return (
            f"Merged {', '.join(self.merged)} into {label(self.survivor)}: moved {plural(self.mentions, 'mention')}, "
            f"{plural(self.quotes, 'quote')}, {plural(self.events, 'event')}, {plural(self.tags, 'tag')}, "
            f"{plural(self.links.moved, 'link')} ({self.links.dropped} duplicate links dropped)."
        )


def _locked_people(ids: list[int]) -> dict[int, Person]:
    people = {p.pk: p for p in Person.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
    missing = set(ids) - set(people)
    if missing:
        raise CurationError(f"People not found (deleted meanwhile?): {', '.join(map(str, sorted(missing)))}.")
    return people


def unique_names(names: Iterable[str], *, excluding: Iterable[str] = ()) -> list[str]:
    """Names in first-seen order, without blanks, repeats or any name in excluding (case-insensitive)."""
    seen = {n.casefold() for n in excluding}
    out = []
    for name in names:
        name = name.strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def rewrite_fingerprint(fingerprint: str, merged_ids: set[int], survivor_id: int) -> str:
    """An event key 'kind:1,5,7' with merged person ids replaced by the survivor's.

    Imports resolve the merged names to the survivor from now on, so the key they compute
    for the same event names the survivor (identity.event_fingerprint's format).
    """
    kind, sep, ids = fingerprint.partition(":")
    if not sep:
        return fingerprint
    try:
        pks = {int(x) for x in ids.split(",") if x}
    except ValueError:
        return fingerprint
    pks = {survivor_id if pk in merged_ids else pk for pk in pks}
    return f"{kind}:" + ",".join(str(pk) for pk in sorted(pks))


def merge_people(survivor: Person | int, merged: Iterable[Person | int], *, user) -> PersonMerge:
    """Fold the merged people into survivor, losing nothing.

    Their mentions, quotes (as speaker), event participation, tags and links move to the
    survivor; their names and aliases become its aliases (so later imports naming any of them
    resolve to it); blank role or description is filled from them. Then they are deleted, each
    with a history row saying where it went.
    """
    survivor_id = getattr(survivor, "pk", survivor)
    merged_ids = sorted({getattr(p, "pk", p) for p in merged} - {survivor_id})
    if not merged_ids:
        raise CurationError("Choose at least one other person to merge into the survivor.")
    with transaction.atomic():
        people = _locked_people([survivor_id, *merged_ids])
        survivor = people[survivor_id]
        others = [people[pk] for pk in merged_ids]
        result = PersonMerge(survivor=survivor, merged=[label(p) for p in others])
        reason = f"Merged {', '.join(result.merged)} into {label(survivor)}"

        result.mentions = Mention.objects.filter(person_id__in=merged_ids).update(person=survivor)

        quotes = list(Quote.objects.filter(speaker_id__in=merged_ids))
        for quote in quotes:
            quote.speaker = survivor
        result.quotes = save_with_history(quotes, ["speaker"], user=user, reason=reason)

        participation = Event.participants.through.objects
        event_ids = set(participation.filter(person_id__in=merged_ids).values_list("event_id", flat=True))
        participation.filter(person_id__in=merged_ids).delete()
        participation.bulk_create(
            [participation.model(event_id=e, person_id=survivor_id) for e in event_ids], ignore_conflicts=True
        )
        events = list(Event.objects.filter(pk__in=event_ids))
        for event in events:
            event.fingerprint = rewrite_fingerprint(event.fingerprint, set(merged_ids), survivor_id)
        result.events = save_with_history(events, ["fingerprint"], user=user, reason=reason)

        tagging = Person.tags.through.objects
        tag_ids = set(tagging.filter(person_id__in=merged_ids).values_list("tag_id", flat=True))
        tag_ids -= set(tagging.filter(person_id=survivor_id).values_list("tag_id", flat=True))
        tagging.bulk_create([tagging.model(person_id=survivor_id, tag_id=t) for t in tag_ids])
        result.tags = len(tag_ids)

        result.links = move_links(Person, survivor_id, merged_ids, user=user, reason=reason)

        survivor.aliases = unique_names(
            [*survivor.aliases, *(name for p in others for name in [p.name, *p.aliases])], excluding=[survivor.name]
        )
        survivor.role = survivor.role or next((p.role for p in others if p.role), "")
        descriptions = unique_names([survivor.description, *(p.description for p in others)])
        survivor.description = "\n\n".join(descriptions)
        attribute(survivor, user, reason).save()  # one history row: aliases, role and the new tags

        for person in others:
            attribute(person, user, f"{MERGED_INTO}{label(survivor)}").delete()
    return result


MERGED_INTO = "Merged into "  # the reason on a merged person's deletion row, then label(survivor)


def merged_into(person_id: int) -> Person | None:
    """The person that one merged away now is (following later merges too), or None when
    person_id names nobody, now or before."""
    seen = set()
    while person_id not in seen:
        seen.add(person_id)
        gone = (
            Person.history.filter(id=person_id, history_type="-", history_change_reason__startswith=MERGED_INTO)
            .order_by("-history_date")
            .values_list("history_change_reason", flat=True)
            .first()
        )
        found = re.match(r"#(\d+) ", gone[len(MERGED_INTO) :]) if gone else None
        if found is None:
            return None
        person_id = int(found.group(1))
        person = Person.objects.filter(pk=person_id).first()
        if person is not None:
            return person
    return None


@dataclass
class PersonSplit:
    source: Person
    target: Person
    created: bool
    mentions: int = 0
    quotes: int = 0
    events: int = 0

    def summary(self) -> str:
        moved = f"{plural(self.mentions, 'mention')}, {plural(self.quotes, 'quote')}, {plural(self.events, 'event')}"
        to = f"new person {label(self.target)}" if self.created else label(self.target)
        return f"Moved {moved} from {label(self.source)} to {to}."


def split_person(
    person: Person | int,
    *,
    user,
    mention_ids: Iterable[int] = (),
    quote_ids: Iterable[int] = (),
    event_ids: Iterable[int] = (),
    target: Person | int | None = None,
    new_name: str = "",
) -> PersonSplit:
    """Move chosen mentions, quotes and event participation of person to another Person.

    For two different people behind one name: the target is an existing person or a new one
    called new_name. Surface forms that now only name the target move to its aliases, and the
    target's name leaves the source's aliases, so later imports tell them apart. Every moved
    record keeps its review status: moving a quote is not checking it.
    """
    source_id = getattr(person, "pk", person)
    target_id = getattr(target, "pk", target)
    new_name = new_name.strip()
    if (target_id is None) == (not new_name):
        raise CurationError("Give either an existing person or a new name to move them to.")
    if target_id == source_id:
        raise CurationError("The target is the person being split; choose someone else.")
    with transaction.atomic():
        people = _locked_people([source_id] + ([target_id] if target_id else []))
        source = people[source_id]
        mentions = list(source.mentions.filter(pk__in=list(mention_ids)).values_list("pk", "text"))
        quotes = list(source.quotes.filter(pk__in=list(quote_ids)))
        events = list(source.events.filter(pk__in=list(event_ids)))
        if not (mentions or quotes or events):
            raise CurationError("Choose at least one mention, quote or event of this person to move.")
        if new_name and new_name.casefold() == source.name.casefold():
            raise CurationError(f"“{new_name}” is already this person's name; give the other person's name.")

        created = target_id is None
        split_target = Person(name=new_name) if created else people[target_id]
        moved_forms = unique_names(text for _, text in mentions)
        split_target.aliases = unique_names([*split_target.aliases, *moved_forms], excluding=[split_target.name])
        result = PersonSplit(source=source, target=split_target, created=created)
        if created:
            attribute(split_target, user, f"Split from {label(source)}").save()

        reason_to = f"Split to {label(split_target)}"
        reason_from = f"Split from {label(source)}"
        result.mentions = Mention.objects.filter(pk__in=[pk for pk, _ in mentions]).update(person=split_target)
        for quote in quotes:
            quote.speaker = split_target
        result.quotes = save_with_history(quotes, ["speaker"], user=user, reason=reason_from)

        participation = Event.participants.through.objects
        participation.filter(person_id=source_id, event__in=events).delete()
        participation.bulk_create(
            [participation.model(event_id=e.pk, person_id=split_target.pk) for e in events], ignore_conflicts=True
        )
        result.events = save_with_history(
            events, [], user=user, reason=f"Participant {label(source)} → {label(split_target)}"
        )

        remaining_forms = {t.casefold() for t in source.mentions.values_list("text", flat=True)}
        gone = {f.casefold() for f in moved_forms if f.casefold() not in remaining_forms} | {
            split_target.name.casefold()
        }
        source.aliases = [a for a in source.aliases if a.casefold() not in gone]
        reason = f"{reason_to}: {result.summary()}"
        attribute(source, user, reason).save()
        attribute(split_target, user, f"{reason_from}: {result.summary()}").save()
    return result


def delete_people(people: Iterable[Person], *, user, reason: str = "Deleted") -> int:
    """Delete people, keeping their quotes as unnamed sources (labelled with the name as written).

    A plain delete would null the quotes' speaker in SQL, with no history and no trace of who
    spoke; here each quote keeps its label (or gets the person's name) with a history row.
    """
    with transaction.atomic():
        people = list(_locked_people([p.pk for p in people]).values())
        names = {p.pk: p.name for p in people}
        quotes = list(Quote.objects.filter(speaker_id__in=list(names)))
        for quote in quotes:
            quote.speaker_label = quote.speaker_label or names[quote.speaker_id]
            quote.speaker = None
        save_with_history(quotes, ["speaker", "speaker_label"], user=user, reason=f"Speaker deleted: {reason}")
        return delete_with_history(people, user=user, reason=reason)


HISTORY_M2M_OWNERS = (Article, Person, Quote, Event)


def _m2m_owners(model: type[models.Model], ids: set[int]) -> dict[type[models.Model], set[int]]:
    """The records whose history-tracked m2m fields point at these rows of model."""
    owners: dict[type[models.Model], set[int]] = {}
    for owner in HISTORY_M2M_OWNERS:
        for m2m_field, _kept_rows in tracked_m2m(owner):
            if m2m_field.related_model is model and ids:
                through = m2m_field.remote_field.through
                own, other = m2m_field.m2m_field_name(), m2m_field.m2m_reverse_field_name()
                found = through.objects.filter(**{f"{other}_id__in": list(ids)}).values_list(f"{own}_id", flat=True)
                owners.setdefault(owner, set()).update(found)
    return owners


def delete_with_history(objs: Iterable[models.Model], *, user, reason: str = "Deleted") -> int:
    """Delete records one by one, each with a history row naming user and reason.

    Deleting also removes m2m rows in SQL, without signals: the events that lose a participant,
    article or quote, and the records that lose a tag, get a history row too (so their history
    shows the loss). An article's quotes go with it, and with them their event links.
    """
    objs = list(objs)
    if not objs:
        return 0
    model = type(objs[0])
    ids = {obj.pk for obj in objs}
    with transaction.atomic():
        owners = _m2m_owners(model, ids)
        if model is Article:
            quote_ids = set(Quote.objects.filter(article_id__in=ids).values_list("pk", flat=True))
            for owner, owner_ids in _m2m_owners(Quote, quote_ids).items():
                owners.setdefault(owner, set()).update(owner_ids)
        for obj in objs:
            attribute(obj, user, reason).delete()
        for owner, owner_ids in owners.items():
            survivors = owner.objects.filter(pk__in=owner_ids - (ids if owner is model else set()))
            record_history(survivors, user=user, reason=f"{reason}: {model._meta.verbose_name} removed from here")
    return len(objs)


# --- quotes ----------------------------------------------------------------------------------


def _in_batches(quotes, size: int = BATCH_SIZE) -> Iterator[list[Quote]]:
    """The quotes of a queryset (or ids) in pk order, a batch at a time (keyset, no OFFSET)."""
    queryset = quotes if isinstance(quotes, models.QuerySet) else Quote.objects.filter(pk__in=list(quotes))
    queryset = queryset.order_by("pk")
    last = 0
    while batch := list(queryset.filter(pk__gt=last)[:size]):
        yield batch
        last = batch[-1].pk


def reassign_speakers(quotes, *, user, speaker: Person | None = None, speaker_label: str | None = None) -> int:
    """Give many quotes one speaker: a Person, or none (an unnamed source, speaker_label required).

    speaker_label None keeps each quote's own label when a person is given. The quotes count as
    reviewed afterwards (needs_review becomes verified), so a re-import keeps the editor's choice.
    Returns the number of quotes changed.
    """
    if speaker is None and not (speaker_label or "").strip():
        raise CurationError("An unnamed source needs a label, e.g. “a senior defence source”.")
    if speaker is not None:
        reason = f"Speaker set to {label(speaker)}"
    else:
        reason = f"Speaker set to unnamed “{speaker_label.strip()}”"
    changed = 0
    with transaction.atomic():
        for batch in _in_batches(quotes):
            dirty = []
            for quote in batch:
                before = (quote.speaker_id, quote.speaker_label, quote.review_status)
                quote.speaker = speaker
                if speaker_label is not None:
                    quote.speaker_label = speaker_label.strip()[:300]
                if quote.review_status == ReviewStatus.NEEDS_REVIEW:
                    quote.review_status = ReviewStatus.VERIFIED
                if (quote.speaker_id, quote.speaker_label, quote.review_status) != before:
                    quote.edited_fields = sorted({*quote.edited_fields, *Quote.ATTRIBUTION_FIELDS})
                    dirty.append(quote)
            fields = ["speaker", "speaker_label", "review_status", "edited_fields"]
            changed += save_with_history(dirty, fields, user=user, reason=reason)
    return changed


# --- events ----------------------------------------------------------------------------------


EVENT_M2M = ("participants", "articles", "quotes", "tags")


@dataclass
class EventMerge:
    survivor: Event
    merged: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)  # m2m field -> rows the survivor gained
    links: LinkMove = field(default_factory=LinkMove)

    def summary(self) -> str:
        gained = ", ".join(f"{n} {name}" for name, n in self.added.items())
        return (
            f"Merged events {', '.join(self.merged)} into {label(self.survivor, 60)}: gained {gained}; "
            f"{plural(self.links.moved, 'link')} moved ({self.links.dropped} duplicate links dropped)."
        )


def merge_events(survivor: Event | int, merged: Iterable[Event | int], *, user) -> EventMerge:
    """Fold the merged events into survivor: participants, articles, quotes, tags and links move.

    The survivor keeps its summary, kind and date; blank date, place or date text are filled
    from the merged events. The merged events' summaries are kept in the survivor's history
    (the change reason quotes them) and in their own deletion rows.
    """
    survivor_id = getattr(survivor, "pk", survivor)
    merged_ids = sorted({getattr(e, "pk", e) for e in merged} - {survivor_id})
    if not merged_ids:
        raise CurationError("Choose at least one other event to merge into the survivor.")
    with transaction.atomic():
        events = {e.pk: e for e in Event.objects.select_for_update().filter(pk__in=[survivor_id, *merged_ids])}
        missing = {survivor_id, *merged_ids} - set(events)
        if missing:
            raise CurationError(f"Events not found (deleted meanwhile?): {', '.join(map(str, sorted(missing)))}.")
        survivor = events[survivor_id]
        others = [events[pk] for pk in merged_ids]
        result = EventMerge(survivor=survivor, merged=[label(e, 60) for e in others])
        reason = "Merged events into this one: " + "; ".join(f"#{e.pk} “{e.summary}”" for e in others)

        for name in EVENT_M2M:
            m2m_field = Event._meta.get_field(name)
            through = m2m_field.remote_field.through
            other = m2m_field.m2m_reverse_field_name()
            wanted = set(through.objects.filter(event_id__in=merged_ids).values_list(f"{other}_id", flat=True))
            wanted -= set(through.objects.filter(event_id=survivor_id).values_list(f"{other}_id", flat=True))
            through.objects.bulk_create([through(event_id=survivor_id, **{f"{other}_id": pk}) for pk in wanted])
            result.added[name] = len(wanted)

        result.links = move_links(
            Event, survivor_id, merged_ids, user=user, reason=f"Merged into {label(survivor, 60)}"
        )

        if not survivor.date.known:
            dated = next((e for e in others if e.date.known), None)
            if dated:
                survivor.date_year, survivor.date_month, survivor.date_day = (
                    dated.date_year,
                    dated.date_month,
                    dated.date_day,
                )
                survivor.date_precision, survivor.date_text = dated.date_precision, dated.date_text
        survivor.location = survivor.location or next((e.location for e in others if e.location), "")
        survivor.date_text = survivor.date_text or next((e.date_text for e in others if e.date_text), "")
        attribute(survivor, user, reason).save()

        for event in others:
            attribute(event, user, f"Merged into {label(survivor, 60)}").delete()
    return result


def attach_to_event(event: Event, *, user, articles: Iterable = (), quotes: Iterable = ()) -> Event:
    """Attach articles and quotes to event; one history row for the event."""
    return _change_event_links(event, user=user, articles=articles, quotes=quotes, attach=True)


def detach_from_event(event: Event, *, user, articles: Iterable = (), quotes: Iterable = ()) -> Event:
    """Detach articles and quotes from event; one history row for the event."""
    return _change_event_links(event, user=user, articles=articles, quotes=quotes, attach=False)


def _change_event_links(event: Event, *, user, articles, quotes, attach: bool) -> Event:
    articles, quotes = list(articles), list(quotes)
    if not (articles or quotes):
        raise CurationError("Choose at least one article or quote.")
    verb = "Attached" if attach else "Detached"
    parts = []
    if articles:
        parts.append("articles " + ", ".join(f"#{getattr(a, 'pk', a)}" for a in articles))
    if quotes:
        parts.append("quotes " + ", ".join(f"#{getattr(q, 'pk', q)}" for q in quotes))
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        with history_paused(event):
            for manager, items in ((event.articles, articles), (event.quotes, quotes)):
                if items:
                    (manager.add if attach else manager.remove)(*items)
        save_with_history([event], [], user=user, reason=f"{verb} {' and '.join(parts)}")
    return event
