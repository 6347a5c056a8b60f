"""What a learner sat: the attempt, the items it froze (version and choice order), and the saved responses.

As in Moodle's question engine, the bank holds definitions and the attempt holds what was shown and answered:
an `AttemptItem` points at the exact `QuestionVersion` and stores the order its choices were shown in.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .exams import Exam, ExamSection

OPEN_STATES = ("inprogress", "overdue")


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "inprogress", _("In progress")
        OVERDUE = "overdue", _("Overdue")
        FINISHED = "finished", _("Finished")
        ABANDONED = "abandoned", _("Abandoned")

    exam = models.ForeignKey(Exam, verbose_name=_("exam"), on_delete=models.PROTECT, related_name="attempts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.PROTECT, related_name="exam_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    state = models.CharField(_("state"), max_length=12, choices=State.choices, default=State.IN_PROGRESS)
    language = models.CharField(_("language"), max_length=10)
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # score, max_score and passed are set when every item is graded (finalised_at)
    score = models.DecimalField(_("score"), max_digits=9, decimal_places=3, null=True, blank=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=9, decimal_places=3, default=Decimal(0))
    percent = models.DecimalField(_("percent"), max_digits=6, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    finalised_at = models.DateTimeField(_("result final at"), null=True, blank=True)
    notices = models.JSONField(_("notices"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(fields=["exam", "user", "number"], name="exams_attempt_unique_number"),
            # the race-proof rule: two concurrent starts cannot both insert an open attempt
            models.UniqueConstraint(
                fields=["exam", "user"], condition=Q(state__in=OPEN_STATES), name="exams_attempt_one_in_progress"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="exams_attempt_number_positive"),
            models.CheckConstraint(condition=Q(deadline__gt=models.F("started_at")), name="exams_attempt_deadline"),
            models.CheckConstraint(
                condition=Q(state__in=OPEN_STATES) | Q(finished_at__isnull=False),
                name="exams_attempt_closed_has_finish_time",
            ),
        ]
        indexes = [
            # the overdue sweep: open attempts past their deadline
            models.Index(
                fields=["state", "deadline"], name="exams_attempt_open_deadline", condition=Q(state__in=OPEN_STATES)
            ),
            models.Index(fields=["user", "exam"], name="exams_attempt_user_exam"),
        ]

    def __str__(self) -> str:
        return f"{self.exam} · {self.user} · #{self.number}"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


class AttemptItem(models.Model):
    """One slot of an attempt: the frozen version, the order its parts were shown in, its marks and page."""

    # no index of its own: the unique (attempt, slot) constraint's index serves every lookup by attempt, and one index
    # fewer makes the start's insert of 30 items cheaper on a large table
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items", db_index=False)
    slot = models.PositiveSmallIntegerField(_("slot"))
    page = models.PositiveSmallIntegerField(_("page"), default=1)
    section = models.ForeignKey(ExamSection, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    question = models.ForeignKey("question_bank.Question", on_delete=models.PROTECT, related_name="+")
    version = models.ForeignKey("question_bank.QuestionVersion", on_delete=models.PROTECT, related_name="+")
    # {"options": [id, ...], "stems": [id, ...]}: the shown order; the page names options by position only
    choice_order = models.JSONField(default=dict, blank=True)
    mark = models.DecimalField(_("marks"), max_digits=6, decimal_places=2, default=Decimal(1))
    language_fallback = models.BooleanField(_("shown in the other language"), default=False)

    class Meta:
        ordering = ["attempt", "slot"]
        verbose_name = _("attempt item")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "slot"], name="exams_attemptitem_unique_slot"),
            models.CheckConstraint(condition=Q(mark__gte=0), name="exams_attemptitem_mark_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id} · {self.slot}"


class Response(models.Model):
    """The learner's saved answer to one item and, once graded, its score and the grader's notes."""

    item = models.OneToOneField(AttemptItem, on_delete=models.CASCADE, related_name="response")
    answer = models.JSONField(_("answer"), default=dict, blank=True)
    saved_at = models.DateTimeField(_("saved at"), null=True, blank=True)  # the server's clock, never the browser's
    fraction = models.DecimalField(_("score (0–1)"), max_digits=8, decimal_places=7, null=True, blank=True)
    needs_grading = models.BooleanField(_("needs grading"), default=False)
    full_marks_given = models.BooleanField(_("full marks given by HR"), default=False)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)
    rubric_scores = models.JSONField(_("rubric scores"), default=list, blank=True)
    comment = models.TextField(_("grader's comment"), blank=True)
    # a grader holds the item while grading it, so two graders do not overwrite each other
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        constraints = [
            models.CheckConstraint(
                condition=Q(fraction__isnull=True) | Q(fraction__gte=0, fraction__lte=1),
                name="exams_response_fraction_range",
            ),
        ]
        indexes = [
            # the grading queue: responses still waiting for a person
            models.Index(fields=["needs_grading"], name="exams_response_queue", condition=Q(needs_grading=True)),
        ]

    def __str__(self) -> str:
        return f"{self.item}"
