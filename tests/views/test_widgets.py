"""The editors' widgets (review, speaker, tags, links) and the article page's quote rows: the
partials of templates/articles/workbench.html, as pages and htmx responses render them."""

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import resolve, reverse

from articles.models import Quote

from .. import factories as f

pytestmark = pytest.mark.django_db


def render(partial, request_path="/articles/1/?show_rejected=1&x=<b>", **context):
    request = RequestFactory().get(request_path)
    request.resolver_match = resolve(request.path)
    return render_to_string(f"articles/workbench.html#{partial}", {"csrf_token": "TOKEN", **context}, request=request)


@pytest.fixture
def quote():
    article = f.article()
    wallace = f.person("Ben Wallace")
    return Quote.objects.create(
        article=article, text="We will keep talking.", start=0, end=10, speaker=wallace, speaker_label="Wallace"
    )


@pytest.mark.parametrize(
    ("status", "buttons"),
    [
        ("needs_review", ["verified", "rejected"]),
        ("verified", ["rejected", "needs_review"]),
        ("rejected", ["verified", "needs_review"]),
    ],
)
def test_an_editor_gets_a_button_for_each_other_status(quote, status, buttons):
    quote.review_status = status
    html = render("review", record=quote, kind="quote", can_edit=True, error=None)
    url = reverse("articles:review", args=["quote", quote.pk])
    assert f'<div class="review" id="review-quote-{quote.pk}">' in html
    assert f'<span class="badge status-{status}">{quote.get_review_status_display()}</span>' in html
    assert f'action="{url}"' in html and f'hx-post="{url}"' in html and f'hx-target="#review-quote-{quote.pk}"' in html
    assert [b.split('"')[0] for b in html.split('name="status" value="')[1:]] == buttons
    assert '<input type="hidden" name="csrfmiddlewaretoken" value="TOKEN">' in html
    # The page to go back to, escaped as an attribute.
    assert 'name="next" value="/articles/1/?show_rejected=1&amp;x=%3Cb%3E"' in html


def test_a_viewer_gets_the_status_only_and_an_error_is_escaped(quote):
    viewer = render("review", record=quote, kind="quote", can_edit=False, error="no")
    assert "badge status-needs_review" in viewer and "<form" not in viewer and "error" not in viewer
    refused = render("review", record=quote, kind="quote", can_edit=True, error="Not <allowed>")
    assert '<p class="error" role="alert">Not &lt;allowed&gt;</p>' in refused


def test_the_speaker_is_linked_and_the_source_shown_when_it_says_more(quote):
    quote.speaker.name = "Ben <b> Wallace"
    html = render("speaker", quote=quote, can_edit=False)
    assert f'<a href="{quote.speaker.get_absolute_url()}">Ben &lt;b&gt; Wallace</a>' in html
    assert "as-written" not in html  # "Wallace" is his name
    quote.speaker_label = "a senior source"
    assert '<span class="as-written" title="as written">(“a senior source”)</span>' in render("speaker", quote=quote)
    quote.speaker, quote.speaker_label = None, ""
    assert '<span class="label">unattributed</span>' in render("speaker", quote=quote)
    quote.speaker_label = "A <senior> source"
    assert '<span class="label">A &lt;senior&gt; source</span>' in render("speaker", quote=quote)


def test_change_speaker_is_fetched_when_opened_unless_the_form_is_shown(quote):
    form_url = reverse("articles:speaker_form", args=[quote.pk])
    viewer = render("speaker", quote=quote, can_edit=False)
    assert "change-speaker" not in viewer
    closed = render("speaker", quote=quote, can_edit=True, error=None, speaker_form_shown=False)
    assert f'<details class="change-speaker" hx-get="{form_url}" hx-trigger="toggle once"' in closed
    assert f'href="{reverse("articles:quote", args=[quote.pk])}"' in closed and "speaker-input" not in closed
    shown = render("speaker", quote=quote, can_edit=True, error=None, speaker_form_shown=True)
    assert '<details class="change-speaker">' in shown and "hx-get" not in shown.split("<summary>")[0]
    assert f'id="speaker-input-{quote.pk}"' in shown and 'value="TOKEN"' in shown
    refused = render("speaker", quote=quote, can_edit=True, error="Say <who>", speaker_form_shown=False)
    assert '<details class="change-speaker" open>' in refused and "Say &lt;who&gt;" in refused


