"""Webhooks to hiring systems: signed, with unique ids, delivered durably with retries and back-off.

`webhook_emit` writes the event and one pending delivery per subscribed endpoint in the caller's transaction and
enqueues them on commit. `webhook_deliver` claims a delivery (compare-and-swap), posts it, logs the attempt, and
either marks it delivered or schedules the next attempt. The beat sweep re-enqueues what is due.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from ..models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent

EVENT_TYPES = [
    "certificate.issued",
    "certificate.expired",
    "certificate.suspended",
    "certificate.reinstated",
    "certificate.revoked",
    "certificate.scope_changed",
]
MAX_ATTEMPTS = 10
TIMEOUT_SECONDS = 10
CLAIM_TIMEOUT = timedelta(minutes=5)


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 … minutes after each failure, at most six hours apart."""
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 6 * 3600))


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def signature_valid(*, secret: str, header: str, body: bytes, now: int | None = None, tolerance: int = 300) -> bool:
    """What a receiver does: recompute the signature and refuse stale timestamps (documented for integrators)."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((now or int(time.time())) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret=secret, timestamp=timestamp, body=body), header)


def event_body(event: WebhookEvent) -> bytes:
    payload = {"id": str(event.id), "type": event.type, "created": event.created.isoformat(), "data": event.data}
    return json.dumps(payload, cls=DjangoJSONEncoder, separators=(",", ":")).encode()


def webhook_emit(*, type: str, data: dict) -> WebhookEvent | None:
    """Record an event and owe it to every active endpoint that wants it."""
    endpoints = [e for e in WebhookEndpoint.objects.filter(is_active=True) if e.wants(type)]
    if not endpoints:
        return None
    now = timezone.now()
    with transaction.atomic():
        event = WebhookEvent.objects.create(
            type=type, created=now, data=json.loads(json.dumps(data, cls=DjangoJSONEncoder))
        )
        for endpoint in endpoints:
            delivery = WebhookDelivery.objects.create(event=event, endpoint=endpoint, next_attempt_at=now)
            _enqueue_on_commit(delivery.pk)
    return event


def _enqueue_on_commit(pk: int) -> None:
    from ..tasks import deliver_webhook

    deliver_webhook.delay_on_commit(pk)


def webhook_deliver(*, delivery_id: int) -> bool:
    """Post one due delivery. True if the receiver acknowledged it now; safe to call any number of times."""
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, state=WebhookDelivery.State.PENDING, next_attempt_at__lte=now
    ).update(state=WebhookDelivery.State.SENDING, claimed_at=now)
    if claimed != 1:
        return False
    delivery = WebhookDelivery.objects.select_related("event", "endpoint").get(pk=delivery_id)
    body = event_body(delivery.event)
    status, error, started = None, "", time.monotonic()
    # URLField allows only http(s), so no file: or custom schemes reach urlopen
    request = urllib.request.Request(  # noqa: S310
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "InterviewerAcademy-Webhooks/1",
            "X-Webhook-Id": str(delivery.event_id),
            "X-Signature": sign(secret=delivery.endpoint.secret, timestamp=int(time.time()), body=body),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (HR's own URL)
            status = response.status
    except urllib.error.HTTPError as exc:
        status, error = exc.code, str(exc)[:2000]
    except Exception as exc:  # network errors of every kind are retried
        error = f"{type(exc).__name__}: {exc}"[:2000]
    ok = status is not None and 200 <= status < 300
    WebhookAttempt.objects.create(
        delivery=delivery, status=status, error=error, duration_ms=int((time.monotonic() - started) * 1000)
    )
    attempts = delivery.attempts + 1
    if ok:
        state, next_at = WebhookDelivery.State.DELIVERED, delivery.next_attempt_at
    elif attempts >= MAX_ATTEMPTS:
        state, next_at = WebhookDelivery.State.FAILED, delivery.next_attempt_at
    else:
        state, next_at = WebhookDelivery.State.PENDING, timezone.now() + backoff(attempts)
    WebhookDelivery.objects.filter(pk=delivery_id).update(
        state=state,
        attempts=attempts,
        next_attempt_at=next_at,
        claimed_at=None,
        last_status=status,
        last_error=error,
        delivered_at=timezone.now() if ok else None,
    )
    return ok


@transaction.atomic
def webhook_replay(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a delivery again now (the same event id, so a receiver that has it can drop it)."""
    WebhookDelivery.objects.filter(pk=delivery.pk).exclude(state=WebhookDelivery.State.SENDING).update(
        state=WebhookDelivery.State.PENDING, next_attempt_at=timezone.now(), delivered_at=None
    )
    _enqueue_on_commit(delivery.pk)
    delivery.refresh_from_db()
    return delivery


def webhooks_due_sweep() -> int:
    """Enqueue deliveries that are due; release claims of killed workers. Returns how many were enqueued."""
    now = timezone.now()
    WebhookDelivery.objects.filter(state=WebhookDelivery.State.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT).update(
        state=WebhookDelivery.State.PENDING, claimed_at=None
    )
    due = list(
        WebhookDelivery.objects.filter(state=WebhookDelivery.State.PENDING, next_attempt_at__lte=now).values_list(
            "pk", flat=True
        )[:500]
    )
    from ..tasks import deliver_webhook

    for pk in due:
        deliver_webhook.delay(pk)
    return len(due)


def certificate_payload(certificate, *, reason: str = "") -> dict:
    return {
        "certificate": {
            "code": certificate.code,
            "employee_id": certificate.holder.employee_id,
            "programme": certificate.programme.code,
            "level": certificate.level,
            "departments": sorted(d.code for d in certificate.departments.all()),
            "regions": sorted(e.region.code for e in certificate.endorsements.select_related("region")),
            "valid_from": certificate.valid_from,
            "valid_until": certificate.valid_until,
            "status": certificate.status,
        },
        "reason": reason,
    }
