"""Item statistics against figures worked out by hand with Moodle's definitions."""

from __future__ import annotations

import math

import pytest

from exams.models import ItemStatistic
from exams.services.attempts import attempt_start, attempt_submit
from exams.services.statistics import ItemFigures, exam_statistics_compute, flags_for, item_figures


def test_four_attempts_give_the_hand_computed_figures():
    # item marks x (out of 1) and rest-of-test marks X − x for four attempts
    x = [1.0, 1.0, 0.0, 0.0]
    rest = [3.0, 2.0, 1.0, 2.0]
    figures = item_figures(x, rest, 1.0)
    # mean x = 0.5; V(x) = (4 × 0.25) / 3 = 1/3; SD = sqrt(1/3) = 0.57735
    # mean rest = 2; V(rest) = (1 + 0 + 1 + 0) / 3 = 2/3
    # Cov = (0.5·1 + 0.5·0 + (−0.5)·(−1) + (−0.5)·0) / 3 = 1/3
    # D = 100 · (1/3) / sqrt(1/3 · 2/3) = 70.71
    # sorted pairs: x (0,0,1,1) with rest (1,2,2,3): Cov_max = ((−.5)(−1) + (−.5)(0) + (.5)(0) + (.5)(1)) / 3 = 1/3
    # E = 100 · (1/3) / (1/3) = 100
    assert figures.s == 4
    assert figures.facility == pytest.approx(50.0)
    assert figures.sd == pytest.approx(100 * math.sqrt(1 / 3))
    assert figures.discrimination_index == pytest.approx(70.7107, abs=1e-3)
    assert figures.discriminative_efficiency == pytest.approx(100.0)


def test_an_item_the_weaker_people_get_right_discriminates_negatively():
    figures = item_figures([0.0, 0.0, 1.0, 1.0], [3.0, 2.0, 1.0, 0.0], 1.0)
    assert figures.discrimination_index < 0
    stat = ItemStatistic(
        facility=figures.facility, discrimination_index=figures.discrimination_index, attempts=figures.s
    )
    assert flags_for(stat) == ["negative_discrimination"]


def test_an_item_everyone_gets_right_has_no_discrimination_and_an_extreme_facility():
    figures = item_figures([2.0, 2.0, 2.0], [1.0, 3.0, 5.0], 2.0)
    assert figures == ItemFigures(3, 100.0, 0.0, None, None)
    assert flags_for(ItemStatistic(facility=100.0)) == ["extreme_facility"]


def test_statistics_are_stored_per_version_from_first_attempts_only(exam, learner, personas):
    for person in (learner, personas["other_learner"], personas["head"]):
        attempt_submit(attempt=attempt_start(exam=exam, user=person, language="en"), user=person)
    attempt_submit(attempt=attempt_start(exam=exam, user=learner, language="en"), user=learner)  # a second attempt
    stored = exam_statistics_compute(exam=exam)
    assert len(stored) == 6  # six versions, all in English
    assert {s.attempts for s in stored} == {3}
    assert all(s.facility == 0 for s in stored)
