"""Article.objects.outlets(): the filter's choices, kept a minute per process."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
