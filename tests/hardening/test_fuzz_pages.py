"""Fuzzing every GET parameter of every page with Hypothesis, as a Viewer and as an Editor:
whatever the query string, no page answers with a server error.

The pages are every GET endpoint of articles/urls.py (tests/hardening/endpoints.py), the
parameters every field of every query form in articles/forms.py (so a field added to a form is
fuzzed on every page at once), as full pages and as htmx fragments. Values are drawn from what
broke pages before (digits int() refuses, numbers past bigint, the last date there is, numbers
of records that do not exist), real record numbers, dates, hostile text and arbitrary Unicode.
"""

import os

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles import forms as query_forms

from .endpoints import READS, label, make_workspace

pytestmark = pytest.mark.django_db


def query_form_fields() -> set[str]:
    """Every field of every QueryForm subclass in articles/forms.py."""
    found, todo = set(), [query_forms.QueryForm]
    while todo:
        form = todo.pop()
        found |= set(form.base_fields)
        todo += form.__subclasses__()
    return found


PARAMETERS = sorted(query_form_fields())

NASTY = [
    "", " ", "0", "-1", "1", "2", "²", "❶", "٣", "12345", "99999999999999999999", "9223372036854775807",
    "9223372036854775808", "-9223372036854775809", "1e9", "1.5", "NaN", "inf", "0x10", "1_000",
    "9999-12-31", "0001-01-01", "2022-02-30", "2022-13-01", "10000-01-01", "31/12/9999", "2022-02-11",
    "needs_review", "verified", "rejected", "slugs", "names", "true", "false", "on", "yes",
    "'; DROP TABLE articles_article; --", '"unbalanced', "a OR -b", "%", "_", "\\", "<script>", "x" * 600,
    "\ud7ff\ue000\ufffd", "\u200b", "e\u0301", "🇬🇧", "article:1", "person:99999999999999999999", "quote:",
]  # fmt: skip
text_without_nul = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]), max_size=40)


@st.composite
def values(draw, ws):
    """One value for a parameter: a nasty one, a record's number (or one past it), a date, text."""
    real = [ws.article.pk, ws.person.pk, ws.quote.pk, ws.event.pk]
    return draw(
        st.sampled_from(NASTY)
        | st.sampled_from(NASTY)
        | st.sampled_from(real).map(str)
        | st.sampled_from(real).map(lambda pk: str(pk + 100_000))
        | st.integers(min_value=-(2**70), max_value=2**70).map(str)
        | st.dates().map(str)
        | text_without_nul
    )


@st.composite
def queries(draw, ws):
    """A query string: some parameters, each once or repeated."""
    names = draw(st.lists(st.sampled_from(PARAMETERS), min_size=1, max_size=4, unique=True))
    return {name: draw(st.lists(values(ws), min_size=1, max_size=2)) for name in names}


# Modest by default (the suite runs on two cores); NEWSDESK_FUZZ_SCALE=20 for a long search.
SCALE = int(os.environ.get("NEWSDESK_FUZZ_SCALE", "1"))
PAGES = settings(
    max_examples=60 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def ws(editor):
    return make_workspace(editor)


def test_every_query_form_field_is_fuzzed():
    """Not vacuous: the parameters come from the forms, including the ones pages are known to read."""
    assert {"q", "person", "speaker", "outlet", "tag", "date_from", "date_to", "status", "page"} <= set(PARAMETERS)
    assert {"show_rejected", "label", "name", "into", "find", "from", "as"} <= set(PARAMETERS)


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_no_query_string_makes_any_page_fail(role, ws, client, viewer, editor):
    client.force_login({"viewer": viewer, "editor": editor}[role])
    client.raise_request_exception = False  # a server error is asserted on, with the page that gave it

    @PAGES
    @given(queries(ws), st.booleans())
    def no_server_error(query, as_htmx):
        headers = {"HX-Request": "true", "HX-Target": "results"} if as_htmx else {}
        for endpoint in READS:
            response = client.get(ws.url(*endpoint), query, headers=headers)
            assert response.status_code < 500, (label(endpoint), query, as_htmx, response.status_code)

    no_server_error()


def test_the_pages_that_failed_before(ws, viewer_client):
    """The query strings that answered 500 before the forms (kept as fixed examples)."""
    for path, query in [
        ("list", "person=12345"),
        ("list", "person=%C2%B2"),
        ("list", "person=99999999999999999999"),
        ("list", "date_to=9999-12-31"),
        ("list", "person=12345&q=moscow"),
        ("quotes", "speaker=12345"),
        ("quotes", "speaker=99999999999999999999"),
        ("events", "person=%E2%9D%B6"),
    ]:
        response = viewer_client.get(f"{reverse(f'articles:{path}')}?{query}")
        assert response.status_code == 200, (path, query)
