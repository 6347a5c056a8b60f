"""In-process CPU per exam start (POST /exams/bench-certification/) on a bench-seeded database. Not a test.

    cp var/bench/examstart-s1.sqlite3 /tmp/copy.sqlite3
    export DATABASE_URL=sqlite:////tmp/copy.sqlite3 CACHE_URL=locmemcache://
    .venv/bin/python manage.py migrate && .venv/bin/python bench/exam_start_cpu.py --starts 10

One Django handler is reused as a server process would; each start is a bench person without an open attempt,
logged in beforehand (`force_login`, not measured). Reports the statements executed, wall time and CPU time
(`time.process_time()`, which the machine's other load inflates far less than wall time) per start, after
`--warmup` starts; `--profile FILE` writes a cProfile of the measured starts, `--sql` prints the last start's SQL.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--profile")
    parser.add_argument("--sql", action="store_true", help="print the last start's queries")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from exams.models import Attempt
    from org.models import User

    settings.DEBUG = args.sql  # query logging costs CPU: counted below with an execute wrapper instead
    settings.ALLOWED_HOSTS = ["*"]
    busy = Attempt.objects.filter(exam__slug="bench-certification", state__in=["inprogress", "overdue"]).values("user")
    people = list(User.objects.filter(username__startswith="bench").exclude(pk__in=busy).order_by("?"))
    people = people[: args.warmup + args.starts]
    client = Client()
    cpu, wall, queries = [], [], []
    profiler = cProfile.Profile() if args.profile else None
    for n, person in enumerate(people):
        client.force_login(person)
        executed: list[str] = []

        def count(execute, sql, params, many, context, executed=executed):
            executed.append(sql)
            return execute(sql, params, many, context)

        c0, w0 = time.process_time(), time.perf_counter()
        if profiler and n >= args.warmup:
            profiler.enable()
        with connection.execute_wrapper(count):
            response = client.post("/exams/bench-certification/", HTTP_ACCEPT_LANGUAGE="en")
        if profiler:
            profiler.disable()
        c1, w1 = time.process_time(), time.perf_counter()
        assert response.status_code == 302 and "/exams/attempts/" in response["Location"], response.status_code
        if n >= args.warmup:
            cpu.append((c1 - c0) * 1000)
            wall.append((w1 - w0) * 1000)
            queries.append(len(executed))
    if profiler:
        profiler.dump_stats(args.profile)
    if args.sql:
        for sql in executed:
            print(sql[:150])
    print(
        f"starts={len(cpu)} queries={sorted(set(queries))} cpu_p50={statistics.median(cpu):.1f}ms "
        f"cpu_max={max(cpu):.1f}ms wall_p50={statistics.median(wall):.1f}ms"
    )


if __name__ == "__main__":
    main()
