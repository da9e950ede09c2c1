"""Loading the logged-in user on every request, whether they are an Editor, and the database's
snapshot (articles/pagecache.py), in one query.

Django's ModelBackend builds and compiles an ORM query for the user on every request, and the
pages that show editing controls then ask for the user's groups in a second one. Here one
prepared statement (planned once per connection) returns the user's row and the Editor flag,
which articles.services.accounts.can_edit reads instead of asking again.
"""

from __future__ import annotations

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from articles.services.accounts import EDITORS


@cache  # built once per user model, not on every request
def _user_sql(model) -> tuple[str, list[str]]:
    columns = [field.column for field in model._meta.concrete_fields]
    names = [field.attname for field in model._meta.concrete_fields]
    sql = (
        f"SELECT {', '.join(f'u.{c}' for c in columns)}, "
        "EXISTS (SELECT 1 FROM auth_user_groups ug JOIN auth_group g ON g.id = ug.group_id "
        "WHERE ug.user_id = u.id AND g.name = %s), pg_current_snapshot()::text "
        f"FROM {model._meta.db_table} u WHERE u.id = %s"
    )
    return sql, names


class EditorAwareBackend(ModelBackend):
    """ModelBackend whose get_user also records whether the user is an Editor (`is_editor`)."""

    def get_user(self, user_id):
        from articles import fragments, pagecache
        from articles.compiled import fetch_all

        model = get_user_model()
        sql, names = _user_sql(model)
        try:
            pk = model._meta.pk.to_python(user_id)
        except Exception:  # a session holding something that is not an id: no user
            return None
        using = fragments.read_alias(model)
        rows = fetch_all(sql, [EDITORS, pk], using)
        if not rows:
            return None
        row = rows[0]
        user = model.from_db(using, names, row[:-2])
        user.is_editor = row[-2]
        # What the database looked like to this read: pages kept under it are current until
        # anything commits (articles/pagecache.py). Not inside a transaction block, whose own
        # writes it does not show.
        user.read_snapshot = (using, row[-1]) if pagecache.outside_transactions(using) else None
        return user if self.user_can_authenticate(user) else None
