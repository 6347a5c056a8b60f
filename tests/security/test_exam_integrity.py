"""Exam integrity: what the browser sends beyond answers changes nothing. Forged timers, tampered hidden fields and
replayed requests leave the deadline, the answers and the grade as the server decided them; grades stay hidden
until the review policy releases them on every page and notification the learner sees."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from exams.models import Attempt, Response
from exams.services.attempts import attempt_start, attempt_submit
from org.models import Notification
from tests.exams.conftest import bank, clock, exam, learner  # noqa: F401 - fixtures
from tests.exams.factories import right_answer_post

pytestmark = pytest.mark.django_db

FORGED_TIMER = {
    "deadline": "2099-01-01T00:00:00Z",
    "remaining": "999999",
    "started_at": "2099-01-01T00:00:00Z",
    "extra_minutes": "600",
    "time_limit_minutes": "600",
}


def start(client, exam, learner) -> Attempt:  # noqa: F811
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    return learner.exam_attempts.get()


def test_a_forged_deadline_or_remaining_time_changes_nothing(client, clock, exam, learner):  # noqa: F811
    attempt = start(client, exam, learner)
    deadline = attempt.deadline
    for url in (reverse("exams:attempt", args=[attempt.pk]), reverse("exams:autosave", args=[attempt.pk])):
        client.post(url, {**FORGED_TIMER, "q1-present": "1"})
    attempt.refresh_from_db()
    assert attempt.deadline == deadline
    clock.advance((deadline - timezone.now()).total_seconds() + 3600)  # far past the deadline and its grace
    item = attempt.items.get(version__question__qtype="short")
    reply = client.post(reverse("exams:autosave", args=[attempt.pk]), {**FORGED_TIMER, f"q{item.slot}-text": "late"})
    assert "can no longer be changed" in reply.content.decode() or reply.status_code in (200, 302)
    assert not Response.objects.filter(item=item, answer__text="late").exists()
    attempt.refresh_from_db()
    assert not attempt.is_open


def test_tampered_fields_are_ignored_or_refused_never_a_server_error(client, exam, learner):  # noqa: F811
    attempt = start(client, exam, learner)
    single = attempt.items.filter(version__question__qtype__in=["single", "truefalse"]).first()
    tampered = {
        f"q{single.slot}-choice": "99",  # a choice that is not on the page
        "q999-text": "a slot that is not in this attempt",
        "q999-present": "1",
        "q-1-choice": "0",
        "goto": "../../admin/",
        "attempt": "1",
        "user": str(learner.pk + 1),
        "score": "100",
        "passed": "true",
    }
    for url in (reverse("exams:attempt", args=[attempt.pk]), reverse("exams:autosave", args=[attempt.pk])):
        response = client.post(url, tampered)
        assert response.status_code < 500
    assert not Response.objects.filter(item__attempt=attempt, item__slot=999).exists()
    saved = Response.objects.filter(item=single).first()
    assert saved is None or saved.answer in ({}, {"choice": None})
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.score is None


def test_replayed_submits_and_saves_after_the_submit_change_nothing(client, exam, learner):  # noqa: F811
    attempt = start(client, exam, learner)
    items = list(attempt.items.select_related("version__question"))
    right = {k: v for item in items for k, v in right_answer_post(item).items()}
    client.post(reverse("exams:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    finished, score = attempt.finished_at, attempt.score
    answers = list(Response.objects.filter(item__attempt=attempt).values_list("pk", "answer"))
    client.post(reverse("exams:attempt", args=[attempt.pk]), right)  # the page posted again, with right answers
    client.post(reverse("exams:autosave", args=[attempt.pk]), right)
    client.post(reverse("exams:submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert (attempt.finished_at, attempt.score) == (finished, score)
    assert list(Response.objects.filter(item__attempt=attempt).values_list("pk", "answer")) == answers
    assert Notification.objects.filter(recipient=learner, kind="exam_result").count() <= 1


def test_grades_stay_hidden_until_the_exam_closes_on_every_learner_page(client, clock, exam, learner):  # noqa: F811
    exam.review_when = "after_close"
    exam.closes_at = timezone.now() + timedelta(hours=2)
    exam.save()
    attempt = attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    client.force_login(learner)
    pages = {
        "result": reverse("exams:result", args=[attempt.pk]),
        "exam list": reverse("exams:list"),
        "notifications": reverse("org:notifications"),
    }
    for name, url in pages.items():
        body = client.get(url).content.decode()
        for grade in ("Not passed", "Your grade:", "Right answers:"):
            assert grade not in body, f"{grade!r} shown on the {name} before release"
    message = Notification.objects.get(recipient=learner, kind="exam_result")
    for text in (message.subject, message.body, message.body_html):
        assert "pass" not in text.lower(), "the result message tells the outcome before release"
    assert "shown after the exam closes" in message.body
    clock.advance(3 * 3600)
    assert "Not passed" in client.get(pages["result"]).content.decode()
    assert "Not passed" in client.get(pages["exam list"]).content.decode()
