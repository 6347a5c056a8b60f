"""List pages cost the same number of queries for N and 2N rows."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from exams.services.attempts import attempt_start, attempt_submit
from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def add_exams(n: int, start: int) -> list:
    return [make_exam(category="Counts/Bank", slug=f"count-{start + i}", title=f"Exam {start + i}") for i in range(n)]


def sit_all(exams, user):
    for exam in exams:
        attempt_submit(attempt=attempt_start(exam=exam, user=user, language="en"), user=user)


def test_my_exams_page(client, db):
    make_bank(category="Counts/Bank", kinds=["single"])
    learner = UserFactory(username="counter")
    client.force_login(learner)
    sit_all(add_exams(2, 0), learner)
    few = queries(client, reverse("exams:list"))
    sit_all(add_exams(2, 2), learner)
    assert queries(client, reverse("exams:list")) == few


def test_hr_attempt_list(client, db, personas):
    make_bank(category="Counts/Bank", kinds=["single"])
    client.force_login(personas["hr"])
    exams = add_exams(1, 0)
    sit_all(exams, personas["learner"])
    few = queries(client, reverse("exams:hr_attempts"))
    sit_all(exams, personas["other_learner"])
    sit_all(add_exams(1, 1), personas["head"])
    assert queries(client, reverse("exams:hr_attempts")) == few


def test_grading_queue(client, db, personas):
    make_bank(category="Counts/Bank", kinds=["essay"])
    client.force_login(personas["assessor"])
    exam = add_exams(1, 0)[0]
    sit_all([exam], personas["learner"])
    few = queries(client, reverse("exams:grading_queue"))
    sit_all([exam], personas["other_learner"])
    sit_all([exam], personas["head"])
    assert queries(client, reverse("exams:grading_queue")) == few
