"""Django's SQLite backend with a fair wait for the write lock.

With `transaction_mode="IMMEDIATE"` every transaction takes SQLite's single write lock at BEGIN. SQLite's own busy
handler makes a waiter sleep longer the longer it has waited (1, 2, 5 … up to 100 ms per try), so under many writers
a newcomer polling every millisecond keeps beating someone who has waited for seconds, and the unlucky one reaches
the busy timeout and fails with "database is locked" (seen in bench/sqlite_writers.py: 100 writers, waits of 57 s).
Here BEGIN is retried with a short random pause instead, so every waiter polls at the same rate and the lock goes to
a waiter at random, which bounds the wait in practice. Statements outside BEGIN keep SQLite's busy timeout.
"""

from __future__ import annotations

import random
import time

from django.db.backends.sqlite3 import base
from django.db.utils import OperationalError

# pauses between tries for the write lock, in seconds
PAUSE_MIN, PAUSE_MAX = 0.001, 0.006


class DatabaseWrapper(base.DatabaseWrapper):
    def _start_transaction_under_autocommit(self):
        if self.transaction_mode != "IMMEDIATE":
            return super()._start_transaction_under_autocommit()
        timeout = float(self.settings_dict.get("OPTIONS", {}).get("timeout", 5))
        deadline = time.monotonic() + timeout
        raw = self.connection
        raw.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except Exception as exc:  # sqlite3.OperationalError, before Django wraps it
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise OperationalError(str(exc)) from exc
                time.sleep(random.uniform(PAUSE_MIN, PAUSE_MAX))  # noqa: S311 (jitter, not security)
        finally:
            raw.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
