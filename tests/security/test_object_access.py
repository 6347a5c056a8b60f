"""No insecure direct object references: a learner reaching for another learner's objects, a department head
reaching into a department not theirs, and API callers asking outside their scope all get a 403 or 404, and the
object is unchanged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certification.models import Certificate, Level, Programme, ShadowLog, SignOff
from certification.services.certificates import certificate_issue
from exams.models import Attempt, Response
from exams.services.attempts import attempt_start, attempt_submit
from org.models import Notification
from org.services.notifications import notification_send
from tests.exams.factories import make_bank, make_exam
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

REFUSED = (403, 404)


@pytest.fixture
def world(personas, department):
    """SALES (the `head`'s department) has `learner` with an attempt, a certificate, a sign-off and evidence."""
    region = RegionFactory(code="DE", name="Germany")
    programme = Programme.objects.create(
        code="foundation", name="Foundation", level=Level.FOUNDATION, validity_months=24
    )
    learner = personas["learner"]
    make_bank()
    exam = make_exam()
    open_attempt = attempt_start(exam=exam, user=learner, language="en")
    certificate, _created = certificate_issue(
        person=learner,
        programme=programme,
        recorded=True,
        evidence_note="paper file",
        regions=[region],
        valid_from=timezone.now() - timedelta(days=10),
        valid_until=timezone.now() + timedelta(days=20),  # on the expiry page and its export
    )
    signoff = SignOff.objects.create(person=learner, programme=programme, department=department)
    log = ShadowLog.objects.create(
        person=learner, kind=ShadowLog.Kind.SHADOW, date=date.today(), role="Sales lead", region=region,
        mentor=personas["head"],
    )  # fmt: skip
    notification_send(recipient=learner, kind="exam_result", context={"exam": exam, "attempt": open_attempt}, url="/")
    return {
        "exam": exam,
        "attempt": open_attempt,
        "certificate": certificate,
        "signoff": signoff,
        "log": log,
        "notification": Notification.objects.filter(recipient=learner, kind="exam_result").get(),
    }


def test_a_learner_cannot_open_or_change_another_learners_attempt(client, personas, world):
    attempt = world["attempt"]
    client.force_login(personas["other_learner"])
    item = attempt.items.order_by("slot").first()
    answer = {f"q{item.slot}-text": "not mine", f"q{item.slot}-present": "1"}
    assert client.get(reverse("exams:attempt", args=[attempt.pk])).status_code in REFUSED
    assert client.post(reverse("exams:attempt", args=[attempt.pk]), answer).status_code in REFUSED
    assert client.post(reverse("exams:autosave", args=[attempt.pk]), answer).status_code in REFUSED
    assert client.post(reverse("exams:submit", args=[attempt.pk])).status_code in REFUSED
    assert client.get(reverse("exams:result", args=[attempt.pk])).status_code in REFUSED
    attempt.refresh_from_db()
    assert attempt.is_open and not Response.objects.filter(item__attempt=attempt).exclude(answer={}).exists()


def test_a_learner_cannot_read_or_appeal_another_learners_result(client, personas, world):
    attempt = attempt_submit(attempt=world["attempt"], user=personas["learner"])
    client.force_login(personas["other_learner"])
    assert client.get(reverse("exams:result", args=[attempt.pk])).status_code in REFUSED
    client.post(reverse("exams:appeal", args=[attempt.pk, 1]), {"reason": "unfair"})
    client.post(reverse("exams:appeal_by_number", args=[attempt.pk]), {"slot": "1", "reason": "unfair"})
    assert not attempt.items.filter(appeals__isnull=False).exists()


def test_a_learner_cannot_download_another_learners_certificate(client, personas, world):
    certificate = world["certificate"]
    client.force_login(personas["other_learner"])
    assert client.get(reverse("certification:certificate_pdf", args=[certificate.code])).status_code in REFUSED
    assert client.get(reverse("certification:certificate", args=[certificate.code])).status_code in REFUSED


def test_a_learner_cannot_mark_another_learners_notification_read(client, personas, world):
    notification = world["notification"]
    client.force_login(personas["other_learner"])
    client.post(reverse("org:notification_read", args=[notification.pk]))
    client.post(reverse("org:notifications_read_all"))
    notification.refresh_from_db()
    assert notification.read_at is None
    assert notification.subject not in client.get(reverse("org:notifications")).content.decode()


def test_a_learner_cannot_confirm_evidence_or_decide_a_sign_off(client, personas, world):
    client.force_login(personas["other_learner"])
    log, signoff = world["log"], world["signoff"]
    client.post(reverse("certification:confirm_log", args=[log.pk]), {"decision": "confirm", "verdict": "ready"})
    client.post(reverse("certification:signoff_decide", args=[signoff.pk]), {"decision": "sign", "statement": "ok"})
    log.refresh_from_db()
    signoff.refresh_from_db()
    assert log.state == ShadowLog.State.PENDING and signoff.state == SignOff.State.PENDING


def test_a_head_of_another_department_cannot_act_on_this_departments_objects(client, personas, world):
    certificate, signoff, attempt = world["certificate"], world["signoff"], world["attempt"]
    client.force_login(personas["other_head"])
    response = client.post(
        reverse("certification:signoff_decide", args=[signoff.pk]), {"decision": "sign", "statement": "I sign"}
    )
    assert response.status_code in REFUSED
    assert client.get(reverse("certification:certificate", args=[certificate.code])).status_code in REFUSED
    assert client.get(reverse("certification:certificate_pdf", args=[certificate.code])).status_code in REFUSED
    assert client.get(reverse("exams:result", args=[attempt.pk])).status_code in REFUSED
    assert client.get(reverse("org:person", args=[personas["learner"].pk])).status_code in REFUSED
    assert client.post(reverse("reports:remind", args=[certificate.code])).status_code in REFUSED
    assert client.post(reverse("reports:renew", args=[certificate.code])).status_code in REFUSED
    signoff.refresh_from_db()
    assert signoff.state == SignOff.State.PENDING
    assert not Notification.objects.filter(recipient=personas["learner"], kind__icontains="remind").exists()


def test_a_head_of_another_department_exports_none_of_this_departments_people(client, personas, world):
    learner = personas["learner"]

    def export(user, table):
        client.force_login(user)
        response = client.get(reverse("reports:export", args=[table, "csv"]))
        assert response.status_code == 200
        return b"".join(response.streaming_content) if response.streaming else response.content

    assert learner.name.encode() in export(personas["head"], "expiry")  # the control: the row exists
    for table in ("expiry", "pipeline", "stuck", "exams"):
        body = export(personas["other_head"], table)
        assert learner.employee_id.encode() not in body and learner.name.encode() not in body


def test_the_api_answers_a_department_head_only_about_their_own_department(client, personas, world):
    params = {"employee_id": personas["learner"].employee_id, "department": "SALES", "region": "DE"}
    client.force_login(personas["other_head"])
    assert client.get("/api/v1/eligibility/", params).status_code == 403
    assert client.get("/api/v1/interviewers/", {"department": "SALES", "region": "DE"}).status_code == 403
    client.force_login(personas["head"])
    assert client.get("/api/v1/eligibility/", params).status_code == 200
    client.force_login(personas["other_learner"])
    assert client.get("/api/v1/eligibility/", params).status_code == 403


def test_a_revoked_or_malformed_api_key_reaches_nothing(client, world):
    from certification.api_keys import api_key_create, api_key_revoke

    row, key = api_key_create(name="Old ATS")
    api_key_revoke(key=row)
    params = {"department": "SALES", "region": "DE"}
    for header in (f"Api-Key {key}", "Api-Key iak_x_y", "Api-Key ' OR 1=1 --", f"Bearer {key}"):
        assert client.get("/api/v1/interviewers/", params, HTTP_AUTHORIZATION=header).status_code in (401, 403)
    assert Certificate.objects.count() == 1 and Attempt.objects.count() == 1
