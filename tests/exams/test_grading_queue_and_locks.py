"""Essays go to a queue; a grader holds a lock while grading; the result is final when every item is graded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from exams.models import Response
from exams.selectors import grading_queue
from exams.services.attempts import attempt_start, attempt_submit
from exams.services.grading import response_grade, response_lock_take
from exams.signals import attempt_finalised
from org.models import Notification
from tests.exams.factories import make_bank, make_exam


@pytest.fixture
def essay_exam(db):
    make_bank(category="Exam/Essays", kinds=["essay", "single"])
    return make_exam(category="Exam/Essays", slug="essays", blind_grading=True)


@pytest.fixture
def submitted(essay_exam, learner):
    return attempt_submit(attempt=attempt_start(exam=essay_exam, user=learner, language="en"), user=learner)


def essay_response(attempt):
    return Response.objects.get(item__attempt=attempt, item__version__question__qtype="essay")


def test_an_essay_waits_in_the_queue_and_the_result_is_not_final(submitted):
    assert submitted.finalised_at is None and submitted.passed is None
    assert list(grading_queue()) == [essay_response(submitted)]
    assert Notification.objects.filter(recipient=submitted.user, kind="exam_awaiting_grading").exists()


def test_a_second_grader_cannot_take_an_answer_another_is_grading(submitted, personas):
    response = essay_response(submitted)
    response_lock_take(response=response, grader=personas["assessor"])
    with pytest.raises(ValidationError, match="Another assessor"):
        response_lock_take(response=response, grader=personas["hr"])
    with pytest.raises(ValidationError, match="Another assessor"):
        response_grade(response=response, grader=personas["hr"], rubric_scores=["2", "3"])


def test_a_lock_left_by_a_closed_tab_lapses(submitted, personas, clock):
    response = essay_response(submitted)
    response_lock_take(response=response, grader=personas["assessor"])
    clock.advance(21 * 60)
    response_lock_take(response=response, grader=personas["hr"])


def test_grading_the_last_item_finalises_sends_the_signal_and_notifies(submitted, personas):
    heard = []
    attempt_finalised.connect(
        lambda sender, attempt, regraded, **kw: heard.append(attempt.pk), weak=False, dispatch_uid="test-heard"
    )
    try:
        from django.db import transaction

        with transaction.atomic():
            response_grade(
                response=essay_response(submitted),
                grader=personas["assessor"],
                rubric_scores=["2", "0"],
                comment="Structure good, evidence missing.",
            )
    finally:
        attempt_finalised.disconnect(dispatch_uid="test-heard")
    submitted.refresh_from_db()
    response = essay_response(submitted)
    assert response.fraction == Decimal("0.4") and response.comment.startswith("Structure")
    assert submitted.finalised_at is not None
    assert Notification.objects.filter(recipient=submitted.user, kind="exam_result").exists()


def test_a_rubric_score_must_be_one_of_the_levels(submitted, personas):
    with pytest.raises(ValidationError, match="levels"):
        response_grade(response=essay_response(submitted), grader=personas["assessor"], rubric_scores=["1", "3"])


def test_nobody_grades_their_own_answer(submitted):
    with pytest.raises(PermissionDenied):
        response_lock_take(response=essay_response(submitted), grader=submitted.user)


def test_blind_grading_hides_the_learners_name_from_assessors_but_not_from_hr(client, submitted, personas):
    response = essay_response(submitted)
    client.force_login(personas["assessor"])
    assert submitted.user.name not in client.get(reverse("exams:grade", args=[response.pk])).content.decode()
    client.force_login(personas["hr"])
    assert submitted.user.name in client.get(reverse("exams:grading_queue")).content.decode()


def test_the_grade_page_holds_the_lock_and_posting_grades(client, submitted, personas):
    response = essay_response(submitted)
    client.force_login(personas["assessor"])
    client.get(reverse("exams:grade", args=[response.pk]))
    assert Response.objects.get(pk=response.pk).locked_by == personas["assessor"]
    client.post(reverse("exams:grade", args=[response.pk]), {"criterion-0": "2", "criterion-1": "3", "comment": "ok"})
    response.refresh_from_db()
    assert response.needs_grading is False and response.fraction == 1
