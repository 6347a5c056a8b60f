"""Who may see what of an attempt: written once, used by every view and the tests."""

from __future__ import annotations

from django.utils import timezone

from org.permissions import is_hr


def can_review_all(user) -> bool:
    """HR: every attempt, the attempt list and export, regrading and item statistics."""
    return user.is_authenticated and (is_hr(user) or user.has_perm("exams.review_attempts"))


def results_released(exam) -> bool:
    """Whether the exam's learners may see their grades yet, on any page or message: at once, or only after the
    exam closes (review_when "after_close")."""
    from .models.exams import ReviewWhen

    if exam.review_when != ReviewWhen.AFTER_CLOSE:
        return True
    return bool(exam.closes_at) and timezone.now() >= exam.closes_at


def can_grade(user) -> bool:
    return user.is_authenticated and user.has_perm("exams.grade_attempt")


def can_view_attempt(user, attempt) -> bool:
    """The owner, HR, and assessors for attempts that have (or had) answers for a person to grade."""
    if not user.is_authenticated:
        return False
    if attempt.user_id == user.pk or can_review_all(user):
        return True
    return can_grade(user) and attempt.items.filter(version__question__qtype="essay").exists()


def shows_learner_name(user, attempt) -> bool:
    """Blind grading hides the learner from assessors; HR always sees who it is."""
    return attempt.user_id == user.pk or can_review_all(user) or not attempt.exam.blind_grading
