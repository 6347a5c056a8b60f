from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from certification.gate import eligibility_for, eligible_people
from certification.models import Certificate, ShadowLog, SignOff, StatusChange
from exams.models import Accommodation, Appeal, Attempt, Response
from org.models import AuditEvent, Department, Notification, User
from org.services.personal_data import person_erase, pseudonym_for
from org.sso import PeopleOIDCBackend


def erase(client, personas, person, reason="Request #42 from the person"):
    client.force_login(personas["hr"])
    return client.post(f"/people/{person.pk}/erase/", {"reason": reason, "confirm": "on"})


@pytest.mark.django_db
def test_the_confirmation_page_names_the_consequences_and_changes_nothing(client, personas, rich_person):
    person, _certificate = rich_person
    client.force_login(personas["hr"])
    html = client.get(f"/people/{person.pk}/erase/").content.decode()
    assert "Lukas Brandt" in html and "cannot be undone" in html and "revoked" in html
    response = client.post(f"/people/{person.pk}/erase/", {"reason": "asked"})  # not confirmed
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.erased_at is None and person.email == "lukas.brandt@example.com"


@pytest.mark.django_db
def test_erasure_anonymises_the_person_and_refuses_sign_in(client, personas, rich_person):
    person, _certificate = rich_person
    person.set_password("interview-ready")
    person.save()
    old_employee_id = person.employee_id
    response = erase(client, personas, person)
    assert response.status_code == 302 and response["Location"] == f"/people/{person.pk}/"
    person.refresh_from_db()
    pseudonym = pseudonym_for(person)
    assert person.username == person.employee_id == pseudonym != old_employee_id
    assert (person.first_name, person.last_name, person.display_name, person.email) == ("", "", "", "")
    assert not person.is_active and person.erased_at and person.deactivated_at
    assert not person.has_usable_password() and not person.groups.exists()
    assert person.name == "Erased person"
    client.logout()
    assert not client.login(username=pseudonym, password="interview-ready")
    assert not client.login(username="p_learner", password="interview-ready")


@pytest.mark.django_db
def test_erasure_is_audited_with_who_and_why(client, personas, rich_person):
    person, _certificate = rich_person
    erase(client, personas, person)
    event = AuditEvent.objects.get(kind=AuditEvent.Kind.PERSON_ERASED)
    assert (event.actor, event.subject) == (personas["hr"], person)
    assert event.data["reason"] == "Request #42 from the person"
    assert event.data["counts"]["certification"]["certificates_revoked"] == 1
    assert "Lukas" not in event.summary


@pytest.mark.django_db
def test_certificates_stay_revoked_with_a_consistent_history_and_the_gate_never_lists_the_person(
    client, personas, rich_person, region, department
):
    person, certificate = rich_person
    assert person in eligible_people(department=department, region=region)
    erase(client, personas, person)
    certificate.refresh_from_db()
    assert Certificate.objects.filter(holder=person).count() == 1  # issued exactly once, still there
    assert certificate.status == Certificate.Status.REVOKED
    assert list(StatusChange.objects.filter(certificate=certificate).values_list("kind", flat=True)) == [
        "recorded",
        "revoked",
    ]
    assert certificate.evidence_note == ""
    assert person not in eligible_people(department=department, region=region)
    answer = eligibility_for(person=User.objects.get(pk=person.pk), department=department, region=region)
    assert not answer.eligible
    assert {"inactive", "revoked"} <= {r.code for r in answer.reasons}
    assert not Notification.objects.filter(recipient=person).exists()  # no revocation notice to no one


@pytest.mark.django_db
def test_verification_page_and_api_show_the_holder_erased_and_never_the_name(client, personas, rich_person, region):
    person, certificate = rich_person
    old_employee_id = person.employee_id
    assert "Lukas Brandt" in client.get(f"/verify/{certificate.code}/").content.decode()
    erase(client, personas, person)
    client.logout()
    html = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Holder erased" in html and "Lukas" not in html and "Revoked" in html
    client.force_login(personas["hr"])
    api = client.get("/api/v1/eligibility/", {"employee_id": old_employee_id, "department": "SALES", "region": "DE"})
    assert api.status_code == 404
    person.refresh_from_db()
    ask = {"employee_id": person.employee_id, "department": "SALES", "region": "DE"}
    answer = client.get("/api/v1/eligibility/", ask).json()
    assert not answer["eligible"] and answer["employee_id"] == person.employee_id
    assert {"code": "erased", "message": "The holder's personal data was erased."} in answer["reasons"]
    # the history stays consistent: before the erasure the certificate was live and the person eligible
    yesterday = (person.erased_at - timedelta(days=1)).isoformat()
    assert client.get("/api/v1/eligibility/", {**ask, "at": yesterday}).json()["eligible"] is True
    listed = client.get("/api/v1/interviewers/", {"department": "SALES", "region": "DE"}).json()
    assert listed["count"] == 0 and "Lukas" not in str(listed)


@pytest.mark.django_db
def test_the_people_list_no_longer_finds_or_shows_the_person(client, personas, rich_person):
    person, _certificate = rich_person
    erase(client, personas, person)
    html = client.get("/people/").content.decode()
    assert "Erased person" in html and "Lukas" not in html and "lukas.brandt@example.com" not in html
    assert "Erased person" not in client.get("/people/", {"q": "Lukas"}).content.decode()
    page = client.get(f"/people/{person.pk}/").content.decode()
    assert "was erased" in page and "Erase personal data…" not in page


