"""Every write an editor makes in the workspace: tags, annotations, cross-links, review decisions.

Plain functions over model instances, each in one transaction, no request objects. A write
the editor can fix (an empty tag, a selection that no longer matches the text, a link that
exists already) raises EditError with a sentence for the editor; a write the user may not
make (someone else's annotation) raises PermissionDenied.
"""

from __future__ import annotations

import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from articles import kinds
from articles.models import (
    Annotation,
    Article,
    Event,
    Link,
    LinkRelation,
    Person,
    Quote,
    ReviewStatus,
    Tag,
    TagRedirect,
)

TAGGED_MODELS = [Article, Person, Quote, Event, Annotation]
CONTEXT_CHARS = 32  # prefix and suffix kept around an annotation's exact text
TAG_MAX = Tag._meta.get_field("name").max_length


class EditError(ValueError):
    """A write refused for a reason the editor can act on; str() is the sentence to show."""


# --- tags ---------------------------------------------------------------------------------


def clean_tag_name(name: str) -> str:
    return re.sub(r"\s+", " ", name or "").strip()


def tag_slug(name: str) -> str:
    return slugify(clean_tag_name(name), allow_unicode=True)[:TAG_MAX]


def split_tag_names(text: str) -> list[str]:
    """'Ukraine, defence , ukraine' -> ['Ukraine', 'defence']: comma separated, one per slug."""
    names, seen = [], set()
    for part in (text or "").split(","):
        name = clean_tag_name(part)
        slug = tag_slug(name)
        if slug and slug not in seen:
            seen.add(slug)
            names.append(name[:TAG_MAX])
    return names


def get_or_create_tag(name: str) -> Tag:
    """The tag with this name's slug, created with this spelling when it is new."""
    name = clean_tag_name(name)[:TAG_MAX]
    slug = tag_slug(name)
    if not slug:
        raise EditError("A tag needs at least one letter or digit.")
    tag, created = Tag.objects.get_or_create(slug=slug, defaults={"name": name})
    if created:  # a new tag takes over an old slug: its page is this tag's now
        TagRedirect.objects.filter(slug=slug).delete()
    return tag


@transaction.atomic
def add_tag(record, name: str) -> Tag:
    """Puts a tag (new or existing, matched by slug) on an article, person, quote or event."""
    tag = get_or_create_tag(name)
    record.tags.add(tag)
    return tag


@transaction.atomic
def remove_tag(record, tag: Tag) -> None:
    record.tags.remove(tag)


@transaction.atomic
def rename_tag(tag: Tag, name: str) -> Tag:
    """Renames a tag everywhere it is used (records point at the tag, so they all follow)."""
    name = clean_tag_name(name)[:TAG_MAX]
    slug = tag_slug(name)
    if not slug:
        raise EditError("A tag needs at least one letter or digit.")
    clash = Tag.objects.filter(slug=slug).exclude(pk=tag.pk).first()
    if clash:
        raise EditError(f"There is already a tag “{clash.name}”: merge into it instead.")
    old_slug = tag.slug
    renamed = Tag.objects.get(pk=tag.pk)
    renamed.name, renamed.slug = name, slug
    try:
        with transaction.atomic():
            renamed.save(update_fields=["name", "slug"])
    except IntegrityError as error:
        # Another editor took the name between the check and the save (the slug is unique).
        clash = Tag.objects.filter(slug=slug).exclude(pk=tag.pk).first()
        raise EditError(f"There is already a tag “{clash.name if clash else name}”: merge into it instead.") from error
    tag.name, tag.slug = name, slug
    redirect_old_slug(old_slug, tag)
    return tag


def redirect_old_slug(old_slug: str, tag: Tag) -> None:
    """After a tag's slug changed: its old page leads to it (and its new one is its own)."""
    if old_slug == tag.slug:
        return
    TagRedirect.objects.filter(slug=tag.slug).delete()
    TagRedirect.objects.update_or_create(slug=old_slug, defaults={"tag": tag})


@transaction.atomic
def merge_tags(source: Tag, target: Tag) -> Tag:
    """Moves every use of `source` to `target` and deletes `source`; returns `target`.
    The source's page (and any page it was redirected from) leads to the target from now on."""
    if source.pk == target.pk:
        raise EditError("A tag cannot be merged into itself.")
    for model in TAGGED_MODELS:
        through = model.tags.through
        column = f"{model._meta.model_name}_id"
        already = through.objects.filter(tag_id=target.pk).values(column)
        through.objects.filter(tag_id=source.pk).exclude(**{f"{column}__in": already}).update(tag_id=target.pk)
    TagRedirect.objects.filter(tag=source).update(tag=target)
    TagRedirect.objects.update_or_create(slug=source.slug, defaults={"tag": target})
    source.delete()
    return target


def tag_uses(tag: Tag) -> int:
    """How many articles, people, quotes, events and annotations carry the tag."""
    return sum(model.tags.through.objects.filter(tag_id=tag.pk).count() for model in TAGGED_MODELS)


@transaction.atomic
def delete_tag(tag: Tag) -> None:
    """Deletes a tag nothing carries (one in use is merged or renamed instead)."""
    Tag.objects.select_for_update().filter(pk=tag.pk).first()  # no one tags with it meanwhile
    uses = tag_uses(tag)
    if uses:
        raise EditError(
            f"“{tag.name}” is used {uses} time{'s' if uses != 1 else ''}: remove it from those first, or merge it."
        )
    tag.delete()


# --- annotations --------------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def ensure_author(annotation: Annotation, user) -> None:
    if annotation.author_id != getattr(user, "pk", None):
        raise PermissionDenied("Only the author of an annotation can change or delete it.")


