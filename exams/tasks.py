"""Thin tasks: they take primary keys and call a service; each is safe to run twice."""

from __future__ import annotations

from celery import shared_task


@shared_task
def close_overdue_attempts() -> int:
    from .services.attempts import attempts_close_overdue

    return attempts_close_overdue()


@shared_task
def compute_item_statistics(exam_id: int | None = None) -> int:
    from .models import Exam
    from .services.statistics import all_exam_statistics_compute, exam_statistics_compute

    if exam_id is None:
        return all_exam_statistics_compute()
    exam = Exam.objects.filter(pk=exam_id).first()
    return len(exam_statistics_compute(exam=exam)) if exam else 0
