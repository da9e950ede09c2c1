"""The database itself refuses incoherent records (constraints chosen on purpose)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from articles.models import Annotation, Article, Link, Mention, Person, Quote, Tag


def make_article(**kwargs):
    fields = {"source_file": "a.txt", "content_hash": "h1", "title": "T", "raw_text": "T\nbody", "body": "body text"}
    fields.update(kwargs)
    return Article.objects.create(**fields)


pytestmark = pytest.mark.django_db


def test_content_hash_is_unique():
    make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(source_file="b.txt")


def test_published_day_needs_month():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(published_day=17)
    article = make_article(content_hash="h2", published_month=1, published_day=17)
    assert article.published.display() == "17 January, year unknown"
    assert article.published.iso() is None


def test_published_month_in_range():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(published_month=13)


def test_mention_span_must_not_be_empty_and_is_unique():
    article = make_article()
    person = Person.objects.create(name="Ada Lovelace")
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(article=article, person=person, start=5, end=5, text="")
    Mention.objects.create(article=article, person=person, start=0, end=4, text="body")
    with pytest.raises(IntegrityError), transaction.atomic():
        Mention.objects.create(article=article, person=person, start=0, end=4, text="body")
        check_deferred_constraints()


def check_deferred_constraints():
    """Span uniqueness is checked at commit (re-imports move spans); force the check now."""
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def test_quote_span_must_not_be_empty():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(article=article, text="x", start=3, end=2)


def test_tag_slug_is_unique():
    Tag.objects.create(name="Defence", slug="defence")
    with pytest.raises(IntegrityError), transaction.atomic():
        Tag.objects.create(name="defence", slug="defence")


def test_link_cannot_point_at_itself_and_is_unique():
    article = make_article()
    other = make_article(content_hash="h2", source_file="b.txt")
    ct = ContentType.objects.get_for_model(Article)
    with pytest.raises(IntegrityError), transaction.atomic():
        Link.objects.create(source_type=ct, source_id=article.pk, target_type=ct, target_id=article.pk)
    Link.objects.create(source_type=ct, source_id=article.pk, target_type=ct, target_id=other.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        Link.objects.create(source_type=ct, source_id=article.pk, target_type=ct, target_id=other.pk)


def test_annotation_span_must_not_be_empty(editor):
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Annotation.objects.create(article=article, author=editor, exact="", start=4, end=4)


def test_search_vector_is_generated_from_title_and_body():
    make_article(title="Defence talks", body="The minister accepted an invitation.")
    assert Article.objects.filter(search_vector="invitation").count() == 1
    assert Article.objects.filter(search_vector="defence").count() == 1
    assert Article.objects.filter(search_vector="parliament").count() == 0


def test_the_migrations_describe_the_models():
    """Every model change has its migration (makemigrations --check exits non-zero otherwise)."""
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
