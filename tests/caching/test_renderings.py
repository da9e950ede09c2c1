"""Kept renderings (articles/caching/) never outlive a change to what they show.

Each test loads a page (so its content is cached), changes something the page shows the way
the app, the admin or a bulk repair would (including queryset.update(), which sends no
signal and leaves updated_at alone), and loads the page again: the change is there.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Event, Person, Quote, ReviewStatus, Tag
from articles.services import editing

from .. import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(editor):
    return f.newsroom(editor, size=1)


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def cached_then(client, url, change) -> str:
    """The page, then the page again after `change()`; the second is returned."""
    page(client, url)
    page(client, url)  # from the cache now
    change()
    return page(client, url)


# --- the article page ---------------------------------------------------------------------


def test_article_page_sees_every_kind_of_change(editor_client, editor, world):
    article = world["articles"][0]
    url = article.get_absolute_url()
    wallace, shoigu = world["people"]
    quote = Quote.objects.filter(article=article, speaker=shoigu).get()

    assert "Lavrov" in cached_then(
        editor_client, url, lambda: Person.objects.filter(pk=shoigu.pk).update(name="Sergey Lavrov")
    )
    assert "Minister for the Armed Forces" in cached_then(
        editor_client, url, lambda: Person.objects.filter(pk=wallace.pk).update(role="Minister for the Armed Forces")
    )
    assert "Budget-2024" in cached_then(editor_client, url, lambda: editing.add_tag(article, "Budget-2024"))
    tag = Tag.objects.get(slug="budget-2024")
    assert "Spending" in cached_then(editor_client, url, lambda: Tag.objects.filter(pk=tag.pk).update(name="Spending"))
    assert "status-verified" in cached_then(
        editor_client, url, lambda: Quote.objects.filter(pk=quote.pk).update(review_status=ReviewStatus.VERIFIED)
    )
    html = cached_then(editor_client, url, lambda: editing.set_speaker(quote, label="a defence source"))
    assert "a defence source" in html
    html = cached_then(editor_client, url, lambda: f.annotation(article, editor, "talks in Moscow", note="Check this"))
    assert "Check this" in html
    note = article.annotations.filter(note="Check this").get()
    html = cached_then(editor_client, url, lambda: editing.update_annotation(note, editor, note="Checked", tags="done"))
    assert "Checked" in html and "done" in html
    other = f.article("A follow-up", "Wallace said nothing new.")
    html = cached_then(
        editor_client, url, lambda: editing.create_link(article, other, relation="follow_up", user=editor)
    )
    assert "A follow-up" in html
    assert "Renamed follow-up" in cached_then(
        editor_client, url, lambda: Article.objects.filter(pk=other.pk).update(title="Renamed follow-up")
    )
    event = Event.objects.filter(articles=article).first()
    assert "Summit postponed" in cached_then(
        editor_client, url, lambda: Event.objects.filter(pk=event.pk).update(summary="Summit postponed")
    )
    assert "A new headline" in cached_then(
        editor_client, url, lambda: Article.objects.filter(pk=article.pk).update(title="A new headline")
    )


def test_article_page_content_depends_on_who_reads_it(editor_client, editor, viewer, world):
    article = world["articles"][0]
    url = article.get_absolute_url()
    assert 'id="annotate-form"' in page(editor_client, url)
    reader = Client()
    reader.force_login(viewer)
    assert 'id="annotate-form"' not in page(reader, url)  # not the editor's cached copy
    # Edit buttons go with the annotation's author only.
    second = Client()
    second.force_login(f.user("second-editor", group=editor.groups.first()))
    note = article.annotations.get()
    edit = reverse("articles:annotation_edit", args=[note.pk])
    assert edit in page(editor_client, url)
    assert edit not in page(second, url)


def test_a_deleted_article_is_gone(editor_client, world):
    article = world["articles"][0]
    page(editor_client, article.get_absolute_url())
    Article.objects.filter(pk=article.pk).delete()
    assert editor_client.get(article.get_absolute_url()).status_code == 404


def test_each_response_has_its_own_csrf_token(editor_client, world):
    url = world["articles"][0].get_absolute_url()
    first, second = page(editor_client, url), page(editor_client, url)
    assert "newsdesk-csrf-token" not in first + second  # the mark never leaves the server
    assert 'name="csrfmiddlewaretoken" value="' in second


def queries_of(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        page(client, url)
    return [q["sql"] for q in queries]


def test_a_later_view_reads_only_the_stamp_until_the_article_changes(editor_client, world):
    article = world["articles"][0]
    url = article.get_absolute_url()
    first = queries_of(editor_client, url)
    # The user's row, the stamp (never newer than the content: read first), then the content.
    assert len(first) > 5 and "xmin" in first[1]
    f.article("Unrelated", "Nothing here.")  # a commit elsewhere
    assert len(queries_of(editor_client, url)) == 2  # the user's row and the stamp
    Article.objects.filter(pk=article.pk).update(title="A changed headline")
    changed = queries_of(editor_client, url)
    assert len(changed) == len(first)
    assert "A changed headline" in page(editor_client, url)


def test_a_first_view_of_no_article_is_404(editor_client, world):
    assert editor_client.get(reverse("articles:detail", args=[999_999])).status_code == 404


def test_content_dropped_from_the_cache_is_read_again(editor_client, world):
    from django.core.cache import caches

    article = world["articles"][0]
    url = article.get_absolute_url()
    page(editor_client, url)
    caches["renderings"].clear()
    caches["pages"].clear()  # the worker's copies
    assert article.title in page(editor_client, url)


def test_a_worker_serves_its_copy_of_a_shared_rendering_without_asking_the_store(editor_client, world, monkeypatch):
    """The content another process rendered (the import worker, another web worker) is read
    from the shared store once; then from the worker's memory, until the stamp changes."""
    from django.core.cache import caches

    store = caches["renderings"]
    asked = []
    monkeypatch.setattr(store, "get", lambda key, *args, get=store.get: asked.append(key) or get(key, *args))
    article = world["articles"][0]
    url = article.get_absolute_url()
    page(editor_client, url)
    caches["pages"].clear()  # as in a worker that did not render it
    asked.clear()
    page(editor_client, url)
    assert len(asked) == 1
    page(editor_client, url)
    assert len(asked) == 1
    Article.objects.filter(pk=article.pk).update(title="Retitled")
    assert "Retitled" in page(editor_client, url)


