"""Enrolment and lesson progress, keyed on Wagtail's `translation_key`: one course in two languages is one course."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A person taking a course, by their own choice or assigned by HR with a due date."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments", verbose_name=_("person")
    )
    course_key = models.UUIDField(_("course"), help_text=_("The course's translation key (same in every language)."))
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    due_on = models.DateField(_("due on"), null=True, blank=True)
    last_lesson_key = models.UUIDField(_("last lesson opened"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        ordering = ["enrolled_at", "pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="courses_enrolment_one_per_person_course"),
            models.CheckConstraint(
                condition=Q(due_on__isnull=True) | Q(assigned_by__isnull=False),
                name="courses_enrolment_due_date_only_when_assigned",
            ),
        ]
        indexes = [
            # My learning and the course pages look enrolments up by person and course
            models.Index(fields=["course_key", "completed_at"], name="courses_enrol_course_done_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class LessonCompletion(models.Model):
    """A lesson a person has finished. The course key is kept so progress per course is one indexed query."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        verbose_name=_("person"),
    )
    course_key = models.UUIDField(_("course"))
    lesson_key = models.UUIDField(_("lesson"))
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        ordering = ["completed_at", "pk"]
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="courses_lessoncompletion_one_per_person_lesson"
            ),
        ]
        indexes = [models.Index(fields=["user", "course_key"], name="courses_completion_user_course")]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson_key}"
