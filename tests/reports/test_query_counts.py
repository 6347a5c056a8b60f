"""Every dashboard page and export makes as many queries with 2N people, attempts and certificates as with N."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certification.models import Programme, SignOff
from reports.models import CoverageTarget
from tests.reports import builders as b

URLS = [
    ("reports:dashboard", {}),
    ("reports:coverage", {}),
    ("reports:coverage", {"level": "foundation", "region": "DE"}),
    ("reports:targets", {}),
    ("reports:pipeline", {}),
    ("reports:expiry", {}),
    ("reports:exams", {}),
    ("reports:exams", {"group": "department"}),
]
EXPORTS = ["coverage", "gaps", "pipeline", "stuck", "expiry", "exams"]


def grow(department, regions, assessor, head, start: int, n: int) -> None:
    """n more people at every stage of the pipeline, with attempts, certificates about to expire and sign-offs."""
    prog = Programme.objects.get(code="foundation")
    exam = prog.exams.first().exam
    for i in range(start, start + n):
        region = regions["DE"] if i % 2 else regions["US"]
        person = b.person(department, region, username=f"grow{i}")
        b.enrol(person, prog, at=b.days_ago(60 + i), completed_at=b.days_ago(50) if i % 3 else None)
        b.attempt(person, exam, percent=40 + i % 60, language="zh-hans" if i % 2 else "en")
        if i % 3 == 0:
            b.pass_exams(person, prog, at=b.days_ago(30))
            b.practical(person, prog, assessor, at=b.days_ago(20))
            SignOff.objects.create(person=person, programme=prog, department=department)
        if i % 4 == 0:
            b.certify(person, prog, [region], valid_until=timezone.now() + timedelta(days=10 + i))
        CoverageTarget.objects.get_or_create(
            department=department, region=region, level="foundation", defaults={"needed": 50}
        )


def count(client, name, params) -> int:
    cache.clear()  # count what computing the figures costs, not a cached overview
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse(name, kwargs=params.pop("kwargs", None)), params)
    assert response.status_code == 200, name
    return len(ctx)


@pytest.fixture
def data(personas, department, other_department, regions):
    b.programme("foundation")
    assessor = personas["assessor"]
    grow(department, regions, assessor, personas["head"], 0, 6)
    grow(other_department, regions, assessor, personas["other_head"], 100, 6)
    return lambda: (
        grow(department, regions, assessor, personas["head"], 6, 6),
        grow(other_department, regions, assessor, personas["other_head"], 106, 6),
    )


@pytest.mark.parametrize("persona", ["hr", "head"])
def test_pages_make_the_same_number_of_queries_with_twice_the_data(client, personas, data, persona):
    client.force_login(personas[persona])
    urls = [(name, params) for name, params in URLS if persona == "hr" or name != "reports:targets"]
    before = [count(client, name, dict(params)) for name, params in urls]
    data()
    after = [count(client, name, dict(params)) for name, params in urls]
    assert after == before


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_make_the_same_number_of_queries_with_twice_the_data(client, personas, data, fmt):
    client.force_login(personas["hr"])
    exports = [("reports:export", {"kwargs": {"table": t, "fmt": fmt}}) for t in EXPORTS]
    before = [count(client, name, dict(params)) for name, params in exports]
    data()
    after = [count(client, name, dict(params)) for name, params in exports]
    assert after == before
