"""Synchronised exam start (and login, measured apart) under gunicorn, on a bench-seeded database.

    DATABASE_URL=sqlite:///$PWD/var/bench/s1.sqlite3 .venv/bin/python bench/exam_load.py --starts 300 --within 10

Sessions are made beforehand in the database (as a login would leave them), so the starts measure the exam and
not password hashing; `--logins N` then measures N real logins through /accounts/login/ on their own. The starts
are POSTs to /exams/bench-certification/ (the draw of 30 from the bench bank), spread evenly over `--within`
seconds by one thread each in this process, which is the load generator and reports its own CPU use beside the
results. Afterwards the database must hold exactly one new open attempt per start. Targets: p95 < 1 s, no errors.
All traffic goes to 127.0.0.1; each request has a 60 s timeout, so a run ends by itself. Not a test.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import resource
import secrets
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from http_load import children_of, manage, process_ticks, serve, stop  # bench/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
EXAM = "bench-certification"

SESSIONS_CODE = """
import json
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from exams.models import Attempt
from org.models import User
busy = Attempt.objects.filter(exam__slug="EXAM", state__in=["inprogress", "overdue"]).values("user")
people = User.objects.filter(username__startswith="bench").exclude(pk__in=busy).order_by("?")[:COUNT]
out = []
for user in people:
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    out.append([user.pk, store.session_key, user.username])
print(json.dumps(out))
"""

COUNT_CODE = """
from exams.models import Attempt
print(Attempt.objects.filter(exam__slug="EXAM", state="inprogress", user_id__in=IDS).count())
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def request(port: int, method: str, path: str, *, session: str = "", body: dict | None = None) -> tuple[int, str]:
    csrf = secrets.token_hex(16)  # 32 characters: Django accepts an unmasked secret equal to the cookie
    headers = {
        "Host": f"127.0.0.1:{port}",
        "Cookie": f"csrftoken={csrf}" + (f"; sessionid={session}" if session else ""),
    }
    data = None
    if method == "POST":
        headers["X-CSRFToken"] = csrf
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        data = urllib.parse.urlencode(body or {})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=data, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Location") or ""
    finally:
        conn.close()


def timed_at(start: float, fn) -> dict:
    while (wait := start - time.monotonic()) > 0:
        time.sleep(min(wait, 0.05))
    began = time.monotonic()
    try:
        status, location = fn()
    except OSError as error:
        status, location = 0, str(error)
    return {"ms": 1000 * (time.monotonic() - began), "status": status, "location": location}


def run_spread(jobs: list, within: float) -> list[dict]:
    results: list[dict] = [{} for _ in jobs]
    t0 = time.monotonic() + 1
    step = within / max(1, len(jobs))

    def worker(i, fn):
        results[i] = timed_at(t0 + i * step, fn)

    threads = [threading.Thread(target=worker, args=(i, fn)) for i, fn in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=within + 120)
    return results


def summary(name: str, results: list[dict], ok, cpu: float, server_cpu: float, wall: float) -> str:
    times = [r["ms"] for r in results if r]
    errors = sum(1 for r in results if not r or not ok(r))
    return (
        f"| {name} | {len(results)} | {errors} | {percentile(times, 50):.0f} ms | {percentile(times, 95):.0f} ms | "
        f"{max(times):.0f} ms | {wall:.1f} s | {100 * cpu:.0f}% | {100 * server_cpu:.0f}% |"
    )


def measured(jobs, within, pids):
    before = resource.getrusage(resource.RUSAGE_SELF)
    server_before = process_ticks(pids)
    began = time.monotonic()
    results = run_spread(jobs, within)
    wall = time.monotonic() - began
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / wall
    return results, cpu, (process_ticks(pids) - server_before) / TICKS / wall, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 3)))
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--starts", type=int, default=300)
    parser.add_argument("--within", type=float, default=10)
    parser.add_argument("--logins", type=int, default=20)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        print("Set DATABASE_URL to a database seeded with `manage.py bench_seed`.", file=sys.stderr)
        return 2
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", "DEBUG": "false"}
    source = args.source.resolve()
    code = SESSIONS_CODE.replace("EXAM", EXAM).replace("COUNT", str(args.starts + args.logins))
    people = json.loads(manage(env, source, "shell", "-c", code).strip().splitlines()[-1])
    starters, login_people = people[: args.starts], people[args.starts :]
    gunicorn, log = serve(env, source, args.port, args.workers)
    rows = []
    try:
        pids = children_of(gunicorn.pid)
        request(args.port, "GET", f"/exams/{EXAM}/", session=starters[0][1])  # warm one worker's imports
        jobs = [(lambda s=s: request(args.port, "POST", f"/exams/{EXAM}/", session=s)) for _pk, s, _u in starters]
        results, cpu, server_cpu, wall = measured(jobs, args.within, pids)
        rows.append(
            summary(
                f"{args.starts} exam starts within {args.within:g} s",
                results,
                lambda r: r["status"] == 302 and "/exams/attempts/" in r["location"],
                cpu,
                server_cpu,
                wall,
            )
        )
        if login_people:
            body = lambda u: {"username": u, "password": "interview-ready"}  # noqa: E731
            jobs = [
                (lambda u=u: request(args.port, "POST", "/accounts/login/", body=body(u)))
                for _pk, _s, u in login_people
            ]
            results, cpu, server_cpu, wall = measured(jobs, max(1.0, args.logins / 4), pids)
            rows.append(summary(f"{args.logins} logins", results, lambda r: r["status"] == 302, cpu, server_cpu, wall))
    finally:
        stop(gunicorn)
    ids = [pk for pk, _s, _u in starters]
    made = int(
        manage(env, source, "shell", "-c", COUNT_CODE.replace("EXAM", EXAM).replace("IDS", str(ids))).split()[-1]
    )
    print(f"\n{args.label} workers={args.workers} log={log}")
    print("| run | requests | errors | p50 | p95 | max | wall | client CPU | gunicorn CPU |")
    print("|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\nopen attempts afterwards for the {len(starters)} starters: {made}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
