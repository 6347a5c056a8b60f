"""Under the score-only review policy the result page lists no items, so a learner appeals by question number;
the page offers the numbers and nothing that says which items were right."""

from __future__ import annotations

import pytest
from django.urls import reverse

from exams.models import Appeal
from exams.services.attempts import attempt_start, attempt_submit
from tests.exams.test_answer_key_never_leaks import scan


@pytest.fixture
def result(client, exam, learner):
    exam.review_policy = "score"
    exam.save()
    attempt = attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    client.force_login(learner)
    return attempt


def test_the_score_only_result_offers_an_appeal_by_number_and_reveals_no_correctness(client, result):
    body = client.get(reverse("exams:result", args=[result.pk])).content.decode()
    assert reverse("exams:appeal_by_number", args=[result.pk]) in body
    numbers = [f'<option value="{n}">{n}</option>' for n in range(1, result.items.count() + 1)]
    assert all(option in body for option in numbers)
    for marker in ("Right", "Partly right", "Not right</span>", "Right answers:", "Your answer:"):
        assert marker not in body
    assert scan(body, result) == []


def test_a_learner_appeals_the_question_by_its_number(client, result):
    reply = client.post(reverse("exams:appeal_by_number", args=[result.pk]), {"slot": "2", "reason": "Two fit"})
    assert reply.status_code == 302
    appeal = Appeal.objects.get()
    assert (appeal.item.slot, appeal.reason, appeal.user_id) == (2, "Two fit", result.user_id)


def test_an_appeal_without_a_valid_number_is_refused_with_a_message(client, result):
    reply = client.post(reverse("exams:appeal_by_number", args=[result.pk]), {"slot": "99", "reason": "?"}, follow=True)
    assert Appeal.objects.count() == 0
    assert "Choose the number of the question" in reply.content.decode()


def test_policies_that_list_the_items_keep_the_appeal_on_each_item(client, result):
    result.exam.review_policy = "correctness"
    result.exam.save()
    body = client.get(reverse("exams:result", args=[result.pk])).content.decode()
    assert reverse("exams:appeal_by_number", args=[result.pk]) not in body
    assert reverse("exams:appeal", args=[result.pk, 1]) in body


def test_nobody_appeals_someone_elses_attempt_by_number(client, result, personas):
    client.force_login(personas["other_learner"])
    reply = client.post(reverse("exams:appeal_by_number", args=[result.pk]), {"slot": "1", "reason": "mine"})
    assert reply.status_code == 404 and Appeal.objects.count() == 0
