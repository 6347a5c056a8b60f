"""After the score: appeals by learners and the log of HR's regrades."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .attempts import AttemptItem
from .exams import Exam


class Appeal(models.Model):
    class State(models.TextChoices):
        OPEN = "open", _("Open")
        UPHELD = "upheld", _("Upheld")
        REJECTED = "rejected", _("Rejected")

    item = models.ForeignKey(AttemptItem, on_delete=models.CASCADE, related_name="appeals")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("reason"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolution = models.TextField(_("resolution"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("appeal")
        constraints = [
            models.UniqueConstraint(fields=["item"], condition=Q(state="open"), name="exams_appeal_one_open_per_item"),
        ]

    def __str__(self) -> str:
        return f"{self.item} · {self.get_state_display()}"


class RegradeLog(models.Model):
    class Action(models.TextChoices):
        NEW_VERSION = "new_version", _("Scored against a corrected version")
        FULL_MARKS = "full_marks", _("Full marks for everyone")
        APPEAL = "appeal", _("Appeal upheld")

    exam = models.ForeignKey(Exam, on_delete=models.CASCADE, related_name="regrades")
    question = models.ForeignKey("question_bank.Question", on_delete=models.PROTECT, related_name="+")
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    reason = models.TextField(_("reason"), blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("at"), auto_now_add=True)
    attempts_changed = models.PositiveIntegerField(_("attempts changed"), default=0)
    changes = models.JSONField(_("changes"), default=list, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("regrade")

    def __str__(self) -> str:
        return f"{self.exam} · {self.get_action_display()}"
