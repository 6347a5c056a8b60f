"""With the broker down, pages keep serving and exams keep submitting; the work they owe waits in the database and
the reconciliation sweeps deliver it once the broker is back. The broker here is a private Redis the test stops.
"""

from __future__ import annotations

import time
import uuid

import pytest

from certification.models import EvaluationRequest
from certification.tasks import sweep_pending_work
from exams.models import Attempt
from org.models import Notification
from org.tasks import sweep_pending_notifications
from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory

from .support import wait_until

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

# a request must not wait long on a broker that is down (Celery's publish retries are bounded)
REQUEST_BUDGET_SECONDS = 15


@pytest.fixture
def learner_and_exam():
    tag = uuid.uuid4().hex[:8]
    make_bank(category=f"Outage/{tag}", kinds=["single", "truefalse"], chinese=False)
    exam = make_exam(category=f"Outage/{tag}", slug=f"outage-{tag}", questions_per_page=5)
    learner = UserFactory(username=f"outage-{tag}", preferred_language="en")
    return learner, exam


def timed(call):
    started = time.monotonic()
    response = call()
    elapsed = time.monotonic() - started
    assert elapsed < REQUEST_BUDGET_SECONDS, f"the request took {elapsed:.1f}s with the broker down"
    return response


def test_with_the_broker_down_pages_serve_and_exams_submit_and_the_sweeps_deliver_later(
    workers, private_redis, client, learner_and_exam
):
    learner, exam = learner_and_exam
    client.force_login(learner)
    private_redis.stop()

    # pages and the readiness probe keep answering
    assert timed(lambda: client.get("/")).status_code == 200
    assert timed(lambda: client.get("/exams/")).status_code == 200
    ready = timed(lambda: client.get("/readyz"))
    assert ready.status_code == 200 and ready.json()["broker"] == "unreachable"

    # an exam is started and submitted: the result is recorded at once
    started = timed(lambda: client.post(f"/exams/{exam.slug}/"))
    assert started.status_code == 302, started
    attempt = Attempt.objects.get(exam=exam, user=learner)
    submitted = timed(lambda: client.post(f"/exams/attempts/{attempt.pk}/submit/"))
    assert submitted.status_code == 302 and submitted["Location"].endswith(f"/exams/attempts/{attempt.pk}/result/")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.finalised_at is not None

    # what the submission owes is in the database, not lost with the message
    result = Notification.objects.get(recipient=learner, kind="exam_result")
    assert result.email_state == Notification.EmailState.PENDING
    assert EvaluationRequest.objects.filter(person=learner).exists()

    # the broker returns (empty, as a restarted Redis without persistence is); a worker and the sweeps run
    private_redis.start()
    worker = workers()
    sweep_pending_notifications.delay()
    sweep_pending_work.delay()
    wait_until(
        lambda: (
            Notification.objects.filter(pk=result.pk, email_state=Notification.EmailState.SENT).exists()
            and not EvaluationRequest.objects.filter(person=learner).exists()
        ),
        timeout=60,
        what="the sweeps to deliver the result email and run the evaluation",
    )
    assert "sweep_pending_notifications" in worker.log()
    assert Notification.objects.filter(recipient=learner, kind="exam_result").count() == 1
