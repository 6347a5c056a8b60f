"""Evidence towards a programme: shadowing logs, scored practicals, department heads' sign-offs, and the
durable record that a person's requirements must be evaluated again."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .programmes import Dimension, EvaluationForm, Programme


class ShadowLog(models.Model):
    """A real interview the learner sat in on (shadow) or led while a certified interviewer observed (reverse)."""

    class Kind(models.TextChoices):
        SHADOW = "shadow", _("Shadowed interview")
        REVERSE = "reverse", _("Reverse-shadow interview")

    class State(models.TextChoices):
        PENDING = "pending", _("Awaiting confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Not confirmed")

    class Verdict(models.TextChoices):
        POSITIVE = "positive", _("Ready")
        NEGATIVE = "negative", _("Not yet ready")

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shadow_logs")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    date = models.DateField(_("date"))
    role = models.CharField(_("role interviewed for"), max_length=200)
    region = models.ForeignKey("org.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+")
    notes = models.TextField(_("notes"), blank=True)
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor or observer"),
        on_delete=models.PROTECT,
        related_name="shadow_logs_to_confirm",
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict.choices, blank=True)
    feedback = models.TextField(_("feedback"), blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    created_at = models.DateTimeField(_("logged at"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("shadowing log")
        verbose_name_plural = _("shadowing logs")
        constraints = [
            models.CheckConstraint(condition=~Q(person=models.F("mentor")), name="certification_shadow_not_self"),
            models.CheckConstraint(
                condition=Q(state="pending") | Q(confirmed_at__isnull=False), name="certification_shadow_decided_at"
            ),
        ]
        indexes = [models.Index(fields=["mentor", "state"], name="cert_shadow_queue_idx")]

    def __str__(self) -> str:
        return f"{self.person} · {self.get_kind_display()} · {self.date}"


class Practical(models.Model):
    """A role-play practical scored by an assessor on one exact version of the evaluation form."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practicals")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="practicals")
    form = models.ForeignKey(EvaluationForm, on_delete=models.PROTECT, related_name="practicals")
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="practicals_scored")
    average = models.DecimalField(_("average"), max_digits=3, decimal_places=2)
    passed = models.BooleanField(_("passed"))
    comments = models.TextField(_("comments"), blank=True)
    scored_at = models.DateTimeField(_("scored at"), auto_now_add=True)

    class Meta:
        ordering = ["-scored_at", "-pk"]
        verbose_name = _("practical")
        verbose_name_plural = _("practicals")
        constraints = [
            models.CheckConstraint(condition=~Q(person=models.F("assessor")), name="certification_practical_not_self")
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.programme} · {self.average}"


class PracticalScore(models.Model):
    practical = models.ForeignKey(Practical, on_delete=models.CASCADE, related_name="scores")
    dimension = models.ForeignKey(Dimension, on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(_("score"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["practical", "dimension"], name="certification_score_once_per_dimension"),
            models.CheckConstraint(condition=Q(score__gte=1) & Q(score__lte=5), name="certification_score_range"),
        ]

    def __str__(self) -> str:
        return f"{self.dimension} · {self.score}"


class SignOff(models.Model):
    """The department head's authorisation (签字授权): signed with a statement, or declined with a reason."""

    class State(models.TextChoices):
        PENDING = "pending", _("Awaiting sign-off")
        SIGNED = "signed", _("Signed")
        DECLINED = "declined", _("Declined")

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signoffs")
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="signoffs")
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    statement = models.TextField(_("statement"), blank=True)
    reason = models.TextField(_("reason"), blank=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["requested_at", "pk"]
        verbose_name = _("sign-off")
        verbose_name_plural = _("sign-offs")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "programme"], condition=Q(state="pending"), name="certification_signoff_one_pending"
            ),
            models.CheckConstraint(
                condition=Q(state="pending") | (Q(decided_at__isnull=False) & Q(decided_by__isnull=False)),
                name="certification_signoff_decided",
            ),
            models.CheckConstraint(
                condition=~Q(state="declined") | ~Q(reason=""), name="certification_signoff_decline_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} · {self.programme} · {self.state}"


class EvaluationRequest(models.Model):
    """A person whose courses, exams or evidence changed and whose requirements are not yet evaluated again.

    Written in the same transaction as the change; the task deletes it only if no newer request arrived meanwhile.
    """

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    requested_at = models.DateTimeField(_("requested at"))

    class Meta:
        verbose_name = _("pending evaluation")
        verbose_name_plural = _("pending evaluations")

    def __str__(self) -> str:
        return f"{self.person} · {self.requested_at}"
