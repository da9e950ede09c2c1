"""articles/compiled.py: reads compiled once per shape give what the ORM gives, with new values."""

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import compiled
from articles.models import Annotation, Article, Mention, Quote, Tag
from articles.querysets import annotations_for

from . import factories as f

pytestmark = pytest.mark.django_db


def fields(obj) -> dict:
    return {field.attname: getattr(obj, field.attname) for field in obj._meta.concrete_fields}


@pytest.fixture
def two_articles():
    wallace, shoigu = f.person("Ben Wallace"), f.person("Sergei Shoigu")
    first = f.article(authors=["Ann Writer"], removed_lines=[{"line": 2, "text": "Menu", "reason": "menu"}])
    second = f.article("Second story")
    for a in (first, second):
        f.mention(a, wallace)
        f.mention(a, shoigu)
    f.quote(first, "wants calm", speaker=shoigu)
    f.quote(first, "We will always keep lines of communication open.", label="Wallace")
    f.quote(second, "wants calm", speaker=shoigu, review_status="rejected")
    first.tags.add(f.tag("Ukraine"), f.tag("Defence"))
    return first, second


def mentions_of(v):
    return Mention.objects.filter(article_id=v["pk"]).select_related("person").order_by("start")


def test_instances_match_the_orm_for_each_value(two_articles):
    for article in two_articles:
        got = compiled.instances("test-mentions", mentions_of, {"pk": article.pk}, "default")
        expected = list(mentions_of({"pk": article.pk}))
        assert [fields(m) for m in got] == [fields(m) for m in expected]
        assert [fields(m.person) for m in got] == [fields(m.person) for m in expected]
        assert all(not m._state.adding and m._state.db == "default" for m in got)


def test_select_related_objects_need_no_query(two_articles):
    got = compiled.instances("test-mentions", mentions_of, {"pk": two_articles[0].pk}, "default")
    with CaptureQueriesContext(connection) as queries:
        names = [m.person.name for m in got]
    assert names == ["Ben Wallace", "Sergei Shoigu"]
    assert len(queries) == 0


def test_the_sql_is_the_same_for_every_value_and_runs_once(two_articles):
    def quotes_of(v):
        return Quote.objects.filter(article_id=v["pk"]).select_related("speaker").visible().order_by("start")

    runs = []
    for article in two_articles:
        with CaptureQueriesContext(connection) as queries:
            got = compiled.instances("test-quotes", quotes_of, {"pk": article.pk}, "default")
        runs.append(queries.captured_queries)
        assert [q.pk for q in got] == [q.pk for q in quotes_of({"pk": article.pk})]
    assert [len(r) for r in runs] == [1, 1]
    assert runs[0][0]["sql"] == runs[1][0]["sql"]
    assert runs[0][0]["params"] != runs[1][0]["params"]
    # The second article's only quote is rejected: the filter compiled once still applies.
    assert compiled.instances("test-quotes", quotes_of, {"pk": two_articles[1].pk}, "default") == []


def test_json_fields_come_back_as_python_values(two_articles):
    got = compiled.instances(
        "test-article", lambda v: Article.objects.for_page().filter(pk=v["pk"]), {"pk": two_articles[0].pk}, "default"
    )
    assert got[0].authors == ["Ann Writer"]
    assert got[0].removed_lines == [{"line": 2, "text": "Menu", "reason": "menu"}]
    # for_page() prefetches the tags: they are there without another query.
    with CaptureQueriesContext(connection) as queries:
        assert [t.name for t in got[0].tags.all()] == ["Defence", "Ukraine"]
    assert len(queries) == 0


def test_annotations_and_prefetches_as_the_orm_gives_them(two_articles):
    author = f.user("ed")
    f.annotation(two_articles[0], author, "talks in Moscow", tags="Moscow, Talks")
    got = compiled.instances("test-notes", lambda v: annotations_for(v["pk"]), {"pk": two_articles[0].pk}, "default")
    assert [fields(a) for a in got] == [fields(a) for a in Annotation.objects.filter(article=two_articles[0])]
    with CaptureQueriesContext(connection) as queries:
        assert got[0].author.username == "ed"
        assert sorted(t.name for t in got[0].tags.all()) == ["Moscow", "Talks"]
    assert len(queries) == 0
    other = {"pk": two_articles[1].pk}
    assert compiled.instances("test-notes", lambda v: annotations_for(v["pk"]), other, "default") == []


def test_a_value_the_orm_transforms_is_compiled_each_time(two_articles):
    # icontains sends the value wrapped in %…%: the stand-in is not among the parameters, so
    # the shape cannot be reused, and each call is compiled the ordinary way (still right).
    def titled(v):
        return Article.objects.filter(title__icontains=v["title"]).order_by("pk")

    assert [a.pk for a in compiled.instances("test-titled", titled, {"title": "second"}, "default")] == [
        two_articles[1].pk
    ]
    assert [a.pk for a in compiled.instances("test-titled", titled, {"title": "wallace"}, "default")] == [
        two_articles[0].pk
    ]


def test_compiled_sql_puts_the_values_in(two_articles):
    def titles(v):
        return Article.objects.filter(pk=v["pk"]).values_list("title", flat=True)

    for article in two_articles:
        sql, params = compiled.compiled_sql("test-titles", titles, {"pk": article.pk})
        assert compiled.fetch_all(sql, params, "default") == [(article.title,)]


