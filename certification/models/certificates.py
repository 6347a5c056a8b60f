"""Certificates, their regional endorsements, their status history and expiry reminders."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .programmes import Level, Programme

HOLDING_STATES = ["active", "suspended"]


class Certificate(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        EXPIRED = "expired", _("Expired")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    class PdfState(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        RENDERING = "rendering", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    code = models.CharField(_("code"), max_length=9, unique=True)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.PROTECT, related_name="certificates"
    )
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="certificates"
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    departments = models.ManyToManyField("org.Department", verbose_name=_("departments"), related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    valid_from = models.DateTimeField(_("valid from"))
    valid_until = models.DateTimeField(_("valid until"))
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set when HR recorded a certification the person already held."),
    )
    evidence_note = models.TextField(_("evidence"), blank=True)
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)
    pdf_state = models.CharField(_("PDF"), max_length=10, choices=PdfState.choices, default=PdfState.PENDING)
    pdf_claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-valid_from", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            # exactly once: a person holds at most one live certificate of a programme, however many triggers race
            models.UniqueConstraint(
                fields=["holder", "programme"],
                condition=Q(status__in=HOLDING_STATES),
                name="certification_one_live_certificate",
            ),
            models.CheckConstraint(
                condition=Q(valid_until__gt=models.F("valid_from")), name="certification_validity_order"
            ),
        ]
        indexes = [
            # the gate and the interviewer list: live certificates by level
            models.Index(fields=["status", "level", "valid_until"], name="cert_live_idx"),
            # the expiry task and reminders
            models.Index(fields=["valid_until"], name="cert_expiry_idx", condition=Q(status="active")),
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.programme} · {self.holder}"


class Endorsement(models.Model):
    """A region in a certificate's scope; it shares the certificate's validity."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="endorsements")
    region = models.ForeignKey("org.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(_("added at"))
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["region__code"]
        verbose_name = _("regional endorsement")
        verbose_name_plural = _("regional endorsements")
        constraints = [
            models.UniqueConstraint(fields=["certificate", "region"], name="certification_endorsement_unique")
        ]

    def __str__(self) -> str:
        return f"{self.certificate.code} · {self.region.code}"


class StatusChange(models.Model):
    """Every change of a certificate: who, when, why. The status at a past time is the last change before it."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Issued")
        RECORDED = "recorded", _("Recorded by HR")
        EXPIRED = "expired", _("Expired")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")
        SCOPE_CHANGED = "scope_changed", _("Scope changed")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="history")
    kind = models.CharField(_("change"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status after"), max_length=12, choices=Certificate.Status.choices)
    at = models.DateTimeField(_("at"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        indexes = [models.Index(fields=["certificate", "at"], name="cert_history_at_idx")]

    def __str__(self) -> str:
        return f"{self.certificate.code} · {self.kind} · {self.at:%Y-%m-%d %H:%M}"


class ExpiryReminder(models.Model):
    """One reminder (60, 30 or 7 days before expiry); the unique row is what makes each one go out once."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField(_("days before expiry"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate", "days_before"], name="certification_reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.certificate.code} · {self.days_before}"
