"""A file-based cache for the fragment and session caches, cheaper per read and write.

Django's FileBasedCache, which this keeps the layout of (one file per key: the pickled expiry
time, then the pickled value, compressed), spends on every write more than the write itself:
- it culls before each set(): it lists every file in the folder to count them, several
  milliseconds with the fragment cache's thousands of entries. Here each set() culls with
  probability 1/CULL_EVERY (so the folder overshoots MAX_ENTRIES by about CULL_EVERY entries
  at most), and counts with one listing of the folder rather than a glob;
- it compresses with zlib at its default level: ~190 µs for a 28 KB page even at level 1,
  and ~80 µs to read it back, on every first view of a page and every page served again.
  LZ4 does both in ~35 and ~10 µs, for files a third larger (6 KB → 8 KB: these caches live
  in memory, /dev/shm);
- it makes sure the folder exists and that the temporary file is not the target before each
  write; here the folder is made again only when a write finds it gone.

A file that cannot be read back (written by another version, or cut short) is a miss, and is
removed.
"""

from __future__ import annotations

import os
import pickle
import random
import tempfile

import lz4.block
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.files import locks

CULL_EVERY = 200


class FileCache(FileBasedCache):
    def get(self, key, default=None, version=None):
        fname = self._key_to_file(key, version)
        try:
            with open(fname, "rb") as f:
                if not self._is_expired(f):
                    return self._read_value(f)
        except FileNotFoundError:
            pass
        except _UNREADABLE:
            self._delete(fname)
        return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        fname = self._key_to_file(key, version)
        self._cull()
        try:
            fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        except FileNotFoundError:  # the folder was removed (a clear by hand): make it again
            self._createdir()
            fd, tmp_path = tempfile.mkstemp(dir=self._dir)
        try:
            with open(fd, "wb") as f:
                self._write_content(f, timeout, value)
            os.replace(tmp_path, fname)
        except BaseException:
            os.remove(tmp_path)
            raise

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        # As FileBasedCache.touch, reading the value the way this class writes it.
        fname = self._key_to_file(key, version)
        try:
            with open(fname, "r+b") as f:
                try:
                    locks.lock(f, locks.LOCK_EX)
                    if self._is_expired(f):
                        return False
                    value = self._read_value(f)
                    f.seek(0)
                    f.truncate()
                    self._write_content(f, timeout, value)
                    return True
                finally:
                    locks.unlock(f)
        except FileNotFoundError:
            return False
        except _UNREADABLE:
            self._delete(fname)
            return False

    def _write_content(self, file, timeout, value):
        file.write(pickle.dumps(self.get_backend_timeout(timeout), self.pickle_protocol))
        file.write(lz4.block.compress(pickle.dumps(value, self.pickle_protocol)))

    def _read_value(self, file):
        return pickle.loads(lz4.block.decompress(file.read()))

    def _cull(self):
        if random.randrange(CULL_EVERY) == 0:
            super()._cull()

    def _list_cache_files(self):
        try:
            names = os.listdir(self._dir)
        except FileNotFoundError:
            return []
        return [os.path.join(self._dir, name) for name in names if name.endswith(self.cache_suffix)]


# What reading a file written by something else (Django's own zlib files) or cut short raises.
_UNREADABLE = (lz4.block.LZ4BlockError, pickle.UnpicklingError, EOFError, ValueError)
