"""Exam day: many candidates sitting the bench certification at once, with think time, under gunicorn.

    DATABASE_URL=sqlite:///$PWD/var/bench/day.sqlite3 .venv/bin/python bench/exam_day.py --candidates 2000

Each candidate has a session made beforehand in the database (what a login leaves; logins are measured apart by
`bench/exam_load.py --logins`, since password hashing is deliberately slow). A candidate arrives at a random moment
in the first `--arrive` seconds and starts the exam (POST /exams/bench-certification/), opens page 1, and then, for
each page, thinks for 30-90 s (uniform), autosaves the page's answers as the page's script does, and turns to the
next page (POST of the page, which saves it again, then GET of the next page). After the last page, or when the
`--minutes` window closes, the candidate submits. Every request is timed by endpoint; the load generator is this
process, and its CPU use is reported beside the server's. Afterwards the database must hold exactly the answers
that were sent, on every item of every attempt (and nothing on items never answered), and every attempt must be
submitted (where a save timed out on the client side, the item may hold either that save or what it held
before). Targets: p95 < 300 ms on every endpoint, no errors. Not a test.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import resource
import secrets
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

from exam_load import EXAM, SESSIONS_CODE, percentile  # bench/ is on sys.path when run as a script
from http_load import children_of, manage, process_ticks, serve, stop

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
INPUT = re.compile(r'type="(radio|checkbox)" name="q(\d+)-(choices?)" id="[^"]*" value="(\d+)"')
PAGES = re.compile(r'name="goto" value="(\d+)"')

CHECK_CODE = """
import json
from exams.models import Attempt, AttemptItem
from exams.services.answers import form_values
expected = json.load(open("PATH"))
wrong, checked, unsubmitted = [], 0, 0
attempts = Attempt.objects.filter(pk__in=[int(k) for k in expected])
for attempt in attempts:
    if attempt.is_open:
        unsubmitted += 1
    sent = expected[str(attempt.pk)]
    items = AttemptItem.objects.filter(attempt=attempt).select_related("version__question", "response")
    for item in items:
        checked += 1
        held = form_values(item, item.response.answer)
        ok = False
        for want in sent.get(str(item.slot), [None]):
            if want is None:
                ok = ok or not any(v not in (None, set(), "") for v in held.values())
            elif "choices" in want:
                ok = ok or held.get("choices") == set(want["choices"])
            else:
                ok = ok or held.get("choice") == want["choice"]
        if not ok:
            wrong.append([attempt.pk, item.slot, want, repr(held)])
print(json.dumps({"attempts": attempts.count(), "items": checked, "wrong": wrong[:20], "wrong_count": len(wrong),
                  "unsubmitted": unsubmitted}))