def _set_annotation_tags(annotation: Annotation, tags: str) -> None:
    annotation.tags.set([get_or_create_tag(name) for name in split_tag_names(tags)])


@transaction.atomic
def create_annotation(
    article: Article, author, *, start: int, end: int, exact: str, note: str = "", tags: str = ""
) -> Annotation:
    """Anchors a note on a passage of the body (W3C TextQuote + TextPosition selectors).

    The offsets decide; `exact` is the text the editor saw selected and must match the body
    there (whitespace aside). The stored exact, prefix and suffix come from the body itself.
    """
    # The body as stored now, locked until the note is saved: a re-import (or a restored line)
    # that changes the text either finishes first, and the selection no longer matches, or
    # waits, and re-anchors this note with the others.
    body = Article.objects.select_for_update().values_list("body", flat=True).get(pk=article.pk)
    if not (0 <= start < end <= len(body)):
        raise EditError("The selection is outside the article text.")
    if _squash(body[start:end]) != _squash(exact) or not body[start:end].strip():
        raise EditError("The selected text does not match the article: reload the page and select it again.")
    annotation = Annotation.objects.create(
        article=article,
        author=author,
        exact=body[start:end],
        prefix=body[max(0, start - CONTEXT_CHARS) : start],
        suffix=body[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
        note=note.strip(),
    )
    _set_annotation_tags(annotation, tags)
    return annotation


@transaction.atomic
def update_annotation(annotation: Annotation, editor, *, note: str, tags: str = "") -> Annotation:
    ensure_author(annotation, editor)
    annotation.note = note.strip()
    annotation.save(update_fields=["note", "updated_at"])
    _set_annotation_tags(annotation, tags)
    return annotation


@transaction.atomic
def delete_annotation(annotation: Annotation, editor) -> None:
    ensure_author(annotation, editor)
    annotation.delete()


# --- cross-links --------------------------------------------------------------------------


@transaction.atomic
def create_link(source, target, *, relation: str, note: str = "", user=None) -> Link:
    """Links any article, person, quote or event to another with a relation and a note."""
    if relation not in LinkRelation.values:
        raise EditError("Choose how the two are related.")
    for record in (source, target):
        if not kinds.is_record(record):
            raise EditError("Only articles, people, quotes and events can be linked.")
    source_type = ContentType.objects.get_for_model(source)
    target_type = ContentType.objects.get_for_model(target)
    if source_type == target_type and source.pk == target.pk:
        raise EditError("A record cannot be linked to itself.")
    fields = dict(
        source_type=source_type, source_id=source.pk, target_type=target_type, target_id=target.pk, relation=relation
    )
    if Link.objects.filter(**fields).exists():
        raise EditError(f"These two are already linked as “{LinkRelation(relation).label}”.")
    try:
        with transaction.atomic():
            return Link.objects.create(**fields, note=note.strip(), created_by=user)
    except IntegrityError as error:  # a concurrent identical link
        raise EditError(f"These two are already linked as “{LinkRelation(relation).label}”.") from error


@transaction.atomic
def remove_link(link: Link) -> None:
    link.delete()


# --- review -------------------------------------------------------------------------------


def locked(record):
    """The record's row as stored now, locked until the transaction ends: an editor's write
    and a re-import of the record's article then happen one after the other, never interleaved."""
    # Only this row (of=self, no default ordering): a join to the article would lock it too
    # and deadlock with a re-import, which locks the article first and its quotes after.
    row = type(record).objects.select_for_update(of=("self",)).filter(pk=record.pk).order_by().first()
    if row is None:
        noun = type(record)._meta.verbose_name
        raise EditError(f"This {noun} is no longer stored (a re-import or a merge removed it): reload the page.")
    return row


def mark_edited(record, *fields: str) -> None:
    """Record that an editor set these extracted fields: re-imports keep the editor's values."""
    record.edited_fields = sorted(set(record.edited_fields) | set(fields))


@transaction.atomic
def set_review_status(record, status: str):
    """Marks an article, person, quote or event verified, rejected or back to needs-review."""
    if status not in ReviewStatus.values:
        raise EditError("Unknown review decision.")
    if not kinds.is_record(record):
        raise EditError("Only articles, people, quotes and events are reviewed.")
    row = locked(record)
    row.review_status = status
    fields = ["review_status", "updated_at"]
    if hasattr(row, "reviewed_at"):
        # When the decision was made ("reviewed today" in the review queue); back to needs-review
        # (an undo) is no decision.
        row.reviewed_at = None if status == ReviewStatus.NEEDS_REVIEW else timezone.now()
        fields.append("reviewed_at")
    row.save(update_fields=fields)
    for name in fields:
        setattr(record, name, getattr(row, name))
    return record


@transaction.atomic
def set_speaker(quote: Quote, *, person: Person | None = None, label: str = "") -> Quote:
    """Fixes who said a quote: a person, or a label as written ('a senior defence source').

    A typed label that is exactly one person's name (any case) links that person. The choice
    is the editor's from then on: a re-import of the article keeps it (Quote.edited_fields).
    """
    label = re.sub(r"\s+", " ", label or "").strip()[: Quote._meta.get_field("speaker_label").max_length]
    if person is None and label:
        named = list(Person.objects.filter(name__iexact=label)[:2])
        if len(named) == 1:
            person = named[0]
    if person is None and not label:
        raise EditError("Choose a person or type who said it.")
    row = locked(quote)
    if person is not None:
        row.speaker = person
    else:
        row.speaker, row.speaker_label = None, label
    mark_edited(row, *Quote.ATTRIBUTION_FIELDS)
    row.save(update_fields=["speaker", "speaker_label", "edited_fields", "updated_at"])
    for name in ("speaker", "speaker_label", "edited_fields", "updated_at"):
        setattr(quote, name, getattr(row, name))
    return quote
