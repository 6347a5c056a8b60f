"""Growth: query counts and latency of the main paths on two bench databases of different scale, same run.

    .venv/bin/python bench/growth.py sqlite:///$PWD/var/bench/s01.sqlite3 sqlite:///$PWD/var/bench/s1.sqlite3

For each database (in its own process, one after the other) and `--repeat` different bench people: exam start
(POST, the draw of 30 from the bank), the course catalogue and a lesson (when `seed_demo --force` has added the
courses), the attempt's first page, an autosave of that page, submit, the eligibility
API and HR's dashboard, each through Django's request handling in-process (no HTTP server: this measures the
application's own work). Prints per path the queries per request and p50/p95 at each scale, and the ratios; the
target is the same query count and p95 within 1.5x. Changes the databases (new attempts): use bench copies. Clears
the cache it is given (`CACHE_URL`) before each database's run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAM = "bench-certification"


def measure(repeat: int) -> dict:
    import django

    django.setup()
    from django.contrib.auth.models import Group
    from django.core.cache import cache
    from django.db import connection
    from django.db.models import Count, Q
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from certification.api_keys import api_key_create
    from exams.models import Attempt
    from org.models import User
    from org.roles import Role

    # each database starts from an empty cache: the runs share CACHE_URL, and entries keyed by a bench person's employee
    # ID or an exam's sections would otherwise be read by the other database's run
    cache.clear()
    # people with no attempt but the one bench_seed gave them: an earlier run's starts count against the exam's limit
    busy = (
        Attempt.objects.filter(exam__slug=EXAM)
        .values("user")
        .annotate(n=Count("pk"))
        .filter(Q(n__gt=1) | Q(user__in=Attempt.objects.filter(state__in=["inprogress", "overdue"]).values("user")))
        .values("user")
    )
    people = list(
        User.objects.filter(username__startswith="bench")
        .exclude(pk__in=busy)
        .select_related("department", "home_region")
        .order_by("pk")[: repeat + 1]
    )
    hr, _created = User.objects.get_or_create(
        username="bench_hr", defaults={"employee_id": "BHR0001", "email": "bench_hr@example.com"}
    )
    hr.groups.add(Group.objects.get(name=Role.HR_ADMIN))
    _row, key = api_key_create(name=f"growth {time.time()}")
    samples: dict[str, list[tuple[float, int]]] = {}

    def timed(name, fn):
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            response = fn()
            ms = 1000 * (time.perf_counter() - began)
        if response.status_code >= 400:
            raise RuntimeError(f"{name}: HTTP {response.status_code}")
        samples.setdefault(name, []).append((ms, len(queries.captured_queries)))
        return response

    from courses.models import LessonPage

    lesson = LessonPage.objects.live().public().order_by("path").first()
    lesson_url = lesson.url if lesson is not None else None  # courses exist only after `seed_demo --force`
    for n, person in enumerate(people):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(person)
        if lesson_url:
            timed("catalogue", lambda c=client: c.get("/courses/"))
            timed("lesson", lambda c=client: c.get(lesson_url))
        start = timed("exam start", lambda c=client: c.post(f"/exams/{EXAM}/"))
        pk = int(start["Location"].rstrip("/").split("/")[-1])
        timed("attempt page", lambda c=client, p=pk: c.get(f"/exams/attempts/{p}/"))
        page = {f"q{slot}-{field}": "0" for slot in range(1, 6) for field in ("choice", "choices")}
        timed("autosave", lambda c=client, p=pk, d=page: c.post(f"/exams/attempts/{p}/save/", d))
        timed("submit", lambda c=client, p=pk: c.post(f"/exams/attempts/{p}/submit/"))
        url = (
            f"/api/v1/eligibility/?employee_id={person.employee_id}&department={person.department.code}"
            f"&region={person.home_region.code}"
        )
        api = Client(HTTP_HOST="127.0.0.1")
        timed("eligibility API", lambda a=api, u=url: a.get(u, HTTP_AUTHORIZATION=f"Api-Key {key}"))
        staff = Client(HTTP_HOST="127.0.0.1")
        staff.force_login(hr)
        timed("HR dashboard", lambda s=staff: s.get("/hr/"))
        if n == 0:
            samples = {}  # the first round warms imports and caches
    out = {}
    for name, rows in samples.items():
        times = sorted(ms for ms, _q in rows)
        out[name] = {
            "queries": sorted({q for _ms, q in rows}),
            "p50": times[len(times) // 2],
            "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
        }
    out["_people"] = User.objects.filter(username__startswith="bench").count()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="*", help="DATABASE_URL of the smaller, then the larger bench database.")
    parser.add_argument("--source", type=Path, default=ROOT)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        sys.path.insert(0, str(args.source))
        print("GROWTH " + json.dumps(measure(args.repeat)))
        return 0
    if len(args.urls) != 2:
        parser.error("give two database URLs: the smaller scale, then the larger")
    results = []
    for url in args.urls:
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", "DEBUG": "false"}
        env["API_RATE_LIMIT"] = "1000000/minute"
        command = [sys.executable, __file__, "--measure", "--repeat", str(args.repeat), "--source", str(args.source)]
        done = subprocess.run(
            command, cwd=args.source, env=env, capture_output=True, text=True, timeout=1800, check=False
        )
        line = next((x for x in done.stdout.splitlines() if x.startswith("GROWTH ")), None)
        if line is None:
            print(done.stdout[-2000:], done.stderr[-4000:], file=sys.stderr)
            return 1
        results.append(json.loads(line[7:]))
    small, large = results
    print(
        f"| path | queries at {small['_people']:,} people | at {large['_people']:,} | p50 small | p50 large "
        "| p95 small | p95 large | p95 ratio | target |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name in small:
        if name.startswith("_"):
            continue
        a, b = small[name], large[name]
        ratio = b["p95"] / a["p95"] if a["p95"] else 0
        met = "met" if a["queries"] == b["queries"] and ratio <= 1.5 else "NOT met"
        print(
            f"| {name} | {a['queries']} | {b['queries']} | {a['p50']:.0f} ms | {b['p50']:.0f} ms | {a['p95']:.0f} ms "
            f"| {b['p95']:.0f} ms | {ratio:.2f} | {met} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
