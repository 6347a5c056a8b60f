"""SQLite under write load: N concurrent writers for S seconds, with the project's settings and Django's stock ones.

    .venv/bin/python bench/sqlite_writers.py --writers 100 --seconds 60

Each writer loops over a short read-then-write transaction (read the person, then insert a notification row), the
shape of an exam autosave. Writers are threads spread over several processes so both cores work. Reports operations
per second, latency percentiles and errors ("database is locked" above all) for each configuration, measured in the
same run. Not a test: results go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEOPLE = 200


def build_database(path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}", "DJANGO_SETTINGS_MODULE": "lms.settings.dev"}
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
    code = (
        "from org.models import User\n"
        f"User.objects.bulk_create([User(username=f'w{{i}}', employee_id=f'W{{i:05d}}', email=f'w{{i}}@example.com')"
        f" for i in range({PEOPLE})])"
    )
    subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, check=True)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def worker_process(db: str, mode: str, threads: int, seconds: float, start_at: float, out: mp.Queue) -> None:
    os.environ.update(DATABASE_URL=f"sqlite:///{db}", DJANGO_SETTINGS_MODULE="lms.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connections

    if mode == "stock":
        # what a project gets from Django's defaults: deferred transactions, Python's 5 s busy timeout
        connections.settings["default"]["OPTIONS"] = {}
        connections.settings["default"]["ENGINE"] = "django.db.backends.sqlite3"
    results = []
    barrier = threading.Barrier(threads)

    def writer(index: int) -> None:
        import random

        from django.db import OperationalError, transaction

        from org.models import Notification, User

        rng = random.Random(index)  # noqa: S311 (not security)
        latencies, errors = [], {}
        barrier.wait()
        while time.time() < start_at:
            time.sleep(0.001)
        end = start_at + seconds
        while time.time() < end:
            began = time.perf_counter()
            try:
                with transaction.atomic():
                    person = User.objects.only("pk").get(username=f"w{rng.randrange(PEOPLE)}")
                    Notification.objects.create(
                        recipient=person, kind="bench", language="en", subject="s", body="b", email_state="skipped"
                    )
                latencies.append(time.perf_counter() - began)
            except OperationalError as exc:
                errors[str(exc)] = errors.get(str(exc), 0) + 1
        connections.close_all()
        results.append((latencies, errors))

    pool = [threading.Thread(target=writer, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    latencies = [x for lat, _ in results for x in lat]
    errors: dict[str, int] = {}
    for _, errs in results:
        for k, v in errs.items():
            errors[k] = errors.get(k, 0) + v
    out.put({"latencies": latencies, "errors": errors})


def run(mode: str, base: Path, writers: int, processes: int, seconds: float) -> dict:
    db = base.parent / f"{mode}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, db)
    if mode == "stock":
        con = sqlite3.connect(db)
        con.execute("PRAGMA journal_mode=DELETE")  # Django's stock settings never switch a file to WAL
        con.close()
    out: mp.Queue = mp.Queue()
    start_at = time.time() + 5
    per = [writers // processes + (1 if i < writers % processes else 0) for i in range(processes)]
    procs = [mp.Process(target=worker_process, args=(str(db), mode, n, seconds, start_at, out)) for n in per]
    for p in procs:
        p.start()
    parts = [out.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for part in parts for x in part["latencies"])
    errors: dict[str, int] = {}
    for part in parts:
        for k, v in part["errors"].items():
            errors[k] = errors.get(k, 0) + v

    def pct(q: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000, 1) if latencies else 0.0

    return {
        "mode": mode,
        "writers": writers,
        "seconds": seconds,
        "transactions": len(latencies),
        "per_second": round(len(latencies) / seconds, 1),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "max_ms": round(latencies[-1] * 1000, 1) if latencies else 0.0,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        "errors": errors,
        "locked_errors": sum(v for k, v in errors.items() if "locked" in k),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=100)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--modes", default="project,stock")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sqlite-") as tmp:
        base = Path(tmp) / "base.sqlite3"
        build_database(base)
        results = [run(mode, base, args.writers, args.processes, args.seconds) for mode in args.modes.split(",")]
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
