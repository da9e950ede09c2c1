"""The fragment and session caches' file backend culls now and then, not on every write."""

import pickle
import random
import zlib

from articles import filecache
from articles.filecache import OccasionallyCulledFileCache


def files(folder):
    return [p for p in folder.iterdir() if p.suffix == ".djcache"]


def cache_in(folder, max_entries):
    return OccasionallyCulledFileCache(str(folder), {"OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 2}})


def test_entries_are_kept_and_read_back(tmp_path):
    cache = cache_in(tmp_path, 100)
    cache.set("page", "<p>rendered</p>")
    assert cache.get("page") == "<p>rendered</p>"


def test_the_folder_stays_near_its_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(filecache, "CULL_EVERY", 20)
    random.seed(7)
    cache = cache_in(tmp_path, 50)
    for i in range(2000):
        cache.set(f"key-{i}", i)
    # Culled again and again (2000 writes into room for 50), never far past the limit.
    assert len(files(tmp_path)) <= 50 + 5 * 20


def test_most_writes_do_not_list_the_folder(tmp_path, monkeypatch):
    listed = []
    original = OccasionallyCulledFileCache._list_cache_files
    monkeypatch.setattr(
        OccasionallyCulledFileCache, "_list_cache_files", lambda self: listed.append(1) or original(self)
    )
    random.seed(3)
    cache = cache_in(tmp_path, 10_000)
    for i in range(1000):
        cache.set(f"key-{i}", i)
    assert 0 < len(listed) < 1000 // filecache.CULL_EVERY * 3


def test_entries_are_written_at_the_fastest_compression_and_still_expire(tmp_path):
    cache = cache_in(tmp_path, 100)
    page = "<p>" + " ".join(f"word{i}" for i in range(3000)) + "</p>"
    cache.set("page", page)
    [path] = files(tmp_path)
    with path.open("rb") as f:
        pickle.load(f)  # the expiry time comes first, as Django writes it
        stored = f.read()
    assert stored == zlib.compress(pickle.dumps(page, cache.pickle_protocol), filecache.COMPRESS_LEVEL)
    assert cache.get("page") == page
    cache.set("gone", page, timeout=0)
    assert cache.get("gone") is None
