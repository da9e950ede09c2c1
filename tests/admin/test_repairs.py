"""Repairs through the admin, as an editor (staff in the Editors group, not a superuser)."""

import re

import pytest
from django.urls import reverse

from articles.models import Article, Event, Mention, Person, Quote, ReviewStatus

from . import records

pytestmark = pytest.mark.django_db


def run_action(client, model: str, action: str, ids, *, follow: bool = False, **data):
    """Post an admin action from the change list, as the action dropdown does."""
    return client.post(
        reverse(f"admin:articles_{model}_changelist"),
        {"action": action, "_selected_action": [str(i) for i in ids], "index": 0, **data},
        follow=follow,
    )


@pytest.fixture
def wallace():
    article = records.article()
    ben = records.person("Ben Wallace", "Wallace")
    mr = records.person("Mr Wallace")
    shoigu = records.person("Sergei Shoigu")
    records.mention(article, ben, "Ben Wallace")
    records.mention(article, mr, "Mr Wallace")
    said = records.quote(article, "We will keep talking.", mr)
    meeting = records.event(participants=[mr, shoigu], articles=[article])
    records.link(mr, shoigu)
    return {"article": article, "ben": ben, "mr": mr, "shoigu": shoigu, "quote": said, "event": meeting}


def test_editor_can_see_every_repair_action(editor_client):
    for model, actions in {
        "person": ["merge_people"],
        "quote": ["reassign_speaker", "attach_to_event"],
        "event": ["merge_events"],
        "article": ["attach_to_event"],
    }.items():
        page = editor_client.get(reverse(f"admin:articles_{model}_changelist")).content.decode()
        for action in actions:
            assert f'value="{action}"' in page, (model, action)


def test_merge_people_confirmation_shows_what_moves(editor_client, wallace):
    ben, mr = wallace["ben"], wallace["mr"]
    response = run_action(editor_client, "person", "merge_people", [ben.pk, mr.pk])
    assert response.status_code == 200
    page = response.content.decode()
    assert "Merge into the chosen person" in page
    # Mr Wallace: 1 mention, 1 quote, 1 event, 0 tags, 1 link.
    row = re.search(rf'value="{mr.pk}".*?</tr>', page, re.S).group(0)
    assert re.findall(r"<td>(\d+)</td>", row) == ["1", "1", "1", "0", "1"]
    assert Person.objects.filter(pk=mr.pk).exists()  # nothing happens before confirming


def test_merge_people_through_the_admin(editor_client, editor, wallace):
    ben, mr = wallace["ben"], wallace["mr"]
    response = run_action(editor_client, "person", "merge_people", [ben.pk, mr.pk], apply="1", survivor=ben.pk)
    assert response.status_code == 302
    assert response.url == reverse("admin:articles_person_change", args=[ben.pk])
    assert not Person.objects.filter(pk=mr.pk).exists()
    assert Quote.objects.get(pk=wallace["quote"].pk).speaker == ben
    assert "Mr Wallace" in Person.objects.get(pk=ben.pk).aliases
    assert ben.history.latest("history_id").history_user == editor


def test_merge_people_needs_two(editor_client, wallace):
    response = run_action(editor_client, "person", "merge_people", [wallace["ben"].pk], follow=True)
    assert "Select 2 to" in response.content.decode()


def test_split_link_on_the_person_page(editor_client, wallace):
    page = editor_client.get(reverse("admin:articles_person_change", args=[wallace["ben"].pk])).content.decode()
    assert reverse("admin:articles_person_split", args=[wallace["ben"].pk]) in page


def test_split_page_lists_mentions_in_context_and_quotes(editor_client):
    article = records.article()
    john = records.person("John Smith", "Smith")
    smith = records.mention(article, john, "Smith", occurrence=3)
    said = records.quote(article, "the embassy would stay open", john)
    page = editor_client.get(reverse("admin:articles_person_split", args=[john.pk])).content.decode()
    assert f'name="mentions" value="{smith.pk}"' in page
    assert "Smith said the budget was fixed. <mark>Smith</mark> said the embassy" in page
    assert f'name="quotes" value="{said.pk}"' in page
    assert article.title in page


