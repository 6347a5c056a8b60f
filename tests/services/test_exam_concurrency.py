"""Concurrent starts and submits against PostgreSQL, where row locks and the partial unique constraint are real."""

from __future__ import annotations

import uuid

import pytest

from exams.models import Attempt, Response
from exams.services.attempts import attempt_start, attempt_submit
from tests.exams.factories import make_bank, make_exam
from tests.exams.test_concurrency import run_together
from tests.factories import UserFactory

from .support import wait_for_idle_worker

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def setup():
    tag = uuid.uuid4().hex[:8]
    make_bank(category=f"Concurrency/{tag}", kinds=["single", "short", "truefalse"])
    exam = make_exam(category=f"Concurrency/{tag}", slug=f"race-{tag}")
    return exam, UserFactory(username=f"racer-{tag}")


def test_four_starts_at_once_make_one_attempt(setup):
    exam, user = setup
    results = run_together(lambda: attempt_start(exam=exam, user=user, language="en").pk, times=4)
    assert Attempt.objects.filter(exam=exam, user=user).count() == 1
    assert len(set(results)) == 1


def test_four_submits_at_once_grade_once(celery_worker, setup):
    exam, user = setup
    attempt = attempt_start(exam=exam, user=user, language="en")
    run_together(lambda: attempt_submit(attempt=attempt, user=user).pk, times=4)
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.finalised_at is not None
    assert not Response.objects.filter(item__attempt=attempt, fraction__isnull=True).exists()
    wait_for_idle_worker()  # the result's notification goes through the worker: let it finish before the teardown
