"""What the learner sees and when: a policy that waits for the exam's close shows nothing before it; the exam list
keeps the history of attempts with the attempts remaining and when the next is allowed."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from exams.services.attempts import attempt_start, attempt_submit


def test_a_result_shown_after_the_close_stays_hidden_until_the_exam_closes(client, clock, exam, learner):
    exam.review_when = "after_close"
    exam.closes_at = timezone.now() + timedelta(hours=2)
    exam.save()
    attempt = attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    client.force_login(learner)
    before = client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
    assert "shown after the exam closes" in before and "Not passed" not in before
    clock.advance(3 * 3600)
    after = client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
    assert "Not passed" in after and "Right answers:" in after


def test_the_exam_list_shows_past_attempts_attempts_left_and_when_the_next_is_allowed(client, clock, exam, learner):
    exam.cooldown_hours = 24
    exam.max_attempts = 3
    exam.save()
    attempt = attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    client.force_login(learner)
    body = client.get(reverse("exams:list")).content.decode()
    assert "Attempts remaining: 2 of 3" in body
    assert reverse("exams:result", args=[attempt.pk]) in body and "Not passed" in body
    next_allowed = (attempt.finished_at + timedelta(hours=24)).isoformat()
    assert f'datetime="{next_allowed}"' in body
