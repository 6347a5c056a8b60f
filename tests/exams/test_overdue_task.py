"""The beat task: attempts past their deadline become overdue, and once the grace is over the sweep closes them
at the deadline from what was saved (or as abandoned when nothing was saved)."""

from __future__ import annotations

from exams.models import Attempt
from exams.services.attempts import attempt_start, response_save
from exams.tasks import close_overdue_attempts
from tests.exams.conftest import as_query


def answer_one(attempt, learner) -> None:
    item = attempt.items.get(version__question__qtype="short")
    response_save(attempt=attempt, user=learner, answers={item.slot: as_query({"text": "situation"})})


def test_the_task_closes_an_attempt_left_open_at_its_deadline_from_what_was_saved(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    answer_one(attempt, learner)
    clock.advance(exam.time_limit_minutes * 60 + exam.grace_seconds + 60)
    assert close_overdue_attempts.delay().get() == 1
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.finished_at == attempt.deadline
    assert attempt.score == 1 and attempt.passed is False


def test_the_task_leaves_attempts_still_within_their_time_and_is_safe_to_run_twice(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    answer_one(attempt, learner)
    clock.advance(exam.time_limit_minutes * 60)  # at the deadline, inside the grace
    assert close_overdue_attempts() == 0
    clock.advance(exam.grace_seconds + 1)
    assert close_overdue_attempts() == 1
    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
