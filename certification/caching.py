"""Entries in the shared cache that a version token guards, so a change takes effect at once on every process.

An entry is stored with the tokens it was built under. A writer replaces the token (`bump`) at once and again when
its transaction commits; a reader that sees a token other than the one stored rebuilds. A reader reads the tokens
*before* it reads the database, so an entry built from rows that a concurrent writer has since changed carries the
old token and is never used after that writer's commit. An evicted token is replaced by a new one, which invalidates
everything built under it: eviction costs a rebuild, never a stale answer.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from typing import Any

from django.core.cache import cache
from django.db import transaction

PREFIX = "certification:"


def key(*parts) -> str:
    return PREFIX + ":".join(str(p) for p in parts)


def tokens(version_keys: Iterable[str], found: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The current token of each key, creating those that are missing (`found`: what a get_many already read)."""
    version_keys = list(version_keys)
    found = dict(found) if found is not None else cache.get_many(version_keys)
    for version_key in version_keys:
        if version_key not in found:
            cache.add(version_key, secrets.token_hex(8), timeout=None)
            found[version_key] = cache.get(version_key)
    return tuple(found[k] for k in version_keys)


def bump(*version_keys: str) -> None:
    """Invalidate every entry built under these tokens: now, for this connection's own reads, and after commit,
    for everyone else (a reader between the two may have rebuilt from rows not yet committed)."""

    def replace():
        cache.set_many({k: secrets.token_hex(8) for k in version_keys}, timeout=None)

    replace()
    transaction.on_commit(replace)


# Entries that every call reads, kept unpickled in this process as well: see `cached_local`.
_LOCAL: dict[str, tuple[tuple[str, ...], Any]] = {}
_LOCAL_MAX = 1_000


def cached_local(entry_key: str, current: tuple[str, ...], build: Callable[[], Any], timeout: int) -> Any:
    """The entry under `entry_key` for the tokens `current` (read by the caller *before* anything `build` reads).

    For small entries read on every call (departments and regions by code, an API key's row): the process keeps
    its own copy and uses it while its tokens are the current ones, which saves reading and unpickling the shared
    entry each time; otherwise the shared entry if it was built under `current`, else `build()`, stored in both.
    The copy is shared by the threads of the process: callers must not change it.
    """
    local = _LOCAL.get(entry_key)
    if local is not None and local[0] == current:
        return local[1]
    stored = cache.get(entry_key)
    if stored is not None and stored[0] == current:
        value = stored[1]
    else:
        value = build()
        cache.set(entry_key, (current, value), timeout)
    if len(_LOCAL) >= _LOCAL_MAX:
        _LOCAL.clear()
    _LOCAL[entry_key] = (current, value)
    return value


def local_copy(entry_key: str) -> Any:
    """This process's copy of an entry `cached_local` keeps, current or not, or None."""
    local = _LOCAL.get(entry_key)
    return local[1] if local is not None else None
