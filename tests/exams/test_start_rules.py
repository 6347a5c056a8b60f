"""Who may start: attempts and accommodations, cool-down, the open/close window, prerequisites, insiders."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from courses.services.progress import lesson_complete
from courses.services.seeding import catalogue_ensure
from exams.models import Accommodation
from exams.services.attempts import attempt_start, attempt_submit
from tests.exams.factories import make_bank, make_exam


def sit(exam, user):
    return attempt_submit(attempt=attempt_start(exam=exam, user=user, language="en"), user=user)


def test_attempts_stop_at_the_maximum_and_an_accommodation_adds_one(exam, learner, personas):
    sit(exam, learner)
    sit(exam, learner)
    with pytest.raises(ValidationError, match="used all your attempts"):
        attempt_start(exam=exam, user=learner, language="en")
    Accommodation.objects.create(exam=exam, user=learner, extra_attempts=1, granted_by=personas["hr"])
    assert sit(exam, learner).number == 3


def test_the_cool_down_holds_back_the_next_attempt_until_it_has_passed(clock, exam, learner):
    exam.cooldown_hours = 24
    exam.save()
    sit(exam, learner)
    with pytest.raises(ValidationError, match="next attempt is allowed from"):
        attempt_start(exam=exam, user=learner, language="en")
    clock.advance(24 * 3600 + 1)
    assert attempt_start(exam=exam, user=learner, language="en").number == 2


def test_an_exam_cannot_be_started_before_it_opens_or_after_it_closes(exam, learner):
    exam.opens_at = timezone.now() + timedelta(days=1)
    exam.save()
    with pytest.raises(ValidationError, match="opens on"):
        attempt_start(exam=exam, user=learner, language="en")
    exam.opens_at, exam.closes_at = timezone.now() - timedelta(days=2), timezone.now() - timedelta(days=1)
    exam.save()
    with pytest.raises(ValidationError, match="closed on"):
        attempt_start(exam=exam, user=learner, language="en")


def test_the_deadline_never_runs_past_the_close_of_the_exam(exam, learner):
    exam.closes_at = timezone.now() + timedelta(minutes=10)
    exam.save()
    attempt = attempt_start(exam=exam, user=learner, language="en")
    assert attempt.deadline == exam.closes_at


def test_prerequisite_courses_must_be_complete_in_either_language(exam, learner):
    from courses.models import CoursePage, LessonPage

    index = catalogue_ensure()
    course = index.add_child(instance=CoursePage(title="Etiquette", slug="etq", summary="s", competency="etiquette"))
    lesson = course.add_child(instance=LessonPage(title="One", slug="one", body=[]))
    exam.prerequisites.set([course])
    with pytest.raises(ValidationError, match="First complete these courses: Etiquette"):
        attempt_start(exam=exam, user=learner, language="en")
    lesson_complete(user=learner, lesson=lesson)
    assert attempt_start(exam=exam, user=learner, language="en").number == 1


def test_the_author_of_an_item_the_exam_can_draw_cannot_sit_it(db, learner):
    make_bank(category="Exam/Authored", kinds=["single"], author=learner)
    exam = make_exam(category="Exam/Authored", slug="authored")
    with pytest.raises(PermissionDenied):
        attempt_start(exam=exam, user=learner, language="en")


def test_people_who_can_edit_the_bank_cannot_sit_exams(exam, personas):
    with pytest.raises(PermissionDenied):
        attempt_start(exam=exam, user=personas["editor"], language="en")


def test_a_learner_whose_language_has_no_twin_gets_the_other_language_with_a_notice(db, learner):
    make_bank(category="Exam/English only", kinds=["single", "short"], chinese=False)
    exam = make_exam(category="Exam/English only", slug="english-only")
    attempt = attempt_start(exam=exam, user=learner, language="zh-hans")
    assert "language_fallback" in attempt.notices
    assert set(attempt.items.values_list("language_fallback", flat=True)) == {True}