def test_split_through_the_admin(editor_client, editor):
    article = records.article()
    john = records.person("John Smith", "Smith", "Jane Smith")
    keep = records.mention(article, john, "John Smith")
    move = records.mention(article, john, "Jane Smith")
    said = records.quote(article, "the embassy would stay open", john)
    url = reverse("admin:articles_person_split", args=[john.pk])

    response = editor_client.post(url, {"mentions": [move.pk], "quotes": [said.pk], "new_name": "Jane Smith"})

    assert response.status_code == 302
    jane = Person.objects.get(name="Jane Smith")
    assert Mention.objects.get(pk=move.pk).person == jane
    assert Mention.objects.get(pk=keep.pk).person == john
    assert Quote.objects.get(pk=said.pk).speaker == jane
    assert jane.history.earliest("history_id").history_user == editor


def test_split_to_an_existing_person_by_id_and_by_article(editor_client):
    article = records.article()
    other = records.article("Second story")
    john = records.person("John Smith", "Smith")
    jane = records.person("Jane Smith")
    records.mention(article, john, "John Smith")
    moved = records.mention(other, john, "Smith")
    said = records.quote(other, "Embassy staff are safe", john)
    url = reverse("admin:articles_person_split", args=[john.pk])

    response = editor_client.post(url, {"articles": [other.pk], "target": jane.pk})

    assert response.status_code == 302
    assert Mention.objects.get(pk=moved.pk).person == jane
    assert Quote.objects.get(pk=said.pk).speaker == jane


def test_split_form_errors_keep_the_ticks(editor_client):
    article = records.article()
    john = records.person("John Smith")
    move = records.mention(article, john, "John Smith")
    url = reverse("admin:articles_person_split", args=[john.pk])
    response = editor_client.post(url, {"mentions": [move.pk]})  # no target
    assert response.status_code == 200
    page = response.content.decode()
    assert "Choose an existing person or give a new name" in page
    assert re.search(rf'name="mentions" value="{move.pk}"\s+checked', page)
    assert Mention.objects.get(pk=move.pk).person == john


def test_reassign_speaker_to_a_person(editor_client, editor, wallace):
    said = wallace["quote"]
    confirm = run_action(editor_client, "quote", "reassign_speaker", [said.pk])
    assert confirm.status_code == 200 and "Give 1 quote one speaker" in confirm.content.decode()

    response = run_action(
        editor_client, "quote", "reassign_speaker", [said.pk], apply="1", mode="person", speaker=wallace["ben"].pk
    )

    assert response.status_code == 302
    said.refresh_from_db()
    assert (said.speaker, said.review_status) == (wallace["ben"], ReviewStatus.VERIFIED)
    assert said.history.latest("history_id").history_user == editor


def test_reassign_speaker_to_an_unnamed_source_across_a_filtered_list(editor_client, wallace):
    article = wallace["article"]
    others = [records.quote(article, f"Quote number {n}", wallace["shoigu"]) for n in range(3)]
    records.quote(article, "A verified quote", wallace["shoigu"], review_status=ReviewStatus.VERIFIED)
    url = reverse("admin:articles_quote_changelist") + "?review_status__exact=needs_review"
    data = {
        "action": "reassign_speaker",
        "select_across": "1",
        "_selected_action": [str(others[0].pk)],
        "index": 0,
        "apply": "1",
        "mode": "unnamed",
        "speaker_label": "a Kremlin source",
    }

    response = editor_client.post(url, data)

    assert response.status_code == 302
    unnamed = Quote.objects.filter(speaker=None, speaker_label="a Kremlin source")
    assert set(unnamed) == {wallace["quote"], *others}  # every needs-review quote, not the verified one


def test_reassign_speaker_form_errors(editor_client, wallace):
    response = run_action(editor_client, "quote", "reassign_speaker", [wallace["quote"].pk], apply="1", mode="unnamed")
    assert response.status_code == 200
    assert "An unnamed source needs a label." in response.content.decode()
    assert Quote.objects.get(pk=wallace["quote"].pk).speaker == wallace["mr"]


