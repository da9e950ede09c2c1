"""The marks that stand for the CSRF token and the CSP nonce in kept renderings are replaced
only where the templates wrote them: an imported article that contains a mark's text shows it
as written, and the reader's token and nonce appear nowhere but in their own places."""

import re

import pytest
from django.test import Client

from articles.caching.marks import CSRF_MARK, NONCE_MARK
from articles.models import Tag
from articles.services.importing import import_bytes

pytestmark = pytest.mark.django_db(transaction=True)  # commits, so whole pages are kept too

STORY = f"""Harbour talks end without a deal

By Ann Lee

The council's notes, pasted into the minutes, read {CSRF_MARK} and then {NONCE_MARK} in full.

"We will meet again next week," said the mayor, Tom Price, after the talks.
"""


@pytest.fixture
def article_url(groups):
    result = import_bytes(STORY.encode(), "harbour-marks.txt")
    assert result.article_id, result.line()
    return f"/articles/{result.article_id}/"


def test_an_article_containing_the_marks_shows_them_as_written_and_the_token_only_in_its_places(editor, article_url):
    client = Client()
    client.force_login(editor)
    for attempt in ("rendered", "parts kept", "page kept"):
        if attempt == "parts kept":
            Tag.objects.create(name="Unrelated commit", slug="unrelated-commit")  # the whole page renders again
        response = client.get(article_url)
        html = response.content.decode()
        assert response.status_code == 200
        # The article's text, escaped as any text is: the marks as written.
        assert "read &lt;newsdesk-csrf-token&gt; and then &lt;newsdesk-csp-nonce&gt; in full" in html, attempt
        inputs = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert inputs, attempt
        # Each form's token and the htmx header's, and nowhere else.
        masked = set(inputs)
        places = len(inputs) + html.count('"X-CSRFToken": "')
        assert sum(html.count(value) for value in masked) == places, attempt
        nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        assert html.count(nonce) == html.count(f'nonce="{nonce}"') >= 1, attempt
        assert str(CSRF_MARK) not in html and str(NONCE_MARK) not in html
