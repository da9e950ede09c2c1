"""The outlet and review filters' choices and their counts, kept a minute."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article

from . import factories as f

pytestmark = pytest.mark.django_db


def test_outlets_are_listed_once_a_minute():
    f.article(outlet="The Record")
    f.article(outlet="Daily Wire Service")
    f.article(outlet="")
    assert Article.objects.outlets() == ["Daily Wire Service", "The Record"]
    f.article(outlet="A New Outlet")
    with CaptureQueriesContext(connection) as queries:
        assert Article.objects.outlets() == ["Daily Wire Service", "The Record"]  # remembered
    assert len(queries) == 0
    caches["estimates"].clear()  # the minute is over
    assert Article.objects.outlets() == ["A New Outlet", "Daily Wire Service", "The Record"]


def test_a_filtered_queryset_is_never_remembered():
    f.article(outlet="The Record", review_status="rejected")
    f.article(outlet="Daily Wire Service")
    assert Article.objects.visible().outlets() == ["Daily Wire Service"]
    assert Article.objects.outlets() == ["Daily Wire Service", "The Record"]


@pytest.fixture
def desk():
    record = [f.article(outlet="The Record") for _ in range(3)]
    record[2].review_status = "rejected"
    record[2].save()
    wire = f.article(outlet="Daily Wire Service", review_status="verified")
    f.article(outlet="")
    return record, wire


def test_outlet_counts_are_of_the_articles_not_rejected(desk):
    assert Article.objects.outlet_counts() == [("Daily Wire Service", 1), ("The Record", 2)]
    assert Article.objects.status_counts() == {"needs_review": 3, "verified": 1, "rejected": 1}


def test_the_filters_show_their_counts(desk, viewer_client):
    page = viewer_client.get(reverse("articles:list")).content.decode()
    assert '<option value="The Record">The Record (2)</option>' in page
    assert '<option value="Daily Wire Service">Daily Wire Service (1)</option>' in page
    assert ">Needs review (3)</option>" in page and ">Verified (1)</option>" in page
    selected = viewer_client.get(reverse("articles:list"), {"outlet": "The Record"}).content.decode()
    assert '<option value="The Record" selected>The Record (2)</option>' in selected
    quotes = viewer_client.get(reverse("articles:quotes")).content.decode()
    assert '<option value="The Record">The Record (2 articles)</option>' in quotes


def test_counts_are_asked_once_a_minute(desk, viewer_client):
    viewer_client.get(reverse("articles:list"))
    f.article(outlet="The Record")
    assert "The Record (2)" in viewer_client.get(reverse("articles:list")).content.decode()  # remembered
    caches["estimates"].clear()  # the minute is over
    assert "The Record (3)" in viewer_client.get(reverse("articles:list")).content.decode()
