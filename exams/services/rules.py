"""Who may start an attempt now, and if not, why: the rules the start page shows and `attempt_start` enforces."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.selectors import completed_course_keys

from ..models import Accommodation, Attempt
from .drawing import exam_pool


@dataclass
class Standing:
    """A person's position on one exam: what the list and start pages show."""

    attempts_used: int = 0
    attempts_allowed: int = 0
    extra_minutes: int = 0
    open_attempt: Attempt | None = None
    next_allowed_at: datetime | None = None
    counting_attempt: Attempt | None = None
    blockers: list[str] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return max(0, self.attempts_allowed - self.attempts_used)

    @property
    def can_start(self) -> bool:
        return not self.blockers


def is_insider(*, exam, user, sections=None) -> bool:
    """Authors and editors of the exam's items, and anyone who may edit the bank, may not sit the exam.

    One query for a person who never touched a question (the groups they touched), one more for anyone else;
    the exam's pool is never loaded, and its filter is built only then (`sections` from `exam_plan`, unless given).
    """
    if user.has_perm("question_bank.change_questionversion"):
        return True
    from question_bank.selectors import is_exam_item_insider, translation_groups_touched_by

    groups = translation_groups_touched_by(user=user)
    if not groups:
        return False
    return is_exam_item_insider(user=user, questions=exam_pool(exam, sections), groups=groups)


_UNSET = object()


def standing(*, exam, user, attempts=None, accommodation=_UNSET, done_keys=None, now=None) -> Standing:
    """`attempts`, `accommodation` and `done_keys` may be passed in by list pages that fetched them in bulk."""
    now = now or timezone.now()
    if attempts is None:
        attempts = list(Attempt.objects.filter(exam=exam, user=user).order_by("number"))
    if accommodation is _UNSET:
        accommodation = Accommodation.objects.filter(exam=exam, user=user).first()
    extra_attempts = accommodation.extra_attempts if accommodation else 0
    result = Standing(
        attempts_used=len(attempts),
        attempts_allowed=exam.max_attempts + extra_attempts,
        extra_minutes=accommodation.extra_minutes if accommodation else 0,
        open_attempt=next((a for a in attempts if a.is_open), None),
    )
    result.counting_attempt = counting_attempt(exam=exam, attempts=attempts)
    finished = [a.finished_at for a in attempts if a.finished_at]
    if finished and exam.cooldown_hours:
        result.next_allowed_at = max(finished) + timedelta(hours=exam.cooldown_hours)
    if result.open_attempt is not None:
        return result  # resuming is always allowed
    result.blockers = _blockers(exam=exam, user=user, standing=result, done_keys=done_keys, now=now)
    return result


def counting_attempt(*, exam, attempts) -> Attempt | None:
    """The attempt whose result is the person's grade: the highest or the last final one, as the exam says."""
    from ..models import GradingMethod

    final = [a for a in attempts if a.is_final]
    if not final:
        return None
    if exam.grading_method == GradingMethod.LAST:
        return max(final, key=lambda a: a.number)
    return max(final, key=lambda a: (a.percent, -a.number))


def _blockers(*, exam, user, standing: Standing, done_keys, now) -> list[str]:
    blockers = []
    if not exam.is_active:
        blockers.append(_("This exam is not open to learners."))
    if exam.opens_at and now < exam.opens_at:
        blockers.append(_("This exam opens on %(when)s.") % {"when": date_format(exam.opens_at, "DATETIME_FORMAT")})
    if exam.closes_at and now >= exam.closes_at:
        blockers.append(_("This exam closed on %(when)s.") % {"when": date_format(exam.closes_at, "DATETIME_FORMAT")})
    if standing.remaining <= 0:
        blockers.append(_("You have used all your attempts at this exam."))
    elif standing.next_allowed_at and now < standing.next_allowed_at:
        when = date_format(timezone.localtime(standing.next_allowed_at), "DATETIME_FORMAT")
        blockers.append(_("Your next attempt is allowed from %(when)s.") % {"when": when})
    missing = missing_prerequisites(exam=exam, user=user, done_keys=done_keys)
    if missing:
        names = ", ".join(page.title for page in missing)
        blockers.append(_("First complete these courses: %(courses)s.") % {"courses": names})
    return blockers


def missing_prerequisites(*, exam, user, done_keys=None) -> list:
    required = list(exam.prerequisites.all())
    if not required:
        return []
    done = completed_course_keys(user=user) if done_keys is None else done_keys
    return [page for page in required if page.translation_key not in done]


def deadline_for(*, exam, started_at: datetime, extra_minutes: int) -> datetime:
    deadline = started_at + timedelta(minutes=exam.time_limit_minutes + extra_minutes)
    if exam.closes_at and exam.closes_at < deadline:
        deadline = max(exam.closes_at, started_at + timedelta(minutes=1))
    return deadline