@pytest.mark.django_db
def test_records_are_kept_but_free_text_about_the_person_is_cleared(client, personas, rich_person):
    person, _certificate = rich_person
    erase(client, personas, person)
    assert Attempt.objects.filter(user=person).count() == 1  # kept for statistics until retention
    essay = Response.objects.get(item__attempt__user=person, item__question__qtype="essay")
    assert "Lukas" not in str(essay.answer)
    assert Appeal.objects.get(user=person).reason == "[erased]"
    assert not Accommodation.objects.filter(user=person).exists()
    log = ShadowLog.objects.get(person=person)
    assert (log.notes, log.feedback) == ("", "")
    assert "Lukas" not in SignOff.objects.get(person=person).reason


@pytest.mark.django_db
def test_erasing_twice_is_harmless(client, personas, rich_person):
    person, certificate = rich_person
    erase(client, personas, person)
    person.refresh_from_db()
    first = (person.username, person.erased_at, StatusChange.objects.filter(certificate=certificate).count())
    assert erase(client, personas, person, reason="asked again").status_code == 302
    person.refresh_from_db()
    assert (person.username, person.erased_at, StatusChange.objects.filter(certificate=certificate).count()) == first
    events = AuditEvent.objects.filter(kind=AuditEvent.Kind.PERSON_ERASED).order_by("pk")
    assert [e.data["repeat"] for e in events] == [False, True]


@pytest.mark.django_db
def test_a_department_head_is_no_longer_head_once_erased(personas):
    head = personas["head"]
    person_erase(person=head, actor=personas["hr"], reason="left")
    assert Department.objects.get(code="SALES").head is None


@pytest.mark.django_db
def test_hr_cannot_erase_themselves_and_a_reason_is_required(personas):
    with pytest.raises(ValidationError):
        person_erase(person=personas["hr"], actor=personas["hr"], reason="oops")
    with pytest.raises(ValidationError):
        person_erase(person=personas["learner"], actor=personas["hr"], reason="  ")
    assert not User.objects.filter(erased_at__isnull=False).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["head", "learner", "other_learner", "assessor", "editor"])
def test_only_hr_may_erase(client, personas, persona):
    client.force_login(personas[persona])
    target = personas["other_learner"] if persona == "learner" else personas["learner"]
    response = client.post(f"/people/{target.pk}/erase/", {"reason": "x", "confirm": "on"})
    assert response.status_code == 403
    assert not User.objects.filter(erased_at__isnull=False).exists()


@pytest.mark.django_db
def test_a_missing_person_is_a_404_for_hr(client, personas):
    client.force_login(personas["hr"])
    assert client.get("/people/999999/erase/").status_code == 404
    assert client.get("/people/999999/personal-data.json").status_code == 404


@pytest.mark.django_db
def test_single_sign_on_no_longer_admits_the_person(settings, personas):
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "lms", "secret"
    for name in ("AUTHORIZATION", "TOKEN", "USER", "JWKS"):
        setattr(settings, f"OIDC_OP_{name}_ENDPOINT", f"http://idp.invalid/{name.lower()}")
    sso = PeopleOIDCBackend()
    person = personas["learner"]
    claims = {"employee_id": person.employee_id, "email": person.email}
    assert list(sso.filter_users_by_claims(claims)) == [person]
    person_erase(person=person, actor=personas["hr"], reason="asked")
    person.refresh_from_db()
    assert not sso.filter_users_by_claims(claims).exists()
    assert not sso.filter_users_by_claims({"employee_id": person.employee_id}).exists()


@pytest.mark.django_db
def test_sign_in_records_under_the_old_username_are_exported_then_deleted(client, personas):
    from axes.models import AccessLog

    person = personas["learner"]
    AccessLog.objects.create(username=person.username, ip_address="10.0.0.7", user_agent="Firefox", path_info="/")
    client.force_login(personas["hr"])
    data = client.get(f"/people/{person.pk}/personal-data.json").json()
    assert data["sections"]["staff_tools"]["axes.AccessLog.username"][0]["ip_address"] == "10.0.0.7"
    person_erase(person=person, actor=personas["hr"], reason="asked")
    assert not AccessLog.objects.filter(ip_address="10.0.0.7").exists()


@pytest.mark.django_db
def test_a_printed_certificate_is_rendered_again_without_the_name(personas, rich_person):
    person, certificate = rich_person
    Certificate.objects.filter(pk=certificate.pk).update(pdf=f"certificates/{certificate.code}.pdf", pdf_state="ready")
    counts = person_erase(person=person, actor=personas["hr"], reason="asked")
    assert counts["certification"]["certificate_pdfs_rendered_again"] == 1
    assert Certificate.objects.get(pk=certificate.pk).pdf_state == Certificate.PdfState.PENDING
    person.refresh_from_db()
    Certificate.objects.filter(pk=certificate.pk).update(pdf_state="ready")
    again = person_erase(person=person, actor=personas["hr"], reason="asked again")
    assert again["certification"]["certificate_pdfs_rendered_again"] == 0
