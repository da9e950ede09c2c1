"""The read-replica router (newsdesk/routers.py) with a second database alias.

With DATABASE_REPLICA_URL set, settings add a `replica` alias and the router. Here the alias
is made for the tests (as settings would make it), pointing at the test database, the way a
replica would hold a copy of default: reads must go to it and writes to default.
"""

import copy

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.db import connections, router, transaction
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Person

from . import factories as f

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])


@pytest.fixture(scope="module", autouse=True)
def replica_alias():
    """A `replica` connection to the test database, as DATABASE_REPLICA_URL would configure."""
    connections.settings["replica"] = {
        **copy.deepcopy(connections["default"].settings_dict),
        "TEST": {"MIRROR": "default"},
    }
    yield
    connections["replica"].close()
    del connections.settings["replica"]
    if hasattr(connections._connections, "replica"):
        delattr(connections._connections, "replica")


@pytest.fixture(autouse=True)
def routed(settings):
    settings.DATABASE_ROUTERS = ["newsdesk.routers.PrimaryReplicaRouter"]


def queries():
    return CaptureQueriesContext(connections["default"]), CaptureQueriesContext(connections["replica"])


def test_reads_go_to_the_replica_and_writes_to_default():
    on_default, on_replica = queries()
    with on_default, on_replica:
        article = f.article("Harbour plan approved")  # a write
        assert Article.objects.get(pk=article.pk).title == "Harbour plan approved"  # a read
        assert Article.objects.filter(title__startswith="Harbour").count() == 1
    assert any(q["sql"].startswith("INSERT") for q in on_default.captured_queries)
    assert not any(q["sql"].startswith("SELECT") for q in on_default.captured_queries)
    reads = [q["sql"] for q in on_replica.captured_queries if 'FROM "articles_article"' in q["sql"]]
    assert len(reads) == 2
    assert all(q["sql"].startswith("SELECT") for q in on_replica.captured_queries)
    assert router.db_for_read(Article) == "replica" and router.db_for_write(Article) == "default"


def test_reads_inside_a_transaction_stay_on_default():
    on_default, on_replica = queries()
    with on_default, on_replica, transaction.atomic():
        person = Person.objects.create(name="Mara Okafor")
        assert Person.objects.get(pk=person.pk).name == "Mara Okafor"
    assert not on_replica.captured_queries
    assert router.db_for_read(Person, instance=person) == "replica"  # outside it, reads go back


def test_sessions_and_migrations_stay_on_default(editor_client):
    assert router.db_for_read(Session) == "default"
    assert router.allow_migrate("default", "articles") and not router.allow_migrate("replica", "articles")
    # A logged-in page: the session is read from default, the page's rows from the replica.
    f.article("Council meets")
    caches[settings.SESSION_CACHE_ALIAS].clear()  # so the session comes from its table, not its cache
    on_default, on_replica = queries()
    with on_default, on_replica:
        assert editor_client.get("/").status_code == 200
    assert any("django_session" in q["sql"] for q in on_default.captured_queries)
    assert any("articles_article" in q["sql"] for q in on_replica.captured_queries)
    assert not any("articles_article" in q["sql"] for q in on_default.captured_queries)
