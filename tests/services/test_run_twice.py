"""Every message may arrive twice (acks_late redelivery after a lost worker, a sweep racing the original message):
each task and each webhook delivery run twice here, on PostgreSQL, and do their work once.

The tasks run in this process (`task.apply`); whatever they enqueue goes to a private Redis no worker reads.
"""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from certification.models import (
    Certificate,
    EvaluationRequest,
    StatusChange,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
from certification.tasks import deliver_webhook, evaluate_person, render_certificate_pdf, run_lifecycle
from org.models import Notification
from org.tasks import deliver_notification
from tests.factories import UserFactory

from .support import earned_person

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def receiver():
    """A hiring system's webhook endpoint: records what it is sent and acknowledges it."""
    received: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            received.append(self.headers["X-Webhook-Id"])
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hooks", received
    finally:
        server.shutdown()
        server.server_close()


def twice(task, *args) -> list:
    return [task.apply(args=args).get(), task.apply(args=args).get()]


def test_each_task_and_webhook_delivery_run_twice_does_its_work_once(workers, receiver, mailoutbox):
    url, received = receiver
    WebhookEndpoint.objects.create(name="ATS", url=url, secret="s3cret")
    person, programme = earned_person("twice")
    EvaluationRequest.objects.create(person=person, requested_at=timezone.now())

    # evaluation: one certificate, one history entry, one notification, one webhook event
    assert twice(evaluate_person, person.pk) == [True, True]
    certificate = Certificate.objects.get(holder=person, programme=programme)
    assert StatusChange.objects.filter(certificate=certificate, kind=StatusChange.Kind.ISSUED).count() == 1
    assert not EvaluationRequest.objects.filter(person=person).exists()

    # the email: sent once
    notification = Notification.objects.get(recipient=person, kind="certificate_issued")
    assert twice(deliver_notification, notification.pk) == [True, False]
    assert [m.to for m in mailoutbox] == [[person.email]]  # this process's email (pytest-django's outbox)

    # the PDF: rendered once, one file
    assert twice(render_certificate_pdf, certificate.pk) == [True, False]
    assert len(list((workers.media / "certificates").iterdir())) == 1

    # the webhook: posted once, one attempt logged
    about = {"event__data__certificate__code": certificate.code}
    delivery = WebhookDelivery.objects.get(event__type="certificate.issued", **about)
    assert twice(deliver_webhook, delivery.pk) == [True, False]
    assert received == [str(delivery.event_id)]
    assert WebhookAttempt.objects.filter(delivery=delivery).count() == 1

    # the lifecycle: a certificate past its end expires once, with one history entry and one webhook event
    past = timezone.now() - timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(valid_from=past - timedelta(days=365), valid_until=past)
    first, second = twice(run_lifecycle)
    assert first["expired"] >= 1 and second["expired"] == 0
    assert StatusChange.objects.filter(certificate=certificate, kind=StatusChange.Kind.EXPIRED).count() == 1
    expired = WebhookDelivery.objects.get(event__type="certificate.expired", **about)
    assert twice(deliver_webhook, expired.pk) == [True, False]
    assert received == [str(delivery.event_id), str(expired.event_id)]


def test_the_exam_sweep_the_weekly_digest_and_a_question_import_run_twice_do_their_work_once(workers, mailoutbox):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from exams.services.attempts import attempt_start
    from exams.tasks import close_overdue_attempts
    from org.models import Department
    from question_bank.models import ImportJob, Question
    from question_bank.services.import_jobs import import_job_create
    from question_bank.tasks import run_import_job
    from reports.tasks import send_weekly_digests
    from tests.exams.factories import make_bank, make_exam

    tag = uuid.uuid4().hex[:8]
    # an attempt past its deadline and grace is closed once
    make_bank(category=f"Twice/{tag}", kinds=["single", "truefalse"], chinese=False)
    exam = make_exam(category=f"Twice/{tag}", slug=f"twice-{tag}")
    learner = UserFactory(username=f"twice-learner-{tag}", preferred_language="en")
    attempt = attempt_start(exam=exam, user=learner, language="en")
    past = timezone.now() - timedelta(days=1)
    type(attempt).objects.filter(pk=attempt.pk).update(started_at=past - timedelta(hours=1), deadline=past)
    first, second = twice(close_overdue_attempts)
    assert first >= 1 and second == 0
    attempt.refresh_from_db()
    assert not attempt.is_open

    # the weekly digest reaches a department head once a week, however often beat sends the task
    head = UserFactory(username=f"twice-head-{tag}", preferred_language="en")
    Department.objects.create(code=f"T{tag[:6]}".upper(), name="Twice", head=head)
    twice(send_weekly_digests)
    assert Notification.objects.filter(recipient=head).count() == 1

    # an import job runs once: the questions are not imported twice
    upload = SimpleUploadedFile("twice.gift", f"::Twice {tag}::Is twice once?{{TRUE}}\n".encode())
    job = import_job_create(upload=upload, fmt="gift", user=head, category_path=f"Twice/{tag}/Import")
    assert twice(run_import_job, job.pk) == [True, False]
    job.refresh_from_db()
    assert job.state == ImportJob.State.DONE, job.state
    assert Question.objects.filter(category__path=f"Twice/{tag}/Import").count() == 1
