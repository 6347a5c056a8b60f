"""Issuing certificates (exactly once), recording ones people already hold, endorsements and status changes.

Every change writes a StatusChange (the history the gate reads for a past time), an audit event, a webhook event
and, for the holder, a notification, all in one transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from org.models import User
from org.services.audit import audit_record
from org.services.notifications import notification_send

from ..models import HOLDING_STATES, Certificate, Endorsement, Programme, StatusChange
from .codes import code_generate
from .webhooks import certificate_payload, webhook_emit

S = Certificate.Status


def validity_end(programme: Programme, start: datetime) -> datetime:
    # months as 30.44 days: a validity is a policy span, not a calendar promise
    return start + timedelta(days=round(programme.validity_months * 30.44))


def _record(certificate, *, kind, actor=None, reason="", at=None, event=None):
    at = at or timezone.now()
    StatusChange.objects.create(
        certificate=certificate, kind=kind, status=certificate.status, at=at, actor=actor, reason=reason
    )
    audit_record(
        kind="certificate_changed",
        summary=f"certificate {certificate.code} {kind}" + (f": {reason}" if reason else ""),
        actor=actor,
        subject=certificate.holder,
        data={"code": certificate.code, "change": kind, "status": certificate.status, "reason": reason},
    )
    if event:
        webhook_emit(type=f"certificate.{event}", data=certificate_payload(certificate, reason=reason))


def _notify(certificate, kind: str, reason: str = "") -> None:
    from django.urls import reverse

    notification_send(
        recipient=certificate.holder,
        kind=kind,
        context={"certificate": certificate, "reason": reason},
        url=reverse("certification:mine"),
    )


@transaction.atomic
def certificate_issue(
    *,
    person: User,
    programme: Programme,
    actor=None,
    recorded: bool = False,
    evidence_note: str = "",
    regions=(),
    valid_from: datetime | None = None,
    valid_until: datetime | None = None,
) -> tuple[Certificate, bool]:
    """Issue (or, with `recorded`, record) a certificate. Returns (certificate, created).

    Exactly once: the person's row is locked, the live certificate is looked for, and the database's partial unique
    constraint refuses a second live one should two triggers race past the lock (SQLite has no row locks).
    A live certificate whose renewal window is open is superseded by the new one.
    """
    User.objects.select_for_update().filter(pk=person.pk).first()
    live = Certificate.objects.select_for_update().filter(holder=person, programme=programme, status__in=HOLDING_STATES)
    current = live.first()
    now = timezone.now()
    if current is not None and not _renewable(current, now):
        return current, False
    start = valid_from or now
    try:
        with transaction.atomic():
            if current is not None:
                current.status = S.SUPERSEDED
                current.save(update_fields=["status"])
                _record(current, kind=StatusChange.Kind.SUPERSEDED, actor=actor, reason=_("Renewed."))
            certificate = Certificate.objects.create(
                code=_unused_code(),
                holder=person,
                programme=programme,
                level=programme.level,
                valid_from=start,
                valid_until=valid_until or validity_end(programme, start),
                recorded_by=actor if recorded else None,
                evidence_note=evidence_note,
                supersedes=current,
            )
    except IntegrityError:
        # another trigger issued it a moment ago
        return Certificate.objects.get(holder=person, programme=programme, status__in=HOLDING_STATES), False
    departments = list(programme.departments.all()) or ([person.department] if person.department_id else [])
    certificate.departments.set(departments)
    carried = [e.region for e in current.endorsements.all()] if current is not None else []
    for region in {r.pk: r for r in [*carried, *regions]}.values():
        Endorsement.objects.create(certificate=certificate, region=region, added_at=start, note=evidence_note[:300])
    kind = StatusChange.Kind.RECORDED if recorded else StatusChange.Kind.ISSUED
    _record(certificate, kind=kind, actor=actor, reason=evidence_note, at=min(start, now), event="issued")
    _notify(certificate, "certificate_issued")
    from .pdf import pdf_request

    pdf_request(certificate=certificate)
    return certificate, True


def _renewable(certificate: Certificate, now: datetime) -> bool:
    window = timedelta(days=certificate.programme.renewal_window_days)
    return certificate.status == S.ACTIVE and now >= certificate.valid_until - window


def _unused_code() -> str:
    while True:
        code = code_generate()
        if not Certificate.objects.filter(code=code).exists():
            return code


@transaction.atomic
def endorsement_add(*, certificate: Certificate, region, actor=None, note: str = "") -> Endorsement | None:
    """Add a region to a live certificate's scope. None if it was already there."""
    if certificate.endorsements.filter(region=region).exists():
        return None
    endorsement = Endorsement.objects.create(
        certificate=certificate, region=region, added_at=timezone.now(), note=note[:300]
    )
    reason = _("Endorsed for %(region)s.") % {"region": region.code}
    _record(certificate, kind=StatusChange.Kind.SCOPE_CHANGED, actor=actor, reason=reason, event="scope_changed")
    return endorsement


def _change(certificate: Certificate, *, to: str, allowed: list[str], kind: str, actor, reason: str, event: str):
    if kind != StatusChange.Kind.EXPIRED and not reason.strip():
        raise ValidationError(_("Give a reason: it is kept in the certificate's history."))
    changed = Certificate.objects.filter(pk=certificate.pk, status__in=allowed).update(status=to)
    certificate.refresh_from_db()
    if changed != 1:
        raise ValidationError(
            _("The certificate is %(status)s; it cannot be changed that way.")
            % {"status": certificate.get_status_display()}
        )
    at = min(certificate.valid_until, timezone.now()) if kind == StatusChange.Kind.EXPIRED else None
    _record(certificate, kind=kind, actor=actor, reason=reason, at=at, event=event)
    from .assignments import assignments_flag

    if to != S.ACTIVE:
        assignments_flag(person=certificate.holder)
    return certificate


@transaction.atomic
def certificate_suspend(*, certificate: Certificate, actor=None, reason: str) -> Certificate:
    certificate = _change(
        certificate, to=S.SUSPENDED, allowed=[S.ACTIVE], kind="suspended", actor=actor, reason=reason, event="suspended"
    )
    _notify(certificate, "certificate_suspended", reason)
    return certificate


@transaction.atomic
def certificate_reinstate(*, certificate: Certificate, actor=None, reason: str) -> Certificate:
    certificate = _change(
        certificate,
        to=S.ACTIVE,
        allowed=[S.SUSPENDED],
        kind="reinstated",
        actor=actor,
        reason=reason,
        event="reinstated",
    )
    _notify(certificate, "certificate_reinstated", reason)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor=None, reason: str, notify: bool = True) -> Certificate:
    """`notify=False` when there is no one left to tell (the holder's personal data is being erased)."""
    certificate = _change(
        certificate,
        to=S.REVOKED,
        allowed=[S.ACTIVE, S.SUSPENDED],
        kind="revoked",
        actor=actor,
        reason=reason,
        event="revoked",
    )
    if notify:
        _notify(certificate, "certificate_revoked", reason)
    return certificate


@transaction.atomic
def certificate_expire(*, certificate: Certificate) -> bool:
    """Mark an active certificate past its end as expired (the gate already treats it so). True if it changed."""
    if certificate.status != S.ACTIVE or certificate.valid_until > timezone.now():
        return False
    try:
        _change(certificate, to=S.EXPIRED, allowed=[S.ACTIVE], kind="expired", actor=None, reason="", event="expired")
    except ValidationError:
        return False  # someone else changed it first
    return True
