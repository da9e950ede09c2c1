"""The suggestion views answer every box that asks them: the speaker picker and the tag
widget, and the list filters, which send their own field's name (person, speaker, tag)."""

import pytest
from django.urls import reverse

from .. import factories as f

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def names(db):
    f.person("Ben Wallace", role="Defence Secretary")
    f.person("Sergei Shoigu")
    f.tag("Ukraine")
    f.tag("Defence")


@pytest.mark.parametrize("parameter", ["person", "speaker", "label"])
def test_person_suggestions_read_the_filters_parameter(editor_client, names, parameter):
    html = editor_client.get(
        reverse("articles:person_suggest"), {parameter: "wal", "as": "options"}, **HTMX
    ).content.decode()
    assert '<option value="Ben Wallace">Defence Secretary</option>' in html
    assert "Shoigu" not in html


@pytest.mark.parametrize("parameter", ["tag", "name", "into"])
def test_tag_suggestions_read_the_filters_parameter(editor_client, names, parameter):
    html = editor_client.get(
        reverse("articles:tag_suggest"), {parameter: "ukr", "as": "slugs"}, **HTMX
    ).content.decode()
    assert '<option value="ukraine">Ukraine</option>' in html
    assert "Defence" not in html


def test_nothing_typed_suggests_nothing(editor_client, names):
    assert "option" not in editor_client.get(reverse("articles:person_suggest"), {"as": "options"}).content.decode()
    assert "option" not in editor_client.get(reverse("articles:tag_suggest"), {"as": "slugs"}).content.decode()
