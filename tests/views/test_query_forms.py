"""Every page's query string goes through a form (articles/forms.py): a value that does not
validate is dropped and named above the results, never a server error."""

import pytest
from django.urls import reverse

from articles.services import curation

from .. import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk():
    wallace, shoigu = f.person("Ben Wallace"), f.person("Sergei Shoigu")
    talks = f.article("Wallace and Shoigu meet")
    f.mention(talks, wallace)
    later = f.article("Shoigu hosts the next round", year=2022, month=3, day=2)
    f.mention(later, shoigu)
    quote = f.quote(talks, "wants calm", speaker=shoigu)
    event = f.event(participants=[shoigu], articles=[talks], quotes=[quote])
    return {"wallace": wallace, "shoigu": shoigu, "talks": talks, "later": later, "event": event}


def page(client, url_name, **params):
    response = client.get(reverse(f"articles:{url_name}"), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("as_htmx", [False, True])
def test_a_person_number_nobody_has_is_named_and_the_filter_dropped(viewer_client, desk, as_htmx):
    headers = {"HX-Request": "true", "HX-Target": "results"} if as_htmx else {}
    html = viewer_client.get(reverse("articles:list"), {"person": "12345"}, headers=headers).content.decode()
    assert "No person has the number 12345." in html
    assert desk["talks"].title in html and desk["later"].title in html  # unfiltered


def test_a_merged_person_number_follows_to_the_person_it_was_merged_into(viewer_client, editor, desk):
    gone = desk["wallace"].pk
    curation.merge_people(desk["shoigu"], [gone], user=editor)
    html = page(viewer_client, "list", person=str(gone))
    assert f"Person #{gone} was merged into Sergei Shoigu: showing theirs." in html
    assert desk["talks"].title in html and desk["later"].title in html  # both now mention the survivor
    html = page(viewer_client, "quotes", speaker=str(gone))
    assert "wants calm" in html and "merged into Sergei Shoigu" in html


@pytest.mark.parametrize("value", ["²", "❶", "٣"])
def test_digits_that_are_not_ascii_are_not_a_person_number(viewer_client, desk, value):
    for name, field in [("list", "person"), ("quotes", "speaker"), ("events", "person")]:
        html = page(viewer_client, name, **{field: value})
        assert f"“{value}” is not a person&#x27;s number." in html


def test_a_number_no_person_can_have_is_named(viewer_client, desk):
    for name, field in [("list", "person"), ("quotes", "speaker"), ("events", "person")]:
        html = page(viewer_client, name, **{field: "99999999999999999999"})
        assert "“99999999999999999999” is not a person&#x27;s number." in html


def test_a_person_number_filters_every_list(viewer_client, desk):
    shoigu = str(desk["shoigu"].pk)
    html = page(viewer_client, "list", person=shoigu)
    assert desk["later"].title in html and desk["talks"].title not in html
    assert "wants calm" in page(viewer_client, "quotes", speaker=shoigu)
    assert desk["event"].summary in page(viewer_client, "events", person=shoigu)
    assert desk["event"].summary not in page(viewer_client, "events", person=str(desk["wallace"].pk))


def test_the_last_date_there_is_and_the_first(viewer_client, desk):
    html = page(viewer_client, "list", date_to="9999-12-31", date_from="0001-01-01")
    assert desk["talks"].title in html and desk["later"].title in html


def test_dates_the_wrong_way_round_are_named(viewer_client, desk):
    html = page(viewer_client, "list", date_from="2022-03-01", date_to="2022-02-01")
    assert "To: is before From." in html
    assert desk["later"].title in html  # the bad bound dropped, the good one kept
    assert desk["talks"].title not in html


@pytest.mark.parametrize("value", ["abc", "0", "-1", "²", "99999999999999999999", "1.5"])
def test_any_page_number_shows_a_page(viewer_client, desk, value):
    for name in ["list", "quotes", "events", "people", "tags"]:
        page(viewer_client, name, page=value)


def test_record_pages_read_show_rejected_through_their_form(editor_client, desk):
    for url in [desk["talks"].get_absolute_url(), desk["shoigu"].get_absolute_url()]:
        for value in ["1", "yes", "²", "0", "x" * 3000]:
            assert editor_client.get(url, {"show_rejected": value}).status_code == 200


def test_tag_options_give_slugs_when_asked(viewer_client):
    f.tag("Ukraine War")
    assert 'value="ukraine-war"' in page(viewer_client, "tag_suggest", name="ukr", **{"as": "slugs"})
    assert 'value="Ukraine War"' in page(viewer_client, "tag_suggest", name="ukr", **{"as": "nonsense"})
