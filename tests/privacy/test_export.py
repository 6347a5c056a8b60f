from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certification.models import ShadowLog
from courses.models import Enrolment
from org.models import AuditEvent
from org.personal_data import contributions
from org.services.notifications import notification_send


def download(client, person):
    response = client.get(f"/people/{person.pk}/personal-data.json")
    assert response.status_code == 200
    return response, json.loads(response.content)


@pytest.mark.django_db
def test_hr_downloads_everything_held_about_a_person_as_a_json_attachment(client, personas, rich_person):
    person, certificate = rich_person
    client.force_login(personas["hr"])
    response, data = download(client, person)
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == f'attachment; filename="personal-data-{person.pk}.json"'
    assert data["format"] == "interviewer-academy.personal-data/1"
    assert data["person"]["email"] == "lukas.brandt@example.com"
    assert data["person"]["employee_id"] == person.employee_id
    assert set(data["sections"]) == {c.section for c in contributions()}
    sections = data["sections"]
    assert sections["org"]["notifications"][0]["subject"]
    assert any(e["kind"] == "certificate_changed" for e in sections["org"]["audit_events"])
    assert len(sections["courses"]["enrolments"]) == 1 and len(sections["courses"]["lessons_completed"]) == 1
    assert sections["question_bank"]["question_access_log"][0]["action"] == "view"
    assert sections["exams"]["attempts"][0]["exam__slug"] == "foundation-test"
    assert {"text": "I am Lukas and I live in Berlin."} in [a["answer"] for a in sections["exams"]["answers"]]
    assert sections["exams"]["appeals"][0]["reason"].startswith("My essay")
    assert sections["exams"]["accommodations"][0]["reason"] == "medical note"
    certification = sections["certification"]
    assert certification["certificates"][0]["code"] == certificate.code
    assert [h["kind"] for h in certification["status_history"]] == ["recorded"]
    assert certification["endorsements"][0]["region__code"] == "DE"
    assert certification["shadow_logs"][0]["notes"] == "Lukas was nervous"
    assert certification["sign_offs"][0]["reason"] == "Not yet, Lukas"
    assert certification["performance_records"][0]["period"] == "2026 H1"
    assert certification["interview_assignments"][0]["candidate_reference"] == "C-1"
    assert len(sections["reports"]["weekly_digests"]) == 1
    assert sections["interviewing"] == {
        "scorecards": [],
        "interview_kits": [],
        "rule_pack_versions_created": 0,
        "rule_pack_versions_published": 0,
    }


@pytest.mark.django_db
def test_the_export_is_audited_with_who_and_whom(client, personas, rich_person):
    person, _certificate = rich_person
    client.force_login(personas["hr"])
    download(client, person)
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.PERSONAL_DATA_EXPORTED)
    assert (event.actor, event.subject) == (personas["hr"], person)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["head", "learner", "other_learner", "assessor", "editor"])
def test_only_hr_may_export_even_a_head_of_the_persons_department_or_the_person(client, personas, persona):
    client.force_login(personas[persona])
    assert client.get(f"/people/{personas['learner'].pk}/personal-data.json").status_code == 403
    assert not AuditEvent.objects.filter(kind=AuditEvent.Kind.PERSONAL_DATA_EXPORTED).exists()


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_sign_in(client, personas):
    response = client.get(f"/people/{personas['learner'].pk}/personal-data.json")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_the_export_costs_the_same_queries_with_n_and_2n_rows(client, personas, rich_person):
    person, _certificate = rich_person
    client.force_login(personas["hr"])

    def add_rows(n):
        import uuid

        for _ in range(n):
            Enrolment.objects.create(user=person, course_key=uuid.uuid4())
            notification_send(recipient=person, kind="password_changed")
            ShadowLog.objects.create(
                person=person,
                kind="shadow",
                date=timezone.now().date(),
                role="Role",
                region_id=_region(),
                mentor=personas["assessor"],
            )

    def count():
        with CaptureQueriesContext(connection) as ctx:
            download(client, person)
        return len(ctx)

    add_rows(3)
    n = count()
    add_rows(3)
    assert count() == n


def _region():
    from org.models import Region

    return Region.objects.get(code="DE").pk


@pytest.mark.django_db
def test_the_export_stays_within_a_fixed_number_of_queries(
    client, personas, rich_person, django_assert_max_num_queries
):
    person, _certificate = rich_person
    client.force_login(personas["hr"])
    # session and permissions, one query per table exported (about 60 tables), and the audit row
    with django_assert_max_num_queries(70):
        download(client, person)
