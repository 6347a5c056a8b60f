"""Thin tasks: they take primary keys and call a service. Safe to run twice."""

from __future__ import annotations

from celery import shared_task

from .services import lifecycle, pdf, requirements, retention, webhooks


@shared_task(acks_late=True)
def evaluate_person(person_id: int) -> bool:
    return requirements.evaluation_run(person_id=person_id)


@shared_task(bind=True, max_retries=5, acks_late=True)
def render_certificate_pdf(self, certificate_id: int) -> bool:
    try:
        return pdf.pdf_render(certificate_id=certificate_id)
    except Exception as exc:
        raise self.retry(exc=exc, countdown=min(30 * 2**self.request.retries, 1800)) from exc


@shared_task(acks_late=True)
def deliver_webhook(delivery_id: int) -> bool:
    # a failure is recorded on the row with its next attempt time; the sweep sends it again then
    return webhooks.webhook_deliver(delivery_id=delivery_id)


@shared_task
def sweep_pending_work() -> dict:
    """Re-enqueue every kind of certification work still owed (lost messages, killed workers)."""
    return {
        "evaluations": requirements.evaluations_pending_sweep(),
        "pdfs": pdf.pdfs_pending_sweep(),
        "webhooks": webhooks.webhooks_due_sweep(),
    }


@shared_task
def run_lifecycle() -> dict:
    return {
        "expired": lifecycle.certificates_expire_sweep(),
        "reminders": lifecycle.expiry_reminders_send(),
        "flagged": lifecycle.leavers_flag(),
    }


@shared_task
def apply_retention() -> dict:
    """Nightly: delete finished attempts and evidence past the retention settings (idempotent)."""
    return retention.retention_apply()
