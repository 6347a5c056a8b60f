"""Expiry windows by department, against certificates ending on hand-picked days."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from reports.selectors.expiry import expiring, expiry_by_department
from reports.selectors.scope import Scope
from tests.reports import builders as b

EVERYONE = Scope(everyone=True, department_ids=frozenset())


def ends_in(days):
    return timezone.now() + timedelta(days=days)


@pytest.fixture
def certificates(department, other_department, regions):
    prog = b.programme("foundation")
    made = {}
    for name, dept, days in [
        ("s10", department, 10),
        ("s45", department, 45),
        ("s80", department, 80),
        ("s120", department, 120),
        ("e20", other_department, 20),
    ]:
        made[name] = b.certify(
            b.person(dept, regions["DE"], username=name), prog, [regions["DE"]], valid_until=ends_in(days)
        )
    return made


def test_windows_per_department_include_the_shorter_ones(certificates, department, other_department):
    rows = {r["code"]: (r["d30"], r["d60"], r["d90"]) for r in expiry_by_department(scope=EVERYONE)}
    assert rows == {"SALES": (1, 2, 3), "ENG": (1, 1, 1)}


def test_the_list_is_soonest_first_and_stops_at_the_window(certificates):
    assert [c.code for c in expiring(scope=EVERYONE, days=60)] == [certificates[n].code for n in ("s10", "e20", "s45")]


def test_a_head_sees_only_their_departments_certificates(certificates, department):
    head_scope = Scope(everyone=False, department_ids=frozenset([department.pk]))
    assert {c.holder.department for c in expiring(scope=head_scope, days=90)} == {department}
    assert [r["code"] for r in expiry_by_department(scope=head_scope)] == ["SALES"]


def test_suspended_and_already_expired_certificates_are_not_listed(certificates):
    certificates["s10"].status = "suspended"
    certificates["s10"].save()
    assert certificates["s10"].code not in {c.code for c in expiring(scope=EVERYONE, days=90)}
