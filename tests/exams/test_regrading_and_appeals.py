"""HR regrades a faulty item for every attempt (logged); a learner appeals an item and an assessor resolves it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from exams.models import Appeal, RegradeLog, Response
from exams.services.attempts import attempt_start, attempt_submit
from exams.services.grading import appeal_create, appeal_resolve
from exams.services.regrade import exam_item_regrade
from org.models import Notification
from question_bank.services.questions import question_update
from tests.exams.factories import make_bank, make_exam
from tests.question_bank.factories import data_for


@pytest.fixture
def tf_exam(db):
    bank = make_bank(category="Exam/TF", kinds=["truefalse", "short"])
    return make_exam(category="Exam/TF", slug="tf", pass_mark_percent=50), bank


def sit_blank(exam, user):
    return attempt_submit(attempt=attempt_start(exam=exam, user=user, language="en"), user=user)


def test_full_marks_for_everyone_recomputes_results_and_logs_the_change(tf_exam, learner, personas):
    exam, bank = tf_exam
    attempts = [sit_blank(exam, learner), sit_blank(exam, personas["other_learner"])]
    assert [a.passed for a in attempts] == [False, False]
    log = exam_item_regrade(exam=exam, question=bank[0], action="full_marks", by=personas["hr"], reason="Ambiguous")
    for attempt in attempts:
        attempt.refresh_from_db()
        assert attempt.percent == 50 and attempt.passed is True
    assert log.attempts_changed == 2 and log.changes[0]["before"]["passed"] is False
    assert RegradeLog.objects.get().reason == "Ambiguous"
    told = Notification.objects.filter(kind="exam_regraded").values_list("recipient__username", flat=True)
    assert sorted(told) == sorted([learner.username, personas["other_learner"].username])


def test_a_corrected_version_rescores_every_saved_answer(tf_exam, learner, personas):
    exam, bank = tf_exam
    attempt = attempt_start(exam=exam, user=learner, language="en")
    item = attempt.items.get(question=bank[0])
    true_answer = next(a for a in item.version.answers.all() if a.text == "True")
    Response.objects.filter(item=item).update(answer={"choice": true_answer.pk})
    attempt = attempt_submit(attempt=attempt, user=learner)
    assert Response.objects.get(item=item).fraction == 0
    question_update(question=bank[0], data=data_for("truefalse", answer=True), user=personas["editor"])
    exam_item_regrade(exam=exam, question=bank[0], action="new_version", by=personas["hr"], reason="Key was wrong")
    item.refresh_from_db()
    bank[0].refresh_from_db()
    assert item.version_id == bank[0].current_version_id != true_answer.version_id
    assert Response.objects.get(item=item).fraction == 1


def test_a_regrade_needs_a_reason(tf_exam, personas):
    exam, bank = tf_exam
    with pytest.raises(ValidationError):
        exam_item_regrade(exam=exam, question=bank[0], action="full_marks", by=personas["hr"], reason=" ")


def test_an_upheld_appeal_changes_the_score_and_a_second_open_appeal_is_refused(tf_exam, learner, personas):
    exam, bank = tf_exam
    attempt = sit_blank(exam, learner)
    item = attempt.items.get(question=bank[1])
    appeal = appeal_create(item=item, user=learner, reason="My answer means the same thing")
    with pytest.raises(ValidationError, match="already have an open appeal"):
        appeal_create(item=item, user=learner, reason="Again")
    appeal_resolve(appeal=appeal, by=personas["assessor"], uphold=True, resolution="Accepted", fraction="1")
    attempt.refresh_from_db()
    assert Appeal.objects.get().state == Appeal.State.UPHELD
    assert attempt.percent == 50 and attempt.passed is True
    assert RegradeLog.objects.get().action == RegradeLog.Action.APPEAL


def test_an_appeal_waits_for_a_final_result(tf_exam, learner):
    exam, bank = tf_exam
    attempt = attempt_start(exam=exam, user=learner, language="en")
    with pytest.raises(ValidationError, match="once your result is final"):
        appeal_create(item=attempt.items.first(), user=learner, reason="why")


def test_regrading_from_the_item_analysis_page_shows_the_new_figures(client, tf_exam, learner, personas):
    from django.urls import reverse

    from exams.models import ItemStatistic
    from exams.services.statistics import exam_statistics_compute

    exam, bank = tf_exam
    sit_blank(exam, learner)
    sit_blank(exam, personas["other_learner"])
    exam_statistics_compute(exam=exam)
    stat = ItemStatistic.objects.get(exam=exam, version__question=bank[0])
    assert stat.facility == 0
    client.force_login(personas["hr"])
    reply = client.post(
        reverse("exams:regrade", args=[exam.slug]),
        {"question": bank[0].pk, "action": "full_marks", "reason": "Ambiguous"},
        follow=True,
    )
    body = reply.content.decode()
    assert "Regraded: 2 attempts changed result." in body
    assert ItemStatistic.objects.get(exam=exam, version__question=bank[0]).facility == 100
    assert "Ambiguous" in body
