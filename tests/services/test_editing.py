"""Every workspace write: tags, annotations, links, review decisions and speaker fixes."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles.models import Annotation, Link, ReviewStatus, Tag
from articles.querysets import links_for
from articles.services import editing
from articles.services.editing import EditError

from .. import factories as f

pytestmark = pytest.mark.django_db


def test_add_tag_reuses_a_tag_by_slug_and_remove_takes_it_off():
    a, p = f.article(), f.person()
    first = editing.add_tag(a, "Ukraine crisis")
    second = editing.add_tag(p, "  ukraine   CRISIS ")
    assert first == second and first.name == "Ukraine crisis" and first.slug == "ukraine-crisis"
    assert list(a.tags.all()) == [first] and list(p.tags.all()) == [first]
    editing.remove_tag(a, first)
    assert a.tags.count() == 0 and p.tags.count() == 1


def test_tag_without_letters_is_refused():
    with pytest.raises(EditError):
        editing.add_tag(f.article(), " !!! ")


def test_split_tag_names_dedupes_by_slug():
    assert editing.split_tag_names("Ukraine, defence , ukraine,, ") == ["Ukraine", "defence"]


def test_rename_tag_is_seen_by_every_record_and_refuses_a_clash():
    a, q = f.article(), None
    q = f.quote(a, "wants calm")
    tag = editing.add_tag(a, "Rusia")
    editing.add_tag(q, "Rusia")
    editing.rename_tag(tag, "Russia")
    assert [t.name for t in a.tags.all()] == ["Russia"] and [t.slug for t in q.tags.all()] == ["russia"]
    editing.add_tag(a, "Moscow")
    with pytest.raises(EditError, match="merge"):
        editing.rename_tag(tag, "moscow")


def test_merge_tags_moves_every_use_and_deletes_the_source(editor):
    a1, a2 = f.article(), f.article("Second")
    ev, p = f.event(), f.person()
    ann = f.annotation(a1, editor, "talks in Moscow", tags="kyiv")
    source, target = f.tag("Kiev"), f.tag("Kyiv")
    for record in (a1, a2, ev, p):
        record.tags.add(source)
    a1.tags.add(target)  # already on both: must not clash or duplicate
    editing.merge_tags(source, target)
    assert not Tag.objects.filter(pk=source.pk).exists()
    for record in (a1, a2, ev, p, ann):
        assert list(record.tags.values_list("slug", flat=True)) == ["kyiv"]
    with pytest.raises(EditError):
        editing.merge_tags(target, target)


def test_annotation_keeps_w3c_selectors_from_the_body(editor):
    a = f.article()
    start = a.body.index("talks in Moscow")
    ann = editing.create_annotation(
        a, editor, start=start, end=start + 15, exact="talks  in\nMoscow", note=" check ", tags="dates, Moscow"
    )
    assert ann.exact == "talks in Moscow" and ann.note == "check"
    assert ann.prefix == a.body[start - 32 : start] and len(ann.prefix) == 32
    assert ann.suffix == a.body[start + 15 : start + 15 + 32]
    assert sorted(ann.tags.values_list("name", flat=True)) == ["Moscow", "dates"]


@pytest.mark.parametrize(("start", "end", "exact"), [(0, 4, "Nope"), (5, 3, "x"), (0, 10_000, "x")])
def test_annotation_that_does_not_match_the_text_is_refused(editor, start, end, exact):
    with pytest.raises(EditError):
        editing.create_annotation(f.article(), editor, start=start, end=end, exact=exact)
    assert Annotation.objects.count() == 0


def test_only_the_author_edits_or_deletes_an_annotation(editor, groups):
    other = f.user("other-editor", groups[0])
    ann = f.annotation(f.article(), editor, "talks in Moscow", note="mine")
    with pytest.raises(PermissionDenied):
        editing.update_annotation(ann, other, note="theirs")
    with pytest.raises(PermissionDenied):
        editing.delete_annotation(ann, other)
    editing.update_annotation(ann, editor, note="still mine", tags="x")
    ann.refresh_from_db()
    assert ann.note == "still mine" and [t.name for t in ann.tags.all()] == ["x"]
    editing.delete_annotation(ann, editor)
    assert Annotation.objects.count() == 0


def test_links_show_from_both_ends_and_refuse_duplicates_and_self(editor):
    a, p = f.article(), f.person()
    q = f.quote(a, "wants calm", speaker=p)
    link = editing.create_link(q, a, relation="contradicts", note="see para 2", user=editor)
    (from_quote,) = links_for(q)
    (from_article,) = links_for(a)
    assert (from_quote.outgoing, from_quote.other_kind, from_quote.other_id) == (True, "article", a.pk)
    assert from_quote.other_label == a.title
    assert (from_article.outgoing, from_article.other_kind, from_article.other_label) == (False, "quote", "wants calm")
    with pytest.raises(EditError, match="already linked"):
        editing.create_link(q, a, relation="contradicts")
    with pytest.raises(EditError, match="itself"):
        editing.create_link(a, a, relation="related")
    with pytest.raises(EditError):
        editing.create_link(a, p, relation="nonsense")
    editing.create_link(q, a, relation="background")  # another relation is another link
    editing.remove_link(link)
    assert Link.objects.count() == 1


def test_review_decisions():
    q = f.quote(f.article(), "wants calm")
    editing.set_review_status(q, ReviewStatus.VERIFIED)
    q.refresh_from_db()
    assert q.review_status == "verified"
    editing.set_review_status(q, "rejected")
    assert type(q).objects.visible().count() == 0 and type(q).objects.visible(show_rejected=True).count() == 1
    with pytest.raises(EditError):
        editing.set_review_status(q, "maybe")


def test_a_decision_records_when_it_was_made_and_an_undo_clears_it():
    q = f.quote(f.article(), "wants calm")
    assert q.reviewed_at is None
    editing.set_review_status(q, ReviewStatus.VERIFIED)
    q.refresh_from_db()
    decided = q.reviewed_at
    assert decided is not None and (timezone.now() - decided).total_seconds() < 60
    editing.set_review_status(q, ReviewStatus.NEEDS_REVIEW)
    q.refresh_from_db()
    assert q.reviewed_at is None and q.review_status == "needs_review"


def test_speaker_fix_with_a_person_a_label_or_a_name():
    a = f.article()
    wallace, shoigu = f.person("Ben Wallace"), f.person("Sergei Shoigu")
    q = f.quote(a, "wants calm", speaker=wallace, label="he")
    editing.set_speaker(q, person=shoigu)
    q.refresh_from_db()
    assert q.speaker == shoigu and q.speaker_label == "he"
    editing.set_speaker(q, label="  a senior   defence source ")
    q.refresh_from_db()
    assert q.speaker is None and q.source_name == "a senior defence source"
    editing.set_speaker(q, label="ben wallace")
    q.refresh_from_db()
    assert q.speaker == wallace
    with pytest.raises(EditError):
        editing.set_speaker(q, label="  ")
