"""Which rows a person's page lists, kept a short while.

A person's page asks on every view which of their quotes, articles and events it lists and who
appears with them most: two queries that cost more than the rest of a view after a commit
elsewhere (5–15 ms of PostgreSQL's time for someone often in the news). A stamp cannot key
that answer, since the answer says which rows to stamp. So each worker keeps the answer in its
memory (`store.local()`) for at most NEWSDESK_LISTED_ROWS_SECONDS, under two versions read
together from `store.changes()`, which every process shares:

- a *generation* that any change made through the app's pages or the admin replaces (the
  middleware, after a request that may write and did not fail): such a change shows at once;
- the person's own version, which the import worker replaces as it renders ahead the page of
  each person an import mentions (articles/views/prerender.py): an import's rows show once it has.

Anything else (a command, the shell, a person an import no longer mentions, a version culled
from a full store) shows within NEWSDESK_LISTED_ROWS_SECONDS. The rows listed are still stamped
on every view (stamps.py), so a change to a quote, article or event the page lists shows at
once, whoever made it. Reading writes nothing to the database (a write there would commit, and
end every whole page kept per snapshot): the versions never expire, since the database cache
deletes an expired entry as it reads it. Nothing is kept or served inside a transaction block,
whose own writes others do not see.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.conf import settings

from articles.caching import stamps, store

GENERATION = "rows-generation"


def _version_key(name: str, pk: int) -> str:
    return store.key("rows-version", name, pk)


def kept[Rows](name: str, pk: int, variant: tuple, read: Callable[[], Rows]) -> Rows:
    """read()'s value (which rows record pk's page `name` lists, for this variant), or the one
    kept for it (see above)."""
    if not store.enabled() or stamps.in_transaction_block():
        return read()
    generation_key, version_key = store.key(GENERATION), _version_key(name, pk)
    versions = store.changes().get_many([generation_key, version_key])
    key = store.key("rows", name, pk, versions.get(generation_key), versions.get(version_key), *variant)
    rows = store.local().get(key)
    if rows is None:
        rows = read()
        store.local().set(key, rows, settings.NEWSDESK_LISTED_ROWS_SECONDS)
    return rows


def changed(name: str, pk: int) -> None:
    """Record pk's page `name` may list other rows now: they are read again."""
    store.changes().set(_version_key(name, pk), uuid.uuid4().hex)


def note_change() -> None:
    """Something may have changed through the app: the rows kept for every page are read again."""
    store.changes().set(store.key(GENERATION), uuid.uuid4().hex)
