"""The busiest pages give their templates every name they ask for.

A name missing from the context renders as empty, but Django finds that out by raising and
catching VariableDoesNotExist at each place that asks: on an article page, the body partial's
`oob` (views/common.py, PARTIALS_UNSET). These pages render without one, for an
editor and for a viewer.
"""

import pytest
from django.core.cache import caches
from django.template import base
from django.test import Client
from django.urls import reverse

from .. import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def missing_names(monkeypatch) -> list[str]:
    """The names templates asked for and did not find, while the test runs."""
    missing, lookup = [], base.Variable._resolve_lookup

    def recording(self, context):
        try:
            return lookup(self, context)
        except base.VariableDoesNotExist:
            missing.append(self.var)
            raise

    monkeypatch.setattr(base.Variable, "_resolve_lookup", recording)
    return missing


@pytest.mark.parametrize("who", ["editor", "viewer"])
def test_article_person_and_quote_pages_ask_for_no_missing_name(who, editor, viewer, missing_names):
    world = f.newsroom(editor, size=1)
    client = Client()
    client.force_login(editor if who == "editor" else viewer)
    article, person = world["articles"][0], world["people"][0]
    for url in (article.get_absolute_url(), person.get_absolute_url(), reverse("articles:quotes")):
        caches["fragments"].clear()  # rendered, not served from the cache
        assert client.get(url).status_code == 200
        assert missing_names == [], url
