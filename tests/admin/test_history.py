"""History through the admin: every repair shows who, when, what and why, and reverts."""

import re

import pytest
from django.urls import reverse

from articles.models import Person, Quote
from articles.services import curation

from . import records
from .forms import page_form_data

pytestmark = pytest.mark.django_db


def revert(client, model: str, obj_id: int, history_id: int):
    """Open simple-history's revert page for one version and press Revert, as an editor would."""
    url = reverse(f"admin:articles_{model}_simple_history", args=[obj_id, history_id])
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, page_form_data(page))


def test_admin_edit_then_revert_restores_the_person(editor_client, editor):
    person = records.person("Ben Walace", "Wallace", role="Defence Secretary")
    first = person.history.latest("history_id")
    change = reverse("admin:articles_person_change", args=[person.pk])
    response = editor_client.post(
        change,
        {"name": "Ben Wallace", "aliases": "Wallace,Mr Wallace", "role": "Defence Secretary"}
        | {"description": "", "review_status": "verified", "tags": []},
    )
    assert response.status_code == 302
    edited = person.history.latest("history_id")
    assert edited.history_user == editor
    assert edited.history_change_reason == "Edited in the admin: name, aliases, review_status"

    response = revert(editor_client, "person", person.pk, first.history_id)

    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.name, person.aliases, person.review_status) == ("Ben Walace", ["Wallace"], "needs_review")
    reverted = person.history.latest("history_id")
    assert reverted.history_user == editor
    assert reverted.history_change_reason.startswith("Reverted to the version of")


def test_history_page_shows_who_and_why_for_a_merge(editor_client, editor):
    ben, mr = records.person("Ben Wallace"), records.person("Mr Wallace")
    curation.merge_people(ben, [mr], user=editor)
    page = editor_client.get(reverse("admin:articles_person_history", args=[ben.pk])).content.decode()
    assert "editor" in page
    assert f"Merged #{mr.pk} “Mr Wallace” into #{ben.pk} “Ben Wallace”" in page
    # The merged person's history stays reachable after the merge deleted it.
    gone = editor_client.get(reverse("admin:articles_person_history", args=[mr.pk]))
    assert gone.status_code == 200 and f"Merged into #{ben.pk}" in gone.content.decode()


def test_a_merge_is_undone_from_the_history_pages(editor_client, editor):
    article = records.article()
    ben = records.person("Ben Wallace", "Wallace")
    mr = records.person("Mr Wallace", role="MP")
    said = records.quote(article, "We will keep talking.", mr)
    ben_before = ben.history.latest("history_id")
    mr_before = mr.history.latest("history_id")
    said_before = said.history.latest("history_id")
    curation.merge_people(ben, [mr], user=editor)

    # The survivor's aliases, the deleted person, and the quote's speaker, each reverted in the admin.
    assert revert(editor_client, "person", ben.pk, ben_before.history_id).status_code == 302
    assert revert(editor_client, "person", mr.pk, mr_before.history_id).status_code == 302
    assert revert(editor_client, "quote", said.pk, said_before.history_id).status_code == 302

    ben.refresh_from_db()
    assert ben.aliases == ["Wallace"]
    restored = Person.objects.get(pk=mr.pk)
    assert (restored.name, restored.role) == ("Mr Wallace", "MP")
    assert Quote.objects.get(pk=said.pk).speaker == restored


def test_reverting_an_event_merge_restores_its_participants_and_articles(editor_client, editor):
    first_article, second_article = records.article("First"), records.article("Second")
    ben, shoigu = records.person("Ben Wallace"), records.person("Sergei Shoigu")
    tag = records.tag("Moscow")
    meeting = records.event("Wallace meets Shoigu", participants=[ben], articles=[first_article])
    other = records.event("Shoigu hosts Wallace", participants=[shoigu], articles=[second_article])
    other.tags.add(tag)
    before = meeting.history.latest("history_id")
    curation.merge_events(meeting, [other], user=editor)
    assert set(meeting.participants.all()) == {ben, shoigu}

    response = revert(editor_client, "event", meeting.pk, before.history_id)

    assert response.status_code == 302
    meeting.refresh_from_db()
    assert list(meeting.participants.all()) == [ben]
    assert list(meeting.articles.all()) == [first_article]
    assert not meeting.tags.exists()
    row = meeting.history.latest("history_id")
    assert row.history_user == editor and {p.person_id for p in row.participants.all()} == {ben.pk}


def test_reverting_a_speaker_reassignment(editor_client, editor):
    article = records.article()
    mr, ben = records.person("Mr Wallace"), records.person("Ben Wallace")
    said = records.quote(article, "We will keep talking.", mr)
    before = said.history.latest("history_id")
    curation.reassign_speakers([said.pk], user=editor, speaker=None, speaker_label="a defence source")

    assert revert(editor_client, "quote", said.pk, before.history_id).status_code == 302

    said.refresh_from_db()
    assert (said.speaker, said.speaker_label) == (mr, "")
    assert ben.quotes.count() == 0


def test_history_shows_an_unnamed_speaker_by_its_label(editor_client, editor):
    article = records.article()
    minister = records.person("Ben Wallace")
    quote = records.quote(article, "We will not be rushed", speaker_label="A spokesman for the minister")
    curation.reassign_speakers([quote.pk], user=editor, speaker=minister)
    curation.reassign_speakers([quote.pk], user=editor, speaker=None, speaker_label="a senior official")

    page = editor_client.get(reverse("admin:articles_quote_history", args=[quote.pk])).content.decode()

    assert "pk=None" not in page and "Deleted person" not in page
    changes = re.findall(r"Speaker:</strong>\s*(.*?)\s*&nbsp;&rarr;&nbsp;&nbsp;(.*?)\s*</li>", page, re.S)
    assert ("Ben Wallace", "a senior official (unnamed)") in changes
    assert ("A spokesman for the minister (unnamed)", "Ben Wallace") in changes


def test_a_slug_changed_in_the_admin_leaves_a_redirect(editor_client):
    tag = records.tag("Ukraine")
    response = editor_client.post(
        reverse("admin:articles_tag_change", args=[tag.pk]), {"name": "Ukraine war", "slug": "ukraine-war"}
    )
    assert response.status_code == 302
    response = editor_client.get(reverse("articles:tag", args=["ukraine"]))
    assert response.status_code == 302 and response["Location"] == reverse("articles:tag", args=["ukraine-war"])
