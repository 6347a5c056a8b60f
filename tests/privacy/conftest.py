"""A person with something in every app, built through the services where they exist."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from certification.models import InterviewAssignment, Level, PerformanceRecord, Programme, ShadowLog, SignOff
from certification.services.certificates import certificate_issue
from courses.models import Enrolment, LessonCompletion
from exams.models import Accommodation, Appeal, Response
from exams.services.attempts import attempt_start, attempt_submit
from org.services.notifications import notification_send
from question_bank.models import QuestionAccess
from reports.models import DigestDelivery
from tests.exams.factories import make_bank, make_exam
from tests.factories import RegionFactory


@pytest.fixture
def region(db):
    return RegionFactory(code="DE", name="Germany")


@pytest.fixture
def programme(db):
    return Programme.objects.create(code="foundation", name="Foundation", level=Level.FOUNDATION, validity_months=24)


@pytest.fixture
def rich_person(personas, region, programme, department):
    """The learner persona, named, with rows in every app (and a live certificate)."""
    person = personas["learner"]
    person.first_name, person.last_name, person.display_name = "Lukas", "Brandt", "Lukas Brandt"
    person.email = "lukas.brandt@example.com"
    person.save()
    course = uuid.uuid4()
    Enrolment.objects.create(user=person, course_key=course)
    LessonCompletion.objects.create(user=person, course_key=course, lesson_key=uuid.uuid4())
    notification_send(recipient=person, kind="password_changed")
    questions = make_bank(kinds=["single", "essay"], chinese=False)
    exam = make_exam(slug="foundation-test")
    Accommodation.objects.create(exam=exam, user=person, extra_minutes=15, reason="medical note")
    attempt = attempt_start(exam=exam, user=person)
    essay = Response.objects.filter(item__attempt=attempt, item__question__qtype="essay").first()
    essay.answer = {"text": "I am Lukas and I live in Berlin."}
    essay.save()
    attempt_submit(attempt=attempt, user=person)
    QuestionAccess.objects.create(question=questions[0], user=person, action="view")  # after: it bars sitting
    Appeal.objects.create(item=essay.item, user=person, reason="My essay mentions my family situation.")
    certificate, _created = certificate_issue(
        person=person,
        programme=programme,
        recorded=True,
        evidence_note="paper file of Lukas Brandt",
        regions=[region],
        valid_from=timezone.now() - timedelta(days=10),
    )
    mentor = personas["assessor"]
    ShadowLog.objects.create(
        person=person,
        kind="shadow",
        date=timezone.now().date(),
        role="Sales lead",
        region=region,
        mentor=mentor,
        notes="Lukas was nervous",
        state="confirmed",
        verdict="positive",
        feedback="Good",
        confirmed_at=timezone.now(),
    )
    SignOff.objects.create(
        person=person,
        programme=programme,
        department=department,
        state="declined",
        reason="Not yet, Lukas",
        decided_by=personas["head"],
        decided_at=timezone.now(),
    )
    PerformanceRecord.objects.create(person=person, rating=4, period="2026 H1", recorded_by=personas["hr"])
    InterviewAssignment.objects.create(
        candidate_reference="C-1",
        role="Sales lead",
        department=department,
        region=region,
        scheduled_at=timezone.now() + timedelta(days=3),
        interviewer=person,
        created_by=personas["hr"],
    )
    DigestDelivery.objects.create(recipient=person, week=timezone.now().date())
    person.refresh_from_db()
    return person, certificate
