"""The exam blueprint HR edits in /cms/: sections that draw from the question bank, rules, and accommodations."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from question_bank.models import QuestionType


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest attempt")
    LAST = "last", _("Last attempt")


class ReviewPolicy(models.TextChoices):
    """What a learner sees of a finished attempt, each level including the ones before it."""

    SCORE = "score", _("Score only")
    CORRECTNESS = "correctness", _("Score and which items were right")
    ANSWERS = "answers", _("Score, correctness and the right answers")
    FEEDBACK = "feedback", _("Everything, with feedback")


REVIEW_ORDER = [ReviewPolicy.SCORE, ReviewPolicy.CORRECTNESS, ReviewPolicy.ANSWERS, ReviewPolicy.FEEDBACK]


class ReviewWhen(models.TextChoices):
    IMMEDIATELY = "immediately", _("As soon as the result is final")
    AFTER_CLOSE = "after_close", _("Only after the exam closes")


class ExamKind(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation certification")
    REGIONAL = "regional", _("Regional module")
    ADVANCED = "advanced", _("Advanced")


class Exam(ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    title_zh = models.CharField(_("title in Chinese"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    description_zh = models.TextField(_("description in Chinese"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=ExamKind.choices, default=ExamKind.FOUNDATION)
    region = models.ForeignKey(
        "org.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="exams",
        help_text=_("For a regional module: the region a pass adds to a certificate."),
    )
    is_active = models.BooleanField(_("open to learners"), default=True)
    time_limit_minutes = models.PositiveIntegerField(_("time limit (minutes)"), default=45)
    grace_seconds = models.PositiveIntegerField(
        _("grace (seconds)"), default=30, help_text=_("Answers arriving this long after the deadline still count.")
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    pass_mark_percent = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("80"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(_("maximum attempts"), default=3)
    cooldown_hours = models.PositiveIntegerField(_("cool-down between attempts (hours)"), default=24)
    grading_method = models.CharField(
        _("grading method"), max_length=10, choices=GradingMethod.choices, default=GradingMethod.HIGHEST
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=True)
    shuffle_choices = models.BooleanField(_("shuffle the choices"), default=True)
    questions_per_page = models.PositiveSmallIntegerField(_("questions per page"), default=5)
    review_policy = models.CharField(
        _("learners see after submitting"), max_length=20, choices=ReviewPolicy.choices, default=ReviewPolicy.SCORE
    )
    review_when = models.CharField(
        _("and when"), max_length=20, choices=ReviewWhen.choices, default=ReviewWhen.IMMEDIATELY
    )
    blind_grading = models.BooleanField(
        _("blind grading"), default=True, help_text=_("Graders do not see whose answer they are grading.")
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="+",
        verbose_name=_("prerequisite courses"),
        help_text=_("Courses that must be complete (in either language) before a first attempt."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "title"]
        verbose_name = _("exam")
        verbose_name_plural = _("exams")
        permissions = [
            ("grade_attempt", _("Can grade exam answers and resolve appeals")),
            ("review_attempts", _("Can see every attempt, regrade and read item statistics")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True) | Q(closes_at__isnull=True) | Q(closes_at__gt=models.F("opens_at")),
                name="exams_exam_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=Q(pass_mark_percent__gte=0, pass_mark_percent__lte=100), name="exams_exam_pass_mark_range"
            ),
            models.CheckConstraint(condition=Q(time_limit_minutes__gte=1), name="exams_exam_time_limit_positive"),
            models.CheckConstraint(condition=Q(max_attempts__gte=1), name="exams_exam_at_least_one_attempt"),
            models.CheckConstraint(condition=Q(questions_per_page__gte=1), name="exams_exam_questions_per_page"),
        ]

    def __str__(self) -> str:
        return self.local_title

    @property
    def local_title(self) -> str:
        return self.title_zh if self.title_zh and (get_language() or "").startswith("zh") else self.title

    @property
    def local_description(self) -> str:
        zh = (get_language() or "").startswith("zh")
        return self.description_zh if zh and self.description_zh else self.description


class ExamSection(ClusterableModel):
    """Draws `count` random live exam items from a category tree (optionally filtered), plus fixed questions."""

    exam = ParentalKey(Exam, on_delete=models.CASCADE, related_name="sections")
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    title = models.CharField(_("title"), max_length=200, blank=True)
    category = models.ForeignKey(
        "question_bank.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Draws from this category and every category under it."),
    )
    count = models.PositiveSmallIntegerField(_("questions to draw"), default=0)
    tag = models.CharField(_("only with tag"), max_length=100, blank=True)
    difficulty = models.CharField(
        _("only of difficulty"),
        max_length=10,
        blank=True,
        choices=[("easy", _("Easy")), ("medium", _("Medium")), ("hard", _("Hard"))],
    )
    qtype = models.CharField(_("only of type"), max_length=20, blank=True, choices=QuestionType.choices)
    objective_only = models.BooleanField(
        _("only automatically scored items"), default=False, help_text=_("Leave out essay and scenario items.")
    )
    fixed_questions = ParentalManyToManyField(
        "question_bank.Question",
        blank=True,
        related_name="+",
        verbose_name=_("fixed questions"),
        help_text=_("Always included, in addition to the drawn ones."),
    )
    marks_per_question = models.DecimalField(
        _("marks per question"), max_digits=6, decimal_places=2, default=Decimal("1"), validators=[MinValueValidator(0)]
    )

    sort_order_field = "sort_order"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            models.CheckConstraint(condition=Q(marks_per_question__gte=0), name="exams_section_marks_not_negative"),
            models.CheckConstraint(
                condition=Q(count=0) | Q(category__isnull=False), name="exams_section_draw_needs_category"
            ),
        ]

    def __str__(self) -> str:
        return self.title or (self.category.path if self.category_id else str(_("Fixed questions")))


class Accommodation(models.Model):
    """Extra time or attempts granted to one person for one exam, with who granted it and when."""

    exam = models.ForeignKey(Exam, verbose_name=_("exam"), on_delete=models.CASCADE, related_name="accommodations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    extra_minutes = models.PositiveIntegerField(_("extra minutes"), default=0)
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        ordering = ["exam", "user"]
        verbose_name = _("accommodation")
        verbose_name_plural = _("accommodations")
        constraints = [
            models.UniqueConstraint(fields=["exam", "user"], name="exams_accommodation_one_per_person_exam"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.exam}"
