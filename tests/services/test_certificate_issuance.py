"""Exactly-once issuance on PostgreSQL, where the person's row lock and the partial unique constraint are real:
concurrent triggers in threads, and a trigger through the real worker racing triggers in this process.

The tests commit real rows (transaction=True): the worker is another process and sees only committed data.
"""

from __future__ import annotations

import pytest

from certification.models import (
    Certificate,
    EvaluationRequest,
    StatusChange,
)
from certification.services.certificates import certificate_issue
from certification.services.requirements import evaluation_request, person_evaluate
from org.models import Notification
from tests.exams.test_concurrency import run_together

from .support import earned_person, wait_until, worker_log_text

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def earned():
    """A person who meets every requirement of a programme (a performance rating), with no certificate yet."""
    return earned_person("race")


def issued_once(person, programme) -> None:
    certificates = list(Certificate.objects.filter(holder=person, programme=programme))
    assert len(certificates) == 1 and certificates[0].status == Certificate.Status.ACTIVE
    assert StatusChange.objects.filter(certificate__holder=person, kind=StatusChange.Kind.ISSUED).count() == 1
    assert Notification.objects.filter(recipient=person, kind="certificate_issued").count() == 1


def test_postgresql_is_what_these_tests_race_on():
    from django.db import connection

    assert connection.vendor == "postgresql"


def test_four_evaluations_at_once_issue_one_certificate(earned):
    person, programme = earned
    results = run_together(lambda: [c.pk for c in person_evaluate(person=person)], times=4)
    assert sorted(len(r) for r in results) == [0, 0, 0, 1]
    issued_once(person, programme)


def test_four_direct_issues_at_once_create_one_and_return_it_to_all(earned):
    person, programme = earned
    results = run_together(lambda: certificate_issue(person=person, programme=programme), times=4)
    assert sorted(created for _cert, created in results) == [False, False, False, True]
    assert len({cert.pk for cert, _created in results}) == 1
    issued_once(person, programme)


def test_the_worker_and_triggers_in_this_process_at_once_issue_one_certificate(celery_worker, earned):
    person, programme = earned
    turns = iter(range(4))  # next() on a range iterator is atomic under the GIL: exactly one thread gets 0

    def trigger():
        # one thread asks the worker (the task is enqueued on commit); the others evaluate here meanwhile
        if next(turns) == 0:
            evaluation_request(person=person)
            return "queued"
        return len(person_evaluate(person=person))

    results = run_together(trigger, times=4)
    assert "queued" in results
    wait_until(
        lambda: not EvaluationRequest.objects.filter(person=person).exists(),
        timeout=60,
        what="the worker to run evaluate_person and clear the request",
    )
    issued_once(person, programme)


def test_two_tasks_through_the_worker_issue_one_certificate(celery_worker, earned):
    from certification.tasks import evaluate_person

    person, programme = earned
    ids = [evaluate_person.delay(person.pk).id, evaluate_person.delay(person.pk).id]
    wait_until(
        lambda: all(f"evaluate_person[{task_id}] succeeded" in worker_log_text() for task_id in ids),
        timeout=60,
        what="the worker to run both evaluate_person tasks",
    )
    issued_once(person, programme)