# --- the page around a kept content -------------------------------------------------------


def templates_rendered(client, url) -> tuple[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [t.name for t in response.templates]


def test_the_page_around_an_unchanged_content_is_served_without_rendering(editor_client, world):
    """After a commit elsewhere (which ends every whole page kept per snapshot) an article's
    and a person's pages are served whole again while what they show is unchanged."""
    article, person = world["articles"][0], world["people"][0]
    for n, url in enumerate((article.get_absolute_url(), person.get_absolute_url())):
        page(editor_client, url)
        f.article(f"Unrelated story {n}", outlet="Elsewhere")  # nothing on this page
        html, templates = templates_rendered(editor_client, url)
        assert templates == [] and 'class="who">editor<' in html, url
    Article.objects.filter(pk=article.pk).update(title="A changed headline")
    html, templates = templates_rendered(editor_client, article.get_absolute_url())
    assert "articles/article_detail.html" in templates and "A changed headline" in html


def test_the_page_around_a_content_is_each_readers_own(client, editor, viewer, world):
    """The frame shows the reader's name, and the admin's link to staff only."""
    url = world["people"][0].get_absolute_url()
    client.force_login(editor)  # staff in these tests
    as_editor = page(client, url)
    client.force_login(viewer)
    page(client, url)
    as_viewer, templates = templates_rendered(client, url)
    assert templates == []  # the viewer's own page, kept
    assert 'class="who">viewer<' in as_viewer and 'class="who">editor<' not in as_viewer
    assert "/admin/" in as_editor and "/admin/" not in as_viewer
    type(editor).objects.filter(pk=editor.pk).update(username="chief", is_staff=False)
    client.force_login(type(editor).objects.get(pk=editor.pk))
    html = page(client, url)
    assert 'class="who">chief<' in html and "/admin/" not in html


# --- lists and the person page ------------------------------------------------------------


def test_quote_list_sees_changes_to_its_rows(editor_client, world):
    url = reverse("articles:quotes")
    quote = Quote.objects.filter(text="wants calm").order_by("pk").first()
    assert "status-verified" in cached_then(
        editor_client, url, lambda: Quote.objects.filter(pk=quote.pk).update(review_status=ReviewStatus.VERIFIED)
    )
    assert "Sergey Shoygu" in cached_then(
        editor_client, url, lambda: Person.objects.filter(pk=quote.speaker_id).update(name="Sergey Shoygu")
    )
    assert "Pressing" in cached_then(editor_client, url, lambda: editing.add_tag(quote, "Pressing"))
    # Another outlet reports the same quotation: the row's "also reported by" grows.
    third = f.article("Calm, says Moscow", outlet="Evening Wire")
    html = cached_then(editor_client, url, lambda: f.quote(third, "wants calm", fingerprint=quote.fingerprint))
    assert "Evening Wire" in html


def test_quote_list_sees_rewordings_come_and_go(editor_client, world):
    """'Reworded by' lists other reports that share runs of words with a row's quotation:
    a new one, its outlet renamed and its rejection all show on the kept rows."""
    wallace = world["people"][0]
    said = "We will keep sending help to Ukraine for as long as it takes, whatever it costs us."
    trimmed = said.replace(", whatever it costs us", "")
    first = f.article("Help for Ukraine", f"He said: {said}", outlet="The Record", day=11)
    shown = f.quote(first, said, speaker=wallace)
    url = reverse("articles:quotes") + "?q=whatever"  # the other reports are not rows of this list
    other_article = f.article("Help goes on", f"He said: {trimmed}", outlet="Evening Wire")
    html = cached_then(editor_client, url, lambda: f.quote(other_article, trimmed, speaker=wallace))
    assert "Reworded by:" in html and "Evening Wire</a> (shorter)" in html
    html = cached_then(
        editor_client, url, lambda: Article.objects.filter(pk=other_article.pk).update(outlet="Night Wire")
    )
    assert "Night Wire</a> (shorter)" in html
    rewording = Quote.objects.get(article=other_article)
    html = cached_then(editor_client, url, lambda: editing.set_review_status(rewording, ReviewStatus.REJECTED))
    assert f'id="quote-row-{shown.pk}"' in html and "Night Wire</a> (shorter)" not in html


def test_article_list_sees_changes_to_its_rows(editor_client, world):
    url = reverse("articles:list")
    article = world["articles"][0]
    assert "Retitled" in cached_then(
        editor_client, url, lambda: Article.objects.filter(pk=article.pk).update(title="Retitled")
    )
    assert "Exclusive" in cached_then(editor_client, url, lambda: editing.add_tag(article, "Exclusive"))
    assert "status-rejected" not in page(editor_client, url)
    html = cached_then(editor_client, url, lambda: editing.set_review_status(article, ReviewStatus.VERIFIED))
    assert "status-verified" in html


def test_person_page_sees_new_quotes_and_changed_articles(editor_client, world):
    wallace = world["people"][0]
    url = wallace.get_absolute_url()
    article = world["articles"][0]
    html = cached_then(editor_client, url, lambda: f.quote(article, "Wallace added", speaker=wallace))
    assert "“Wallace added”" in html
    assert "Headline changed" in cached_then(
        editor_client, url, lambda: Article.objects.filter(pk=article.pk).update(title="Headline changed")
    )
    assert "Defence Minister" in cached_then(
        editor_client, url, lambda: Person.objects.filter(pk=wallace.pk).update(role="Defence Minister")
    )
    assert "Top-brass" in cached_then(editor_client, url, lambda: editing.add_tag(wallace, "Top-brass"))
