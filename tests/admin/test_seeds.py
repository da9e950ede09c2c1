"""On the imported seeds: an editor can open and save every record in the admin, and the fixes
the seeds call for land in history."""

import pytest
from django.urls import reverse

from articles.ingest.records import ExtractedPerson
from articles.models import Article, Event, Person, Quote
from articles.services import identity

from .forms import page_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Article, Person, Quote, Event])
def test_every_seeded_record_opens_and_saves_unchanged(seeded, editor_client, editor, model):
    name = model._meta.model_name
    records = list(model.objects.all())
    assert records, f"the seeds gave no {name}"
    for record in records:
        url = reverse(f"admin:articles_{name}_change", args=[record.pk])
        page = editor_client.get(url)
        assert page.status_code == 200
        response = editor_client.post(url, page_form_data(page))
        assert response.status_code == 302, (record, response.context and response.context["adminform"].form.errors)
        row = record.history.latest("history_id")
        assert row.history_user == editor
    for page in ("changelist",):
        assert editor_client.get(reverse(f"admin:articles_{name}_{page}")).status_code == 200


def test_every_seeded_person_can_be_split_and_has_history(seeded, editor_client):
    for person in Person.objects.all():
        assert editor_client.get(reverse("admin:articles_person_split", args=[person.pk])).status_code == 200
        assert editor_client.get(reverse("admin:articles_person_history", args=[person.pk])).status_code == 200


def test_renaming_a_seeded_person_keeps_the_old_name_resolving(seeded, editor_client):
    peskov = Person.objects.get(name="Peskov")
    url = reverse("admin:articles_person_change", args=[peskov.pk])
    page = editor_client.get(url)
    aliases = ",".join([*peskov.aliases, "Peskov"])
    response = editor_client.post(url, page_form_data(page, name="Dmitry Peskov", aliases=aliases))
    assert response.status_code == 302
    assert identity.resolve_person(ExtractedPerson(name="Peskov")).pk == peskov.pk
    row = Person.objects.get(pk=peskov.pk).history.latest("history_id")
    assert row.history_change_reason == "Edited in the admin: name, aliases"
    assert sorted(row.diff_against(row.prev_record).changed_fields) == ["aliases", "name"]
