"""Close-but-uncertain names are offered to editors as merges: seen, merged or dismissed."""

import pytest
from django.urls import reverse

from articles.ingest.records import ExtractedPerson
from articles.models import MergeSuggestion, Person
from articles.services.identity import resolve_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    right = resolve_person(ExtractedPerson(name="Valentin Orlov"))
    wrong = resolve_person(ExtractedPerson(name="Valentin Orlav"))
    return right, wrong


def test_suggestion_is_listed_and_links_to_the_pair(client, editor, pair):
    client.force_login(editor)
    page = client.get(reverse("admin:articles_mergesuggestion_changelist")).content.decode()
    right, wrong = pair
    assert "Valentin Orlov" in page and "Valentin Orlav" in page
    assert f"?id__in={right.pk},{wrong.pk}" in page
    people = client.get(reverse("admin:articles_person_changelist") + f"?id__in={right.pk},{wrong.pk}")
    assert people.status_code == 200
    assert people.content.decode().count('class="action-select"') == 2


def test_person_pages_show_the_possible_duplicate(client, editor, pair):
    client.force_login(editor)
    right, wrong = pair
    page = client.get(reverse("articles:person", args=[right.pk])).content.decode()
    assert "Possibly the same person as" in page and "Valentin Orlav" in page
    admin_page = client.get(reverse("admin:articles_person_change", args=[wrong.pk])).content.decode()
    assert "review merge" in admin_page


def test_dismissed_suggestion_is_not_offered_again(client, editor, pair):
    client.force_login(editor)
    suggestion = MergeSuggestion.objects.get()
    client.post(
        reverse("admin:articles_mergesuggestion_changelist"),
        {"action": "dismiss", "_selected_action": [suggestion.pk]},
    )
    suggestion.refresh_from_db()
    assert suggestion.status == "dismissed"
    resolve_person(ExtractedPerson(name="Valentin Orlav"))
    assert MergeSuggestion.objects.count() == 1
    right, _ = pair
    assert "Possibly the same person" not in client.get(reverse("articles:person", args=[right.pk])).content.decode()


def test_merging_the_pair_removes_the_suggestion(client, editor, pair):
    from articles.services.curation import merge_people

    right, wrong = pair
    merge_people(right, [right, wrong], user=editor)
    assert MergeSuggestion.objects.count() == 0
    assert Person.objects.get().aliases == ["Valentin Orlav"]
