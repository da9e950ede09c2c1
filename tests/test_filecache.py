"""The fragment and session caches' file backend: culls now and then, not on every write;
compresses with LZ4; a file it cannot read back is a miss."""

import pickle
import random
import shutil

import lz4.block
import pytest
from django.core.cache.backends.filebased import FileBasedCache

from articles import filecache
from articles.filecache import FileCache


def files(folder):
    return [p for p in folder.iterdir() if p.suffix == ".djcache"]


def cache_in(folder, max_entries):
    return FileCache(str(folder), {"OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 2}})


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
    original = FileCache._list_cache_files
    monkeypatch.setattr(FileCache, "_list_cache_files", lambda self: listed.append(1) or original(self))
    random.seed(3)
    cache = cache_in(tmp_path, 10_000)
    for i in range(1000):
        cache.set(f"key-{i}", i)
    assert 0 < len(listed) < 1000 // filecache.CULL_EVERY * 3


def test_entries_are_written_with_lz4_after_their_expiry_time_and_still_expire(tmp_path):
    cache = cache_in(tmp_path, 100)
    page = "<p>" + " ".join(f"word{i}" for i in range(3000)) + "</p>"
    cache.set("page", page)
    [path] = files(tmp_path)
    with path.open("rb") as f:
        pickle.load(f)  # the expiry time comes first, as Django writes it
        stored = f.read()
    assert stored == lz4.block.compress(pickle.dumps(page, cache.pickle_protocol))
    assert cache.get("page") == page
    cache.set("gone", page, timeout=0)
    assert cache.get("gone") is None


@pytest.mark.parametrize("value", ["<p>page</p>" * 500, True, ("headers", b"content")])
def test_a_file_written_by_djangos_own_backend_is_a_miss_and_is_removed(tmp_path, value):
    """What a worker of the previous version left in the folder (zlib), read by this one."""
    FileBasedCache(str(tmp_path), {}).set("page", value)
    cache = cache_in(tmp_path, 100)
    assert cache.get("page", "missing") == "missing"
    assert files(tmp_path) == []
    assert cache.touch("page") is False


@pytest.mark.parametrize("content", [b"", b"garbage", pickle.dumps(None) + b"\x00\x01"])
def test_a_file_cut_short_or_garbled_is_a_miss(tmp_path, content):
    cache = cache_in(tmp_path, 100)
    cache.set("page", "<p>page</p>")
    [path] = files(tmp_path)
    path.write_bytes(content)
    assert cache.get("page", "missing") == "missing"
    cache.set("page", "<p>again</p>")
    assert cache.get("page") == "<p>again</p>"


def test_touch_keeps_the_value_and_sets_a_new_expiry(tmp_path):
    cache = cache_in(tmp_path, 100)
    cache.set("page", "<p>" * 4000, timeout=0)
    assert cache.touch("page", timeout=60) is False  # already expired
    cache.set("page", "<p>" * 4000, timeout=1)
    assert cache.touch("page", timeout=None) is True
    [path] = files(tmp_path)
    with path.open("rb") as f:
        assert pickle.load(f) is None  # never expires now
    assert cache.get("page") == "<p>" * 4000


def test_a_removed_folder_is_made_again_on_the_next_write(tmp_path):
    folder = tmp_path / "cache"
    cache = cache_in(folder, 100)
    shutil.rmtree(folder)
    assert cache.get("page") is None
    cache.set("page", "<p>page</p>")
    assert cache.get("page") == "<p>page</p>"


def test_a_value_that_cannot_be_written_leaves_no_file(tmp_path):
    cache = cache_in(tmp_path, 100)
    with pytest.raises((pickle.PicklingError, TypeError, AttributeError)):
        cache.set("page", lambda: None)
    assert list(tmp_path.iterdir()) == []
