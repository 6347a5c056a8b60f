"""In-process CPU per exam request (start, attempt page, autosave, page turn, submit) on a bench-seeded database.

    cp var/bench/s1.sqlite3 /tmp/copy.sqlite3
    export DATABASE_URL=sqlite:////tmp/copy.sqlite3 CACHE_URL=redis://127.0.0.1:6379/5
    .venv/bin/python manage.py migrate && .venv/bin/python bench/exam_paths_cpu.py --people 20

Each bench person (without an open attempt at `bench-certification`) goes through what `bench/exam_day.py`'s
candidates send, in order, with one Django handler reused as a server process would:

    start     POST /exams/bench-certification/
    page      GET  /exams/attempts/<pk>/?page=1           (and ?page=2 after the turn)
    autosave  POST /exams/attempts/<pk>/save/ (HX-Request) with an answer for every item on page 1
    turn      POST /exams/attempts/<pk>/ with page 1's answers (one changed) and goto=2
    submit    POST /exams/attempts/<pk>/submit/

Not a test. Reports, per path, the statements executed and the CPU time (`time.process_time()`, which the
machine's other load inflates far less than wall time) of each request after `--warmup` people; `--path` limits
which requests are measured and profiled (the others still run, unmeasured, so every person reaches each path the
same way); `--profile FILE` writes a cProfile of the measured requests; `--sql PATH` prints that path's last SQL;
`--prime` fills the shared cache with every exam version's cached data first (what a server holds once warm).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

PATHS = ("start", "page", "autosave", "turn", "submit")
EXAM = "bench-certification"
INPUT = re.compile(r'type="(radio|checkbox)" name="q(\d+)-(choices?)" id="[^"]*" value="(\d+)"')


def answers_for(html: str, rng: random.Random) -> dict:
    """Form fields answering every choice item on the page, as `bench/exam_day.py` sends them."""
    options: dict = defaultdict(list)
    for kind, slot, field, value in INPUT.findall(html):
        options[(kind, slot, field)].append(value)
    post: dict = {}
    for (kind, slot, field), values in options.items():
        post[f"q{slot}-present"] = "1"
        if kind == "radio":
            post[f"q{slot}-{field}"] = rng.choice(values)
        else:
            post[f"q{slot}-{field}"] = sorted(rng.sample(values, rng.randint(1, len(values))))
    return post


def prime() -> None:
    from exams.services import drawing
    from question_bank.models import Question

    try:
        from exams.services.content import version_content
    except ImportError:  # code from before the page content was cached
        version_content = None
    ids = list(Question.objects.filter(purpose="exam").values_list("current_version_id", flat=True))
    for n in range(0, len(ids), 500):
        drawing.version_data(ids[n : n + 500])
        if version_content is not None:
            version_content(ids[n : n + 500])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--path", nargs="*", choices=PATHS, default=list(PATHS))
    parser.add_argument("--profile")
    parser.add_argument("--sql", choices=PATHS, help="print this path's last queries")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--prime",
        action="store_true",
        help="first fill the shared cache with every live exam version's order data and page content, as a server "
        "has them after the first few hundred starts of an exam day",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from exams.models import Attempt
    from org.models import User

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]
    if args.prime:
        prime()
    busy = Attempt.objects.filter(exam__slug=EXAM, state__in=["inprogress", "overdue"]).values("user")
    people = list(User.objects.filter(username__startswith="bench").exclude(pk__in=busy).order_by("?"))
    people = people[: args.warmup + args.people]
    rng = random.Random(args.seed)
    client = Client()
    cpu: dict = defaultdict(list)
    queries: dict = defaultdict(list)
    last_sql: dict = {}
    profiler = cProfile.Profile() if args.profile else None

    def call(n, path, method, url, data=None, **headers):
        executed: list[str] = []

        def count(execute, sql, params, many, context):
            executed.append(sql)
            return execute(sql, params, many, context)

        measured = n >= args.warmup and path in args.path
        c0 = time.process_time()
        if profiler and measured:
            profiler.enable()
        with connection.execute_wrapper(count):
            if method == "GET":
                response = client.get(url, HTTP_ACCEPT_LANGUAGE="en", **headers)
            else:
                response = client.post(url, data or {}, HTTP_ACCEPT_LANGUAGE="en", **headers)
        if profiler:
            profiler.disable()
        c1 = time.process_time()
        if measured:
            cpu[path].append((c1 - c0) * 1000)
            queries[path].append(len(executed))
            last_sql[path] = executed
        return response

    for n, person in enumerate(people):
        client.force_login(person)
        reply = call(n, "start", "POST", f"/exams/{EXAM}/")
        assert reply.status_code == 302 and "/exams/attempts/" in reply["Location"], reply.status_code
        base = reply["Location"].split("?")[0]
        reply = call(n, "page", "GET", f"{base}?page=1")
        assert reply.status_code == 200, reply.status_code
        html = reply.content.decode()
        reply = call(n, "autosave", "POST", f"{base}save/", answers_for(html, rng), HTTP_HX_REQUEST="true")
        assert reply.status_code == 200 and "Saved" in reply.content.decode(), reply.status_code
        reply = call(n, "turn", "POST", base, {**answers_for(html, rng), "goto": "2"})
        assert reply.status_code == 302 and reply["Location"].endswith("?page=2"), reply.status_code
        reply = call(n, "page", "GET", f"{base}?page=2")
        assert reply.status_code == 200, reply.status_code
        reply = call(n, "submit", "POST", f"{base}submit/")
        assert reply.status_code == 302 and reply["Location"].endswith("/result/"), reply.status_code
    if profiler:
        profiler.dump_stats(args.profile)
    if args.sql and args.sql in last_sql:
        for sql in last_sql[args.sql]:
            print(sql[:160])
    for path in args.path:
        values = cpu[path]
        print(
            f"{path:9} n={len(values):3} queries={sorted(set(queries[path]))}"
            f" cpu_p50={statistics.median(values):6.1f}ms cpu_mean={statistics.mean(values):6.1f}ms"
            f" cpu_max={max(values):6.1f}ms"
        )


if __name__ == "__main__":
    main()