def test_attach_quotes_to_an_event(editor_client, editor, wallace):
    said, meeting = wallace["quote"], wallace["event"]
    confirm = run_action(editor_client, "quote", "attach_to_event", [said.pk])
    assert confirm.status_code == 200 and "autocomplete" in confirm.content.decode()
    response = run_action(editor_client, "quote", "attach_to_event", [said.pk], apply="1", event=meeting.pk)
    assert response.status_code == 302
    assert list(meeting.quotes.all()) == [said]
    assert meeting.history.latest("history_id").history_user == editor


def test_attach_articles_to_an_event(editor_client, wallace):
    extra = records.article("Another report")
    response = run_action(editor_client, "article", "attach_to_event", [extra.pk], apply="1", event=wallace["event"].pk)
    assert response.status_code == 302
    assert extra in wallace["event"].articles.all()


def test_merge_events_through_the_admin(editor_client, editor, wallace):
    first = wallace["event"]
    second = records.event("Shoigu hosted Wallace", participants=[wallace["ben"]], location="Moscow")
    confirm = run_action(editor_client, "event", "merge_events", [first.pk, second.pk])
    assert confirm.status_code == 200 and "Merge into the chosen event" in confirm.content.decode()

    response = run_action(editor_client, "event", "merge_events", [first.pk, second.pk], apply="1", survivor=first.pk)

    assert response.status_code == 302
    assert not Event.objects.filter(pk=second.pk).exists()
    first.refresh_from_db()
    assert set(first.participants.all()) == {wallace["mr"], wallace["shoigu"], wallace["ben"]}
    assert first.location == "Moscow"
    assert first.history.latest("history_id").history_user == editor


def event_form_data(event: Event, **changes) -> dict:
    data = {
        "summary": event.summary,
        "kind": event.kind,
        "review_status": event.review_status,
        "date_year": event.date_year or "",
        "date_month": event.date_month or "",
        "date_day": event.date_day or "",
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "location": event.location,
        "participants": [p.pk for p in event.participants.all()],
        "articles": [a.pk for a in event.articles.all()],
        "quotes": ",".join(str(q.pk) for q in event.quotes.all()),
        "tags": [t.pk for t in event.tags.all()],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("parts", "error"),
    [
        ({"date_year": 2022, "date_month": 2, "date_precision": "day"}, "precision must be “Month”"),
        ({"date_year": 2022, "date_precision": ""}, "precision must be “Year”"),
        ({"date_day": 11, "date_precision": "day"}, "A day needs a month."),
        ({"date_year": 2022, "date_month": 2, "date_day": 30, "date_precision": "day"}, "February has days 1 to 28."),
        ({"date_year": 2022, "date_month": 13, "date_precision": "month"}, "A month is 1 to 12."),
    ],
)
def test_event_form_checks_precision_against_the_date_parts(editor_client, wallace, parts, error):
    event = wallace["event"]
    url = reverse("admin:articles_event_change", args=[event.pk])
    response = editor_client.post(url, event_form_data(event, **parts))
    assert response.status_code == 200
    assert error in response.content.decode()


def test_event_form_saves_date_people_and_links_in_one_history_row(editor_client, editor, wallace):
    event = wallace["event"]
    before = event.history.count()
    url = reverse("admin:articles_event_change", args=[event.pk])
    data = event_form_data(
        event,
        date_month=2,
        date_day=29,
        date_precision="day",  # year unknown: 29 February is possible
        location="Moscow",
        kind="talks",
        participants=[wallace["ben"].pk, wallace["shoigu"].pk],
        quotes=str(wallace["quote"].pk),
    )

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert (event.date_month, event.date_day, event.date_precision, event.location) == (2, 29, "day", "Moscow")
    assert set(event.participants.all()) == {wallace["ben"], wallace["shoigu"]}
    assert list(event.quotes.all()) == [wallace["quote"]]
    assert event.history.count() == before + 1
    row = event.history.latest("history_id")
    assert row.history_user == editor
    assert {p.person_id for p in row.participants.all()} == {wallace["ben"].pk, wallace["shoigu"].pk}
    assert row.history_change_reason.startswith("Edited in the admin: ")
    assert "participants" in row.history_change_reason


def test_the_event_kinds_offered_to_editors_include_every_extracted_kind():
    from articles.ingest.records import EVENT_KINDS
    from articles.models import EventKind

    assert set(EVENT_KINDS) <= set(EventKind.values)


