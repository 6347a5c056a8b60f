"""Two starts or two submits at the same moment (threads, each with its own database connection)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from exams.models import Attempt, Response
from exams.services.attempts import attempt_start, attempt_submit
from org.models import Notification
from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory


def run_together(target, times: int = 2) -> list:
    barrier = threading.Barrier(times)
    results: list = []
    errors: list = []

    def worker():
        try:
            barrier.wait()
            results.append(target())
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(times)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    return results


@pytest.fixture
def setup(transactional_db):
    make_bank(kinds=["single", "short", "truefalse"])
    return make_exam(), UserFactory(username="racer")


def test_two_starts_at_once_make_one_attempt_and_both_get_it(setup):
    exam, user = setup
    results = run_together(lambda: attempt_start(exam=exam, user=user, language="en").pk)
    assert Attempt.objects.filter(exam=exam, user=user).count() == 1
    assert len(set(results)) == 1


def test_two_submits_at_once_grade_once(setup):
    exam, user = setup
    attempt = attempt_start(exam=exam, user=user, language="en")
    run_together(lambda: attempt_submit(attempt=attempt, user=user).pk)
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.finalised_at is not None
    assert Notification.objects.filter(recipient=user, kind="exam_result").count() == 1
    assert Response.objects.filter(item__attempt=attempt, fraction__isnull=True).count() == 0