def test_a_loop_names_the_record_in_the_tag_and_the_page_keeps_its_own(quote):
    article = quote.article
    template = Template(
        '{% include "articles/workbench.html#review" with record=quote kind="quote" %}|'
        '{% include "articles/workbench.html#review" %}|{{ record.pk }}'
    )
    html = template.render(Context({"quote": quote, "record": article, "kind": "article", "can_edit": False}))
    in_loop, page, after = html.split("|")
    assert f'id="review-quote-{quote.pk}"' in in_loop
    assert f'id="review-article-{article.pk}"' in page and after == str(article.pk)


def quote_items(quotes, *, can_edit, path="/articles/1/?x=<b>"):
    request = RequestFactory().get(path)
    request.resolver_match = resolve(request.path)
    template = Template('{% for quote in quotes %}{% include "articles/workbench.html#quote-item" %}{% endfor %}')
    context = {"quotes": quotes, "can_edit": can_edit, "request": request, "csrf_token": "TOKEN"}
    return template.render(Context(context)).strip()


def test_the_article_pages_quote_rows_carry_text_speaker_status_and_an_editors_controls(quote):
    long = Quote.objects.create(
        article=quote.article, text="A <long> " + "word " * 60, start=20, end=30, speaker_label="an aide"
    )
    long.review_status = "verified"
    html = quote_items([quote, long], can_edit=True)
    rows = html.split('<li id="quote-item-')[1:]
    assert [row.split('"')[0] for row in rows] == [str(quote.pk), str(long.pk)]
    first, second = rows
    assert 'class="quote-item kind-direct status-needs_review">' in first
    assert f'<a class="quote-text" href="#quote-{quote.pk}">“We will keep talking.”</a>' in first
    assert f'<div class="speaker" id="speaker-{quote.pk}">' in first and quote.speaker.get_absolute_url() in first
    assert f'id="review-quote-{quote.pk}"' in first and 'value="verified"' in first and 'value="rejected"' in first
    assert 'name="next" value="/articles/1/?x=%3Cb%3E"' in first and 'value="TOKEN"' in first
    assert f'href="{reverse("articles:quote", args=[quote.pk])}" aria-label="Open the quote\'s page"' in first
    # Cut at 180 characters as |truncatechars cuts, and escaped.
    assert "“A &lt;long&gt; word" in second and "…”</a>" in second and "status-verified" in second
    assert '<span class="label">an aide</span>' in second and 'value="verified"' not in second
    viewer = quote_items([quote, long], can_edit=False)
    assert viewer.count('<li id="quote-item-') == 2
    assert "<form" not in viewer and "change-speaker" not in viewer and "Open →" in viewer
    assert quote_items([], can_edit=True) == ""


def test_a_reported_quote_row_is_labelled_and_not_put_between_quote_marks(quote):
    reported = Quote.objects.create(
        article=quote.article, text="talks would go on", start=40, end=57, kind="indirect", cue="said"
    )
    [row] = quote_items([reported], can_edit=True).split('<li id="quote-item-')[1:]
    assert 'class="quote-item kind-indirect status-needs_review">' in row
    assert '<span class="kind-label kind-indirect" title="Not a verbatim quotation">Reported · said</span>' in row
    assert "talks would go on" in row and "“" not in row


