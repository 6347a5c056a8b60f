"""The public verification page and the gate's API reveal what their audience needs, and nothing more."""

from __future__ import annotations

import pytest

from exams.models import Attempt


@pytest.mark.django_db
def test_the_public_page_shows_name_status_level_scope_and_validity_only(client, rich_person):
    person, certificate = rich_person
    html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Lukas Brandt" in html and "Active" in html and "Foundation" in html
    assert "Germany" in html and certificate.valid_until.strftime("%Y-%m-%d") in html
    attempt = Attempt.objects.get(user=person)
    for secret in (person.email, person.employee_id, person.username, "paper file", "Lukas was nervous"):
        assert secret not in html, secret
    assert f"{attempt.percent}" not in html and "medical note" not in html


@pytest.mark.django_db
def test_the_api_answers_carry_no_contact_details_scores_or_evidence(client, personas, rich_person):
    person, certificate = rich_person
    client.force_login(personas["hr"])
    params = {"department": "SALES", "region": "DE"}
    eligibility = client.get("/api/v1/eligibility/", {**params, "employee_id": person.employee_id}).json()
    assert set(eligibility) == {"employee_id", "eligible", "reasons", "certificates"}
    assert set(eligibility["certificates"][0]) == {
        "code",
        "programme",
        "level",
        "departments",
        "regions",
        "valid_from",
        "valid_until",
        "status",
    }
    listed = client.get("/api/v1/interviewers/", params).json()["results"]
    assert set(listed[0]) == {"employee_id", "name", "department", "level", "regions", "valid_until"}
    body = str(eligibility) + str(listed)
    assert person.email not in body and "paper file" not in body and "Lukas was nervous" not in body
