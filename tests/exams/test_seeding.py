"""seed_demo: the demo exams, the demo people's standing, and attempts enough for real statistics."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from exams.models import Attempt, Exam, ItemStatistic
from org.models import User


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)
        yield
        call_command("flush", interactive=False, verbosity=0)
        from org.bootstrap import ensure_base_data

        ensure_base_data()


@pytest.mark.django_db
def test_the_foundation_exam_draws_thirty_questions_over_every_competency_area(seeded):
    exam = Exam.objects.get(slug="foundation-certification")
    assert (exam.time_limit_minutes, int(exam.pass_mark_percent)) == (45, 80)
    attempt = Attempt.objects.filter(exam=exam).first()
    assert attempt.items.count() == 30
    areas = {i.question.category.path.split("/")[0] for i in attempt.items.select_related("question__category")}
    assert len(areas) == 5


@pytest.mark.django_db
def test_every_region_has_a_regional_exam_that_draws_questions(seeded):
    regional = Exam.objects.filter(kind="regional")
    assert regional.count() == 11
    assert all(
        exam.sections.get().category.path.startswith("Cross-cultural communication and taboos/Regions/")
        for exam in regional
    )


@pytest.mark.django_db
def test_certified_passed_foundation_de_and_us_and_manager_has_not_sat_anything(seeded):
    certified = User.objects.get(username="certified")
    passed = set(Attempt.objects.filter(user=certified, passed=True).values_list("exam__slug", flat=True))
    assert passed == {"foundation-certification", "regional-de", "regional-us"}
    assert not Attempt.objects.filter(user__username="manager").exists()


@pytest.mark.django_db
def test_statistics_show_real_figures_and_some_essays_wait_for_an_assessor(seeded):
    stats = ItemStatistic.objects.filter(exam__slug="foundation-certification")
    assert stats.exclude(discrimination_index=None).count() >= 10
    assert Attempt.objects.filter(exam__slug="advanced-interviewer", finalised_at__isnull=True).exists()


@pytest.mark.django_db
def test_seeding_twice_adds_no_attempts(seeded):
    before = Attempt.objects.count()
    call_command("seed_demo", verbosity=0)
    assert Attempt.objects.count() == before
