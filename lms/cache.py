"""The shared cache backends: Django's file cache (the default) made fit for rate limits, lockouts and the gate's
cached data, and Django's Redis cache without a client object per call (see `RedisCache` below).

Django's `FileBasedCache` lists its whole folder on every write to decide whether to cull, and past `MAX_ENTRIES`
(300 unless set) deletes a random third of the entries, live or not. Under load that made each write cost a folder
listing and kept throwing out live entries (rate-limit counters, the gate's version keys). Here the folder is
listed on the first write of a process and then once every `CULL_EVERY` writes (100), expired entries go first,
and live ones are culled at random only if the cache is still over `MAX_ENTRIES` (100,000 by default).
"""

from __future__ import annotations

import random

from django.core.cache.backends import redis as redis_backend
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


class RedisCacheClient(redis_backend.RedisCacheClient):
    """Django's Redis client wrapper builds a new `redis.Redis` object for every operation (about 0.2 ms of CPU
    each: a quarter of a cached eligibility call). The object is a thin, thread-safe handle on the connection
    pool, so one per pool is kept instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(redis_backend.RedisCache):
    """Django's Redis cache with one client object per connection pool (`RedisCacheClient` above)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def incr_with_expiry(self, key, timeout):
        """Add one to the counter under `key`, creating it at 1 with `timeout` (seconds); the new value. One round
        trip (INCR and EXPIRE NX pipelined), where `incr`, with its existence check, and `add` take two or three."""
        key = self.make_and_validate_key(key)
        client = self._cache.get_client(key, write=True)
        value, _expiry_set = client.pipeline(transaction=False).incr(key).expire(key, timeout, nx=True).execute()
        return value

    def get_many_and_incr_with_expiry(self, keys, counter, timeout):
        """`get_many(keys)` and `incr_with_expiry(counter, timeout)` in one round trip."""
        names = {self.make_and_validate_key(key): key for key in keys}
        counter = self.make_and_validate_key(counter)
        client = self._cache.get_client(counter, write=True)
        pipeline = client.pipeline(transaction=False)
        if names:
            pipeline.mget(list(names))
        values = pipeline.incr(counter).expire(counter, timeout, nx=True).execute()
        found = {}
        if names:
            loads = self._cache._serializer.loads
            found = {names[name]: loads(raw) for name, raw in zip(names, values[0], strict=True) if raw is not None}
        return found, values[-2]


def get_many_and_count(cache, keys: list[str], counter: str | None, timeout: int) -> tuple[dict, int | None]:
    """`cache.get_many(keys)` and, if `counter` is given, `count(cache, counter, timeout)`: on Redis in one round
    trip (MGET, INCR and EXPIRE NX pipelined)."""
    combined = getattr(cache, "get_many_and_incr_with_expiry", None)
    if combined is not None and counter is not None:
        return combined(keys, counter, timeout)
    return cache.get_many(keys), (count(cache, counter, timeout) if counter is not None else None)


def count(cache, key: str, timeout: int) -> int:
    """Add one to the counter under `key` in `cache` (created at 1, expiring after `timeout` seconds); the new
    value. Atomic on Redis and on the local-memory cache; on the file cache two processes can both create a
    counter at 1 at the same moment, so a limit can be exceeded by a request or two."""
    counter = getattr(cache, "incr_with_expiry", None)  # `cache` may be Django's proxy for the default cache
    if counter is not None:
        return counter(key, timeout)
    try:
        return cache.incr(key)
    except ValueError:  # the first count (or the counter expired)
        if cache.add(key, 1, timeout):
            return 1
        return cache.incr(key)
