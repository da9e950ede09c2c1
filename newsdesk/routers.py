"""Database routing for a PostgreSQL read replica (DATABASE_REPLICA_URL; docs/performance.md).

Reads go to the `replica` alias and writes to `default`, except where reading a replica that
lags behind would be wrong:
- inside a transaction on default (every service's write path reads what it is about to
  change, and a task worker claims its jobs with SELECT … FOR UPDATE);
- sessions, the database cache (log-in throttling) and the task queue, which are read back
  immediately after being written.
Not configured unless DATABASE_REPLICA_URL is set: one database, no router.
"""

from __future__ import annotations

from django.db import connections

REPLICA = "replica"
PRIMARY_ONLY_APPS = frozenset({"sessions", "django_cache", "django_tasks_db"})


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if model._meta.app_label in PRIMARY_ONLY_APPS or connections["default"].in_atomic_block:
            return "default"
        return REPLICA

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of default: same rows, same ids

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"
