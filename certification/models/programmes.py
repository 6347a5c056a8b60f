"""Certification programmes, what they require, their regional modules, and the standard evaluation forms."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel


def _local(obj, field: str) -> str:
    zh = getattr(obj, f"{field}_zh", "")
    return zh if zh and (get_language() or "").startswith("zh") else getattr(obj, field)


class Level(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation")
    SENIOR = "senior", _("Senior")
    ASSESSOR = "assessor", _("Assessor")


# Interview levels in order; a higher level satisfies a lower one. Assessor is a separate qualification.
LEVEL_RANK = {Level.FOUNDATION: 1, Level.SENIOR: 2}


class PerformanceRating(models.IntegerChoices):
    BELOW = 1, _("Below expectations")
    MEETS = 2, _("Meets expectations")
    EXCEEDS = 3, _("Exceeds expectations")
    OUTSTANDING = 4, _("Outstanding")


class EvaluationForm(ClusterableModel):
    """The standard interview scorecard (标准化面试评价表). A change is a new version; old versions stay as scored."""

    code = models.SlugField(_("code"), max_length=60)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name in Chinese"), max_length=200, blank=True)
    is_current = models.BooleanField(_("current version"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["code", "-version"]
        verbose_name = _("evaluation form")
        verbose_name_plural = _("evaluation forms")
        constraints = [
            models.UniqueConstraint(fields=["code", "version"], name="certification_form_code_version_unique"),
            models.UniqueConstraint(
                fields=["code"], condition=Q(is_current=True), name="certification_form_one_current_version"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.local_name} (v{self.version})"

    @property
    def local_name(self) -> str:
        return _local(self, "name")


class Dimension(models.Model):
    """One scored dimension with anchors: what a 1, 3 or 5 looks like, so two assessors score alike."""

    # a parental key so HR edits the dimensions inline with their form in /cms/
    form = ParentalKey(EvaluationForm, on_delete=models.CASCADE, related_name="dimensions")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name in Chinese"), max_length=200, blank=True)
    # [{"score": 1..5, "en": "...", "zh": "..."}], one per score
    anchors = models.JSONField(_("anchors"), default=list)

    class Meta:
        ordering = ["form", "order", "pk"]
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")
        constraints = [models.UniqueConstraint(fields=["form", "order"], name="certification_dimension_order_unique")]

    def __str__(self) -> str:
        return self.local_name

    @property
    def local_name(self) -> str:
        return _local(self, "name")

    def local_anchors(self) -> list[tuple[int, str]]:
        zh = (get_language() or "").startswith("zh")
        return [(a["score"], (a.get("zh") if zh and a.get("zh") else a.get("en", ""))) for a in self.anchors]


class Programme(ClusterableModel):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_zh = models.CharField(_("name in Chinese"), max_length=200, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    validity_months = models.PositiveSmallIntegerField(_("valid for (months)"), default=24)
    is_active = models.BooleanField(_("open"), default=True)
    requires = models.ForeignKey(
        "self",
        verbose_name=_("requires an active certificate of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    shadow_count = models.PositiveSmallIntegerField(_("shadowed interviews"), default=0)
    reverse_shadow_count = models.PositiveSmallIntegerField(_("reverse-shadow interviews"), default=0)
    practical_form = models.ForeignKey(
        EvaluationForm,
        verbose_name=_("practical scored on"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Leave empty when no role-play practical is required."),
    )
    practical_pass_average = models.DecimalField(
        _("practical pass mark (average 1–5)"), max_digits=3, decimal_places=2, default=Decimal("3.00")
    )
    minimum_performance = models.PositiveSmallIntegerField(
        _("minimum performance rating"),
        choices=PerformanceRating.choices,
        null=True,
        blank=True,
        help_text=_("Leave empty when no performance threshold applies."),
    )
    signoff_required = models.BooleanField(_("department head sign-off"), default=False)
    departments = models.ManyToManyField(
        "org.Department",
        verbose_name=_("departments covered"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to cover the holder's own department."),
    )
    # the renewal path: done after the current certificate was issued, within the renewal window
    renewal_window_days = models.PositiveSmallIntegerField(_("renewal opens (days before expiry)"), default=90)

    class Meta:
        ordering = ["level", "code"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(level__in=["foundation", "senior", "assessor"]), name="certification_programme_level_valid"
            ),
            models.CheckConstraint(
                condition=Q(practical_pass_average__gte=1) & Q(practical_pass_average__lte=5),
                name="certification_programme_pass_average_range",
            ),
        ]

    def __str__(self) -> str:
        return self.local_name

    @property
    def local_name(self) -> str:
        return _local(self, "name")


class ProgrammeCourse(models.Model):
    """A course to complete, keyed on its translation_key so either language counts."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="courses")
    course_key = models.UUIDField(_("course"))
    for_renewal = models.BooleanField(_("renewal path"), default=False)

    class Meta:
        verbose_name = _("required course")
        verbose_name_plural = _("required courses")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "course_key", "for_renewal"], name="certification_programme_course_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.programme} · {self.course_key}"


class ProgrammeExam(models.Model):
    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="exams")
    exam = models.ForeignKey("exams.Exam", verbose_name=_("exam"), on_delete=models.PROTECT, related_name="+")
    for_renewal = models.BooleanField(_("renewal path"), default=False)

    class Meta:
        verbose_name = _("required exam")
        verbose_name_plural = _("required exams")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "exam", "for_renewal"], name="certification_programme_exam_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.programme} · {self.exam}"


class RegionalModule(models.Model):
    """Passing it (its course and exam) endorses a certificate of the programme for the region."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="regional_modules")
    region = models.ForeignKey("org.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+")
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    exam = models.ForeignKey(
        "exams.Exam", verbose_name=_("exam"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["programme", "region"]
        verbose_name = _("regional module")
        verbose_name_plural = _("regional modules")
        constraints = [
            models.UniqueConstraint(fields=["programme", "region"], name="certification_module_region_unique"),
            # a module with nothing to pass would endorse everyone for the region
            models.CheckConstraint(
                condition=Q(course_key__isnull=False) | Q(exam__isnull=False), name="certification_module_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme} · {self.region.code}"


class PerformanceRecord(models.Model):
    """HR's record of a person's latest performance rating; the latest one counts."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="performance_records")
    rating = models.PositiveSmallIntegerField(_("rating"), choices=PerformanceRating.choices)
    period = models.CharField(_("period"), max_length=50, help_text=_("e.g. 2026 H1"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("performance record")
        verbose_name_plural = _("performance records")

    def __str__(self) -> str:
        return f"{self.person} · {self.period} · {self.get_rating_display()}"
