"""Interview kits, the interviewers booked on them, and the scorecards they complete.

A kit freezes the wording of its questions (a later edit in the bank must not change a kit an interviewer has
already prepared) and keeps what the checker found for each one. Interviewers are booked through certification's
`InterviewAssignment`, which the gate guards; a scorecard is stored against that assignment.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .bank import BankLanguage, Competency
from .rule_packs import Severity


class InterviewKit(models.Model):
    class Level(models.TextChoices):
        FOUNDATION = "foundation", _("Foundation")
        SENIOR = "senior", _("Senior")

    role = models.CharField(_("role"), max_length=200)
    department = models.ForeignKey("org.Department", verbose_name=_("department"), on_delete=models.PROTECT)
    region = models.ForeignKey("org.Region", verbose_name=_("candidate's region"), on_delete=models.PROTECT)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.FOUNDATION)
    language = models.CharField(
        _("language of the questions"), max_length=10, choices=BankLanguage.choices, default=BankLanguage.ENGLISH
    )
    candidate_reference = models.CharField(_("candidate reference"), max_length=100, blank=True)
    scheduled_at = models.DateTimeField(_("interview time"), null=True, blank=True)
    rule_pack = models.ForeignKey(
        "interviewing.RulePackVersion",
        verbose_name=_("rule pack used"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("prepared by"), on_delete=models.PROTECT, related_name="kits"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("interview kit")
        verbose_name_plural = _("interview kits")
        constraints = [
            models.CheckConstraint(condition=Q(level__in=["foundation", "senior"]), name="iv_kit_level_valid"),
        ]
        indexes = [models.Index(fields=["created_by", "-created_at"], name="iv_kit_owner_idx")]

    def __str__(self) -> str:
        return f"{self.role} · {self.region.code} · {self.get_level_display()}"


class KitQuestion(models.Model):
    kit = models.ForeignKey(InterviewKit, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    competency = models.CharField(_("competency"), max_length=30, choices=Competency.choices)
    source = models.ForeignKey(
        "interviewing.InterviewQuestion",
        verbose_name=_("from the bank"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("question"))
    probes = models.TextField(_("follow-up probes"), blank=True)
    strong_answer = models.TextField(_("a strong answer"), blank=True)
    average_answer = models.TextField(_("an average answer"), blank=True)
    weak_answer = models.TextField(_("a weak answer"), blank=True)
    # what the checker found with the kit's region and language: [{"topic", "severity", "rule", "explanation",
    # "suggestion"}], most severe first
    findings = models.JSONField(_("checker findings"), default=list, blank=True)
    worst_severity = models.CharField(_("checker"), max_length=10, choices=Severity.choices, blank=True)
    replaced_text = models.TextField(_("replaced question"), blank=True)

    class Meta:
        ordering = ["kit", "order", "pk"]
        verbose_name = _("kit question")
        verbose_name_plural = _("kit questions")
        constraints = [models.UniqueConstraint(fields=["kit", "order"], name="iv_kit_question_order_unique")]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def probe_list(self) -> list[str]:
        return [line.strip() for line in self.probes.splitlines() if line.strip()]

    @property
    def is_flagged(self) -> bool:
        return bool(self.worst_severity)


class KitInterviewer(models.Model):
    """An interviewer on the kit's panel: the booking itself is certification's assignment, guarded by the gate."""

    kit = models.ForeignKey(InterviewKit, on_delete=models.CASCADE, related_name="panel")
    assignment = models.OneToOneField(
        "certification.InterviewAssignment", on_delete=models.CASCADE, related_name="kit_link"
    )

    class Meta:
        verbose_name = _("kit interviewer")
        verbose_name_plural = _("kit interviewers")

    def __str__(self) -> str:
        return f"{self.kit_id} · {self.assignment_id}"


class Scorecard(models.Model):
    """One interviewer's completed evaluation form for one candidate's interview."""

    assignment = models.OneToOneField(
        "certification.InterviewAssignment",
        verbose_name=_("interview"),
        on_delete=models.CASCADE,
        related_name="scorecard",
    )
    form = models.ForeignKey(
        "certification.EvaluationForm", verbose_name=_("evaluation form"), on_delete=models.PROTECT, related_name="+"
    )
    # copied from the assignment so calibration can group by candidate without joining through certification
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("interviewer"), on_delete=models.PROTECT, related_name="scorecards"
    )
    candidate_reference = models.CharField(_("candidate reference"), max_length=100)
    summary = models.TextField(_("summary and recommendation"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"))

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        indexes = [models.Index(fields=["candidate_reference", "form"], name="iv_scorecard_candidate_idx")]

    def __str__(self) -> str:
        return f"{self.candidate_reference} · {self.interviewer}"


class ScorecardRating(models.Model):
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="ratings")
    dimension = models.ForeignKey(
        "certification.Dimension", verbose_name=_("dimension"), on_delete=models.PROTECT, related_name="+"
    )
    rating = models.PositiveSmallIntegerField(_("rating"))
    evidence = models.TextField(_("evidence"), help_text=_("What the candidate said or did that supports the rating."))

    class Meta:
        ordering = ["scorecard", "dimension__order"]
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        constraints = [
            models.UniqueConstraint(fields=["scorecard", "dimension"], name="iv_rating_one_per_dimension"),
            models.CheckConstraint(condition=Q(rating__gte=1) & Q(rating__lte=5), name="iv_rating_range"),
        ]

    def __str__(self) -> str:
        return f"{self.dimension_id}: {self.rating}"
