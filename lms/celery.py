"""The Celery application: web, worker and beat share one configuration from Django settings (CELERY_*)."""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from celery import Celery
from celery.contrib.django.task import DjangoTask
from django.db import transaction
from kombu.exceptions import OperationalError as BrokerUnavailable

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

log = logging.getLogger(__name__)

# a request that enqueues work after its commit tries the broker briefly, then leaves the work to the sweep
ON_COMMIT_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}


class Task(DjangoTask):
    """Every task of the project. `delay_on_commit` never fails the request whose transaction committed the work.

    The database row (pending notification, evaluation request, owed PDF, webhook delivery, import job) is the record
    of what must happen; the message only makes it happen soon. When the broker is unreachable the message is
    dropped with a warning and the beat sweep enqueues the row once the broker is back, so a broker outage delays
    work but neither loses it nor turns a successful submission into an error page.
    """

    def delay_on_commit(self, *args, **kwargs) -> None:
        transaction.on_commit(functools.partial(self._publish_after_commit, args, kwargs))

    def _publish_after_commit(self, args, kwargs) -> None:
        try:
            self.apply_async(args, kwargs, retry_policy=ON_COMMIT_RETRY_POLICY)
        except BrokerUnavailable as exc:
            log.warning("broker unavailable, %s%r left to the sweep: %s", self.name, args, exc)


app = Celery("lms", task_cls="lms.celery:Task")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def ensure_filesystem_broker_folders() -> None:
    """The filesystem transport does not create its folders; every process that talks to it calls this."""
    options = app.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)


@app.on_after_configure.connect
def _make_broker_folders(sender, **kwargs):
    ensure_filesystem_broker_folders()
