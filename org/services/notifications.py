"""Notifications: an in-app message and an email in the recipient's language, delivered durably.

`notification_send` writes the row and enqueues delivery when the transaction commits. `notification_deliver`
claims the row with a compare-and-swap update, so a message delivered twice sends once. The beat task
`sweep_pending_notifications` re-enqueues rows whose message was lost and releases claims of killed workers.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ..models import Notification

# A worker that claimed a row and did not finish within this time is presumed dead.
CLAIM_TIMEOUT = timedelta(minutes=10)
MAX_EMAIL_ATTEMPTS = 8


def notification_send(*, recipient, kind: str, context: dict | None = None, url: str = "") -> Notification:
    """Render `org/emails/<kind>.*` in the recipient's language, store it, and email it after commit.

    Templates: `<kind>.subject.txt`, `<kind>.body.txt` and optionally `<kind>.body.html`.
    """
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    ctx = {"recipient": recipient, "url": url, "site_url": settings.SITE_URL, **(context or {})}
    with translation.override(language):
        subject = " ".join(render_to_string(f"org/emails/{kind}.subject.txt", ctx).split())
        body = render_to_string(f"org/emails/{kind}.body.txt", ctx).strip()
        html = _render_optional(f"org/emails/{kind}.body.html", ctx)
    with transaction.atomic():
        notification = Notification.objects.create(
            recipient=recipient,
            kind=kind,
            language=language,
            subject=subject[:200],
            body=body,
            body_html=html,
            url=url,
            email_state=Notification.EmailState.PENDING if recipient.email else Notification.EmailState.SKIPPED,
        )
        if notification.email_state == Notification.EmailState.PENDING:
            _enqueue_on_commit(notification.pk)
    return notification


def _enqueue_on_commit(pk: int) -> None:
    from ..tasks import deliver_notification

    deliver_notification.delay_on_commit(pk)


def _render_optional(template: str, ctx: dict) -> str:
    from django.template import TemplateDoesNotExist

    try:
        return render_to_string(template, ctx)
    except TemplateDoesNotExist:
        return ""


def notification_deliver(*, notification_id: int) -> bool:
    """Email one pending notification. Returns True if this call sent it; safe to call any number of times."""
    now = timezone.now()
    claimed = Notification.objects.filter(pk=notification_id, email_state=Notification.EmailState.PENDING).update(
        email_state=Notification.EmailState.SENDING, email_claimed_at=now
    )
    if claimed != 1:
        return False  # already sent, being sent, or gone
    notification = Notification.objects.select_related("recipient").get(pk=notification_id)
    message = EmailMultiAlternatives(
        subject=notification.subject,
        body=notification.body,
        to=[notification.recipient.email],
        from_email=settings.DEFAULT_FROM_EMAIL,
        headers={"Content-Language": notification.language},
    )
    if notification.body_html:
        message.attach_alternative(notification.body_html, "text/html")
    try:
        message.send()
    except Exception as exc:
        attempts = notification.email_attempts + 1
        Notification.objects.filter(pk=notification_id).update(
            email_state=(
                Notification.EmailState.FAILED if attempts >= MAX_EMAIL_ATTEMPTS else Notification.EmailState.PENDING
            ),
            email_attempts=attempts,
            email_claimed_at=None,
            email_error=str(exc)[:2000],
        )
        raise
    Notification.objects.filter(pk=notification_id).update(
        email_state=Notification.EmailState.SENT,
        email_sent_at=timezone.now(),
        email_attempts=notification.email_attempts + 1,
        email_error="",
    )
    return True


def notifications_pending_sweep(*, older_than: timedelta | None = None) -> int:
    """Enqueue again every email still owed; release claims older than CLAIM_TIMEOUT. Returns how many."""
    if older_than is None:
        older_than = timedelta(seconds=settings.PENDING_WORK_GRACE_SECONDS)
    now = timezone.now()
    Notification.objects.filter(
        email_state=Notification.EmailState.SENDING, email_claimed_at__lt=now - CLAIM_TIMEOUT
    ).update(email_state=Notification.EmailState.PENDING, email_claimed_at=None)
    pending = list(
        Notification.objects.filter(
            email_state=Notification.EmailState.PENDING, created_at__lte=now - older_than
        ).values_list("pk", flat=True)[:1000]
    )
    from ..tasks import deliver_notification

    for pk in pending:
        deliver_notification.delay(pk)
    return len(pending)


def notification_mark_read(*, user, notification_id: int | None = None) -> int:
    """Mark one of the user's notifications (or all of them) as read. Returns how many changed."""
    qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_id is not None:
        qs = qs.filter(pk=notification_id)
    return qs.update(read_at=timezone.now())
