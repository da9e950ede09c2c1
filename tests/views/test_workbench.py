"""The editors' inline actions: permissions, htmx fragments, plain-form fallbacks, JSON-LD."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Annotation, Link, Quote, Tag

from .. import factories as f

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def world(editor):
    return f.newsroom(editor, size=1)


def write_urls(world, editor):
    a, p, q, e = world["articles"][0], world["people"][0], world["quotes"][0], world["events"][0]
    tag = a.tags.first()
    ann = Annotation.objects.filter(author=editor).first()
    link = Link.objects.first()
    return [
        (reverse("articles:tag_add", args=["article", a.pk]), {"name": "x"}),
        (reverse("articles:tag_remove", args=["article", a.pk, tag.pk]), {}),
        (reverse("articles:tag_rename", args=[tag.slug]), {"name": "y"}),
        (reverse("articles:tag_merge", args=[tag.slug]), {"into": "russia"}),
        (reverse("articles:tag_delete", args=[tag.slug]), {}),
        (reverse("articles:link_add", args=["person", p.pk]), {"target": f"event:{e.pk}", "relation": "related"}),
        (reverse("articles:link_remove", args=["article", a.pk, link.pk]), {}),
        (reverse("articles:review", args=["quote", q.pk]), {"status": "verified"}),
        (reverse("articles:speaker", args=[q.pk]), {"label": "someone"}),
        (reverse("articles:annotation_create", args=[a.pk]), {"start": 0, "end": 7, "exact": "Defence"}),
        (reverse("articles:annotation_edit", args=[ann.pk]), {"note": "z"}),
        (reverse("articles:annotation_delete", args=[ann.pk]), {}),
    ]


def counts():
    return (
        Tag.objects.count(),
        Link.objects.count(),
        Annotation.objects.count(),
        list(Quote.objects.values_list("review_status", "speaker_id", "speaker_label").order_by("pk")),
        list(Annotation.objects.values_list("note", flat=True)),
    )


def test_a_viewer_gets_403_on_every_write_and_nothing_changes(viewer_client, world, editor):
    before = counts()
    for url, data in write_urls(world, editor):
        assert viewer_client.post(url, data, **HTMX).status_code == 403, url
        assert viewer_client.post(url, data).status_code == 403, url
    assert counts() == before


def test_anonymous_writes_go_to_login(client, world, editor):
    for url, data in write_urls(world, editor):
        response = client.post(url, data)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), url


def test_writes_refuse_get(editor_client, world, editor):
    for url, _ in write_urls(world, editor):
        if "/edit/" in url:
            continue  # GET is the edit form
        assert editor_client.get(url).status_code == 405, url


# --- tags ---------------------------------------------------------------------------------


def test_add_and_remove_a_tag_with_htmx(editor_client, world):
    q = world["quotes"][1]
    response = editor_client.post(reverse("articles:tag_add", args=["quote", q.pk]), {"name": "Hope <b>"}, **HTMX)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.lstrip().startswith(f'<div class="tags" id="tags-quote-{q.pk}"')
    assert "Hope &lt;b&gt;" in page and "<b>" not in page
    tag = q.tags.get()
    response = editor_client.post(reverse("articles:tag_remove", args=["quote", q.pk, tag.pk]), **HTMX)
    assert response.status_code == 200 and 'class="chip"' not in response.content.decode()
    assert q.tags.count() == 0


def test_bad_tag_answers_422_with_the_reason_in_the_widget(editor_client, world):
    a = world["articles"][0]
    response = editor_client.post(reverse("articles:tag_add", args=["article", a.pk]), {"name": "!!!"}, **HTMX)
    assert response.status_code == 422
    assert "at least one letter" in response.content.decode()


def test_tag_add_without_javascript_redirects_back(editor_client, world):
    e = world["events"][0]
    response = editor_client.post(
        reverse("articles:tag_add", args=["event", e.pk]), {"name": "Summit", "next": "/events/?person=1"}
    )
    assert response.status_code == 302 and response["Location"] == "/events/?person=1"
    assert "summit" in e.tags.values_list("slug", flat=True)
    response = editor_client.post(
        reverse("articles:tag_add", args=["event", e.pk]), {"name": "Other", "next": "https://evil.example/"}
    )
    assert response["Location"] == e.get_absolute_url()


def test_tag_suggestions_are_escaped_options(editor_client, world):
    f.tag('Ukr"aine <x>')
    response = editor_client.get(reverse("articles:tag_suggest"), {"name": "ukr"}, **HTMX)
    page = response.content.decode()
    assert '<option value="Ukraine">Ukraine</option>' in page
    assert "&lt;x&gt;" in page and "<x>" not in page
    assert "Russia" not in page


def test_rename_and_merge_tags(editor_client, world):
    a = world["articles"][0]
    response = editor_client.post(reverse("articles:tag_rename", args=["ukraine"]), {"name": "Ukraine war"})
    assert response.status_code == 302 and response["Location"] == reverse("articles:tag", args=["ukraine-war"])
    assert [t.name for t in a.tags.all()] == ["Ukraine war"]
    response = editor_client.post(reverse("articles:tag_merge", args=["ukraine-war"]), {"into": "Russia"})
    assert response["Location"] == reverse("articles:tag", args=["russia"])
    assert [t.name for t in a.tags.all()] == ["Russia"]
    assert not Tag.objects.filter(slug="ukraine-war").exists()


def test_old_tag_pages_lead_to_the_tag_after_a_rename_and_a_merge(editor_client, world):
    editor_client.post(reverse("articles:tag_rename", args=["ukraine"]), {"name": "Ukraine war"})
    response = editor_client.get(reverse("articles:tag", args=["ukraine"]))
    assert response.status_code == 302 and response["Location"] == reverse("articles:tag", args=["ukraine-war"])

    editor_client.post(reverse("articles:tag_merge", args=["ukraine-war"]), {"into": "Russia"})
    for old in ("ukraine", "ukraine-war"):
        response = editor_client.get(reverse("articles:tag", args=[old]), follow=True)
        assert response.redirect_chain == [(reverse("articles:tag", args=["russia"]), 302)], old
        assert response.context["tag"].slug == "russia"
    assert editor_client.get(reverse("articles:tag", args=["never-was"])).status_code == 404


def test_a_new_tag_takes_over_a_slug_that_redirected(editor_client, world):
    editor_client.post(reverse("articles:tag_merge", args=["ukraine"]), {"into": "Russia"})
    a = world["articles"][0]
    editor_client.post(reverse("articles:tag_add", args=["article", a.pk]), {"name": "Ukraine"})
    response = editor_client.get(reverse("articles:tag", args=["ukraine"]))
    assert response.status_code == 200 and response.context["tag"].name == "Ukraine"


def test_a_tag_nothing_carries_can_be_deleted_and_one_in_use_cannot(editor_client, world):
    unused = Tag.objects.create(name="Spare", slug="spare")
    page = editor_client.get(unused.get_absolute_url()).content.decode()
    assert reverse("articles:tag_delete", args=["spare"]) in page
    response = editor_client.post(reverse("articles:tag_delete", args=["spare"]))
    assert response.status_code == 302 and response["Location"] == reverse("articles:tags")
    assert not Tag.objects.filter(slug="spare").exists()

    used = world["articles"][0].tags.first()
    page = editor_client.get(used.get_absolute_url()).content.decode()
    assert reverse("articles:tag_delete", args=[used.slug]) not in page
    response = editor_client.post(reverse("articles:tag_delete", args=[used.slug]), follow=True)
    assert Tag.objects.filter(pk=used.pk).exists()
    assert "remove it from those first" in response.content.decode()


# --- annotations --------------------------------------------------------------------------


def test_annotate_a_passage_renders_body_and_list_out_of_band(editor_client, world, editor):
    a = world["articles"][0]
    start = a.body.index("host the next round")
    data = {"start": start, "end": start + 19, "exact": "host the next round", "prefix": "x", "suffix": "y"}
    data |= {"note": "Who <i>hosts</i>?", "tags": "venue, Moscow"}
    response = editor_client.post(reverse("articles:annotation_create", args=[a.pk]), data, **HTMX)
    assert response.status_code == 200
    page = response.content.decode()
    assert (
        '<div class="body" id="article-body"' in page and '<section class="panel annotations" id="annotations"' in page
    )
    assert page.count('hx-swap-oob="true"') == 2
    ann = Annotation.objects.get(exact="host the next round")
    assert ann.author == editor and ann.prefix == a.body[start - 32 : start]
    assert f'id="annotation-{ann.pk}"' in page and "Who &lt;i&gt;hosts&lt;/i&gt;?" in page
    assert sorted(ann.tags.values_list("slug", flat=True)) == ["moscow", "venue"]


def test_annotation_that_does_not_match_answers_422_with_the_reason(editor_client, world):
    a = world["articles"][0]
    data = {"start": 0, "end": 7, "exact": "Offence"}
    response = editor_client.post(reverse("articles:annotation_create", args=[a.pk]), data, **HTMX)
    assert response.status_code == 422
    assert response.content.decode().startswith("The selected text does not match")  # for #annotate-error


def test_only_the_author_edits_or_deletes_an_annotation(client, world, editor, groups):
    other = f.user("second-editor", groups[0])
    client.force_login(other)
    ann = Annotation.objects.get(author=editor, article=world["articles"][0])
    assert client.get(reverse("articles:annotation_edit", args=[ann.pk]), **HTMX).status_code == 403
    assert client.post(reverse("articles:annotation_edit", args=[ann.pk]), {"note": "mine now"}).status_code == 403
    assert client.post(reverse("articles:annotation_delete", args=[ann.pk]), **HTMX).status_code == 403
    ann.refresh_from_db()
    assert ann.note == "check date 0"
    page = client.get(world["articles"][0].get_absolute_url()).content.decode()
    assert reverse("articles:annotation_edit", args=[ann.pk]) not in page  # no edit button on others' notes


def test_author_edits_and_deletes_their_annotation(editor_client, world, editor):
    ann = Annotation.objects.get(author=editor, article=world["articles"][0])
    form = editor_client.get(reverse("articles:annotation_edit", args=[ann.pk]), **HTMX).content.decode()
    assert form.lstrip().startswith(f'<li id="note-{ann.pk}" class="note-item editing">') and "check date 0" in form
    response = editor_client.post(
        reverse("articles:annotation_edit", args=[ann.pk]), {"note": "checked", "tags": "done"}, **HTMX
    )
    assert response.status_code == 200 and "checked" in response.content.decode()
    ann.refresh_from_db()
    assert ann.note == "checked" and [t.name for t in ann.tags.all()] == ["done"]
    response = editor_client.post(reverse("articles:annotation_delete", args=[ann.pk]), **HTMX)
    assert response.status_code == 200 and 'id="annotations"' in response.content.decode()
    assert not Annotation.objects.filter(pk=ann.pk).exists()


def test_edit_page_without_javascript(editor_client, world, editor):
    ann = Annotation.objects.get(author=editor, article=world["articles"][0])
    page = editor_client.get(reverse("articles:annotation_edit", args=[ann.pk])).content.decode()
    assert "<html" in page and "Edit annotation" in page
    response = editor_client.post(reverse("articles:annotation_edit", args=[ann.pk]), {"note": "plain"})
    assert response.status_code == 302 and response["Location"].endswith(f"#note-{ann.pk}")


def test_export_annotations_as_w3c_json_ld(editor_client, world, editor):
    a = world["articles"][0]
    response = editor_client.get(reverse("articles:annotations_export", args=[a.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    data = json.loads(response.content)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 1
    (item,) = data["first"]["items"]
    ann = Annotation.objects.get(article=a)
    assert item["type"] == "Annotation"
    assert item["id"] == f"http://testserver{reverse('articles:annotation', args=[ann.pk])}"
    assert item["body"][0] == {
        "type": "TextualBody",
        "value": "check date 0",
        "format": "text/plain",
        "purpose": "commenting",
    }
    assert {b["value"] for b in item["body"] if b["purpose"] == "tagging"} == {"dates", "moscow"}
    target = item["target"]
    assert target["source"] == f"http://testserver{a.get_absolute_url()}"
    quote, position = target["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": ann.exact, "prefix": ann.prefix, "suffix": ann.suffix}
    assert position == {"type": "TextPositionSelector", "start": ann.start, "end": ann.end}
    assert a.body[position["start"] : position["end"]] == quote["exact"]


# --- links, review, speaker ---------------------------------------------------------------


def test_link_picker_searches_all_four_kinds(editor_client, world):
    a = world["articles"][0]
    response = editor_client.get(reverse("articles:link_search"), {"find": "wall", "from": f"article:{a.pk}"}, **HTMX)
    page = response.content.decode()
    assert 'value="person:' in page and 'value="article:' in page and "Ben Wallace" in page
    assert f'value="article:{a.pk}"' not in page  # not itself
    page = editor_client.get(reverse("articles:link_search"), {"find": "calm"}).content.decode()
    assert 'value="quote:' in page
    page = editor_client.get(reverse("articles:link_search"), {"find": "talks number"}).content.decode()
    assert 'value="event:' in page


def test_create_and_remove_a_link_shows_on_both_records(editor_client, world):
    p, e = world["people"][1], world["events"][1]
    data = {"target": f"event:{e.pk}", "relation": "contradicts", "note": "denies the call"}
    response = editor_client.post(reverse("articles:link_add", args=["person", p.pk]), data, **HTMX)
    assert response.status_code == 200 and "Contradicts" in response.content.decode()
    assert "denies the call" in editor_client.get(e.get_absolute_url()).content.decode()
    again = editor_client.post(reverse("articles:link_add", args=["person", p.pk]), data, **HTMX)
    assert again.status_code == 422 and "already linked" in again.content.decode()
    link = Link.objects.get(note="denies the call")
    response = editor_client.post(reverse("articles:link_remove", args=["event", e.pk, link.pk]), **HTMX)
    assert response.status_code == 200 and not Link.objects.filter(pk=link.pk).exists()


def test_link_to_nothing_is_a_422(editor_client, world):
    p = world["people"][0]
    response = editor_client.post(reverse("articles:link_add", args=["person", p.pk]), {"relation": "related"}, **HTMX)
    assert response.status_code == 422 and "Pick what to link to" in response.content.decode()
    response = editor_client.post(
        reverse("articles:link_add", args=["person", p.pk]), {"target": "event:999999", "relation": "related"}, **HTMX
    )
    assert response.status_code == 422 and "no longer exists" in response.content.decode()


def test_link_remove_only_through_a_record_it_touches(editor_client, world):
    link = Link.objects.filter(relation="same_event").first()
    stranger = world["events"][1]
    response = editor_client.post(reverse("articles:link_remove", args=["event", stranger.pk, link.pk]), **HTMX)
    assert response.status_code == 404 and Link.objects.filter(pk=link.pk).exists()


@pytest.mark.parametrize("kind", ["article", "person", "quote", "event"])
def test_review_verify_and_reject(editor_client, world, kind):
    record = {"article": world["articles"], "person": world["people"], "quote": world["quotes"]}.get(
        kind, world["events"]
    )[0]
    url = reverse("articles:review", args=[kind, record.pk])
    response = editor_client.post(url, {"status": "verified"}, **HTMX)
    assert response.status_code == 200 and "badge status-verified" in response.content.decode()
    response = editor_client.post(url, {"status": "rejected"}, **HTMX)
    assert "badge status-rejected" in response.content.decode()
    record.refresh_from_db()
    assert record.review_status == "rejected"
    assert editor_client.post(url, {"status": "bogus"}, **HTMX).status_code == 422


def test_change_speaker_to_a_person_or_a_label(editor_client, world):
    q = world["quotes"][0]
    wallace = world["people"][0]
    options = editor_client.get(reverse("articles:person_suggest"), {"label": "wal"}, **HTMX).content.decode()
    assert f'name="person" value="{wallace.pk}"' in options
    response = editor_client.post(
        reverse("articles:speaker", args=[q.pk]), {"person": wallace.pk, "label": "wal"}, **HTMX
    )
    assert response.status_code == 200 and "Ben Wallace" in response.content.decode()
    q.refresh_from_db()
    assert q.speaker == wallace
    response = editor_client.post(reverse("articles:speaker", args=[q.pk]), {"label": "A <senior> source"}, **HTMX)
    assert "A &lt;senior&gt; source" in response.content.decode()
    q.refresh_from_db()
    assert q.speaker is None and q.speaker_label == "A <senior> source"
    assert editor_client.post(reverse("articles:speaker", args=[q.pk]), {"label": ""}, **HTMX).status_code == 422


def test_lists_fetch_the_speaker_form_when_it_is_opened(editor_client, viewer, world):
    q = world["quotes"][0]
    form_url = reverse("articles:speaker_form", args=[q.pk])
    # The list and the article page carry the widget without its form: opening it fetches the
    # form (htmx), and without JavaScript its link leads to the quote's page, which has the form.
    for page in (reverse("articles:quotes"), q.article.get_absolute_url()):
        html = editor_client.get(page).content.decode()
        widget = html.split(f'id="speaker-{q.pk}"')[1].split("</details>")[0]
        assert f'hx-get="{form_url}"' in widget and 'hx-trigger="toggle once"' in widget
        assert f'id="speaker-input-{q.pk}"' not in widget
        assert f'href="{reverse("articles:quote", args=[q.pk])}"' in widget
    quote_page = editor_client.get(reverse("articles:quote", args=[q.pk])).content.decode()
    assert f'id="speaker-input-{q.pk}"' in quote_page and f'hx-get="{form_url}"' not in quote_page
    form = editor_client.get(form_url, HTTP_HX_CURRENT_URL="http://testserver/quotes/", **HTMX)
    html = form.content.decode()
    assert form.status_code == 200 and f'id="speaker-input-{q.pk}"' in html
    assert f'action="{reverse("articles:speaker", args=[q.pk])}"' in html and 'name="csrfmiddlewaretoken"' in html
    viewer_client = Client()
    viewer_client.force_login(viewer)
    assert viewer_client.get(form_url, **HTMX).status_code == 403
    # A refused change comes back with its form open and the reason.
    refused = editor_client.post(reverse("articles:speaker", args=[q.pk]), {"label": ""}, **HTMX).content.decode()
    assert '<details class="change-speaker" open>' in refused and f'id="speaker-input-{q.pk}"' in refused


def test_an_annotation_id_dereferences_to_its_json_ld(editor_client, world):
    ann = Annotation.objects.get(article=world["articles"][0])
    url = reverse("articles:annotation", args=[ann.pk])
    response = editor_client.get(url, headers={"Accept": "application/ld+json"})
    assert response["Content-Type"] == "application/ld+json"
    data = json.loads(response.content)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld" and data["type"] == "Annotation"
    assert data["id"] == f"http://testserver{url}"
    browser = editor_client.get(url, headers={"Accept": "text/html,*/*"})
    assert browser.status_code == 302 and browser["Location"].endswith(f"#note-{ann.pk}")


def test_annotations_are_listed_in_text_order(editor_client, editor):
    a = f.article("Order of notes")
    later = f.annotation(a, editor, "talks in Moscow", note="second in the text")
    earlier = f.annotation(a, editor, "Defence", note="first in the text")
    assert earlier.start < later.start and earlier.pk > later.pk

    page = editor_client.get(a.get_absolute_url()).content.decode()
    listed = re.findall(r'<li id="note-(\d+)" class="note-item">', page)
    assert listed == [str(earlier.pk), str(later.pk)]
    exported = editor_client.get(reverse("articles:annotations_export", args=[a.pk])).json()
    assert [item["body"][0]["value"] for item in exported["first"]["items"]] == [
        "first in the text",
        "second in the text",
    ]
