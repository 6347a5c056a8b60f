"""Demo content: the curriculum in both languages, and the demo manager part-way through a foundation course."""

from __future__ import annotations

import datetime
import time

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses import selectors
from courses.models import CoursePage, Level
from courses.services.progress import enrolment_assign, enrolment_create, lesson_complete
from courses.services.seeding import curriculum_seed


def seed_demo_courses(sender=None, stdout=None, **kwargs) -> None:
    """Receiver of org.signals.demo_seeded. Raises (and so stops seed_demo) if a curriculum module is invalid."""
    started = time.monotonic()
    report = curriculum_seed()
    _demo_progress()
    if stdout is not None:
        stdout.write(
            f"Courses: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.unchanged)} unchanged in {time.monotonic() - started:.1f} s"
        )
        for problem in report.misaligned:
            stdout.write(f"  translation not aligned (shown in English until translated): {problem}")


def _demo_progress() -> None:
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["manager", "hr"])}
    manager, hr = users.get("manager"), users.get("hr")
    if manager is None:
        return
    foundation = [
        c
        for c in CoursePage.objects.live()
        .filter(locale__language_code="en", level=Level.FOUNDATION)
        .order_by("sort_order", "title")
        if not c.prerequisites.exists()
    ]
    if not foundation:
        return
    first = foundation[0]
    if selectors.enrolment_for(user=manager, course_key=first.translation_key) is None:
        enrolment_create(user=manager, course=first)
        lesson = selectors.lessons_of(first).first()
        if lesson is not None:
            lesson_complete(user=manager, lesson=lesson)
    if hr is not None and len(foundation) > 1:
        second = foundation[1]
        if selectors.enrolment_for(user=manager, course_key=second.translation_key) is None:
            enrolment_assign(
                assigned_by=hr, user=manager, course=second, due_on=timezone.localdate() + datetime.timedelta(days=30)
            )
