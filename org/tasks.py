"""Thin tasks: they take primary keys and call a service. Safe to run twice."""

from __future__ import annotations

from celery import shared_task

from .services import notifications


@shared_task(bind=True, max_retries=6, acks_late=True)
def deliver_notification(self, notification_id: int) -> bool:
    try:
        return notifications.notification_deliver(notification_id=notification_id)
    except Exception as exc:
        # the row went back to pending; retry with backoff, and the sweep catches it if retries run out
        raise self.retry(exc=exc, countdown=min(30 * 2**self.request.retries, 1800)) from exc


@shared_task
def sweep_pending_notifications() -> int:
    return notifications.notifications_pending_sweep()
