from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certification.api_keys import api_key_check, api_key_create, api_key_revoke
from org.models import AuditEvent
from org.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def kinds() -> list[str]:
    return list(AuditEvent.objects.order_by("pk").values_list("kind", flat=True))


def test_sign_ins_failures_and_sign_outs_are_recorded_with_the_address(client):
    person = UserFactory(username="auditee")
    client.post("/accounts/login/", {"username": "auditee", "password": "nope"}, REMOTE_ADDR="10.9.8.7")
    client.post("/accounts/login/", {"username": "auditee", "password": "pw-for-tests"}, REMOTE_ADDR="10.9.8.7")
    client.post("/accounts/logout/")
    assert kinds()[-3:] == ["login_failed", "login", "logout"]
    failed = AuditEvent.objects.get(kind="login_failed")
    assert failed.data == {"username": "auditee"} and failed.ip_address == "10.9.8.7"
    assert "nope" not in str(failed.data) + failed.summary
    assert AuditEvent.objects.get(kind="login").subject == person


def test_role_changes_are_recorded_from_either_side(db):
    person = UserFactory(username="promoted")
    AuditEvent.objects.all().delete()
    person.groups.add(Group.objects.get(name=Role.ASSESSOR))
    Group.objects.get(name=Role.HR_ADMIN).user_set.add(person)
    events = list(AuditEvent.objects.order_by("pk"))
    assert [e.kind for e in events] == ["roles_changed", "roles_changed"]
    assert events[0].subject == person and events[0].data == {"action": "added", "roles": ["Assessor"]}
    assert events[1].data["role"] == "HR admin"


def test_api_keys_are_audited_when_made_first_used_and_revoked():
    row, key = api_key_create(name="ATS")
    api_key_check(key)
    api_key_check(key)  # a second use in the same period is not recorded again
    api_key_revoke(key=row)
    assert [k for k in kinds() if k.startswith("api_key")] == ["api_key_created", "api_key_used", "api_key_revoked"]


def test_hr_filters_the_log_and_exports_it_and_the_export_is_audited(client, personas):
    UserFactory(username="watched")
    client.post("/accounts/login/", {"username": "watched", "password": "bad"})
    client.force_login(personas["hr"])
    html = client.get("/audit/", {"kind": "login_failed", "person": "watched"}).content.decode()
    assert "sign-in failed for &#x27;watched&#x27;" in html
    response = client.get("/audit/export.csv", {"kind": "login_failed"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["at", "kind", "by", "about", "summary", "address"]
    assert [r[1] for r in rows[1:]] == ["login_failed"]
    assert AuditEvent.objects.filter(kind="export", actor=personas["hr"]).exists()


def test_spreadsheet_formulas_are_defused_in_the_export(client, personas):
    AuditEvent.objects.create(kind="other", summary='=HYPERLINK("http://evil.example")')
    client.force_login(personas["hr"])
    body = b"".join(client.get("/audit/export.csv", {"kind": "other"}).streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[1][4] == '\'=HYPERLINK("http://evil.example")'


def test_the_audit_page_costs_the_same_queries_with_n_and_2n_events(client, personas):
    client.force_login(personas["hr"])

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/audit/").status_code == 200
        return len(ctx)

    for i in range(10):
        UserFactory(username=f"n{i}")
    n = count()
    for i in range(10):
        UserFactory(username=f"m{i}")
    assert count() == n