"""


class Client:
    """One candidate's HTTP exchanges (a new connection per request, as gunicorn's sync workers close them)."""

    def __init__(self, port: int, session: str, log: list):
        self.port, self.session, self.log = port, session, log
        self.csrf = secrets.token_hex(16)  # 32 characters: Django accepts an unmasked secret equal to the cookie

    def call(self, label: str, method: str, path: str, body: dict | None = None) -> tuple[int, str, str]:
        headers = {
            "Host": f"127.0.0.1:{self.port}",
            "Cookie": f"csrftoken={self.csrf}; sessionid={self.session}",
        }
        data = None
        if method == "POST":
            headers["X-CSRFToken"] = self.csrf
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            if label == "autosave":
                headers["HX-Request"] = "true"
            data = urllib.parse.urlencode(body or {}, doseq=True)
        began = time.monotonic()
        status, location, text = 0, "", ""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=data, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            status, location = response.status, response.getheader("Location") or ""
        except OSError as error:
            location = str(error)
        finally:
            conn.close()
        self.log.append((label, 1000 * (time.monotonic() - began), status, began))
        return status, location, text


def answers_for(html: str, rng: random.Random) -> tuple[dict, dict]:
    """Pick answers for the inputs on a page: (form fields to post, what they mean per slot)."""
    options: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for kind, slot, field, value in INPUT.findall(html):
        options[(kind, slot, field)].append(int(value))
    post, meaning = {}, {}
    for (kind, slot, field), values in options.items():
        post[f"q{slot}-present"] = "1"
        if kind == "radio":
            choice = rng.choice(values)
            post[f"q{slot}-{field}"] = str(choice)
            meaning[slot] = {"choice": choice}
        else:
            chosen = sorted(rng.sample(values, rng.randint(1, len(values))))
            post[f"q{slot}-{field}"] = [str(c) for c in chosen]
            meaning[slot] = {"choices": chosen}
    return post, meaning


def record(answers: dict, meaning: dict, confirmed: bool) -> None:
    """What each slot may hold: after a confirmed save, exactly what was sent; after a request that failed or timed
    out on the client side (the server may still have saved it), either that or what it could hold before."""
    for slot, value in meaning.items():
        answers[slot] = [value] if confirmed else [*answers.get(slot, [None]), value]


def candidate(port, session, arrive_at, close_at, think, rng, log, sent, errors):
    client = Client(port, session, log)
    while (wait := arrive_at - time.monotonic()) > 0:
        time.sleep(min(wait, 1))
    status, location, _ = client.call("start", "POST", f"/exams/{EXAM}/")
    match = re.search(r"/exams/attempts/(\d+)/", location)
    if status != 302 or not match:
        errors.append(f"start: {status} {location[:80]}")
        return
    attempt = match.group(1)
    base = f"/exams/attempts/{attempt}/"
    answers: dict = {}
    sent[attempt] = answers
    page = 1
    status, _, html = client.call("page", "GET", f"{base}?page=1")
    if status != 200:
        errors.append(f"page: {status}")
    last = max([int(p) for p in PAGES.findall(html)] + [1])
    while True:
        pause = rng.uniform(*think)
        if time.monotonic() + pause > close_at:
            break
        time.sleep(pause)
        post, meaning = answers_for(html, rng)
        status, _, _ = client.call("autosave", "POST", f"{base}save/", post)
        record(answers, meaning, status == 200)
        if status != 200:
            errors.append(f"autosave: {status}")
            continue
        if page == last:
            break
        # the learner changes one answer on the page, then turns the page (the POST saves the page again)
        post, meaning = answers_for(html, rng)
        status, location, _ = client.call("turn", "POST", base, {**post, "goto": str(page + 1)})
        record(answers, meaning, status == 302)
        if status != 302:
            errors.append(f"turn: {status}")
            continue
        page += 1
        status, _, html = client.call("page", "GET", f"{base}?page={page}")
        if status != 200:
            errors.append(f"page: {status}")
    status, location, _ = client.call("submit", "POST", f"{base}submit/")
    if status != 302:
        errors.append(f"submit: {status}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 3)))
    parser.add_argument("--port", type=int, default=8767)
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--arrive", type=float, default=60, help="candidates arrive within this many seconds")
    parser.add_argument("--think", type=float, nargs=2, default=(30, 90))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        print("Set DATABASE_URL to a database seeded with `manage.py bench_seed`.", file=sys.stderr)
        return 2
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", "DEBUG": "false"}
    source = args.source.resolve()
    code = SESSIONS_CODE.replace("EXAM", EXAM).replace("COUNT", str(args.candidates))
    people = json.loads(manage(env, source, "shell", "-c", code).strip().splitlines()[-1])
    if len(people) < args.candidates:
        print(f"only {len(people)} bench people are free to start {EXAM}", file=sys.stderr)
        return 2
    gunicorn, server_log = serve(env, source, args.port, args.workers)
    log: list = []
    sent: dict = {}
    errors: list = []
    try:
        pids = children_of(gunicorn.pid)
        threading.stack_size(512 * 1024)
        rng = random.Random(args.seed)
        t0 = time.monotonic() + 2
        close_at = t0 + 60 * args.minutes
        threads = [
            threading.Thread(
                target=candidate,
                args=(
                    args.port,
                    session,
                    t0 + rng.uniform(0, args.arrive),
                    close_at,
                    tuple(args.think),
                    random.Random(rng.random()),
                    log,
                    sent,
                    errors,
                ),
                daemon=True,
            )
            for _pk, session, _u in people
        ]
        before = resource.getrusage(resource.RUSAGE_SELF)
        server_before = process_ticks(pids)
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=max(1.0, close_at + 180 - time.monotonic()))
        wall = time.monotonic() - began
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / wall
        server_cpu = (process_ticks(pids) - server_before) / TICKS / wall
        unfinished = sum(1 for t in threads if t.is_alive())
    finally:
        stop(gunicorn)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(sent, f)
    check = json.loads(manage(env, source, "shell", "-c", CHECK_CODE.replace("PATH", f.name)).strip().splitlines()[-1])
    by_label: dict[str, list] = defaultdict(list)
    by_minute: dict[int, list] = defaultdict(list)
    for label, ms, status, at in log:
        by_label[label].append((ms, status))
        by_minute[max(0, int((at - t0) // 60))].append((label, ms))
    print(f"\n{args.label} candidates={args.candidates} workers={args.workers} minutes={args.minutes:g}")
    print(f"server log: {server_log}")
    print(f"wall {wall:.0f} s, load generator CPU {100 * cpu:.0f}% of a core, gunicorn CPU {100 * server_cpu:.0f}%")
    print("| endpoint | requests | per second | errors | p50 | p95 | p99 | max |")
    print("|---|---|---|---|---|---|---|---|")
    for label in ("start", "page", "autosave", "turn", "submit"):
        rows = by_label.get(label, [])
        times = [ms for ms, _ in rows]
        bad = sum(1 for _, status in rows if status not in (200, 302))
        if not times:
            continue
        print(
            f"| {label} | {len(rows)} | {len(rows) / wall:.1f} | {bad} | {percentile(times, 50):.0f} ms | "
            f"{percentile(times, 95):.0f} ms | {percentile(times, 99):.0f} ms | {max(times):.0f} ms |"
        )
    # where in the run the time goes: the arrival minute (starts) and the last one (submits) are the busy ones
    print("\n| minute of the run | requests | per second | p50 | p95 | p95 of each endpoint |")
    print("|---|---|---|---|---|---|")
    for minute in sorted(by_minute):
        rows = by_minute[minute]
        times = [ms for _, ms in rows]
        each = ", ".join(
            f"{label} {percentile([ms for lb, ms in rows if lb == label], 95):.0f} ms"
            for label in ("start", "page", "autosave", "turn", "submit")
            if any(lb == label for lb, _ in rows)
        )
        print(
            f"| {minute} | {len(rows)} | {len(rows) / 60:.1f} | {percentile(times, 50):.0f} ms | "
            f"{percentile(times, 95):.0f} ms | {each} |"
        )
    print(f"\nclient-side errors: {len(errors)} {errors[:5]}; candidates still running at the end: {unfinished}")
    print(
        f"database check: {check['attempts']} attempts, {check['items']} items compared with what was sent, "
        f"{check['wrong_count']} differ {check['wrong'][:3]}, {check['unsubmitted']} not submitted"
    )
    return 0 if not errors and not check["wrong_count"] and not check["unsubmitted"] else 1


if __name__ == "__main__":
    sys.exit(main())
