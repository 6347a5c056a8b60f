"""Exports: the page's rows, with its filters, as CSV and as an Excel workbook."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from org.models import AuditEvent
from tests.reports import builders as b


@pytest.fixture
def expiring(personas, department, regions):
    prog = b.programme("foundation")
    soon = b.person(department, regions["DE"], username="soon", display_name="Soon Sun", employee_id="E-SOON")
    later = b.person(department, regions["DE"], username="later", display_name="Later Li", employee_id="E-LATER")
    b.certify(soon, prog, [regions["DE"], regions["US"]], valid_until=timezone.now() + timedelta(days=20, hours=1))
    b.certify(later, prog, [regions["DE"]], valid_until=timezone.now() + timedelta(days=75, hours=1))
    exam = prog.exams.first().exam
    b.attempt(soon, exam, percent=90, passed=True)
    b.attempt(later, exam, percent=30, passed=False)
    return personas


def export(client, table, fmt, **params):
    return client.get(reverse("reports:export", kwargs={"table": table, "fmt": fmt}), params)


def test_the_expiry_csv_has_a_header_and_one_row_per_certificate(client, expiring):
    client.force_login(expiring["hr"])
    response = export(client, "expiry", "csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Certificate", "Employee ID", "Name"]
    assert [(r[1], r[2], r[3], r[6], r[8]) for r in rows[1:]] == [
        ("E-SOON", "Soon Sun", "SALES", "DE US", "20"),
        ("E-LATER", "Later Li", "SALES", "DE", "75"),
    ]


def test_an_export_keeps_the_pages_filters(client, expiring):
    client.force_login(expiring["hr"])
    rows = list(csv.reader(io.StringIO(export(client, "expiry", "csv", days="30").content.decode("utf-8-sig"))))
    assert [r[1] for r in rows[1:]] == ["E-SOON"]


def test_the_xlsx_export_is_a_workbook_with_the_same_rows(client, expiring):
    client.force_login(expiring["hr"])
    response = export(client, "exams", "xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Exam", "Attempts", "People", "Passed", "Pass rate (%)", "Average score (%)")
    assert rows[1] == ("foundation exam 0", 2, 2, 1, 50, 60)


def test_dates_in_the_workbook_are_real_dates(client, expiring):
    client.force_login(expiring["hr"])
    sheet = load_workbook(io.BytesIO(export(client, "expiry", "xlsx").content)).active
    valid_until = sheet.cell(row=2, column=8).value
    assert valid_until.date() == timezone.localtime(timezone.now() + timedelta(days=20, hours=1)).date()


def test_every_export_is_audited(client, expiring):
    client.force_login(expiring["hr"])
    export(client, "gaps", "csv")
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.EXPORT)
    assert event.actor == expiring["hr"]
    assert event.data["table"] == "gaps"


def test_an_unknown_table_or_format_is_not_found(client, expiring):
    client.force_login(expiring["hr"])
    assert export(client, "people", "csv").status_code == 404
    assert export(client, "expiry", "pdf").status_code == 404