def test_set_prefetched_answers_all_without_a_query(two_articles):
    article = Article.objects.get(pk=two_articles[1].pk)
    tag = Tag.objects.get(name="Ukraine")
    compiled.set_prefetched(article, "tags", [tag])
    with CaptureQueriesContext(connection) as queries:
        assert list(article.tags.all()) == [tag]
    assert len(queries) == 0


def quotes_in_order(ids):
    read = compiled.among_read("test-quotes-in-order", Quote.objects.with_context(), ids)
    return compiled.ordered(compiled.instances_together([read], "default")[0], ids)


def test_reads_among_ids_keep_the_order_of_the_ids_whatever_their_number(two_articles):
    first, second = two_articles
    quotes = list(Quote.objects.order_by("pk"))
    wanted = [quotes[2].pk, quotes[0].pk]
    got = quotes_in_order(wanted)
    assert [q.pk for q in got] == wanted
    with CaptureQueriesContext(connection) as queries:
        assert [q.article.title for q in got] == [second.title, first.title]
    assert len(queries) == 0
    everything = [q.pk for q in reversed(quotes)] + [10**9]  # an id that is gone is left out
    got = quotes_in_order(everything)
    assert [q.pk for q in got] == everything[:-1]
    assert quotes_in_order([]) == []


@pytest.mark.django_db(transaction=True)
def test_a_connection_that_died_is_replaced_at_its_first_use_in_a_request(settings):
    # A persistent connection whose server went away (a restart) must not fail the next request:
    # the health check Django runs for its own cursors runs for these queries too.
    settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    connection.ensure_connection()
    connection.health_check_enabled = True
    connection.connection.close()  # the server end is gone
    connection.health_check_done = False  # as at the start of each request
    assert compiled.fetch_all("SELECT 1", None, "default") == [(1,)]


@pytest.mark.django_db(transaction=True)
def test_a_read_that_fails_on_a_live_connection_is_not_run_again(settings):
    from django.db import OperationalError

    settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    connection.ensure_connection()
    connection.health_check_enabled = True
    with connection.cursor() as cursor:
        # A sequence counts the runs (nextval is not undone when the statement fails).
        cursor.execute("CREATE TEMPORARY SEQUENCE runs; SET statement_timeout = '50ms'")
    connection.health_check_done = False  # a new request
    try:
        with pytest.raises(OperationalError, match="statement timeout"):
            compiled.fetch_all("SELECT nextval('runs'), pg_sleep(0.4)", None, "default")
        with connection.cursor() as cursor:
            cursor.execute("SELECT last_value FROM runs")
            assert cursor.fetchone()[0] == 1
    finally:
        connection.close()


def test_reads_sent_together_give_what_each_gives_alone_and_count_as_queries(two_articles, monkeypatch):
    first, second = two_articles

    def quotes_of(v):
        return Quote.objects.filter(article_id=v["pk"]).select_related("speaker").order_by("start")

    reads = [
        compiled.Read("test-mentions", mentions_of, {"pk": first.pk}),
        compiled.Read("test-quotes-together", quotes_of, {"pk": second.pk}),
        compiled.among_read("test-articles-among", Article.objects.all(), [second.pk, first.pk]),
        compiled.Read("test-annotations", lambda v: annotations_for(v["pk"]), {"pk": first.pk}),
    ]
    alone = [compiled.instances(r.name, r.build, r.values, "default") for r in reads]
    pipelines = []
    original = psycopg.Connection.pipeline
    monkeypatch.setattr(psycopg.Connection, "pipeline", lambda self: pipelines.append(1) or original(self))
    with CaptureQueriesContext(connection) as queries:
        together = compiled.instances_together(reads, "default")
    assert len(pipelines) == 1  # one round trip for all four
    assert len(queries) == 4  # each read still counted
    assert [[fields(o) for o in objs] for objs in together] == [[fields(o) for o in objs] for objs in alone]
    assert [a.pk for a in compiled.ordered(together[2], [second.pk, first.pk])] == [second.pk, first.pk]
    # Where libpq has no pipeline mode, the same reads run one after the other.
    monkeypatch.setattr(psycopg.Pipeline, "is_supported", classmethod(lambda cls: False))
    one_by_one = compiled.instances_together(reads, "default")
    assert len(pipelines) == 1
    assert [[fields(o) for o in objs] for objs in one_by_one] == [[fields(o) for o in objs] for objs in alone]


@pytest.mark.django_db(transaction=True)
def test_a_read_that_fails_among_others_raises_and_the_connection_goes_on():
    from django.db import ProgrammingError

    statements = [
        compiled.Statement("SELECT 1", None),
        compiled.Statement("SELECT * FROM no_such_table", None),
        compiled.Statement("SELECT 3", None),
    ]
    with pytest.raises(ProgrammingError, match="no_such_table"):
        compiled.fetch_together(statements, "default")
    assert compiled.fetch_together([statements[0], statements[2]], "default") == [[(1,)], [(3,)]]


@pytest.mark.django_db(transaction=True)
def test_reads_sent_together_on_a_dead_connection_are_sent_again_on_a_new_one(settings):
    settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    connection.ensure_connection()
    connection.health_check_enabled = True
    connection.connection.close()
    connection.health_check_done = False
    statements = [compiled.Statement("SELECT 1", None), compiled.Statement("SELECT %s::int", [2], prepare=False)]
    assert compiled.fetch_together(statements, "default") == [[(1,)], [(2,)]]
