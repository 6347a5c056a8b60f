"""Recording security-relevant events. Other apps call `audit_record`; receivers here cover Django's own events."""

from __future__ import annotations

from ..models import AuditEvent


def client_address(request) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(*, kind: str, summary: str, actor=None, subject=None, request=None, data: dict | None = None):
    """Append one event. `actor` is who did it (None for the system or an outside key), `subject` whom it concerns."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditEvent.objects.create(
        kind=kind,
        summary=summary[:300],
        actor=actor if actor is None or actor.pk else None,
        subject=subject,
        data=data or {},
        ip_address=client_address(request),
    )
