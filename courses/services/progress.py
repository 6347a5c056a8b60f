"""Enrolment, lesson completion and course completion. Progress is keyed on translation keys, so it holds in every
language of a course."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import selectors
from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage
from courses.signals import course_completed


class PrerequisitesMissing(ValidationError):
    """The person must finish other courses first; `courses` lists them."""

    def __init__(self, courses: list[CoursePage]):
        self.courses = courses
        names = ", ".join(c.title for c in courses)
        super().__init__(_("Complete these courses first: %(names)s.") % {"names": names}, code="prerequisites")


def _check_prerequisites(*, user, course: CoursePage) -> None:
    missing = selectors.missing_prerequisites(user=user, course=course)
    if missing:
        raise PrerequisitesMissing(missing)


def _get_or_create_enrolment(*, user, course_key, defaults: dict) -> tuple[Enrolment, bool]:
    try:
        with transaction.atomic():
            return Enrolment.objects.get_or_create(user=user, course_key=course_key, defaults=defaults)
    except IntegrityError:  # two requests enrolled at once: the other one won
        return Enrolment.objects.get(user=user, course_key=course_key), False


@transaction.atomic
def enrolment_create(*, user, course: CoursePage) -> Enrolment:
    """Enrol a person in a course themselves. Refused while a prerequisite course is not complete."""
    _check_prerequisites(user=user, course=course)
    enrolment, _created = _get_or_create_enrolment(user=user, course_key=course.translation_key, defaults={})
    return enrolment


@transaction.atomic
def enrolment_assign(*, assigned_by, user, course: CoursePage, due_on: datetime.date | None) -> Enrolment:
    """HR assigns a course with an optional due date. Prerequisites are not checked here: HR may assign a whole
    path at once; the learner still has to finish the prerequisites before completing lessons."""
    if due_on is not None and due_on < timezone.localdate():
        raise ValidationError(_("The due date cannot be in the past."), code="due_in_past")
    enrolment, created = _get_or_create_enrolment(
        user=user, course_key=course.translation_key, defaults={"assigned_by": assigned_by, "due_on": due_on}
    )
    if not created:
        enrolment.assigned_by, enrolment.due_on = assigned_by, due_on
        enrolment.full_clean()
        enrolment.save(update_fields=["assigned_by", "due_on"])
    return enrolment


@transaction.atomic
def enrolment_touch(*, user, lesson: LessonPage) -> None:
    """Remember the lesson a person opened last, so "Resume" brings them back to it in any language."""
    course = lesson.get_parent()
    Enrolment.objects.filter(user=user, course_key=course.translation_key).exclude(
        last_lesson_key=lesson.translation_key
    ).update(last_lesson_key=lesson.translation_key)


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> Enrolment:
    """Mark a lesson done (enrolling the person if needed) and complete the course when every required lesson is.

    Safe to repeat: the second call changes nothing and sends no second `course_completed`.
    """
    course = lesson.get_parent().specific
    enrolment = selectors.enrolment_for(user=user, course_key=course.translation_key)
    _check_prerequisites(user=user, course=course)
    if enrolment is None:
        enrolment, _created = _get_or_create_enrolment(user=user, course_key=course.translation_key, defaults={})
    try:
        with transaction.atomic():
            LessonCompletion.objects.get_or_create(
                user=user, lesson_key=lesson.translation_key, defaults={"course_key": course.translation_key}
            )
    except IntegrityError:  # the same lesson marked twice at once
        pass
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson_key=lesson.translation_key)
    _complete_course_if_done(enrolment=enrolment)
    enrolment.refresh_from_db()
    return enrolment


def _complete_course_if_done(*, enrolment: Enrolment) -> None:
    if enrolment.completed_at is not None:
        return
    required = selectors.required_lesson_keys(enrolment.course_key)
    done = selectors.completed_lesson_keys(user=enrolment.user, course_key=enrolment.course_key)
    if not required or not required <= done:
        return
    now = timezone.now()
    # compare-and-swap: of two requests finishing the last lesson at once, only one records and announces it
    claimed = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(completed_at=now)
    if claimed == 1:
        user, key = enrolment.user, enrolment.course_key
        transaction.on_commit(
            lambda: course_completed.send(sender=Enrolment, user=user, course_key=key, completed_at=now)
        )
