"""What the reports app owns: HR's coverage targets, and the rows that make digests and reminders go out once."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class TargetLevel(models.TextChoices):
    """Interview levels a target may ask for (assessor is a qualification, not an interview level)."""

    FOUNDATION = "foundation", _("Foundation")
    SENIOR = "senior", _("Senior")


class CoverageTarget(models.Model):
    """How many certified interviewers a department needs in a region at a level. Set by HR."""

    department = models.ForeignKey(
        "org.Department", verbose_name=_("department"), on_delete=models.CASCADE, related_name="+"
    )
    region = models.ForeignKey("org.Region", verbose_name=_("region"), on_delete=models.CASCADE, related_name="+")
    level = models.CharField(_("level"), max_length=20, choices=TargetLevel.choices, default=TargetLevel.FOUNDATION)
    needed = models.PositiveIntegerField(_("certified interviewers needed"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("set at"), auto_now=True)

    class Meta:
        ordering = ["department__code", "region__code", "level"]
        verbose_name = _("coverage target")
        verbose_name_plural = _("coverage targets")
        constraints = [
            models.UniqueConstraint(fields=["department", "region", "level"], name="reports_target_unique"),
            models.CheckConstraint(condition=Q(level__in=["foundation", "senior"]), name="reports_target_level_valid"),
            # zero is "no target": the service deletes the row instead of keeping a target nobody needs
            models.CheckConstraint(condition=Q(needed__gte=1), name="reports_target_needed_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.department.code} · {self.region.code} · {self.level} · {self.needed}"


class DigestDelivery(models.Model):
    """One weekly digest to one person. The unique row, written with the notification, makes it go out once."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.DateField(_("week starting"))
    notification = models.ForeignKey(
        "org.Notification", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-week", "recipient_id"]
        verbose_name = _("weekly digest")
        verbose_name_plural = _("weekly digests")
        constraints = [
            models.UniqueConstraint(fields=["recipient", "week"], name="reports_digest_once_per_week"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_id} · {self.week}"


class ExpiryNudge(models.Model):
    """A reminder someone sent from the expiry list. One a day per certificate, however often the button is hit."""

    certificate = models.ForeignKey("certification.Certificate", on_delete=models.CASCADE, related_name="+")
    sent_on = models.DateField(_("sent on"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("expiry reminder sent by hand")
        verbose_name_plural = _("expiry reminders sent by hand")
        constraints = [
            models.UniqueConstraint(fields=["certificate", "sent_on"], name="reports_nudge_once_a_day"),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id} · {self.sent_on}"
