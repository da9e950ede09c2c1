"""A file-based cache that does not list its folder on every write.

Django's FileBasedCache culls before each set(): it lists every file in the folder to count
them. With the fragment cache's thousands of entries that listing costs several milliseconds,
more than rendering a small page. Culling now and then keeps the folder near MAX_ENTRIES at a
fraction of the cost: each set() culls with probability 1/CULL_EVERY, so the folder overshoots
by about CULL_EVERY entries at most between culls.
"""

from __future__ import annotations

import random

from django.core.cache.backends.filebased import FileBasedCache

CULL_EVERY = 200


class OccasionallyCulledFileCache(FileBasedCache):
    def _cull(self):
        if random.randrange(CULL_EVERY) == 0:
            super()._cull()
