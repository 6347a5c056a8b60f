"""The default shared cache: Django's file cache, made fit for rate limits, lockouts and the gate's cached data.

Django's `FileBasedCache` lists its whole folder on every write to decide whether to cull, and past `MAX_ENTRIES`
(300 unless set) deletes a random third of the entries, live or not. Under load that made each write cost a folder
listing and kept throwing out live entries (rate-limit counters, the gate's version keys). Here the folder is
listed on the first write of a process and then once every `CULL_EVERY` writes (100), expired entries go first,
and live ones are culled at random only if the cache is still over `MAX_ENTRIES` (100,000 by default).
"""

from __future__ import annotations

import random

from django.core.cache.backends.filebased import FileBasedCache

DEFAULT_MAX_ENTRIES = 100_000


class FileCache(FileBasedCache):
    def __init__(self, dir, params):  # noqa: A002 (Django's signature)
        options = dict(params.get("OPTIONS") or {})
        options.setdefault("MAX_ENTRIES", DEFAULT_MAX_ENTRIES)
        self._cull_every = max(1, int(options.pop("CULL_EVERY", 100)))
        super().__init__(dir, {**params, "OPTIONS": options})
        self._writes = 0

    def _cull(self):
        self._writes += 1
        if (self._writes - 1) % self._cull_every:
            return
        filelist = self._list_cache_files()
        if len(filelist) < self._max_entries:
            return
        live = []
        for fname in filelist:
            try:
                with open(fname, "rb") as f:
                    if self._is_expired(f):  # deletes the expired file
                        continue
            except FileNotFoundError:
                continue
            live.append(fname)
        if len(live) < self._max_entries:
            return
        if self._cull_frequency == 0:
            self.clear()
            return
        for fname in random.sample(live, len(live) // self._cull_frequency):  # noqa: S311 (not security)
            self._delete(fname)
