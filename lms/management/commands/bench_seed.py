"""python manage.py bench_seed --scale N: a realistic organisation for the benchmarks (see docs/benchmarks.md)."""

from __future__ import annotations

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from certification.demo import seed_programmes
from lms.bench import records
from lms.bench import seed as bench
from org.bootstrap import ensure_base_data
from org.models import User
from org.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create a benchmark organisation: at scale 1, 5,000 people, 10,000 questions, 50,000 attempts and "
        "20,000 certificates. Run it on an empty (migrated) database, optionally after seed_demo."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="1 = 5,000 people; 0.01 for a quick check.")
        parser.add_argument("--seed", type=int, default=20261126, help="Random seed: the same data every time.")

    def handle(self, *args, scale: float, seed: int, **options):
        if scale <= 0:
            raise CommandError("--scale must be positive.")
        if User.objects.filter(username__startswith="bench").exists():
            raise CommandError("This database already holds bench data: seed a fresh one.")
        rng = random.Random(seed)  # noqa: S311 (reproducible data, not security)
        began = time.monotonic()
        timings = []

        def step(name, func, *a, **kw):
            start = time.monotonic()
            result = func(*a, **kw)
            timings.append((name, time.monotonic() - start))
            self.stdout.write(f"  {name}: {timings[-1][1]:.1f} s")
            return result

        ensure_base_data()
        ensure_roles()
        # programmes before the bench exams, so the demo's curriculum linking leaves the bench exams alone
        programmes = step("programmes", seed_programmes)
        people, _departments, regions = step("people", bench.org_seed, scale=scale, rng=rng)
        bank = step("questions", bench.bank_seed, scale=scale, rng=rng)
        exams = step("exams", bench.exams_seed)
        rows = User.objects.filter(username__startswith="bench").values_list(
            "pk", "department_id", "home_region_id", "preferred_language"
        )
        info = {pk: (dept, region) for pk, dept, region, _lang in rows}
        languages = {pk: lang for pk, _d, _r, lang in rows}
        attempts = step(
            "attempts", records.attempts_seed, people=people, exams=exams, bank=bank, rng=rng, languages=languages
        )
        certificates = step(
            "certificates",
            records.certificates_seed,
            people=people,
            programmes=programmes,
            departments=info,
            regions=regions,
            rng=rng,
        )
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh statistics, or the first queries plan for empty tables
        elif connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"bench_seed scale {scale:g} on {connection.vendor}: {len(people)} people, {len(bank.versions)} "
                f"questions, {attempts} attempts, {certificates} certificates in {time.monotonic() - began:.1f} s"
            )
        )
