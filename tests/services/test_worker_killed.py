"""A Celery worker killed with SIGKILL in the middle of issuing a certificate or rendering its PDF: after a restart
(and the beat sweep, and Redis handing the unacknowledged message out again) there is exactly one certificate and
exactly one PDF file.

Each test runs its own workers on a private Redis (the session's worker never sees these messages), and stops the
first one at a known point (tests/services/pausing_worker.py) before killing it.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from django.db.models import F

from certification.models import (
    Certificate,
    EvaluationRequest,
    StatusChange,
)
from certification.services import pdf
from certification.services.certificates import certificate_issue
from certification.services.requirements import evaluation_request
from certification.tasks import sweep_pending_work
from org.models import Notification

from .servers import Worker
from .support import QUEUE, earned_person, wait_until

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

FLAG_TIMEOUT = 40


def wait_paused(worker: Worker) -> None:
    wait_until(lambda: worker.flag.exists(), timeout=FLAG_TIMEOUT, what=f"the worker to pause at {worker.pause_at}")


def redeliver_unacked(client: redis.Redis, task_id: str) -> bool:
    """What kombu does once the visibility timeout has passed: put a taken-but-unacknowledged message back."""
    for tag, value in client.hgetall("unacked").items():
        message, _exchange, routing_key = json.loads(value)
        if message["headers"]["id"] != task_id:
            continue
        message["headers"]["redelivered"] = True
        client.lpush(routing_key or QUEUE, json.dumps(message))
        client.hdel("unacked", tag)
        client.zrem("unacked_index", tag)
        return True
    return False


def killed_task_id(worker: Worker) -> str:
    """The id of the task the worker had taken when it was killed (the last one it logged as received)."""
    return re.findall(r"Task \S+\[([^\]]+)\] received", worker.log())[-1]


def succeeded(worker: Worker, task: str) -> int:
    return len(re.findall(rf"Task {re.escape(task)}\[[^\]]+\] succeeded", worker.log()))


def pdf_files(media: Path) -> list[Path]:
    folder = media / "certificates"
    return sorted(folder.iterdir()) if folder.exists() else []


def one_certificate_and_one_pdf(person, programme, media: Path) -> Certificate:
    certificates = list(Certificate.objects.filter(holder=person, programme=programme))
    assert len(certificates) == 1, certificates
    certificate = certificates[0]
    assert certificate.status == Certificate.Status.ACTIVE
    assert StatusChange.objects.filter(certificate=certificate, kind=StatusChange.Kind.ISSUED).count() == 1
    assert Notification.objects.filter(recipient=person, kind="certificate_issued").count() == 1
    assert certificate.pdf_state == Certificate.PdfState.READY
    files = pdf_files(media)
    assert [f.name for f in files] == [Path(certificate.pdf.name).name], "exactly one PDF file, the one on the row"
    data = files[0].read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "a whole PDF, not a torn one"
    return certificate


@pytest.fixture
def earned():
    return earned_person("kill")


@pytest.mark.parametrize(
    ("pause_at", "committed"),
    [
        # inside the issuing transaction: PostgreSQL rolls it back when the connection dies
        ("certification.services.pdf:pdf_request:before", False),
        # after the issue committed, before the evaluation request was cleared and the message acknowledged
        ("certification.services.requirements:person_evaluate:after", True),
    ],
    ids=["mid-transaction", "after-commit"],
)
def test_a_worker_killed_while_issuing_leaves_exactly_one_certificate_and_pdf(workers, earned, pause_at, committed):
    person, programme = earned
    first = workers(pause_at=pause_at)
    evaluation_request(person=person)  # published to the private Redis on commit
    wait_paused(first)
    first.kill()

    assert Certificate.objects.filter(holder=person, programme=programme).count() == (1 if committed else 0)
    assert EvaluationRequest.objects.filter(person=person).exists(), "the owed evaluation survives the kill"

    second = workers()
    sweep_pending_work.delay()  # beat's sweep re-enqueues the evaluation the database still owes
    wait_until(
        lambda: (
            succeeded(second, "certification.tasks.sweep_pending_work") == 1
            and not EvaluationRequest.objects.filter(person=person).exists()
            and Certificate.objects.filter(holder=person, pdf_state=Certificate.PdfState.READY).exists()
        ),
        timeout=60,
        what="the restarted worker to evaluate the person and render the PDF",
    )
    one_certificate_and_one_pdf(person, programme, workers.media)

    # an hour later (the visibility timeout) Redis hands the killed worker's message out again: nothing left to do
    task_id = killed_task_id(first)
    assert redeliver_unacked(workers.redis, task_id)
    wait_until(lambda: f"evaluate_person[{task_id}] succeeded" in second.log(), what="the redelivered evaluation")
    one_certificate_and_one_pdf(person, programme, workers.media)


@pytest.mark.parametrize(
    "pause_at",
    [
        "certification.services.pdf:pdf_bytes:before",  # while WeasyPrint renders
        "django.core.files.storage:FileSystemStorage.save:after",  # the file is written, the row not yet updated
    ],
    ids=["rendering", "file-written"],
)
def test_a_worker_killed_while_rendering_the_pdf_leaves_exactly_one_pdf(workers, earned, pause_at):
    person, programme = earned
    first = workers(pause_at=pause_at)
    certificate, created = certificate_issue(person=person, programme=programme)  # PDF enqueued on commit
    assert created
    wait_paused(first)
    first.kill()
    certificate.refresh_from_db()
    assert certificate.pdf_state == Certificate.PdfState.RENDERING

    second = workers()
    # a fresh claim may be a slow render still running elsewhere: the sweep leaves it alone
    sweep_pending_work.delay()
    wait_until(lambda: succeeded(second, "certification.tasks.sweep_pending_work") == 1, what="the first sweep")
    certificate.refresh_from_db()
    assert certificate.pdf_state == Certificate.PdfState.RENDERING

    # once the claim is older than the claim timeout the sweep releases it and the PDF is rendered again
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf_claimed_at=F("pdf_claimed_at") - pdf.CLAIM_TIMEOUT - timedelta(seconds=1)
    )
    sweep_pending_work.delay()
    wait_until(
        lambda: Certificate.objects.filter(pk=certificate.pk, pdf_state=Certificate.PdfState.READY).exists(),
        timeout=60,
        what="the restarted worker to render the PDF",
    )
    one_certificate_and_one_pdf(person, programme, workers.media)

    # an hour later Redis hands the killed worker's message out again: the PDF is not rendered a second time
    task_id = killed_task_id(first)
    assert redeliver_unacked(workers.redis, task_id)
    finished = rf"render_certificate_pdf\[{task_id}\] succeeded in \S+: (\w+)"
    assert wait_until(lambda: re.findall(finished, second.log()), what="the redelivered render") == ["False"]
    one_certificate_and_one_pdf(person, programme, workers.media)