def test_tags_link_to_their_pages_and_an_editor_can_remove_each_or_add_one(quote):
    article = quote.article
    article.tags.add(f.tag("Talks <secret>"), f.tag("Ukraine"))
    html = render("tags", record=article, kind="article", can_edit=True, error=None)
    widget = f"tags-article-{article.pk}"
    assert html.lstrip().startswith(f'<div class="tags" id="{widget}">')
    chips = html.split('<li class="chip">')[1:]
    assert [c.split(">")[1].split("<")[0] for c in chips] == ["Talks &lt;secret&gt;", "Ukraine"]
    for tag, chip in zip(article.tags.order_by("name"), chips, strict=True):
        assert f'<a href="{tag.get_absolute_url()}">' in chip
        remove = reverse("articles:tag_remove", args=["article", article.pk, tag.pk])
        assert f'action="{remove}"' in chip and f'hx-post="{remove}"' in chip and f'hx-target="#{widget}"' in chip
        assert 'value="TOKEN"' in chip and 'name="next" value="/articles/1/?show_rejected=1&amp;x=%3Cb%3E"' in chip
    assert 'aria-label="Remove tag Talks &lt;secret&gt;"' in html
    add = reverse("articles:tag_add", args=["article", article.pk])
    assert f'<form class="tag-add inline-form" method="post" action="{add}"' in html
    assert f'id="tag-input-article-{article.pk}"' in html and f'list="tag-options-article-{article.pk}"' in html
    assert f'hx-get="{reverse("articles:tag_suggest")}"' in html and "error" not in html
    refused = render("tags", record=article, kind="article", can_edit=True, error="Too <long>")
    assert '<p class="error" role="alert">Too &lt;long&gt;</p>' in refused


def test_a_viewer_sees_tags_without_forms_and_says_when_there_are_none(quote):
    viewer = render("tags", record=quote, kind="quote", can_edit=False, error="ignored")
    assert '<li class="empty">No tags.</li>' in viewer and "<form" not in viewer and "ignored" not in viewer
    editor = render("tags", record=quote, kind="quote", can_edit=True, error=None)
    assert "No tags." not in editor and f'id="tags-quote-{quote.pk}"' in editor
    quote.tags.add(f.tag("Ukraine"))
    assert "No tags." not in render("tags", record=quote, kind="quote", can_edit=False)


def test_links_show_relation_direction_and_the_other_record_with_an_editors_forms(quote):
    from articles.querysets import links_for
    from articles.services import editing

    article, other = quote.article, f.person("Sergei <Shoigu>")
    editing.create_link(article, other, relation="background", note="Met <twice>")
    editing.create_link(quote, article, relation="same_event")
    links = list(links_for(article))
    html = render("links", record=article, kind="article", links=links, can_edit=True, error=None)
    widget = f"links-article-{article.pk}"
    assert html.lstrip().startswith(f'<section class="panel links" id="{widget}" aria-labelledby="links-title-article-')
    items = html.split('<div class="link-head">')[1:]
    assert len(items) == 2
    by_kind = {item.split('<span class="kind">')[1].split("<")[0]: item for item in items}
    person, from_quote = by_kind["person"], by_kind["quote"]
    assert '<span class="dir" title="from this article">→</span>' in person
    assert f'<a href="{other.get_absolute_url()}">Sergei &lt;Shoigu&gt;</a>' in person
    assert '<p class="note">Met &lt;twice&gt;</p>' in person and "Background" in person
    assert '<span class="dir" title="to this article">←</span>' in from_quote and "note" not in from_quote
    link = next(lk for lk in links if lk.other_kind == "person")
    remove = reverse("articles:link_remove", args=["article", article.pk, link.pk])
    assert f'action="{remove}"' in person and 'aria-label="Remove link to Sergei &lt;Shoigu&gt;"' in person
    assert f'hx-vals=\'{{"from": "article:{article.pk}"}}\'' in html
    assert '<details class="link-add">' in html and '<option value="same_event">' in html
    assert 'value="TOKEN"' in html and f'hx-get="{reverse("articles:link_search")}"' in html
    refused = render("links", record=article, kind="article", links=links, can_edit=True, error="Pick <one>")
    assert '<details class="link-add" open>' in refused and "Pick &lt;one&gt;" in refused
    other.delete()
    gone = render("links", record=article, kind="article", links=list(links_for(article)), can_edit=True, error=None)
    assert '<span class="empty">(deleted)</span>' in gone and 'aria-label="Remove link to a deleted record"' in gone


def test_a_viewer_sees_links_without_forms_and_says_when_there_are_none(quote):
    viewer = render("links", record=quote, kind="quote", links=[], can_edit=False, error=None)
    assert '<li class="empty">No links yet.</li>' in viewer and "<form" not in viewer and "link-add" not in viewer
