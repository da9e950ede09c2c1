"""Where renderings are kept (CACHES["renderings"]: each worker's memory, or Redis with
CACHE_URL) and the keys they are kept under."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections


def renderings():
    return caches["renderings"]


def enabled() -> bool:
    """Whether the speed layer keeps and serves renderings (settings.NEWSDESK_CACHING)."""
    return settings.NEWSDESK_CACHING


def key(*parts) -> str:
    """A cache key for a rendering made of these parts, in this database (test databases, and
    several desks sharing a cache, never share entries)."""
    database = connections[DEFAULT_DB_ALIAS].settings_dict["NAME"]
    return "r:" + hashlib.md5(":".join(str(p) for p in (database, *parts)).encode()).hexdigest()
