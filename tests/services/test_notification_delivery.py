"""Notifications travel through the Redis broker to a real worker, and the database decides what is owed.

Each test commits real rows (transaction=True): the worker is another process and sees only committed data.
"""

from __future__ import annotations

import re
import time
import uuid
from unittest import mock

import pytest
from django.db import transaction

from lms.celery import app
from org.models import Notification
from org.services.notifications import notification_send
from org.tasks import sweep_pending_notifications
from tests.factories import UserFactory

from .support import emails_to, queued_task_calls, wait_until, worker_log_text

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

DELIVERY_TIMEOUT = 30
DELIVER = "org.tasks.deliver_notification"


class ChangeFailed(Exception):
    pass


def new_person():
    return UserFactory(username=f"svc-{uuid.uuid4().hex[:12]}", preferred_language="en")


def email_state(pk: int) -> str | None:
    return Notification.objects.filter(pk=pk).values_list("email_state", flat=True).first()


def wait_until_sent(pk: int) -> None:
    wait_until(
        lambda: email_state(pk) == Notification.EmailState.SENT,
        timeout=DELIVERY_TIMEOUT,
        what=f"notification {pk} to be sent by the worker (state now {email_state(pk)!r})",
    )


def test_celery_is_not_eager_here_so_tasks_really_go_through_the_broker():
    assert app.conf.task_always_eager is False
    assert app.conf.broker_url.startswith("redis://")


def test_a_notification_committed_in_a_transaction_is_emailed_by_the_worker(celery_worker, email_dir):
    person = new_person()

    notification = notification_send(recipient=person, kind="password_changed")
    assert notification.email_state == Notification.EmailState.PENDING

    wait_until_sent(notification.pk)
    notification.refresh_from_db()
    assert notification.email_sent_at is not None
    assert notification.email_attempts == 1
    assert notification.email_error == ""
    messages = emails_to(email_dir, person.email)
    assert len(messages) == 1, f"expected one email file entry for {person.email}, found {len(messages)}"
    assert messages[0]["Subject"] == notification.subject
    assert messages[0]["Content-Language"] == "en"
    assert "org.tasks.deliver_notification[" in worker_log_text()


def test_a_notification_whose_transaction_rolls_back_is_never_enqueued_nor_sent(celery_worker, email_dir):
    person = new_person()
    started = time.monotonic()
    log_start = len(worker_log_text())

    with pytest.raises(ChangeFailed):
        with transaction.atomic():
            rolled_back = notification_send(recipient=person, kind="password_changed")
            raise ChangeFailed("the change that caused the notification failed")

    assert not Notification.objects.filter(pk=rolled_back.pk).exists()
    assert not Notification.objects.filter(recipient=person).exists()
    # The worker takes messages one at a time in the order they were published, so once a notification committed
    # after the rollback has been delivered, anything published for the rolled-back one would have run already.
    later = notification_send(recipient=new_person(), kind="password_changed")
    wait_until_sent(later.pk)
    time.sleep(max(0.0, 2.0 - (time.monotonic() - started)))  # and give it a short while more regardless
    assert emails_to(email_dir, person.email) == []
    assert (DELIVER, [rolled_back.pk]) not in queued_task_calls()
    received = re.findall(rf"Task {DELIVER}\[[^\]]+\] received", worker_log_text()[log_start:])
    assert len(received) == 1, f"the worker took {len(received)} deliveries; only the later notification's was owed"


def test_a_message_lost_before_any_worker_took_it_is_delivered_by_the_sweep(celery_worker, email_dir):
    person = new_person()
    with mock.patch("org.services.notifications._enqueue_on_commit") as enqueue:  # the message never reaches Redis
        notification = notification_send(recipient=person, kind="password_changed")
    enqueue.assert_called_once_with(notification.pk)

    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:  # nothing delivers it on its own
        assert email_state(notification.pk) == Notification.EmailState.PENDING
        time.sleep(0.2)
    assert (DELIVER, [notification.pk]) not in queued_task_calls()
    assert emails_to(email_dir, person.email) == []

    sweep_pending_notifications.delay()  # what beat sends: through the broker to the worker

    wait_until_sent(notification.pk)
    assert len(emails_to(email_dir, person.email)) == 1
    # the sweep ran in the worker and found exactly this one row owed
    assert re.search(
        r"Task org\.tasks\.sweep_pending_notifications\[[^\]]+\] succeeded in \S+: 1$", worker_log_text(), re.M
    )
