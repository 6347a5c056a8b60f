"""Bulk work on a bench-seeded database: a 10,000-question GIFT import, certificate PDFs per worker, HR CSV exports.

    DATABASE_URL=sqlite:///$PWD/var/bench/s1.sqlite3 .venv/bin/python bench/bulk_work.py

1. GIFT: writes 10,000 questions (single choice, true/false, short answer) and times
   `manage.py import_questions FILE --format gift` in its own process; target < 30 s.
2. PDFs: renders `--pdfs` owed certificate PDFs one after another in this process, through the same
   `pdf_render` the Celery task calls (claim, WeasyPrint, store); target >= 5 per second per worker process.
3. Exports: HR's CSV downloads, fetched whole through Django's request handling in this process with an HR user:
   the interviewers list (certification) and the expiry table (reports); target < 5 s.
Changes the database (imported questions, rendered PDFs): run it on a copy. Not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def gift_file(count: int) -> str:
    parts = []
    for n in range(count):
        if n % 3 == 0:
            body = "{=Ask about evidence ~Ask about age ~Ask about marriage ~Ask about religion}"
            text = f"Bench GIFT {n}: which question is lawful in an interview?"
        elif n % 3 == 1:
            body = "{T}"
            text = f"Bench GIFT {n}: STAR stands for situation, task, action and result."
        else:
            body = "{=result =the result}"
            text = f"Bench GIFT {n}: the R in STAR stands for what?"
        parts.append(f"::bench-gift-{n:05d}:: {text} {body}\n")
    return "\n".join(parts)


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def gift_import(source: Path, env: dict, count: int) -> tuple[float, float, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".gift", delete=False, encoding="utf-8") as handle:
        handle.write(gift_file(count))
    category = f"Bench GIFT/{time.strftime('%Y%m%d-%H%M%S')}"
    before, began = child_cpu(), time.monotonic()
    done = subprocess.run(
        [sys.executable, "manage.py", "import_questions", handle.name, "--format", "gift", "--category", category],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    wall = time.monotonic() - began
    os.unlink(handle.name)
    first = (done.stdout.strip().splitlines() or [done.stderr.strip()[-300:]])[0]
    return wall, (child_cpu() - before) / wall, first


def report(row: str) -> None:
    print(row, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--pdfs", type=int, default=20)
    parser.add_argument("--skip-gift", action="store_true")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        print("Set DATABASE_URL to a database seeded with `manage.py bench_seed`.", file=sys.stderr)
        return 2
    source = args.source.resolve()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev", "DEBUG": "false"}
    os.environ.update(DJANGO_SETTINGS_MODULE="lms.settings.dev", DEBUG="false")
    print("| work | time | CPU of the measured process | target | notes |")
    print("|---|---|---|---|---|", flush=True)
    if not args.skip_gift:
        wall, cpu, line = gift_import(source, env, args.questions)
        met = "met" if wall < 30 else "NOT met"
        report(f"| GIFT import of {args.questions:,} questions | {wall:.1f} s | {100 * cpu:.0f}% | {met} | {line} |")

    sys.path.insert(0, str(source))
    os.chdir(source)
    import django

    django.setup()
    from django.test import Client

    from certification.models import Certificate
    from certification.services.pdf import pdf_render
    from org.models import Department, User
    from org.roles import Role

    owed = list(
        Certificate.objects.filter(pdf_state="pending", evidence_note="bench_seed").values_list("pk", flat=True)[
            : args.pdfs
        ]
    )
    pdf_render(certificate_id=owed.pop())  # the first render loads fonts and WeasyPrint's caches
    cpu0, began = time.process_time(), time.monotonic()
    for pk in owed:
        pdf_render(certificate_id=pk)
    wall = time.monotonic() - began
    cpu = time.process_time() - cpu0
    rate = len(owed) / wall
    met = "met" if rate >= 5 else "NOT met"
    report(
        f"| {len(owed)} certificate PDFs, one worker | {wall:.1f} s ({rate:.1f}/s; {len(owed) / cpu:.1f}/s of CPU) "
        f"| {100 * cpu / wall:.0f}% | {met} | |"
    )

    hr, _created = User.objects.get_or_create(
        username="bench_hr", defaults={"employee_id": "BHR0001", "email": "bench_hr@example.com"}
    )
    from django.contrib.auth.models import Group

    hr.groups.add(Group.objects.get(name=Role.HR_ADMIN))
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(hr)
    department = Department.objects.order_by("code").first()
    exports = [
        ("interviewers CSV, every department, region DE", "/certification/interviewers.csv?region=DE&level=foundation"),
        (
            f"interviewers CSV, {department.code}, region DE",
            f"/certification/interviewers.csv?department={department.code}&region=DE&level=foundation",
        ),
        ("HR dashboard expiry CSV", "/hr/export/expiry.csv"),
    ]
    for name, url in exports:
        cpu0, began = time.process_time(), time.monotonic()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        wall = time.monotonic() - began
        lines = body.count(b"\n") - 1
        met = "met" if wall < 5 and response.status_code == 200 else "NOT met"
        report(
            f"| {name} | {wall:.2f} s | {100 * (time.process_time() - cpu0) / wall:.0f}% | {met} "
            f"| HTTP {response.status_code}, {lines:,} rows |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
