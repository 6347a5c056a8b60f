"""A department head sees only their departments, on every page and in every export; learners get 403."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certification.models import Level
from reports.models import CoverageTarget
from reports.views.builders import REPORTS
from tests.reports import builders as b

PAGES = ["reports:dashboard", "reports:coverage", "reports:pipeline", "reports:expiry", "reports:exams"]


@pytest.fixture
def two_departments(personas, department, other_department, regions):
    de = regions["DE"]
    prog = b.programme("foundation")
    senior = b.programme("senior", Level.SENIOR)
    exam = prog.exams.first().exam
    for dept, name in ((department, "Salesperson Sam"), (other_department, "Engineer Erin")):
        who = b.person(dept, de, username=name.split()[1].lower(), display_name=name, employee_id=f"X-{dept.code}")
        b.enrol(who, prog, at=b.days_ago(40))
        b.attempt(who, exam, percent=70, passed=False)
        # stuck at "enrolled" in the foundation pipeline, and a senior certificate about to expire
        b.certify(who, senior, [de], valid_until=timezone.now() + timedelta(days=20))
        CoverageTarget.objects.create(department=dept, region=de, level="foundation", needed=4)
    return personas


def test_hr_sees_both_departments_on_every_page(client, two_departments):
    client.force_login(two_departments["hr"])
    for name in ["reports:pipeline", "reports:expiry"]:
        content = client.get(reverse(name)).content.decode()
        assert "Salesperson Sam" in content and "Engineer Erin" in content, name


@pytest.mark.parametrize("url_name", PAGES)
def test_a_head_never_sees_another_departments_people_on_a_page(client, two_departments, url_name):
    client.force_login(two_departments["head"])
    response = client.get(reverse(url_name), {"department": "ENG"})  # a forged filter changes nothing
    assert response.status_code == 200
    content = response.content.decode()
    assert "Engineer Erin" not in content
    assert "X-ENG" not in content
    assert "Engineering" not in content


@pytest.mark.parametrize("table", sorted(REPORTS))
def test_a_head_never_sees_another_departments_rows_in_an_export(client, two_departments, table):
    client.force_login(two_departments["head"])
    response = client.get(reverse("reports:export", kwargs={"table": table, "fmt": "csv"}), {"department": "ENG"})
    text = response.content.decode("utf-8-sig")
    assert response.status_code == 200
    assert "ENG" not in text and "Engineer Erin" not in text
    rows = list(csv.reader(io.StringIO(text)))
    if table in ("expiry", "stuck", "coverage"):
        assert any("SALES" in row for row in rows[1:]), table


@pytest.mark.parametrize("persona", ["learner", "assessor", "editor", "other_learner"])
def test_people_who_are_neither_hr_nor_heads_get_403(client, two_departments, persona):
    client.force_login(two_departments[persona])
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 403
    assert client.get(reverse("reports:export", kwargs={"table": "expiry", "fmt": "csv"})).status_code == 403


def test_a_head_cannot_remind_or_enrol_someone_of_another_department(client, two_departments):
    from certification.models import Certificate

    erin = Certificate.objects.get(holder__username="erin")
    client.force_login(two_departments["head"])
    assert client.post(reverse("reports:remind", kwargs={"code": erin.code})).status_code == 404
    assert client.post(reverse("reports:renew", kwargs={"code": erin.code})).status_code == 404


def test_the_dashboard_lists_the_heads_sign_off_queue(client, two_departments, department):
    from certification.models import Programme, SignOff

    prog = Programme.objects.get(code="foundation")
    sam = b.person(department, None, username="waiting", display_name="Waiting Wendy")
    SignOff.objects.create(person=sam, programme=prog, department=department)
    client.force_login(two_departments["head"])
    content = client.get(reverse("reports:dashboard")).content.decode()
    assert "Waiting Wendy" in content
    assert reverse("certification:signoffs") in content
