"""Attempt states as in Moodle: in progress until the deadline, overdue once it has passed while the attempt is
still open, then finished (from what was saved, at the deadline) or abandoned (nothing was ever saved)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from exams.models import Attempt
from exams.services.attempts import AttemptClosed, attempt_start, attempt_submit, response_save
from exams.services.rules import standing
from exams.signals import attempt_finalised
from exams.tasks import close_overdue_attempts
from org.models import Notification
from tests.exams.conftest import as_query


def short_slot(attempt) -> int:
    return attempt.items.get(version__question__qtype="short").slot


def past_grace(clock, exam, extra: int = 1) -> None:
    clock.advance(exam.time_limit_minutes * 60 + exam.grace_seconds + extra)


def test_an_attempt_is_in_progress_until_its_deadline_and_overdue_after_it(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    clock.advance(exam.time_limit_minutes * 60)
    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS
    clock.advance(1)
    assert close_overdue_attempts() == 0
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.OVERDUE and attempt.is_open and attempt.finished_at is None


def test_an_answer_arriving_in_the_grace_is_saved_and_marks_the_attempt_overdue(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    clock.advance(exam.time_limit_minutes * 60 + 5)
    response_save(attempt=attempt, user=learner, answers={short_slot(attempt): as_query({"text": "situation"})})
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.OVERDUE
    assert attempt.items.get(slot=short_slot(attempt)).response.answer == {"text": "situation"}


def test_the_sweep_finalises_an_overdue_attempt_from_what_was_saved_at_the_deadline(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    response_save(attempt=attempt, user=learner, answers={short_slot(attempt): as_query({"text": "situation"})})
    clock.advance(exam.time_limit_minutes * 60 + 1)
    close_overdue_attempts()
    assert Attempt.objects.get(pk=attempt.pk).state == Attempt.State.OVERDUE
    past_grace(clock, exam, extra=60)
    assert close_overdue_attempts() == 1
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.finished_at == attempt.deadline and attempt.is_final
    assert attempt.score == 1


def test_an_attempt_that_expires_with_nothing_saved_is_abandoned_without_a_result(clock, exam, learner):
    sent = []
    attempt_finalised.connect(lambda **kw: sent.append(kw["attempt"].pk), weak=False, dispatch_uid="abandon-test")
    try:
        attempt = attempt_start(exam=exam, user=learner, language="en")
        past_grace(clock, exam)
        assert close_overdue_attempts() == 1
    finally:
        attempt_finalised.disconnect(dispatch_uid="abandon-test")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.ABANDONED
    assert attempt.finished_at == attempt.deadline
    assert (attempt.score, attempt.percent, attempt.passed, attempt.finalised_at) == (None, None, None, None)
    assert sent == []  # certification hears nothing: there is no result
    assert Notification.objects.filter(recipient=learner, kind="exam_abandoned").count() == 1


def test_a_cleared_answer_does_not_count_as_saved(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    slot = short_slot(attempt)
    response_save(attempt=attempt, user=learner, answers={slot: as_query({"text": "situ"})})
    response_save(attempt=attempt, user=learner, answers={slot: as_query({"text": ""})})
    past_grace(clock, exam)
    close_overdue_attempts()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.ABANDONED


def test_an_abandoned_attempt_uses_up_an_attempt_starts_the_cool_down_and_is_never_the_grade(clock, exam, learner):
    exam.cooldown_hours = 1
    exam.save()
    attempt = attempt_start(exam=exam, user=learner, language="en")
    past_grace(clock, exam)
    close_overdue_attempts()
    position = standing(exam=exam, user=learner)
    assert position.attempts_used == 1 and position.remaining == exam.max_attempts - 1
    assert position.next_allowed_at == Attempt.objects.get(pk=attempt.pk).deadline + timedelta(hours=1)
    assert position.counting_attempt is None
    assert not position.can_start


def test_a_learners_submit_is_finished_even_with_nothing_answered(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    attempt = attempt_submit(attempt=attempt, user=learner)
    assert attempt.state == Attempt.State.FINISHED and attempt.passed is False


def test_a_late_answer_to_an_attempt_with_nothing_saved_abandons_it_and_says_so(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    past_grace(clock, exam)
    with pytest.raises(AttemptClosed, match="closed without a result"):
        response_save(attempt=attempt, user=learner, answers={short_slot(attempt): as_query({"text": "late"})})
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.ABANDONED


def test_opening_the_page_after_the_grace_closes_the_attempt_and_the_result_explains(client, clock, exam, learner):
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    attempt = learner.exam_attempts.get()
    past_grace(clock, exam)
    reply = client.get(reverse("exams:attempt", args=[attempt.pk]), follow=True)
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.ABANDONED
    assert reply.redirect_chain[-1][0] == reverse("exams:result", args=[attempt.pk])
    assert "closed without a result" in reply.content.decode()


def test_opening_the_page_in_the_grace_marks_it_overdue_and_keeps_it_open(client, clock, exam, learner):
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    attempt = learner.exam_attempts.get()
    clock.advance(exam.time_limit_minutes * 60 + 1)
    assert client.get(reverse("exams:attempt", args=[attempt.pk])).status_code == 200
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.OVERDUE


def test_starting_again_closes_an_expired_attempt_first_then_starts_the_next(clock, exam, learner):
    first = attempt_start(exam=exam, user=learner, language="en")
    past_grace(clock, exam)
    second = attempt_start(exam=exam, user=learner, language="en")
    first.refresh_from_db()
    assert first.state == Attempt.State.ABANDONED
    assert second.pk != first.pk and second.number == 2 and second.state == Attempt.State.IN_PROGRESS


def test_an_abandoned_attempt_says_no_result_on_the_exam_list(client, clock, exam, learner):
    attempt_start(exam=exam, user=learner, language="en")
    past_grace(clock, exam)
    close_overdue_attempts()
    client.force_login(learner)
    body = client.get(reverse("exams:list")).content.decode()
    assert "Abandoned" in body and "No result" in body and "Being graded" not in body