@pytest.mark.parametrize("kind", ["debate", "vote", "press conference", "hearing", "assault", "election"])
def test_an_event_of_any_extracted_kind_can_be_edited_in_the_admin(editor_client, wallace, kind):
    event = wallace["event"]
    Event.objects.filter(pk=event.pk).update(kind=kind)
    event.refresh_from_db()
    url = reverse("admin:articles_event_change", args=[event.pk])
    response = editor_client.post(url, event_form_data(event, location="Moscow"))
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert (event.kind, event.location) == (kind, "Moscow")


def test_article_form_checks_precision_and_sets_the_sort_instant(editor_client):
    article = records.article()
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = {
        "source_file": article.source_file,
        "title": "Wallace meets Shoigu",
        "standfirst": "",
        "outlet": "GB News",
        "authors": "",
        "published_year": 2022,
        "published_month": 2,
        "published_day": 11,
        "published_time": "",
        "published_precision": "month",
        "updated_at_source_0": "",
        "updated_at_source_1": "",
        "dateline_place": "",
        "body": article.body,
        "removed_lines": "[]",
        "review_status": "needs_review",
        "mentions-TOTAL_FORMS": 0,
        "mentions-INITIAL_FORMS": 0,
        "quotes-TOTAL_FORMS": 0,
        "quotes-INITIAL_FORMS": 0,
    }
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "precision must be “Day”" in response.content.decode()

    response = editor_client.post(url, {**data, "published_precision": "day"})
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert (article.published_at.year, article.published_at.month, article.published_at.day) == (2022, 2, 11)
    assert article.outlet == "GB News"


def test_deleting_a_person_keeps_their_quotes_labelled(editor_client, editor, wallace):
    mr = wallace["mr"]
    response = editor_client.post(reverse("admin:articles_person_delete", args=[mr.pk]), {"post": "yes"})
    assert response.status_code == 302
    said = Quote.objects.get(pk=wallace["quote"].pk)
    assert (said.speaker, said.speaker_label) == (None, "Mr Wallace")
    assert said.history.latest("history_id").history_user == editor
    assert Person.history.filter(id=mr.pk, history_type="-").get().history_user == editor


def test_person_page_links_to_their_rows(editor_client, wallace):
    mr = wallace["mr"]
    page = editor_client.get(reverse("admin:articles_person_change", args=[mr.pk])).content.decode()
    assert f"?speaker__id__exact={mr.pk}" in page
    quotes = editor_client.get(reverse("admin:articles_quote_changelist"), {"speaker__id__exact": mr.pk})
    assert quotes.status_code == 200
    assert list(quotes.context["cl"].result_list) == [wallace["quote"]]


def test_article_search_uses_the_text(editor_client):
    records.article("Wallace meets Shoigu")
    records.article("Budget news", body="The pension budget was set.")
    response = editor_client.get(reverse("admin:articles_article_changelist"), {"q": "pensions"})
    assert [a.title for a in response.context["cl"].result_list] == ["Budget news"]
    assert Article.objects.count() == 2


def test_attach_refuses_more_than_the_limit(editor_client, wallace, monkeypatch):
    from articles.admin import common as articles_admin

    monkeypatch.setattr(articles_admin, "MAX_ATTACH", 1)
    extra = records.quote(wallace["article"], "Another quote", wallace["ben"])
    ids = [wallace["quote"].pk, extra.pk]
    response = run_action(
        editor_client, "quote", "attach_to_event", ids, apply="1", event=wallace["event"].pk, follow=True
    )
    assert "Attach at most 1 quotes at once" in response.content.decode()
    assert not wallace["event"].quotes.exists()


def test_person_page_links_to_their_mentions_and_events(editor_client, wallace):
    mr = wallace["mr"]
    mentions = editor_client.get(reverse("admin:articles_mention_changelist"), {"person__id__exact": mr.pk})
    assert [m.text for m in mentions.context["cl"].result_list] == ["Mr Wallace"]
    events = editor_client.get(reverse("admin:articles_event_changelist"), {"participants__id__exact": mr.pk})
    assert list(events.context["cl"].result_list) == [wallace["event"]]
