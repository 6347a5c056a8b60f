"""HR's attempt list: filters and the CSV export."""

from __future__ import annotations

import csv
import io

from django.urls import reverse

from exams.services.attempts import attempt_start, attempt_submit


def test_hr_filters_by_person_and_exports_csv(client, exam, personas):
    for person in (personas["learner"], personas["other_learner"]):
        attempt_submit(attempt=attempt_start(exam=exam, user=person, language="en"), user=person)
    client.force_login(personas["hr"])
    page = client.get(reverse("exams:hr_attempts"), {"person": personas["learner"].employee_id}).content.decode()
    assert personas["learner"].name in page and personas["other_learner"].name not in page
    reply = client.get(reverse("exams:hr_attempts"), {"export": "csv", "passed": "no"})
    rows = list(csv.reader(io.StringIO(reply.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["employee_id", "name", "department"]
    assert {r[0] for r in rows[1:]} == {personas["learner"].employee_id, personas["other_learner"].employee_id}
    assert {r[-1] for r in rows[1:]} == {"no"}


def test_hr_sees_every_answer_of_any_attempt_and_the_owner_only_what_the_policy_allows(client, exam, personas):
    exam.review_policy = "score"
    exam.save()
    learner = personas["learner"]
    attempt = attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)
    client.force_login(personas["hr"])
    assert "Right answers:" in client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
    client.force_login(learner)
    assert "Right answers:" not in client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
