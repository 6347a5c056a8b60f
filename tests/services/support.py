"""Helpers for the services tests: polling, reading the file email backend, looking inside the Redis broker."""

from __future__ import annotations

import email
import email.message
import email.policy
import json
import time
from base64 import b64decode
from pathlib import Path

import pytest

QUEUE = "celery"  # Celery's default queue: the project routes every task there
WORKER_LOG: dict[str, Path] = {}  # "path": the session worker's log file, once it is started


def worker_log_text() -> str:
    path = WORKER_LOG.get("path")
    if not path or not path.exists():
        return "(no worker log)"
    return path.read_text(errors="replace")


def wait_until(predicate, *, timeout: float = 30.0, interval: float = 0.2, what: str = "condition"):
    """Poll until predicate() is truthy and return its value; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}", pytrace=False)
        time.sleep(interval)


def emails_to(email_dir: Path, address: str) -> list[email.message.EmailMessage]:
    """Every message the file backend wrote to `email_dir` addressed to `address`."""
    found = []
    for path in sorted(email_dir.glob("*.log")):
        # the file backend writes each message followed by a line of 79 dashes
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if not chunk.strip():
                continue
            message = email.message_from_bytes(chunk.lstrip(b"\n"), policy=email.policy.default)
            if address in str(message.get("To", "")):
                found.append(message)
    return found


def queued_task_calls() -> list[tuple[str, list]]:
    """(task name, args) of every message waiting in the broker's queue or taken but not yet acknowledged."""
    from lms.celery import app

    raw_messages: list[bytes] = []
    with app.connection_for_write() as conn:
        client = conn.default_channel.client
        raw_messages += client.lrange(QUEUE, 0, -1)
        for value in client.hvals("unacked"):
            raw_messages.append(json.dumps(json.loads(value)[0]).encode())  # [message, exchange, routing_key]
    calls = []
    for raw in raw_messages:
        message = json.loads(raw)
        body = message["body"]
        if message.get("properties", {}).get("body_encoding") == "base64":
            body = b64decode(body)
        args = json.loads(body)[0]
        calls.append((message["headers"]["task"], args))
    return calls


def earned_person(prefix: str):
    """A new programme (code `<prefix>-<tag>`) and a person who meets its only requirement (a performance rating)
    and holds no certificate yet: (person, programme). Committed by the caller's transaction=True test."""
    import uuid

    from certification.models import Level, PerformanceRating, PerformanceRecord, Programme
    from tests.factories import UserFactory

    tag = uuid.uuid4().hex[:8]
    programme = Programme.objects.create(
        code=f"{prefix}-{tag}", name=prefix.title(), level=Level.FOUNDATION, minimum_performance=PerformanceRating.MEETS
    )
    person = UserFactory(username=f"{prefix}-{tag}", preferred_language="en")
    PerformanceRecord.objects.create(person=person, rating=PerformanceRating.EXCEEDS, period="2026 H1")
    return person, programme


def wait_for_idle_worker(timeout: float = 60.0) -> None:
    """Wait until the session's worker has nothing queued or in hand. A transactional test ends by truncating every
    table; a task the test set off (a result notification after a submit, say) still reading them meanwhile can
    deadlock with that TRUNCATE."""
    from lms.celery import app

    def idle() -> bool:
        with app.connection_for_write() as conn:
            if conn.default_channel.client.llen(QUEUE):
                return False
        inspect = app.control.inspect(timeout=1.0)
        busy = [*(inspect.active() or {}).values(), *(inspect.reserved() or {}).values()]
        return not any(busy)

    wait_until(idle, timeout=timeout, what="the worker to finish the tasks the test set off")
