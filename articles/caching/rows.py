"""Which rows a person's page lists, kept a short while.

A person's page asks on every view which of their quotes, articles and events it lists and who
appears with them most: two queries that cost more than the rest of a view after a commit
elsewhere (5–15 ms of PostgreSQL's time for someone often in the news). A stamp cannot key
that answer, since the answer says which rows to stamp. So the answer is kept in the store
every process shares, under:

- a *generation* that any change made through the app's pages or the admin replaces (the
  middleware, after a request that may write and did not fail): such a change shows at once;
- for at most NEWSDESK_LISTED_ROWS_SECONDS: any other change (an import, a management command,
  the shell) shows within that long. The import worker lists again the rows of each person an
  import mentions, as it renders their page ahead (articles/views/prerender.py), so an import's
  rows usually show as soon as that is done.

The rows listed are still stamped on every view (stamps.py), so a change to a quote, article or
event the page lists shows at once, whoever made it. Nothing is kept or served inside a
transaction block, whose own writes others do not see.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache

from articles.caching import stamps, store

# In the default cache, which every process shares too, beside the log-in counts: not among the renderings.
GENERATION = "rows-generation"


def _key(name: str, variant: tuple) -> str:
    generation = cache.get(store.key(GENERATION), "")
    return store.key("rows", generation, name, *variant)


def kept[Rows](name: str, variant: tuple, read: Callable[[], Rows]) -> Rows:
    """read()'s value (which rows page `name` lists, for this variant), or the one kept for it
    (see above)."""
    if not store.enabled() or stamps.in_transaction_block():
        return read()
    key = _key(name, variant)
    rows = store.shared().get(key)
    if rows is None:
        rows = read()
        store.shared().set(key, rows, settings.NEWSDESK_LISTED_ROWS_SECONDS)
    return rows


def refresh(name: str, variant: tuple, rows) -> None:
    """Keeps rows, just read, as what page `name` lists for this variant."""
    if store.enabled():
        store.shared().set(_key(name, variant), rows, settings.NEWSDESK_LISTED_ROWS_SECONDS)


def note_change() -> None:
    """Something may have changed through the app: the rows kept for every page are read again."""
    cache.set(store.key(GENERATION), uuid.uuid4().hex, None)
