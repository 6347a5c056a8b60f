from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from interviewing.models import Scorecard, ScorecardRating
from interviewing.services import kit_assign, scorecard_submit


@pytest.fixture
def interview(kit_maker, personas, certify, bank, scorecard_form):
    """A German interview held yesterday by the SALES head, who is certified for Germany."""
    kit = kit_maker(personas["learner"], scheduled_at=timezone.now() - timedelta(days=1), candidate_reference="C-9")
    certify(personas["head"], [bank["DE"]])
    return kit_assign(kit=kit, interviewer=personas["head"], user=personas["learner"])


def full(form, rating=4):
    return {d.pk: (rating, f"Evidence for {d.name}") for d in form.dimensions.all()}


def test_a_completed_scorecard_is_stored_against_the_assignment(interview, personas, scorecard_form):
    card = scorecard_submit(
        assignment=interview.assignment, user=personas["head"], form=scorecard_form, ratings=full(scorecard_form),
        summary="Hire.",
    )  # fmt: skip
    assert card.assignment == interview.assignment and card.candidate_reference == "C-9"
    assert card.interviewer == personas["head"]
    assert sorted(card.ratings.values_list("rating", flat=True)) == [4] * 5


def test_only_the_assigned_interviewer_may_complete_it(interview, personas, scorecard_form):
    with pytest.raises(PermissionDenied):
        scorecard_submit(
            assignment=interview.assignment, user=personas["learner"], form=scorecard_form, ratings=full(scorecard_form)
        )


def test_every_dimension_needs_a_rating_and_its_evidence(interview, personas, scorecard_form):
    ratings = full(scorecard_form)
    first = next(iter(ratings))
    with pytest.raises(ValidationError, match="Rate every dimension"):
        scorecard_submit(
            assignment=interview.assignment, user=personas["head"], form=scorecard_form,
            ratings={k: v for k, v in ratings.items() if k != first},
        )  # fmt: skip
    with pytest.raises(ValidationError, match="Note the evidence"):
        scorecard_submit(
            assignment=interview.assignment, user=personas["head"], form=scorecard_form,
            ratings={**ratings, first: (3, "  ")},
        )  # fmt: skip
    assert not Scorecard.objects.exists()


def test_submitting_again_replaces_the_ratings(interview, personas, scorecard_form):
    for rating in (2, 5):
        scorecard_submit(
            assignment=interview.assignment, user=personas["head"], form=scorecard_form,
            ratings=full(scorecard_form, rating),
        )  # fmt: skip
    assert Scorecard.objects.count() == 1
    assert set(ScorecardRating.objects.values_list("rating", flat=True)) == {5}


def test_an_interview_still_ahead_cannot_be_scored(kit_maker, personas, certify, bank, scorecard_form):
    kit = kit_maker(personas["learner"], scheduled_at=timezone.now() + timedelta(days=1))
    certify(personas["head"], [bank["DE"]])
    link = kit_assign(kit=kit, interviewer=personas["head"], user=personas["learner"])
    with pytest.raises(ValidationError, match="once the interview has taken place"):
        scorecard_submit(
            assignment=link.assignment, user=personas["head"], form=scorecard_form, ratings=full(scorecard_form)
        )


def test_the_scorecard_page_saves_ratings_and_evidence(client, interview, personas, scorecard_form):
    client.force_login(personas["head"])
    url = f"/interviewing/kits/{interview.kit_id}/scorecards/{interview.pk}/"
    assert "Structured questioning (STAR)" in client.get(url).content.decode()
    data = {f"rating_{d.pk}": 3 for d in scorecard_form.dimensions.all()}
    data.update({f"evidence_{d.pk}": "Gave a measured example." for d in scorecard_form.dimensions.all()})
    response = client.post(url, data)
    assert response.status_code == 302
    assert Scorecard.objects.get().ratings.count() == 5
