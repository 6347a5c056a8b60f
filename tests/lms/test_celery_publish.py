"""Publishing after commit: a broker outage leaves the work to the sweep instead of failing the request."""

from __future__ import annotations

import logging
from unittest import mock

import pytest
from kombu.exceptions import OperationalError

from org.tasks import deliver_notification as proxy

deliver_notification = proxy._get_current_object()  # the task itself, not Celery's lazy proxy


def test_a_publish_the_broker_refuses_is_logged_and_swallowed(caplog):
    with mock.patch.object(deliver_notification, "apply_async", side_effect=OperationalError("refused")):
        with caplog.at_level(logging.WARNING, logger="lms.celery"):
            deliver_notification._publish_after_commit((42,), {})
    assert "broker unavailable, org.tasks.deliver_notification(42,) left to the sweep" in caplog.text


def test_any_other_failure_still_raises():
    with mock.patch.object(deliver_notification, "apply_async", side_effect=ValueError("a bug")):
        with pytest.raises(ValueError):
            deliver_notification._publish_after_commit((42,), {})


def test_delay_on_commit_publishes_with_a_short_retry_policy_once_the_transaction_commits():
    with mock.patch.object(deliver_notification, "apply_async") as apply_async:
        with mock.patch("lms.celery.transaction.on_commit", side_effect=lambda callback: callback()):
            deliver_notification.delay_on_commit(7)
    apply_async.assert_called_once()
    args, kwargs = apply_async.call_args
    assert args == ((7,), {}) and kwargs["retry_policy"]["max_retries"] == 2
