"""Hand-built data for the dashboard tests: every figure a test checks is made here, one row at a time."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from certification.models import (
    Certificate,
    EvaluationForm,
    Level,
    Practical,
    Programme,
    ProgrammeCourse,
    ProgrammeExam,
    SignOff,
)
from certification.services.certificates import certificate_issue
from courses.models import Enrolment
from exams.models import Attempt, Exam
from tests.factories import UserFactory

_counter = iter(range(1, 10**6))


def days_ago(n: float):
    return timezone.now() - timedelta(days=n)


def person(department, region=None, **fields):
    return UserFactory(department=department, home_region=region, **fields)


def programme(code="foundation", level=Level.FOUNDATION, *, courses=1, exams=1, practical=True, signoff=True):
    """A programme with `courses` course keys, `exams` exams, and optionally a practical and a sign-off."""
    form = None
    if practical:
        form, _ = EvaluationForm.objects.get_or_create(code="card", version=1, defaults={"name": "Card"})
    made = Programme.objects.create(
        code=code, name=code.title(), name_zh=f"{code}认证", level=level, practical_form=form, signoff_required=signoff
    )
    for _ in range(courses):
        ProgrammeCourse.objects.create(programme=made, course_key=uuid.uuid4())
    for n in range(exams):
        exam = Exam.objects.create(title=f"{code} exam {n}", title_zh=f"{code} 考试 {n}", slug=f"{code}-exam-{n}")
        ProgrammeExam.objects.create(programme=made, exam=exam)
    return made


def course_keys(prog):
    return list(prog.courses.filter(for_renewal=False).values_list("course_key", flat=True))


def enrol(user, prog, *, at, completed_at=None):
    for key in course_keys(prog):
        row = Enrolment.objects.create(user=user, course_key=key, completed_at=completed_at)
        Enrolment.objects.filter(pk=row.pk).update(enrolled_at=at)


def attempt(user, exam, *, percent, passed=None, language="en", at=None, final=True):
    at = at or days_ago(1)
    number = Attempt.objects.filter(user=user, exam=exam).count() + 1
    pass_mark = exam.pass_mark_percent
    return Attempt.objects.create(
        exam=exam,
        user=user,
        number=number,
        state=Attempt.State.FINISHED,
        language=language,
        started_at=at - timedelta(minutes=30),
        deadline=at + timedelta(minutes=30),
        finished_at=at,
        score=Decimal(percent),
        max_score=Decimal(100),
        percent=Decimal(percent),
        passed=(Decimal(percent) >= pass_mark) if passed is None else passed,
        finalised_at=at if final else None,
    )


def pass_exams(user, prog, *, at):
    for row in prog.exams.all():
        attempt(user, row.exam, percent=90, passed=True, at=at)


def practical(user, prog, assessor, *, at):
    row = Practical.objects.create(
        person=user, programme=prog, form=prog.practical_form, assessor=assessor, average=Decimal("4"), passed=True
    )
    Practical.objects.filter(pk=row.pk).update(scored_at=at)


def signed(user, prog, head, *, at):
    SignOff.objects.create(
        person=user,
        programme=prog,
        department=user.department,
        state=SignOff.State.SIGNED,
        decided_by=head,
        decided_at=at,
    )


def certify(user, prog, regions=(), *, start=None, valid_until=None) -> Certificate:
    certificate, _created = certificate_issue(
        person=user,
        programme=prog,
        recorded=True,
        evidence_note="paper file",
        regions=list(regions),
        valid_from=start or days_ago(10),
        valid_until=valid_until,
    )
    return certificate
