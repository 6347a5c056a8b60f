"""The default file cache keeps live entries (rate limits, lockouts, the gate's keys) and culls expired ones first."""

from __future__ import annotations

import time

from lms.cache import FileCache


def cache(tmp_path, **options):
    return FileCache(str(tmp_path), {"OPTIONS": options})


def test_below_the_limit_nothing_is_culled(tmp_path):
    c = cache(tmp_path)
    for n in range(400):  # Django's file cache would have culled a third of these past 300
        c.set(f"k{n}", n)
    assert all(c.get(f"k{n}") == n for n in range(400))


def test_expired_entries_are_culled_before_live_ones(tmp_path):
    c = cache(tmp_path, MAX_ENTRIES=10, CULL_EVERY=1)
    for n in range(10):
        c.set(f"old{n}", n, timeout=0.01)
    time.sleep(0.05)
    for n in range(10):
        c.set(f"live{n}", n)
    assert all(c.get(f"live{n}") == n for n in range(10))
    assert len(c._list_cache_files()) == 10


def test_over_the_limit_with_live_entries_a_share_is_culled(tmp_path):
    c = cache(tmp_path, MAX_ENTRIES=10, CULL_EVERY=1, CULL_FREQUENCY=2)
    for n in range(11):
        c.set(f"k{n}", n)
    assert len(c._list_cache_files()) == 6  # at the 11th write: 10 live, half of them culled, then the new one


def test_the_folder_is_listed_only_every_so_many_writes(tmp_path, monkeypatch):
    c = cache(tmp_path, CULL_EVERY=50)
    listings = []
    original = c._list_cache_files
    monkeypatch.setattr(c, "_list_cache_files", lambda: listings.append(1) or original())
    for n in range(120):
        c.set(f"k{n}", n)
    assert len(listings) == 3  # writes 1, 51 and 101


def test_a_counter_starts_at_one_and_counts_on_the_file_and_memory_caches(tmp_path):
    from django.core.cache.backends.locmem import LocMemCache

    from lms.cache import count

    for c in (cache(tmp_path), LocMemCache("count-test", {})):
        assert [count(c, "hits", 30) for _ in range(3)] == [1, 2, 3]
        c.delete("hits")
        assert count(c, "hits", 30) == 1  # a counter that is gone starts again
