"""Which rows a person's page lists, kept a short while (articles/caching/rows.py).

These tests commit (transaction=True): inside a transaction block nothing is kept. "Outside the
app" below is the ORM, as a management command or the shell changes data.
"""

import re
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Quote
from articles.views import prerender

from .. import factories as f

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(editor):
    return f.newsroom(editor, size=1)


def person_page(client, person) -> str:
    response = client.get(person.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_rows_added_outside_the_app_are_listed_once_the_kept_rows_expire(editor_client, world, settings):
    settings.NEWSDESK_LISTED_ROWS_SECONDS = 1
    wallace, article = world["people"][0], world["articles"][0]
    person_page(editor_client, wallace)
    f.quote(article, "Wallace added", speaker=wallace)
    assert "“Wallace added”" not in person_page(editor_client, wallace)  # the rows listed before
    time.sleep(1.5)
    assert "“Wallace added”" in person_page(editor_client, wallace)


def test_a_change_made_through_the_app_is_listed_at_once(editor_client, world):
    wallace, article = world["people"][0], world["articles"][0]
    quote = f.quote(article, "Wallace added", speaker=wallace)
    assert "“Wallace added”" in person_page(editor_client, wallace)
    posted = editor_client.post(reverse("articles:review", args=["quote", quote.pk]), {"status": "rejected"})
    assert posted.status_code < 400
    assert "“Wallace added”" not in person_page(editor_client, wallace)  # rejected quotes are not listed


def test_a_request_that_fails_or_only_reads_leaves_the_kept_rows(editor_client, viewer_client, world):
    wallace, article = world["people"][0], world["articles"][0]
    person_page(editor_client, wallace)
    f.quote(article, "Wallace added", speaker=wallace)
    quote = Quote.objects.filter(speaker=wallace).first()
    refused = viewer_client.post(reverse("articles:review", args=["quote", quote.pk]), {"status": "rejected"})
    assert refused.status_code == 403
    editor_client.get(reverse("articles:list"))
    assert "“Wallace added”" not in person_page(editor_client, wallace)


def test_the_import_worker_lists_the_rows_of_the_people_an_import_mentions_again(editor_client, world):
    wallace, article = world["people"][0], world["articles"][0]
    person_page(editor_client, wallace)
    f.quote(article, "Wallace added", speaker=wallace)
    prerender.person(wallace.pk)  # as the import worker does after an import that mentions him
    assert "“Wallace added”" in person_page(editor_client, wallace)


def test_the_rows_listed_are_still_stamped_so_their_changes_show_at_once(editor_client, world):
    wallace = world["people"][0]
    quote = Quote.objects.filter(speaker=wallace).first()
    person_page(editor_client, wallace)
    Quote.objects.filter(pk=quote.pk).update(text="A changed quotation")
    assert "“A changed quotation”" in person_page(editor_client, wallace)


def test_each_listing_of_a_persons_page_is_kept_apart(editor_client, world):
    wallace, article = world["people"][0], world["articles"][0]
    person_page(editor_client, wallace)
    f.quote(article, "Wallace added", speaker=wallace)
    response = editor_client.get(wallace.get_absolute_url() + "?show_rejected=1")
    assert "“Wallace added”" in response.content.decode()  # this listing was not kept before


def test_with_the_speed_layer_off_every_view_lists_the_rows_again(editor_client, world, settings):
    settings.NEWSDESK_CACHING = False
    wallace, article = world["people"][0], world["articles"][0]
    person_page(editor_client, wallace)
    f.quote(article, "Wallace added", speaker=wallace)
    assert "“Wallace added”" in person_page(editor_client, wallace)


def test_the_rows_the_import_worker_read_serve_every_web_worker_while_fresh(editor_client, world):
    wallace, article = world["people"][0], world["articles"][0]
    person_page(editor_client, wallace)
    f.quote(article, "Wallace added", speaker=wallace)
    prerender.person(wallace.pk)  # as the import worker does after an import that mentions him
    caches["pages"].clear()  # a web worker that has kept nothing
    with CaptureQueriesContext(connection) as queries:
        page = person_page(editor_client, wallace)
    assert "“Wallace added”" in page
    assert "with recent" not in " ".join(q["sql"] for q in queries.captured_queries).lower()  # not read again


def test_the_rows_the_import_worker_read_are_read_again_once_stale(editor_client, world, settings):
    settings.NEWSDESK_LISTED_ROWS_SECONDS = 1
    wallace, article = world["people"][0], world["articles"][0]
    prerender.person(wallace.pk)
    f.quote(article, "Wallace added", speaker=wallace)  # outside the app, after the import worker read
    time.sleep(1.5)
    assert "“Wallace added”" in person_page(editor_client, wallace)


def test_the_rows_the_import_worker_read_give_way_to_a_change_made_through_the_app(editor_client, world):
    wallace, article = world["people"][0], world["articles"][0]
    quote = f.quote(article, "Wallace added", speaker=wallace)
    prerender.person(wallace.pk)
    posted = editor_client.post(reverse("articles:review", args=["quote", quote.pk]), {"status": "rejected"})
    assert posted.status_code < 400
    caches["pages"].clear()
    assert "“Wallace added”" not in person_page(editor_client, wallace)


def test_reading_the_rows_again_writes_nothing_to_the_database(editor_client, world):
    """A write would commit, and end every whole page the workers keep per snapshot."""
    wallace = world["people"][0]
    prerender.person(wallace.pk)  # the content is kept; the rows of this listing are not
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(wallace.get_absolute_url() + "?show_rejected=1")
        assert response.status_code == 200
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "with recent" in sql.lower()  # the rows were read
    assert not re.search(r"\b(INSERT|UPDATE|DELETE)\b", sql)


def test_reading_a_persons_version_after_the_kept_rows_expired_writes_nothing(editor_client, world, settings):
    """The database cache deletes an entry it finds expired as it reads it: a version must not expire."""
    settings.NEWSDESK_LISTED_ROWS_SECONDS = 1
    wallace = world["people"][0]
    prerender.person(wallace.pk)  # the import worker gives him a new version
    time.sleep(1.5)
    with CaptureQueriesContext(connection) as queries:
        person_page(editor_client, wallace)
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "with recent" in sql.lower()  # the kept rows had expired: they were read again
    assert not re.search(r"\b(INSERT|UPDATE|DELETE)\b", sql)
