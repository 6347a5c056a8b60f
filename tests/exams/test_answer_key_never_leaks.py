"""Nothing that reveals a right answer reaches the browser while an attempt is open: every page and response
the learner can get during the attempt is scanned for credits, feedback and the bank's ids."""

from __future__ import annotations

import re

from django.urls import reverse

from exams.models import AttemptItem
from question_bank.models import Answer, MatchPair, OrderItem
from tests.exams.factories import right_answer_post

SECRETS = [
    "Good.",  # choice feedback in the test bank
    "Never.",
    "Too early.",
    "Protected.",
    "Nearly.",
    "Because.",  # general feedback
    "Look for a result.",  # information for graders
    "fraction",
    "1.0000000",
    "0.5000000",
    "feedback",
    "needs_grading",
]


def scan(body: str, attempt) -> list[str]:
    found = [s for s in SECRETS if s in body]
    versions = list(AttemptItem.objects.filter(attempt=attempt).values_list("version_id", flat=True))
    ids = set(Answer.objects.filter(version__in=versions).values_list("pk", flat=True))
    ids |= set(MatchPair.objects.filter(version__in=versions).values_list("pk", flat=True))
    ids |= set(OrderItem.objects.filter(version__in=versions).values_list("pk", flat=True))
    for name, value in re.findall(r'name="(q\d+-[^"]+)" [^>]*?value="([^"]*)"', body):
        if name.endswith("present"):
            continue
        if value.isdigit() and int(value) > 20:
            found.append(f"{name}={value} looks like a bank id")
    for value in re.findall(r'<option value="(\d+)"', body):
        if int(value) > 20 and int(value) in ids:
            found.append(f"option {value} is a bank id")
    return found


def test_no_page_or_response_during_an_attempt_carries_the_answer_key(client, exam, learner):
    client.force_login(learner)
    start = client.get(reverse("exams:start", args=[exam.slug]))
    client.post(reverse("exams:start", args=[exam.slug]))
    attempt = learner.exam_attempts.get()
    bodies = [client.get(reverse("exams:list")).content.decode(), start.content.decode()]
    for page in sorted(set(attempt.items.values_list("page", flat=True))):
        bodies.append(client.get(reverse("exams:attempt", args=[attempt.pk]), {"page": page}).content.decode())
    for item in AttemptItem.objects.filter(attempt=attempt).select_related("version__question"):
        saved = client.post(
            reverse("exams:autosave", args=[attempt.pk]), right_answer_post(item), HTTP_HX_REQUEST="true"
        )
        bodies.append(saved.content.decode())
        bodies.append(client.get(reverse("exams:attempt", args=[attempt.pk]), {"page": item.page}).content.decode())
    bodies.append(client.get(reverse("exams:submit", args=[attempt.pk])).content.decode())
    bodies.append(client.get(reverse("exams:result", args=[attempt.pk]), follow=True).content.decode())
    leaks = [leak for body in bodies for leak in scan(body, attempt)]
    assert leaks == []


def test_choices_are_named_by_their_position_in_the_frozen_order(client, exam, learner):
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    attempt = learner.exam_attempts.get()
    item = attempt.items.select_related("version__question").get(version__question__qtype="single")
    body = client.get(reverse("exams:attempt", args=[attempt.pk]), {"page": item.page}).content.decode()
    values = re.findall(rf'name="q{item.slot}-choice" [^>]*?value="(\d+)"', body)
    assert values == [str(i) for i in range(len(item.choice_order["options"]))]


def test_the_result_shows_right_answers_only_when_the_review_policy_allows(client, exam, learner):
    exam.review_policy = "score"
    exam.save()
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    attempt = learner.exam_attempts.get()
    client.post(reverse("exams:submit", args=[attempt.pk]))
    body = client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
    assert "Not passed" in body
    assert scan(body, attempt) == []
    assert "Right answers:" not in body
