"""The server's clock decides: answers count until the deadline plus grace; later ones are refused, and the
attempt is submitted from what was saved, finishing at the deadline."""

from __future__ import annotations

import pytest
from django.urls import reverse

from exams.models import Accommodation, Attempt
from exams.services.attempts import AttemptClosed, attempt_start, response_save
from tests.exams.conftest import as_query


def single_item(attempt):
    return attempt.items.select_related("version__question").get(version__question__qtype="short")


def test_an_answer_within_the_grace_after_the_deadline_is_saved(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    item = single_item(attempt)
    clock.advance(exam.time_limit_minutes * 60 + exam.grace_seconds - 1)
    response_save(attempt=attempt, user=learner, answers={item.slot: as_query({"text": "late but fine"})})
    item.response.refresh_from_db()
    assert item.response.answer == {"text": "late but fine"}
    assert item.response.saved_at == clock.now


def test_an_answer_after_the_grace_is_refused_and_the_attempt_finishes_at_the_deadline(clock, exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    item = single_item(attempt)
    response_save(attempt=attempt, user=learner, answers={item.slot: as_query({"text": "in time"})})
    clock.advance(exam.time_limit_minutes * 60 + exam.grace_seconds + 1)
    with pytest.raises(AttemptClosed, match="Time is up"):
        response_save(attempt=attempt, user=learner, answers={item.slot: as_query({"text": "too late"})})
    attempt.refresh_from_db()
    item.response.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.finished_at == attempt.deadline
    assert item.response.answer == {"text": "in time"}


def test_extra_minutes_granted_to_a_person_extend_their_deadline(clock, exam, learner, personas):
    Accommodation.objects.create(exam=exam, user=learner, extra_minutes=15, granted_by=personas["hr"])
    attempt = attempt_start(exam=exam, user=learner, language="en")
    assert (attempt.deadline - attempt.started_at).total_seconds() == (exam.time_limit_minutes + 15) * 60


def test_a_late_autosave_shows_a_clear_message_and_sends_the_learner_to_the_result(client, clock, exam, learner):
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    attempt = learner.exam_attempts.get()
    clock.advance(exam.time_limit_minutes * 60 + exam.grace_seconds + 5)
    reply = client.post(reverse("exams:autosave", args=[attempt.pk]), {"q1-text": "x"}, HTTP_HX_REQUEST="true")
    assert reply["HX-Redirect"] == reverse("exams:result", args=[attempt.pk])
    assert "Time is up" in reply.content.decode()
