"""The retention task: boundaries, what live certificates protect, idempotence and the audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from certification.models import Certificate, PerformanceRecord, ProgrammeExam, ShadowLog, SignOff
from certification.services.retention import retention_apply
from certification.tasks import apply_retention
from exams.models import Attempt
from org.models import AuditEvent
from tests.exams.factories import make_bank, make_exam

DAYS = 30


@pytest.fixture
def retention(settings):
    settings.RETENTION_ATTEMPT_DAYS = DAYS
    settings.RETENTION_EVIDENCE_DAYS = DAYS


@pytest.fixture
def exam(db):
    make_bank(kinds=["single"], chinese=False)
    return make_exam()


@pytest.fixture
def now():
    return timezone.now()


def attempt(exam, person, ended, number=1, state=Attempt.State.FINISHED):
    return Attempt.objects.create(
        exam=exam,
        user=person,
        number=number,
        state=state,
        language="en",
        started_at=ended - timedelta(hours=1),
        deadline=ended,
        finished_at=ended,
    )


def certificate(person, programme, status, valid_until):
    return Certificate.objects.create(
        code=f"C{Certificate.objects.count():08d}",
        holder=person,
        programme=programme,
        level=programme.level,
        status=status,
        valid_from=valid_until - timedelta(days=700),
        valid_until=valid_until,
    )


@pytest.mark.django_db
def test_attempts_go_exactly_at_the_boundary_and_not_a_second_before(retention, exam, personas, now):
    learner = personas["learner"]
    at_boundary = attempt(exam, learner, now - timedelta(days=DAYS), number=1)
    inside = attempt(exam, learner, now - timedelta(days=DAYS) + timedelta(seconds=1), number=2)
    assert retention_apply(now=now)["attempts"] == 1
    assert not Attempt.objects.filter(pk=at_boundary.pk).exists()
    assert Attempt.objects.filter(pk=inside.pk).exists()


@pytest.mark.django_db
def test_open_attempts_are_never_deleted(retention, exam, personas, now):
    old = attempt(exam, personas["learner"], now - timedelta(days=400), state=Attempt.State.IN_PROGRESS)
    Attempt.objects.filter(pk=old.pk).update(finished_at=None)
    retention_apply(now=now)
    assert Attempt.objects.filter(pk=old.pk).exists()


@pytest.mark.django_db
def test_an_attempt_a_live_certificate_rests_on_is_kept_whatever_its_age(retention, exam, programme, personas, now):
    learner = personas["learner"]
    ProgrammeExam.objects.create(programme=programme, exam=exam)
    old = attempt(exam, learner, now - timedelta(days=900))
    live = certificate(learner, programme, Certificate.Status.SUSPENDED, valid_until=now + timedelta(days=5))
    retention_apply(now=now)
    assert Attempt.objects.filter(pk=old.pk).exists()
    # once it has ended, the period runs from the end of its validity
    Certificate.objects.filter(pk=live.pk).update(status="expired", valid_until=now - timedelta(days=DAYS - 1))
    retention_apply(now=now)
    assert Attempt.objects.filter(pk=old.pk).exists()
    Certificate.objects.filter(pk=live.pk).update(valid_until=now - timedelta(days=DAYS))
    retention_apply(now=now)
    assert not Attempt.objects.filter(pk=old.pk).exists()


@pytest.mark.django_db
def test_a_certificate_of_another_person_or_programme_protects_nothing(retention, exam, programme, personas, now):
    ProgrammeExam.objects.create(programme=programme, exam=exam)
    mine = attempt(exam, personas["learner"], now - timedelta(days=DAYS + 1))
    certificate(personas["other_learner"], programme, Certificate.Status.ACTIVE, now + timedelta(days=100))
    retention_apply(now=now)
    assert not Attempt.objects.filter(pk=mine.pk).exists()


@pytest.mark.django_db
def test_evidence_goes_after_the_period_unless_a_live_certificate_rests_on_it(
    retention, programme, personas, region, department, now
):
    learner, other = personas["learner"], personas["other_learner"]
    old = now - timedelta(days=DAYS, seconds=1)
    for person in (learner, other):
        ShadowLog.objects.create(
            person=person,
            kind="shadow",
            date=old.date(),
            role="Role",
            region=region,
            mentor=personas["assessor"],
            state="confirmed",
            confirmed_at=old,
        )
        SignOff.objects.create(
            person=person,
            programme=programme,
            department=department,
            state="signed",
            decided_by=personas["head"],
            decided_at=old,
        )
        PerformanceRecord.objects.create(person=person, rating=4, period="2025 H2")
    PerformanceRecord.objects.update(recorded_at=old)
    pending = ShadowLog.objects.create(
        person=other, kind="shadow", date=old.date(), role="Role", region=region, mentor=personas["assessor"]
    )
    ShadowLog.objects.filter(pk=pending.pk).update(created_at=old)
    certificate(learner, programme, Certificate.Status.ACTIVE, now + timedelta(days=100))
    counts = retention_apply(now=now)
    assert counts == {"attempts": 0, "shadow_logs": 1, "performance_records": 1, "practicals": 0, "sign_offs": 1}
    assert set(ShadowLog.objects.values_list("person", flat=True)) == {learner.pk, other.pk}  # other's pending one
    assert ShadowLog.objects.filter(person=other, state="pending").exists()
    assert SignOff.objects.filter(person=learner).exists() and not SignOff.objects.filter(person=other).exists()


@pytest.mark.django_db
def test_zero_days_keeps_everything(settings, exam, personas, now):
    settings.RETENTION_ATTEMPT_DAYS = settings.RETENTION_EVIDENCE_DAYS = 0
    old = attempt(exam, personas["learner"], now - timedelta(days=5000))
    assert retention_apply(now=now) == {}
    assert Attempt.objects.filter(pk=old.pk).exists()
    assert not AuditEvent.objects.filter(kind=AuditEvent.Kind.RETENTION_APPLIED).exists()


@pytest.mark.django_db
def test_the_task_is_idempotent_and_audits_what_it_deleted(retention, exam, personas):
    attempt(exam, personas["learner"], timezone.now() - timedelta(days=DAYS + 1))
    assert apply_retention.delay().get()["attempts"] == 1
    assert apply_retention.delay().get()["attempts"] == 0
    events = AuditEvent.objects.filter(kind=AuditEvent.Kind.RETENTION_APPLIED)
    assert events.count() == 1  # a run that deletes nothing leaves no event
    assert events.get().data["deleted"]["attempts"] == 1 and events.get().data["attempt_days"] == DAYS


def test_the_task_runs_nightly_from_the_beat_schedule():
    schedules = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()]
    assert "certification.tasks.apply_retention" in schedules
