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
  The version carries the rows the worker has just read for the page everyone sees first (no
  options), so no web worker reads them again while they are fresh. They are carried pickled
  apart, so the versions read on every view unpickle only when a worker has nothing kept
  (about 20 µs instead of 180 µs a view for someone often in the news).

Anything else (a command, the shell, a person an import no longer mentions, a version culled
from a full store) shows within NEWSDESK_LISTED_ROWS_SECONDS. The rows listed are still stamped
on every view (stamps.py), so a change to a quote, article or event the page lists shows at
once, whoever made it. Reading writes nothing to the database (a write there would commit, and
end every whole page kept per snapshot): the versions never expire, since the database cache
deletes an expired entry as it reads it. Nothing is kept or served inside a transaction block,
whose own writes others do not see.
"""

from __future__ import annotations

import pickle
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings

from articles.caching import stamps, store

GENERATION = "rows-generation"


@dataclass(frozen=True)
class Version:
    """A record's version in `store.changes()`, with the rows its page lists for `variant` as
    read under `generation` at `read_at` (time.time()), pickled, when the process that replaced
    it had them."""

    token: str
    generation: str | None = None
    variant: tuple | None = None
    pickled_rows: bytes | None = None
    read_at: float = 0.0

    def rows_for(self, generation: str | None, variant: tuple) -> tuple[object, float]:
        """(rows, seconds they may still be kept) when they are those of this generation and
        variant and younger than NEWSDESK_LISTED_ROWS_SECONDS, else (None, 0)."""
        left = settings.NEWSDESK_LISTED_ROWS_SECONDS - (time.time() - self.read_at)
        if self.pickled_rows is None or self.generation != generation or self.variant != variant or left <= 0:
            return None, 0
        return pickle.loads(self.pickled_rows), left


def _version_key(name: str, pk: int) -> str:
    # Under this code's digest: a version carries rows pickled by this code's models.
    return store.key("rows-listed", settings.RENDERINGS_KEY_PREFIX, name, pk)


def kept[Rows](name: str, pk: int, variant: tuple, read: Callable[[], Rows]) -> Rows:
    """read()'s value (which rows record pk's page `name` lists, for this variant), or the one
    kept for it (see above)."""
    if not store.enabled() or stamps.in_transaction_block():
        return read()
    generation_key, version_key = store.key(GENERATION), _version_key(name, pk)
    versions = store.changes().get_many([generation_key, version_key])
    generation, version = versions.get(generation_key), versions.get(version_key, Version(""))
    key = store.key("rows", name, pk, generation, version.token, *variant)
    rows = store.local().get(key)
    if rows is None:
        rows, seconds = version.rows_for(generation, variant)
        if rows is None:
            rows, seconds = read(), settings.NEWSDESK_LISTED_ROWS_SECONDS
        store.local().set(key, rows, seconds)
    return rows


def changed[Rows](name: str, pk: int, *, variant: tuple, read: Callable[[], Rows]) -> Rows:
    """Record pk's page `name` may list other rows now, read() them for this variant and keep
    them with the new version for every process (see above); returns them."""
    generation = store.changes().get(store.key(GENERATION))  # read first: a change after it shows
    rows = read()
    version = Version(uuid.uuid4().hex, generation, variant, pickle.dumps(rows, pickle.HIGHEST_PROTOCOL), time.time())
    store.changes().set(_version_key(name, pk), version)
    return rows


def note_change() -> None:
    """Something may have changed through the app: the rows kept for every page are read again."""
    store.changes().set(store.key(GENERATION), uuid.uuid4().hex)
