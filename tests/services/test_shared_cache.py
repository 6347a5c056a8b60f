"""The shared cache is Redis: a value one process writes, another reads and changes (rate limits rely on it)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache

pytestmark = pytest.mark.services

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent


def test_the_cache_is_redis_and_a_value_set_here_is_seen_and_changed_by_another_process():
    assert isinstance(caches["default"], RedisCache)
    assert settings.CACHES["default"]["BACKEND"] == "lms.cache.RedisCache"  # Django's, one client per pool
    key = f"services-test:{uuid.uuid4().hex}"
    cache.set(key, 41, timeout=60)
    try:
        code = f"from django.core.cache import cache; print('value', cache.incr({key!r}))"
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=PROJECT_DIR,
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.services"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "value 42" in result.stdout.splitlines(), result.stdout
        assert cache.get(key) == 42  # the other process's increment is visible here
        raw = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
        assert raw.exists(cache.make_and_validate_key(key)) == 1  # and it lives in Redis itself
    finally:
        cache.delete(key)


def test_one_client_object_serves_every_call_and_a_counter_counts_once_per_call_with_its_expiry():
    backend = caches["default"]
    assert backend._cache.get_client() is backend._cache.get_client(write=True)
    key = f"services-test:{uuid.uuid4().hex}"
    from lms.cache import count

    try:
        assert [count(cache, key, 30) for _ in range(3)] == [1, 2, 3]
        raw = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
        ttl = raw.ttl(backend.make_and_validate_key(key))
        assert 0 < ttl <= 30  # set by the first count and not pushed back by the later ones
        assert cache.get(key) == 3  # the raw counter reads back through the cache as an int
    finally:
        cache.delete(key)
