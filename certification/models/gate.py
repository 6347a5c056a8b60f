"""Interview assignments (guarded by the gate) and webhooks that tell hiring systems what changed."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .programmes import Level


class InterviewAssignment(models.Model):
    """An interviewer booked for a candidate's interview. The gate refuses anyone not eligible at that time."""

    candidate_reference = models.CharField(_("candidate reference"), max_length=100)
    role = models.CharField(_("role"), max_length=200)
    department = models.ForeignKey("org.Department", verbose_name=_("department"), on_delete=models.PROTECT)
    region = models.ForeignKey("org.Region", verbose_name=_("region"), on_delete=models.PROTECT)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.FOUNDATION)
    scheduled_at = models.DateTimeField(_("time"))
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("interviewer"), on_delete=models.PROTECT, related_name="assignments"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # set when the interviewer stops being eligible before the interview (left, revoked, suspended, expired)
    flagged_at = models.DateTimeField(_("flagged at"), null=True, blank=True)
    flag_reason = models.CharField(_("flag"), max_length=300, blank=True)

    class Meta:
        ordering = ["scheduled_at", "pk"]
        verbose_name = _("interview assignment")
        verbose_name_plural = _("interview assignments")
        indexes = [models.Index(fields=["interviewer", "scheduled_at"], name="cert_assign_future_idx")]

    def __str__(self) -> str:
        return f"{self.candidate_reference} · {self.interviewer} · {self.scheduled_at:%Y-%m-%d %H:%M}"


class WebhookEndpoint(models.Model):
    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(_("URL"), max_length=500)
    secret = models.CharField(_("signing secret"), max_length=100)
    event_types = models.JSONField(_("events"), default=list, blank=True, help_text=_("Empty: every event."))
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self) -> str:
        return self.name

    def wants(self, event_type: str) -> bool:
        return not self.event_types or event_type in self.event_types


class WebhookEvent(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(_("type"), max_length=50)
    created = models.DateTimeField(_("created"))
    data = models.JSONField(_("data"), default=dict)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("webhook event")
        verbose_name_plural = _("webhook events")

    def __str__(self) -> str:
        return f"{self.type} · {self.id}"


class WebhookDelivery(models.Model):
    """What one endpoint is owed of one event; pending until the receiver answers 2xx."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Gave up")

    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"))
    claimed_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-next_attempt_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(fields=["event", "endpoint"], name="certification_delivery_once_per_endpoint")
        ]
        indexes = [
            # the sweep: deliveries due
            models.Index(fields=["next_attempt_at"], name="cert_delivery_due_idx", condition=Q(state="pending"))
        ]

    def __str__(self) -> str:
        return f"{self.event_id} → {self.endpoint}"


class WebhookAttempt(models.Model):
    """The delivery log HR inspects: one row per HTTP attempt."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="log")
    at = models.DateTimeField(_("at"), auto_now_add=True)
    status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), default=0)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.delivery_id} · {self.status}"
