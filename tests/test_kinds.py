"""articles/kinds.py: the one list of record kinds that URLs, the link form, cross-links and
the services share."""

import pytest
from django.urls import NoReverseMatch, reverse

from articles import kinds
from articles.forms import LinkForm
from articles.models import Article, Event, Person, Quote, Tag

from . import factories as f

pytestmark = pytest.mark.django_db


def test_each_kind_names_its_model_and_its_page():
    assert kinds.models() == [Article, Person, Quote, Event]
    assert kinds.page_url("quote", 12) == reverse("articles:quote", args=[12])
    assert kinds.page_url("article", 3) == reverse("articles:detail", args=[3])
    with pytest.raises(LookupError):
        kinds.model_of("tag")


def test_records_are_told_from_other_rows():
    article = f.article()
    assert kinds.kind_of(article) == "article" and kinds.is_record(article)
    tag = Tag.objects.create(name="Ports", slug="ports")
    assert not kinds.is_record(tag) and not kinds.is_record("article")
    with pytest.raises(ValueError, match="not an article, person, quote or event"):
        kinds.kind_of(tag)


def test_urls_and_the_link_form_take_the_kinds_and_nothing_else():
    assert reverse("articles:review", args=["event", 1]).startswith("/event/")
    with pytest.raises(NoReverseMatch):
        reverse("articles:review", args=["tag", 1])
    assert LinkForm({"target": "person:4", "relation": "related"}).is_valid()
    assert not LinkForm({"target": "tag:4", "relation": "related"}).is_valid()
