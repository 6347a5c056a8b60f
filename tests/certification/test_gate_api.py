from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from certification.api_keys import api_key_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def auth():
    _row, key = api_key_create(name="ATS")
    return {"HTTP_AUTHORIZATION": f"Api-Key {key}"}


def ask(client, auth, employee_id="E0004", **extra):
    params = {"employee_id": employee_id, "department": "SALES", "region": "DE", **extra}
    return client.get("/api/v1/eligibility/", params, **auth)


def test_eligibility_answers_in_the_designed_shape(client, auth, holder, foundation, regions, issue):
    certificate = issue(holder, foundation, [regions["DE"], regions["US"]])
    body = ask(client, auth).json()
    assert body["employee_id"] == "E0004" and body["eligible"] is True and body["reasons"] == []
    entry = body["certificates"][0]
    assert entry["code"] == certificate.code and entry["programme"] == "foundation" and entry["level"] == "foundation"
    assert entry["departments"] == ["SALES"] and entry["regions"] == ["DE", "US"] and entry["status"] == "active"
    assert {"valid_from", "valid_until"} <= set(entry)


def test_an_ineligible_person_gets_reasons_with_codes_and_messages(client, auth, holder):
    body = ask(client, auth).json()
    assert body["eligible"] is False
    assert body["reasons"] == [{"code": "no_certificate", "message": "The person holds no interviewer certificate."}]


def test_an_unknown_employee_is_a_404_error(client, auth, department, regions):
    response = ask(client, auth, employee_id="E9999")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "unknown_employee"


def test_bad_parameters_are_400_errors(client, auth, holder):
    assert ask(client, auth, region="XX").json()["error"]["code"] == "unknown_region"
    assert ask(client, auth, level="assessor").json()["error"]["code"] == "invalid_level"
    assert ask(client, auth, at="yesterday").json()["error"]["code"] == "invalid_time"


def test_without_a_key_or_as_a_learner_the_api_refuses(client, holder):
    assert ask(client, {}).status_code in (401, 403)
    client.force_login(holder)
    assert ask(client, {}).status_code == 403


def test_revocation_takes_effect_in_the_api_at_once(client, auth, holder, foundation, regions, issue, capsys):
    certificate = issue(holder, foundation, [regions["DE"]])
    assert ask(client, auth).json()["eligible"] is True
    call_command("revoke_certificate", certificate.code.lower(), "--reason", "conduct")
    body = ask(client, auth).json()
    assert body["eligible"] is False and body["reasons"][0]["code"] == "revoked"


def test_deactivation_takes_effect_in_the_api_at_once(client, auth, holder, foundation, regions, issue):
    issue(holder, foundation, [regions["DE"]])
    holder.is_active = False
    holder.save()
    assert [r["code"] for r in ask(client, auth).json()["reasons"]] == ["inactive"]
    listed = client.get("/api/v1/interviewers/", {"department": "SALES", "region": "DE"}, **auth).json()
    assert listed["count"] == 0


def test_a_past_at_is_answered_from_history(client, auth, holder, foundation, regions, issue):
    from django.utils import timezone

    certificate = issue(holder, foundation, [regions["DE"]])
    before = timezone.now().isoformat()
    call_command("revoke_certificate", certificate.code, "--reason", "conduct")
    assert ask(client, auth, at=before).json()["eligible"] is True


def test_interviewers_lists_the_eligible_people_paginated(client, auth, holder, foundation, regions, issue, department):
    issue(holder, foundation, [regions["DE"], regions["US"]])
    issue(UserFactory(department=department), foundation, [regions["US"]])
    body = client.get("/api/v1/interviewers/", {"department": "SALES", "region": "DE"}, **auth).json()
    assert set(body) == {"count", "next", "previous", "results"} and body["count"] == 1
    row = body["results"][0]
    assert row["employee_id"] == "E0004" and row["level"] == "foundation" and row["regions"] == ["DE", "US"]
    assert {"name", "department", "valid_until"} <= set(row)


def _queries(client, auth):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/api/v1/interviewers/", {"department": "SALES", "region": "DE"}, **auth).status_code == 200
    return len(ctx)


def test_the_interviewer_list_costs_the_same_queries_for_n_and_2n_people(
    client, auth, foundation, regions, issue, department
):
    def people(count):  # in existing regions: a new region would (rightly) refresh the cached codes
        for _ in range(count):
            issue(UserFactory(department=department, home_region=regions["DE"]), foundation, [regions["DE"]])

    people(3)
    _queries(client, auth)  # the key's first use of the period is recorded once, and its cached row refreshed
    _queries(client, auth)
    n = _queries(client, auth)
    people(3)
    assert _queries(client, auth) == n


def test_the_schema_documents_both_endpoints(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").content.decode()
    assert "/api/v1/eligibility/" in schema and "/api/v1/interviewers/" in schema
