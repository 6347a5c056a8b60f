from __future__ import annotations

from celery import shared_task

from .services.digests import digests_send


@shared_task
def send_weekly_digests() -> int:
    """Weekly (beat): the digest to HR and department heads; a second run in the same week sends nothing."""
    return digests_send()
