from __future__ import annotations

import json
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.utils import timezone

from certification.models import WebhookDelivery, WebhookEndpoint
from certification.services.certificates import certificate_revoke
from certification.services.webhooks import sign, signature_valid, webhook_deliver, webhook_replay

pytestmark = pytest.mark.django_db


class Receiver:
    """A real HTTP receiver on a free port that answers with the statuses it is given, in order."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.received = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append((dict(self.headers), body))
                self.send_response(outer.statuses.pop(0) if outer.statuses else 200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"

    def close(self):
        self.server.shutdown()


@pytest.fixture
def receiver():
    made = []

    def start(statuses=()):
        r = Receiver(statuses)
        made.append(r)
        WebhookEndpoint.objects.create(name="ATS", url=r.url, secret="s3cret")
        return r

    yield start
    for r in made:
        r.close()


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body_and_stale_ones_are_refused():
    body = b'{"id":"1"}'
    header = sign(secret="k", timestamp=1700000000, body=body)
    assert header.startswith("t=1700000000,v1=") and len(header.split("v1=")[1]) == 64
    assert signature_valid(secret="k", header=header, body=body, now=1700000100)
    assert not signature_valid(secret="k", header=header, body=body + b" ", now=1700000100)
    assert not signature_valid(secret="k", header=header, body=body, now=1700000000 + 301)


def test_a_revocation_is_delivered_signed_with_a_unique_id(receiver, holder, foundation, issue):
    r = receiver()
    certificate = issue(holder, foundation)
    certificate_revoke(certificate=certificate, reason="conduct")
    deliveries = WebhookDelivery.objects.order_by("pk")
    for d in deliveries:
        assert webhook_deliver(delivery_id=d.pk)
    types = [json.loads(body)["type"] for _h, body in r.received]
    assert types == ["certificate.issued", "certificate.revoked"]
    headers, body = r.received[1]
    payload = json.loads(body)
    assert payload["data"]["certificate"]["status"] == "revoked" and payload["data"]["reason"] == "conduct"
    assert signature_valid(secret="s3cret", header=headers["X-Signature"], body=body, now=int(time.time()))
    assert len({json.loads(b)["id"] for _h, b in r.received}) == 2


def test_failures_are_retried_with_back_off_and_logged(receiver, holder, foundation, issue):
    r = receiver(statuses=[500, 503])
    issue(holder, foundation)
    delivery = WebhookDelivery.objects.get()
    assert not webhook_deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == "pending" and delivery.attempts == 1 and delivery.last_status == 500
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=50)
    assert not webhook_deliver(delivery_id=delivery.pk)  # not due yet: nothing sent
    assert len(r.received) == 1
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert not webhook_deliver(delivery_id=delivery.pk)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert webhook_deliver(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == "delivered" and delivery.log.count() == 3


def test_hr_can_replay_a_delivery_with_the_same_event_id(receiver, holder, foundation, issue):
    r = receiver()
    issue(holder, foundation)
    delivery = WebhookDelivery.objects.get()
    webhook_deliver(delivery_id=delivery.pk)
    webhook_replay(delivery=delivery)
    assert webhook_deliver(delivery_id=delivery.pk)
    ids = [json.loads(b)["id"] for _h, b in r.received]
    assert len(ids) == 2 and ids[0] == ids[1]
