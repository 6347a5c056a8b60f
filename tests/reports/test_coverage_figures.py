"""The coverage matrix against hand-built certificates: who counts, gaps first, and who could close each gap."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from certification.gate import eligible_people
from certification.models import Level
from reports.models import CoverageTarget
from reports.selectors.coverage import coverage_for
from reports.selectors.scope import Scope
from tests.reports import builders as b

EVERYONE = Scope(everyone=True, department_ids=frozenset())


@pytest.fixture
def world(department, other_department, regions):
    de, us = regions["DE"], regions["US"]
    foundation = b.programme("foundation")
    senior = b.programme("senior", Level.SENIOR)
    assessor = b.person(other_department, de, username="assessor")
    people = {name: b.person(department, de, username=name) for name in "abcdeghij"}
    people["f"] = b.person(other_department, de, username="f")
    b.certify(people["a"], foundation, [de, us])
    b.certify(people["b"], foundation, [de])
    b.certify(people["c"], foundation, [de])
    people["c"].is_active = False
    people["c"].save()
    b.certify(people["d"], foundation, [de], start=b.days_ago(800), valid_until=timezone.now() - timedelta(days=1))
    b.certify(people["e"], senior, [de])  # a senior certificate answers a foundation question
    b.certify(people["f"], foundation, [de])
    b.certify(people["j"], foundation, [us])  # certified, but not for DE
    b.enrol(people["g"], foundation, at=b.days_ago(50), completed_at=b.days_ago(40))
    b.pass_exams(people["g"], foundation, at=b.days_ago(30))
    b.enrol(people["h"], foundation, at=b.days_ago(20))
    b.practical(people["g"], foundation, assessor, at=b.days_ago(25))
    CoverageTarget.objects.create(department=department, region=de, level="foundation", needed=5)
    CoverageTarget.objects.create(department=department, region=us, level="foundation", needed=1)
    CoverageTarget.objects.create(department=other_department, region=de, level="foundation", needed=4)
    return {"people": people, "de": de, "us": us}


def cell(coverage, department, region):
    return next(c for c in coverage.cells if c.department == department and c.region == region)


def test_a_cell_counts_active_people_with_a_live_certificate_endorsed_for_the_region(world, department, regions):
    coverage = coverage_for(scope=EVERYONE, level="foundation")
    assert cell(coverage, department, world["de"]).certified == 3  # a, b, e (c left, d expired, j not for DE)
    assert cell(coverage, department, world["us"]).certified == 2  # a, j


def test_every_cell_agrees_with_the_gate(world, department, other_department, regions):
    coverage = coverage_for(scope=EVERYONE, level="foundation")
    for c in coverage.cells:
        assert c.certified == eligible_people(department=c.department, region=c.region, level="foundation").count()


def test_senior_coverage_counts_only_senior_certificates(world, department):
    coverage = coverage_for(scope=EVERYONE, level="senior")
    assert cell(coverage, department, world["de"]).certified == 1


def test_cells_are_coloured_by_how_much_of_the_target_is_met(world, department, other_department):
    coverage = coverage_for(scope=EVERYONE, level="foundation")
    assert cell(coverage, department, world["de"]).status == "short"  # 3 of 5
    assert cell(coverage, department, world["us"]).status == "met"  # 2 of 1
    assert cell(coverage, other_department, world["de"]).status == "critical"  # 1 of 4
    assert cell(coverage, other_department, world["us"]).status == "none"


def test_gaps_come_largest_first(world, department, other_department):
    gaps = coverage_for(scope=EVERYONE, level="foundation").gaps
    assert [(g.cell.department, g.cell.region, g.cell.gap) for g in gaps] == [
        (other_department, world["de"], 3),
        (department, world["de"], 2),
    ]


def test_the_people_closest_to_closing_a_gap_are_listed_furthest_along_first(world, department):
    gaps = coverage_for(scope=EVERYONE, level="foundation").gaps
    sales_de = next(g for g in gaps if g.cell.department == department)
    people = world["people"]
    # d and j were certified (d's expired, j's lacks DE); g passed the practical; h only enrolled
    assert [c["person"] for c in sales_de.candidates] == [people["d"], people["j"], people["g"]]
    assert [str(c["next"]) for c in sales_de.candidates] == [
        "Renew the certificate",
        "Regional module for DE",
        "Signed off",
    ]


def test_totals_count_only_up_to_each_target(world):
    coverage = coverage_for(scope=EVERYONE, level="foundation")
    assert coverage.needed_total == 10
    assert coverage.covered_total == 3 + 1 + 1
    assert coverage.missing_total == 5


def test_a_head_sees_only_their_department(world, department):
    coverage = coverage_for(scope=Scope(everyone=False, department_ids=frozenset([department.pk])), level="foundation")
    assert {c.department for c in coverage.cells} == {department}
    assert [g.cell.department for g in coverage.gaps] == [department]
