from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certification.models import Dimension, EvaluationForm, InterviewAssignment
from interviewing import calibration
from interviewing.models import Scorecard, ScorecardRating
from tests.factories import RegionFactory, UserFactory

URL = "/interviewing/calibration/"


@pytest.fixture
def form(db):
    form = EvaluationForm.objects.create(code="standard-interview", name="Scorecard")
    for order, name in enumerate(["Evidence", "Fairness"]):
        Dimension.objects.create(form=form, order=order, name=name)
    return form


def score(form, person, candidate, ratings, department, days_ago=1):
    """One scorecard with `ratings` (one per dimension, in order), stored without the gate: the figures only."""
    region = RegionFactory(code="DE")
    assignment = InterviewAssignment.objects.create(
        candidate_reference=candidate, role="Sales", department=department, region=region,
        scheduled_at=timezone.now() - timedelta(days=days_ago), interviewer=person,
    )  # fmt: skip
    card = Scorecard.objects.create(
        assignment=assignment, form=form, interviewer=person, candidate_reference=candidate,
        submitted_at=timezone.now() - timedelta(days=days_ago),
    )  # fmt: skip
    for dimension, rating in zip(form.dimensions.all(), ratings, strict=True):
        ScorecardRating.objects.create(scorecard=card, dimension=dimension, rating=rating, evidence="noted")
    return card


@pytest.fixture
def panel(form, department):
    """Three interviewers, three shared candidates. Hand-computed drifts (rating minus the others' mean):
    A on Evidence: X 5−3 = 2, Y 4−2.5 = 1.5, Z 5−2.5 = 2.5 → +2.00; on Fairness: X 3−3, Y 3−3, Z 3−3 → 0.00
    B on Evidence: X 3−4 = −1, Y 2−3.5 = −1.5, Z 3−3.5 = −0.5 → −1.00; Fairness 0.00
    C on Evidence: X 3−4 = −1, Y 3−3 = 0, Z 2−4 = −2 → −1.00; Fairness 0.00
    Only A is beyond the 1.00 threshold (B and C sit exactly on it)."""
    people = {n: UserFactory(username=f"iv_{n}", display_name=n, department=department) for n in "ABC"}
    ratings = {"X": {"A": 5, "B": 3, "C": 3}, "Y": {"A": 4, "B": 2, "C": 3}, "Z": {"A": 5, "B": 3, "C": 2}}
    for day, (candidate, by) in enumerate(ratings.items()):
        for name, rating in by.items():
            score(form, people[name], candidate, [rating, 3], department, days_ago=10 - day)
    return people


def figures(form):
    drifts = calibration.drifts(form=form, scorecards=calibration.calibration_scorecards(form=form))
    return {d.interviewer.display_name: d for d in drifts}


def test_the_drifts_match_the_hand_computed_values(form, panel):
    result = figures(form)
    assert result["A"].by_dimension == [Decimal("2.00"), Decimal("0.00")]
    assert result["B"].by_dimension == [Decimal("-1.00"), Decimal("0.00")]
    assert result["C"].by_dimension == [Decimal("-1.00"), Decimal("0.00")]
    assert result["A"].overall == Decimal("1.00") and result["B"].overall == Decimal("-0.50")
    assert {name for name, d in result.items() if d.flagged} == {"A"}
    assert all(d.shared == 3 for d in result.values())


def test_the_most_drifting_interviewer_comes_first(form, panel):
    drifts = calibration.drifts(form=form, scorecards=calibration.calibration_scorecards(form=form))
    assert drifts[0].interviewer.display_name == "A"


def test_too_few_shared_candidates_are_never_flagged(form, panel):
    drifts = calibration.drifts(form=form, scorecards=calibration.calibration_scorecards(form=form), min_shared=4)
    assert not any(d.flagged for d in drifts)


def test_only_the_last_n_shared_candidates_count(form, panel, department):
    # an old candidate where A agreed with the panel drops out of a window of three
    for name in "ABC":
        score(form, panel[name], "OLD", [3, 3], department, days_ago=30)
    recent = calibration.drifts(form=form, scorecards=calibration.calibration_scorecards(form=form), window=3)
    assert {d.interviewer.display_name: d for d in recent}["A"].by_dimension[0] == Decimal("2.00")
    assert figures(form)["A"].by_dimension[0] == Decimal("1.50")  # the default window of ten holds all four


def test_a_candidate_seen_by_one_interviewer_is_not_compared(form, department):
    person = UserFactory(username="alone", department=department)
    score(form, person, "SOLO", [5, 5], department)
    assert calibration.drifts(form=form, scorecards=calibration.calibration_scorecards(form=form)) == []


def test_hr_and_assessors_see_the_page_with_the_flag_and_a_bar(client, form, panel, personas):
    for persona in ("hr", "assessor"):
        client.force_login(personas[persona])
        html = client.get(URL).content.decode()
        assert "Drifts from the panel" in html and "+2.00" in html and "iv-w-50" in html


def test_learners_and_heads_may_not_see_it(client, personas):
    for persona in ("learner", "head"):
        client.force_login(personas[persona])
        assert client.get(URL).status_code == 403


def test_the_page_costs_the_same_queries_for_twice_the_scorecards(client, form, personas, department):
    people = [UserFactory(username=f"q{i}", department=department) for i in range(4)]
    client.force_login(personas["hr"])

    def add(candidates):
        for c in candidates:
            for person in people:
                score(form, person, c, [3, 4], department)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(URL).status_code == 200
        return len(ctx)

    add(["N1", "N2"])
    n = count()
    add(["N3", "N4"])
    assert count() == n
