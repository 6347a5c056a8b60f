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


@pytest.mark.django_db
def test_a_warm_eligibility_call_makes_one_redis_round_trip(client, django_assert_num_queries, monkeypatch):
    """The key's token, the rate-limit count, the person's entry and tokens: one pipeline, no query."""
    from redis.client import Pipeline, Redis

    from certification.api_keys import api_key_create
    from tests.factories import DepartmentFactory, RegionFactory, UserFactory

    department = DepartmentFactory(code=f"D{uuid.uuid4().hex[:6].upper()}")
    region = RegionFactory(code=f"R{uuid.uuid4().hex[:4].upper()}")
    person = UserFactory(employee_id=f"X{uuid.uuid4().hex[:8]}", department=department, home_region=region)
    _row, secret = api_key_create(name=f"round trips {uuid.uuid4().hex}")
    url = f"/api/v1/eligibility/?employee_id={person.employee_id}&department={department.code}&region={region.code}"
    for _ in range(3):  # records the key's use, fills the cache and this process's copies
        assert client.get(url, HTTP_AUTHORIZATION=f"Api-Key {secret}").status_code == 200
    trips = []
    real_command, real_execute = Redis.execute_command, Pipeline.execute

    def command(self, *args, **options):
        trips.append(args[0])
        return real_command(self, *args, **options)

    def execute(self, *args, **options):
        trips.append("pipeline")
        return real_execute(self, *args, **options)

    monkeypatch.setattr(Redis, "execute_command", command)
    monkeypatch.setattr(Pipeline, "execute", execute)
    with django_assert_num_queries(0):
        response = client.get(url, HTTP_AUTHORIZATION=f"Api-Key {secret}")
    assert response.status_code == 200 and response.json()["eligible"] is False
    assert trips == ["pipeline"]
