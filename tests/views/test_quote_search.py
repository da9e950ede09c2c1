"""Quote search takes one of two query shapes, by how many quotes match; both list the same
quotes in the same order: the first report of each quotation, newest first."""

import re

import pytest
from django.urls import reverse

from articles.models import Quote
from articles.views import quotes as quote_views

from .. import factories as f

pytestmark = pytest.mark.django_db


def listed(client, q: str, *, few_matches: int, monkeypatch, page: int = 1) -> list[int]:
    monkeypatch.setattr(quote_views, "FEW_MATCHES", few_matches)
    html = client.get(reverse("articles:quotes"), {"q": q, "page": page}).content.decode()
    return [int(pk) for pk in re.findall(r'id="quote-row-(\d+)"', html)]


@pytest.mark.parametrize("q", ["calm", "communication", "calm OR communication", '"lines of communication"'])
def test_gathering_the_matches_and_walking_the_newest_agree(editor_client, editor, monkeypatch, q):
    f.newsroom(editor, size=3)
    gathered = listed(editor_client, q, few_matches=10**9, monkeypatch=monkeypatch)
    walked = listed(editor_client, q, few_matches=0, monkeypatch=monkeypatch)
    assert gathered == walked
    assert gathered  # the words are in the quotes


def test_each_quotation_is_listed_once_as_its_first_report(editor_client, editor, monkeypatch):
    made = f.newsroom(editor, size=3)
    # Each quotation was reported by two outlets on the same day: the lower id is the first report.
    shown = listed(editor_client, "calm", few_matches=10**9, monkeypatch=monkeypatch)
    calm = [q for q in made["quotes"] if "calm" in q.text]
    firsts = {min(q.pk for q in calm if q.fingerprint == fp) for fp in {q.fingerprint for q in calm}}
    assert set(shown) == firsts
    # Newest first: by their articles' dates.
    dates = [Quote.objects.select_related("article").get(pk=pk).article.published_at for pk in shown]
    assert dates == sorted(dates, reverse=True)
    # A rejected first report gives way to the next report of that quotation.
    first = Quote.objects.get(pk=shown[0])
    Quote.objects.filter(pk=first.pk).update(review_status="rejected")
    again = listed(editor_client, "calm", few_matches=10**9, monkeypatch=monkeypatch)
    other = Quote.objects.filter(fingerprint=first.fingerprint).exclude(pk=first.pk).get()
    assert first.pk not in again and other.pk in again
    assert again == listed(editor_client, "calm", few_matches=0, monkeypatch=monkeypatch)


@pytest.mark.parametrize("few_matches", [10**9, 0])
def test_the_kind_filter_narrows_the_list_and_the_search(editor_client, monkeypatch, few_matches):
    article = f.article(body="Hale said talks on calm would go on. “We want calm,” Hale said.")
    reported = f.quote(article, "talks on calm would go on", kind="indirect", cue="said")
    direct = f.quote(article, "We want calm,", cue="said")
    monkeypatch.setattr(quote_views, "FEW_MATCHES", few_matches)

    def shown(**query):
        html = editor_client.get(reverse("articles:quotes"), query).content.decode()
        return [int(pk) for pk in re.findall(r'id="quote-row-(\d+)"', html)]

    assert set(shown()) == {reported.pk, direct.pk}
    assert shown(kind="indirect") == [reported.pk]
    assert shown(kind="direct") == [direct.pk]
    assert shown(kind="indirect", q="calm") == [reported.pk]
    assert shown(kind="direct", q="calm") == [direct.pk]
    assert set(shown(kind="nonsense")) == {reported.pk, direct.pk}  # a bad value filters nothing


def test_a_person_s_page_lists_what_they_said_filtered_by_kind(editor_client):
    hale = f.person("Tom Hale")
    article = f.article(body="Hale said talks would go on. “We want calm,” Hale said.")
    reported = f.quote(article, "talks would go on", speaker=hale, kind="indirect", cue="said")
    direct = f.quote(article, "We want calm,", speaker=hale, cue="said")

    def shown(**query):
        html = editor_client.get(hale.get_absolute_url(), query).content.decode()
        return html.count(f'href="/quotes/{reported.pk}/"'), html.count(f'href="/quotes/{direct.pk}/"')

    assert shown() == (1, 1)
    assert shown(kind="indirect") == (1, 0)
    assert shown(kind="direct") == (0, 1)
