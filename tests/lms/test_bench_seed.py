"""bench_seed at a tiny scale creates data the apps' own rules accept: counts, scores, history and the gate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Count, Q

from certification.gate import eligibility_for
from certification.models import Certificate, StatusChange
from exams.models import Attempt, AttemptItem, Exam, Response
from exams.services.attempts import attempt_start
from org.models import User
from question_bank.models import Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("bench_seed", scale=0.01, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_bench_seed_at_scale_0_01_creates_the_scaled_counts(seeded):
    assert User.objects.filter(username__startswith="bench").count() == 50
    assert Question.objects.filter(idnumber__startswith="bench-").count() == 100
    assert Attempt.objects.filter(user__username__startswith="bench").count() == 500
    assert Certificate.objects.filter(evidence_note="bench_seed").count() == 200


def test_every_bench_question_points_at_its_own_version_and_has_a_chinese_twin(seeded):
    questions = Question.objects.filter(idnumber__startswith="bench-")
    assert not questions.filter(current_version__isnull=True).exists()
    assert all(q.current_version.question_id == q.pk for q in questions.select_related("current_version"))
    groups = questions.values("translation_group").annotate(n=Count("pk"))
    assert {g["n"] for g in groups} == {2}


def test_every_attempt_has_its_exams_item_count_and_a_score_that_adds_up(seeded):
    for attempt in Attempt.objects.filter(user__username__startswith="bench").select_related("exam")[:60]:
        items = list(AttemptItem.objects.filter(attempt=attempt).select_related("response"))
        drawn = sum(s.count for s in attempt.exam.sections.all())
        assert len(items) == drawn
        score = sum((i.response.fraction * i.mark for i in items), Decimal(0))
        assert attempt.score == score
        assert attempt.passed == (attempt.percent >= attempt.exam.pass_mark_percent)
        assert all(i.version.question_id == i.question_id for i in items)
    assert Response.objects.count() == AttemptItem.objects.count()


def test_every_certificate_history_starts_with_its_issue_and_ends_at_its_status(seeded):
    for certificate in Certificate.objects.filter(evidence_note="bench_seed").prefetch_related("history")[:80]:
        history = list(certificate.history.all())
        assert history[0].kind == StatusChange.Kind.ISSUED
        assert history[0].at == certificate.valid_from
        assert history[-1].status == certificate.status


def test_the_gate_finds_a_bench_person_with_an_active_foundation_certificate_eligible(seeded):
    certificate = (
        Certificate.objects.filter(evidence_note="bench_seed", status="active", level="foundation")
        .select_related("holder__department", "holder__home_region")
        .first()
    )
    person = certificate.holder
    result = eligibility_for(person=person, department=person.department, region=person.home_region)
    assert result.eligible, result.reasons


def test_a_bench_person_can_start_the_bench_certification_exam_and_gets_thirty_items(seeded):
    person = User.objects.filter(username__startswith="bench").first()
    attempt = attempt_start(exam=Exam.objects.get(slug="bench-certification"), user=person)
    assert attempt.items.count() == 30
    assert attempt.number == 2


def test_bench_seed_refuses_a_database_that_already_holds_bench_data(seeded):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("bench_seed", scale=0.01)
    assert User.objects.filter(username__startswith="bench").count() == 50


def test_no_bench_person_holds_two_live_certificates_of_one_programme(seeded):
    live = Certificate.objects.filter(Q(status="active") | Q(status="suspended"))
    assert live.exists()
    assert not live.values("holder", "programme").annotate(n=Count("pk")).filter(n__gt=1).exists()
