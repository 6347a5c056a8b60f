"""Dashboard pages at scale: 5,000 people and 50,000 exam attempts in a throwaway SQLite database.

    .venv/bin/python bench/reports_dashboards.py [--people 5000] [--attempts 50000]

Seeds with bulk inserts (not the services: this measures reading), then times each /hr/ page and export as HR,
three times, and prints the median and the query count. Not a test: the numbers go to docs/reports.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup(path: Path) -> None:
    os.environ.update(
        DATABASE_URL=f"sqlite:///{path}",
        DJANGO_SETTINGS_MODULE="lms.settings.dev",
        ALLOWED_HOSTS="testserver,localhost",
        CELERY_TASK_ALWAYS_EAGER="1",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seed(people: int, attempts: int) -> None:
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from certification.models import Certificate, Endorsement, Level, Programme, ProgrammeCourse, ProgrammeExam
    from courses.models import Enrolment
    from exams.models import Attempt, Exam
    from org.models import Department, Region, User
    from reports.models import CoverageTarget

    now = timezone.now()
    departments = [Department.objects.create(code=c, name=c) for c in ("SALES", "ENG", "OPS")]
    regions = [
        Region.objects.create(code=c, name=c)
        for c in ("US", "DE", "GB", "BR", "MX", "SA", "AE", "ID", "MY", "VN", "JP")
    ]
    programme = Programme.objects.create(code="foundation", name="Foundation", level=Level.FOUNDATION)
    keys = [uuid.uuid4() for _ in range(3)]
    ProgrammeCourse.objects.bulk_create(ProgrammeCourse(programme=programme, course_key=k) for k in keys)
    exams = [Exam.objects.create(title=f"Exam {i}", slug=f"exam-{i}") for i in range(5)]
    ProgrammeExam.objects.create(programme=programme, exam=exams[0])
    users = User.objects.bulk_create(
        User(
            username=f"u{i}",
            employee_id=f"B{i:06d}",
            department=departments[i % 3],
            home_region=regions[i % len(regions)],
        )
        for i in range(people)
    )
    hr = User.objects.create(username="bench-hr", employee_id="BHR", department=departments[2])
    hr.groups.add(Group.objects.get(name="HR admin"))
    Enrolment.objects.bulk_create(
        Enrolment(user=u, course_key=k, completed_at=now - timedelta(days=i % 90) if i % 3 else None)
        for i, u in enumerate(users[: people * 4 // 5])
        for k in keys
    )
    rows = []
    for n in range(attempts):
        user, exam = users[n % people], exams[(n // people) % len(exams)]
        at = now - timedelta(days=n % 300)
        percent = Decimal(n * 37 % 101)
        rows.append(
            Attempt(
                exam=exam,
                user=user,
                number=n // (people * len(exams)) + 1,
                state="finished",
                language="en" if n % 2 else "zh-hans",
                started_at=at - timedelta(minutes=40),
                deadline=at,
                finished_at=at,
                score=percent,
                max_score=Decimal(100),
                percent=percent,
                passed=percent >= 80,
                finalised_at=at,
            )
        )
    Attempt.objects.bulk_create(rows, batch_size=2000)
    certificates = Certificate.objects.bulk_create(
        Certificate(
            code=f"B{i:07d}",
            holder=u,
            programme=programme,
            level=Level.FOUNDATION,
            valid_from=now - timedelta(days=600),
            valid_until=now + timedelta(days=i % 200),
        )
        for i, u in enumerate(users[: people // 5])
    )
    Through = Certificate.departments.through
    Through.objects.bulk_create(Through(certificate=c, department_id=c.holder.department_id) for c in certificates)
    Endorsement.objects.bulk_create(
        Endorsement(certificate=c, region_id=c.holder.home_region_id, added_at=c.valid_from) for c in certificates
    )
    CoverageTarget.objects.bulk_create(
        CoverageTarget(department=d, region=r, level="foundation", needed=40) for d in departments for r in regions
    )


def measure() -> list[tuple[str, float, int]]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from org.models import User

    client = Client()
    client.force_login(User.objects.get(username="bench-hr"))
    urls = [
        "/hr/",
        "/hr/coverage/",
        "/hr/pipeline/",
        "/hr/expiry/",
        "/hr/exams/",
        "/hr/exams/?group=department",
        "/hr/export/expiry.xlsx",
        "/hr/export/exams.csv",
    ]
    out = []
    for url in urls:
        times = []
        for _ in range(3):
            with CaptureQueriesContext(connection) as ctx:
                start = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - start)
            assert response.status_code == 200, (url, response.status_code)
        out.append((url, statistics.median(times), len(ctx)))
        if os.environ.get("BENCH_SLOWEST"):
            for q in sorted(ctx.captured_queries, key=lambda q: -float(q["time"]))[:3]:
                print(f"    {q['time']} s  {q['sql'][:300]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--attempts", type=int, default=50000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        seed(args.people, args.attempts)
        print(f"seeded {args.people} people and {args.attempts} attempts in {time.perf_counter() - started:.1f} s")
        for url, seconds, queries in measure():
            print(f"{url:32} {seconds * 1000:8.0f} ms  {queries:3d} queries")


if __name__ == "__main__":
    main()
