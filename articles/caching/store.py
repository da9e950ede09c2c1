"""Where renderings are kept, and the keys they are kept under.

- `shared()`: an article's and a person's content, kept under stamps of what they show, for
  every process to serve (the import worker renders them ahead of readers): the database's
  cache table, or Redis with CACHE_URL. Kept compressed (HTML shrinks about sixfold).
- `local()`: whole pages (kept under a snapshot, so until the next commit anywhere), list rows
  and a copy of each shared rendering this worker served (its key names the stamp, so a copy
  is never stale): each worker's memory, or Redis with CACHE_URL.
- `changes()`: when the rows kept in `local()` last changed (rows.py), for every process to
  read: the database's cache table, or Redis with CACHE_URL. Its entries never expire.
"""

from __future__ import annotations

import hashlib
import zlib

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections


def shared():
    return caches["renderings"]


def local():
    return caches["pages"]


def changes():
    return caches["changes"]


def enabled() -> bool:
    """Whether the speed layer keeps and serves renderings (settings.NEWSDESK_CACHING)."""
    return settings.NEWSDESK_CACHING


def key(*parts) -> str:
    """A cache key for a rendering made of these parts, in this database (test databases, and
    several desks sharing a cache, never share entries)."""
    database = connections[DEFAULT_DB_ALIAS].settings_dict["NAME"]
    return "r:" + hashlib.md5(":".join(str(p) for p in (database, *parts)).encode()).hexdigest()


def _copy_key(key: str) -> str:
    """Where this worker keeps its copy of the shared rendering kept under key."""
    return "shared:" + key


def get_shared(key: str) -> tuple[str, str] | None:
    """A (title, html) kept by keep_shared, or None: from this worker's copy when it has one
    (no query, nothing to decompress), else from the shared store."""
    copy = local().get(_copy_key(key))
    if copy is not None:
        return copy
    kept = shared().get(key)
    if kept is None:
        return None
    title, packed = kept
    value = title, zlib.decompress(packed).decode()
    local().set(_copy_key(key), value)
    return value


def keep_shared(key: str, value: tuple[str, str]) -> None:
    title, html = value
    shared().set(key, (title, zlib.compress(html.encode(), 6)))
    local().set(_copy_key(key), value)
