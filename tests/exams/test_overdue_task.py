"""The beat task closes attempts whose learner walked away, with the deadline as their finish time."""

from __future__ import annotations

from exams.models import Attempt
from exams.services.attempts import attempt_start
from exams.tasks import close_overdue_attempts


def test_the_task_closes_an_abandoned_attempt_at_its_deadline(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    clock.advance(exam.time_limit_minutes * 60 + exam.grace_seconds + 60)
    assert close_overdue_attempts.delay().get() == 1
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.finished_at == attempt.deadline
    assert attempt.passed is False


def test_the_task_leaves_attempts_still_within_their_time_and_is_safe_to_run_twice(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    clock.advance(exam.time_limit_minutes * 60)  # at the deadline, inside the grace
    assert close_overdue_attempts() == 0
    clock.advance(exam.grace_seconds + 1)
    assert close_overdue_attempts() == 1
    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
