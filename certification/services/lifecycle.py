"""Scheduled lifecycle work: marking expiry, reminders 60/30/7 days ahead (each once), flagging leavers."""

from __future__ import annotations

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from org.models import User
from org.services.notifications import notification_send

from ..models import Certificate, ExpiryReminder
from .assignments import assignments_flag
from .certificates import certificate_expire

REMINDER_DAYS = (60, 30, 7)


def certificates_expire_sweep() -> int:
    """Mark active certificates past their end as expired. Returns how many changed."""
    due = Certificate.objects.filter(status=Certificate.Status.ACTIVE, valid_until__lte=timezone.now())
    return sum(certificate_expire(certificate=c) for c in due.select_related("holder", "programme"))


def expiry_reminders_send() -> int:
    """Send each reminder that has come due, once: the unique reminder row is written with the notifications."""
    now = timezone.now()
    sent = 0
    hr = list(User.objects.filter(is_active=True, groups__name="HR admin").distinct())
    for days in REMINDER_DAYS:
        due = (
            Certificate.objects.filter(
                status=Certificate.Status.ACTIVE, valid_until__gt=now, valid_until__lte=now + timedelta(days=days)
            )
            .exclude(reminders__days_before=days)
            .select_related("holder", "programme")
        )
        for certificate in due:
            # a shorter reminder already sent makes a longer one pointless (a late-issued certificate)
            if certificate.reminders.filter(days_before__lt=days).exists():
                continue
            try:
                with transaction.atomic():
                    ExpiryReminder.objects.create(certificate=certificate, days_before=days)
                    context = {"certificate": certificate, "days": days}
                    for recipient in [certificate.holder, *hr]:
                        notification_send(
                            recipient=recipient,
                            kind="certificate_expiring",
                            context=context,
                            url=reverse("certification:mine"),
                        )
            except IntegrityError:
                continue  # sent by a concurrent run
            sent += 1
    return sent


def leavers_flag() -> int:
    """Flag future assignments of people deactivated since (bulk deactivation sends no signal)."""
    people = User.objects.filter(
        is_active=False, assignments__scheduled_at__gt=timezone.now(), assignments__flagged_at__isnull=True
    ).distinct()
    return sum(assignments_flag(person=p) for p in people)
