"""Reads for the exam pages. They return QuerySets with what the page needs fetched up front."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from .models import Accommodation, Appeal, Attempt, AttemptItem, Exam, ItemStatistic, Response


def exams_for_learners() -> QuerySet[Exam]:
    return Exam.objects.filter(is_active=True).select_related("region").prefetch_related("prerequisites")


def attempts_of(*, user) -> QuerySet[Attempt]:
    return Attempt.objects.filter(user=user).select_related("exam").order_by("exam_id", "number")


def accommodations_of(*, user) -> dict[int, Accommodation]:
    return {a.exam_id: a for a in Accommodation.objects.filter(user=user)}


def attempt_items(*, attempt: Attempt, page: int | None = None) -> QuerySet[AttemptItem]:
    from question_bank.models import QuestionVersion
    from question_bank.selectors import with_content

    items = AttemptItem.objects.filter(attempt=attempt).select_related("response").order_by("slot")
    if page is not None:
        items = items.filter(page=page)
    return items.prefetch_related(Prefetch("version", queryset=with_content(QuestionVersion.objects.all())))


def grading_queue(*, exam_id=None, question_id=None) -> QuerySet[Response]:
    qs = Response.objects.filter(needs_grading=True, item__attempt__state=Attempt.State.FINISHED).select_related(
        "item__attempt__exam", "item__attempt__user", "item__version", "locked_by"
    )
    if exam_id:
        qs = qs.filter(item__attempt__exam_id=exam_id)
    if question_id:
        qs = qs.filter(item__question_id=question_id)
    return qs.order_by("item__attempt__finished_at", "item__attempt_id", "item__slot")


def attempts_for_hr() -> QuerySet[Attempt]:
    return Attempt.objects.select_related("exam", "user", "user__department").order_by("-started_at", "-pk")


def open_appeals() -> QuerySet[Appeal]:
    return Appeal.objects.filter(state=Appeal.State.OPEN).select_related(
        "item__attempt__exam", "item__version", "item__response", "user"
    )


def item_statistics(*, exam: Exam) -> QuerySet[ItemStatistic]:
    return (
        ItemStatistic.objects.filter(exam=exam, first_attempts_only=True)
        .select_related("version__question")
        .order_by("version__question__category__path", "version__name")
    )
