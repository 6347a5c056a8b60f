"""Start → answer → submit → result, through the services."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from exams.models import Attempt, AttemptItem
from exams.services.attempts import answers_from_post, attempt_start, attempt_submit, response_save
from question_bank.models import QuestionVersion
from tests.exams.conftest import as_query
from tests.exams.factories import right_answer_post


def answer_all_right(attempt, user):
    post = {}
    for item in AttemptItem.objects.filter(attempt=attempt).select_related("version__question"):
        post.update(right_answer_post(item))
    slots = list(attempt.items.values_list("slot", flat=True))
    response_save(attempt=attempt, user=user, answers=answers_from_post(as_query(post), slots))


def test_starting_freezes_one_item_per_translation_group_in_the_learners_language(exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="zh-hans")
    items = list(attempt.items.select_related("question"))
    assert len(items) == 6
    assert {i.question.language for i in items} == {"zh-hans"}
    assert len({i.question.translation_group for i in items}) == 6
    assert all(i.version_id == i.question.current_version_id for i in items)
    assert attempt.state == Attempt.State.IN_PROGRESS and attempt.number == 1
    assert attempt.deadline - attempt.started_at == timedelta(minutes=exam.time_limit_minutes)


def test_starting_marks_the_versions_used_so_editing_makes_a_new_version(exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    ids = list(attempt.items.values_list("version_id", flat=True))
    assert QuestionVersion.objects.filter(pk__in=ids, used_at__isnull=True).count() == 0


def test_a_fully_right_attempt_scores_full_marks_and_passes(exam, learner):
    attempt = attempt_start(exam=exam, user=learner, language="en")
    answer_all_right(attempt, learner)
    attempt = attempt_submit(attempt=attempt, user=learner)
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.score == Decimal("6.000") and attempt.percent == Decimal("100.00")
    assert attempt.passed is True and attempt.finalised_at is not None


def test_an_empty_attempt_scores_zero_and_fails(exam, learner):
    attempt = attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False


def test_starting_again_while_one_is_in_progress_resumes_it(exam, learner):
    first = attempt_start(exam=exam, user=learner, language="en")
    assert attempt_start(exam=exam, user=learner, language="en") == first
    assert Attempt.objects.count() == 1


def test_the_grade_is_the_highest_attempt_or_the_last_as_the_exam_says(exam, learner):
    from exams.services.rules import standing

    good = attempt_start(exam=exam, user=learner, language="en")
    answer_all_right(good, learner)
    attempt_submit(attempt=good, user=learner)
    attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    assert standing(exam=exam, user=learner).counting_attempt.number == 1
    exam.grading_method = "last"
    exam.save()
    assert standing(exam=exam, user=learner).counting_attempt.number == 2
