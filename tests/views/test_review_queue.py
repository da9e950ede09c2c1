"""The review queue: what waits for a decision, filtered, counted, and decided through the
workbench's own review action; and the quotes list's status filter."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Quote, ReviewStatus
from articles.paginators import CappedCountPaginator
from articles.services import editing

from .. import factories as f

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}
QUEUE = reverse("articles:review_queue")


@pytest.fixture
def desk(db):
    """Two outlets, two speakers, quotes of each; one quote verified already."""
    wallace, shoigu = f.person("Ben Wallace", role="Defence Secretary"), f.person("Sergei Shoigu")
    record = f.article("Talks in Moscow", outlet="The Record", day=11)
    herald = f.article("Calm wanted", outlet="The Herald", day=20)
    quotes = {
        "useful": f.quote(record, "the talks in Moscow were useful", speaker=wallace),
        "calm": f.quote(record, "wants calm", speaker=shoigu),
        "open": f.quote(herald, "We will always keep lines of communication open.", speaker=wallace),
        "round": f.quote(herald, "would host the next round", speaker=shoigu),
    }
    editing.set_review_status(quotes["round"], ReviewStatus.VERIFIED)
    event = f.event("Wallace and Shoigu meet", participants=[wallace, shoigu], articles=[record])
    return {"wallace": wallace, "shoigu": shoigu, "quotes": quotes, "event": event}


def listed(html: str, kind: str = "quote") -> list[int]:
    return [int(pk) for pk in re.findall(rf'id="review-item-{kind}-(\d+)"', html)]


def progress(html: str) -> tuple[int, int]:
    found = re.search(r"<strong>(\d+)</strong> of (\d+) reviewed today", html)
    return int(found[1]), int(found[2])


def test_the_queue_lists_quotes_waiting_for_review_with_their_widgets(editor_client, desk):
    html = editor_client.get(QUEUE).content.decode()
    q = desk["quotes"]
    assert set(listed(html)) == {q["useful"].pk, q["calm"].pk, q["open"].pk}
    assert progress(html) == (1, 4)  # one decided today, three waiting
    # The workbench's widgets: review buttons and "Change speaker" for each quote.
    assert f'id="review-quote-{q["calm"].pk}"' in html and f'id="speaker-{q["calm"].pk}"' in html
    assert 'value="verified"' in html and "js/review.js" in html
    # Tabs count what waits of each kind: the people and the event are unreviewed.
    assert re.search(r'People <span class="count"[^>]*>2</span>', html)
    assert re.search(r'Events <span class="count"[^>]*>1</span>', html)


def test_reported_speech_is_labelled_not_quoted(editor_client, desk):
    paraphrase = desk["quotes"]["useful"]
    Quote.objects.filter(pk=paraphrase.pk).update(kind="indirect", cue="said")
    html = editor_client.get(QUEUE).content.decode()
    item = re.search(rf'id="review-item-quote-{paraphrase.pk}"(.*?)</li>', html, re.S)[1]
    assert 'class="kind-label kind-indirect"' in item and "“the talks" not in item
    assert "“wants calm”" in html  # a direct quotation keeps its quote marks


def test_status_outlet_speaker_and_dates_filter_the_queue(editor_client, desk):
    q = desk["quotes"]

    def shown(**params):
        return set(listed(editor_client.get(QUEUE, params).content.decode()))

    assert shown(status="verified") == {q["round"].pk}
    assert shown(status="any") == {quote.pk for quote in q.values()}
    assert shown(outlet="The Herald") == {q["open"].pk}
    assert shown(speaker="wallace") == {q["useful"].pk, q["open"].pk}
    assert shown(speaker=str(desk["shoigu"].pk), status="any") == {q["calm"].pk, q["round"].pk}
    assert shown(date_from="2022-02-15") == {q["open"].pk}
    assert shown(date_to="2022-02-15") == {q["useful"].pk, q["calm"].pk}
    assert shown(outlet="Nowhere") == set()


def test_a_speaker_number_nobody_has_is_said_and_dropped(editor_client, desk):
    html = editor_client.get(QUEUE, {"speaker": "999999"}).content.decode()
    assert "No person has the number 999999." in html
    assert len(listed(html)) == 3  # the filter is dropped, the queue still shows


def test_people_and_events_queues(editor_client, desk):
    html = editor_client.get(QUEUE, {"kind": "people"}).content.decode()
    assert set(listed(html, "person")) == {desk["wallace"].pk, desk["shoigu"].pk}
    assert f'id="review-person-{desk["wallace"].pk}"' in html
    html = editor_client.get(QUEUE, {"kind": "people", "outlet": "The Herald"}).content.decode()
    assert listed(html, "person") == []  # nobody is mentioned there (no mentions were made)
    html = editor_client.get(QUEUE, {"kind": "events", "speaker": "shoigu"}).content.decode()
    assert listed(html, "event") == [desk["event"].pk]
    assert listed(editor_client.get(QUEUE, {"kind": "events", "outlet": "The Herald"}).content.decode(), "event") == []


def test_a_decision_counts_in_the_progress_and_an_undo_takes_it_back(editor_client, desk):
    calm = desk["quotes"]["calm"]
    review = reverse("articles:review", args=["quote", calm.pk])
    answer = editor_client.post(review, {"status": "verified"}, **HTMX)
    assert answer.status_code == 200 and 'value="needs_review"' in answer.content.decode()  # the Undo button
    refreshed = editor_client.get(QUEUE, HTTP_HX_TARGET="review-progress", **HTMX).content.decode()
    assert refreshed.lstrip().startswith('<p id="review-progress"') and progress(refreshed) == (2, 4)
    editor_client.post(review, {"status": "needs_review"}, **HTMX)
    assert progress(editor_client.get(QUEUE, HTTP_HX_TARGET="review-progress", **HTMX).content.decode()) == (1, 4)


def test_yesterdays_decisions_are_not_counted_today(editor_client, desk):
    Quote.objects.filter(review_status="verified").update(reviewed_at=timezone.now() - timedelta(days=1))
    assert progress(editor_client.get(QUEUE).content.decode()) == (0, 3)


def test_filters_swap_the_queue_and_keep_the_address(editor_client, desk):
    response = editor_client.get(
        QUEUE, {"kind": "quotes", "outlet": "The Herald", "speaker": ""}, HTTP_HX_TARGET="queue", **HTMX
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="queue"') and listed(html) == [desk["quotes"]["open"].pk]
    # The progress and the tabs count what the filters select, swapped in out of band.
    assert re.search(r'<p id="review-progress"[^>]*hx-swap-oob="true"', html) and progress(html) == (1, 2)
    assert re.search(r'<nav class="tabs" id="review-tabs"[^>]*hx-swap-oob="true"', html)
    assert re.search(r'Quotes <span class="count"[^>]*>1</span>', html)
    assert response["HX-Push-Url"] == f"{QUEUE}?kind=quotes&outlet=The+Herald"


def test_a_viewer_sees_the_queue_without_buttons(viewer_client, desk):
    html = viewer_client.get(QUEUE).content.decode()
    assert len(listed(html)) == 3 and 'name="status" value="verified"' not in html


def test_the_quotes_list_filters_by_review_status(editor_client, desk):
    q = desk["quotes"]
    editing.set_review_status(q["calm"], ReviewStatus.REJECTED)

    def rows(**params):
        html = editor_client.get(reverse("articles:quotes"), params).content.decode()
        return {int(pk) for pk in re.findall(r'id="quote-row-(\d+)"', html)}

    assert rows(status="verified") == {q["round"].pk}
    assert rows(status="needs_review") == {q["useful"].pk, q["open"].pk}
    assert rows(status="rejected") == {q["calm"].pk}  # asking for rejected ones shows them
    assert rows() == {q["useful"].pk, q["open"].pk, q["round"].pk}


def test_a_long_queue_is_counted_by_the_planners_estimate(editor_client, desk, monkeypatch):
    monkeypatch.setattr(CappedCountPaginator, "estimate_above", 0)  # every queue is "long"
    html = editor_client.get(QUEUE).content.decode()
    assert re.search(r"<strong>1</strong> of about \d+ reviewed today", html)
    assert re.search(r'Quotes <span class="count" title="about \d+ waiting for review">~\d+</span>', html)
    assert re.search(r'<p class="count">About \d+ quote', html)
