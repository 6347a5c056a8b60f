"""score_response for every objective type; essays wait for a person."""

from __future__ import annotations

from decimal import Decimal

import pytest

from question_bank.models import QuestionVersion
from question_bank.scoring import score_response, wildcard_match
from question_bank.selectors import with_content
from tests.question_bank.factories import make_question

pytestmark = pytest.mark.django_db


def version_of(kind, **extra):
    q = make_question(kind, **extra)
    return with_content(QuestionVersion.objects.filter(pk=q.current_version_id)).get()


def ids(version, relation="answers"):
    return [row.pk for row in getattr(version, relation).all()]


def test_single_choice_gives_the_chosen_answers_credit():
    v = version_of("single")
    right, wrong, negative = ids(v)
    assert score_response(v, {"choice": right})[0] == Decimal(1)
    assert score_response(v, {"choice": wrong})[0] == Decimal(0)


def test_a_negative_single_choice_never_scores_below_zero():
    v = version_of("single")
    assert score_response(v, {"choice": ids(v)[2]})[0] == Decimal(0)


def test_multiple_response_gives_partial_credit():
    v = version_of("multi")
    situation, action, religion, weather = ids(v)
    fraction, detail = score_response(v, {"choices": [situation]})
    assert fraction == Decimal("0.5") and detail["state"] == "partial"
    assert score_response(v, {"choices": [situation, action]})[0] == Decimal(1)


def test_wrong_choices_take_credit_away_and_the_total_is_clamped_at_zero():
    v = version_of("multi")
    situation, action, religion, weather = ids(v)
    assert score_response(v, {"choices": [situation, action, religion]})[0] == Decimal(0)
    assert score_response(v, {"choices": [religion, weather]})[0] == Decimal(0)


def test_true_false_accepts_a_boolean_or_the_choice_id():
    v = version_of("truefalse")
    true_id, false_id = ids(v)
    assert score_response(v, {"answer": False})[0] == Decimal(1)
    assert score_response(v, {"answer": True})[0] == Decimal(0)
    assert score_response(v, {"choice": false_id})[0] == Decimal(1)


def test_true_false_feedback_is_for_the_response_given():
    v = version_of("truefalse")
    _fraction, detail = score_response(v, {"answer": True})
    assert [p["feedback"] for p in detail["parts"] if p["selected"]] == ["No: religion is protected."]


def test_short_answer_ignores_case_unless_told_and_the_first_match_counts():
    v = version_of("short")
    assert score_response(v, {"text": "  SITUATION "})[0] == Decimal(1)
    assert score_response(v, {"text": "situational"})[0] == Decimal("0.5")
    assert score_response(v, {"text": "task"})[0] == Decimal(0)


def test_short_answer_respects_case_when_the_question_asks():
    v = version_of("short", case_sensitive=True)
    assert score_response(v, {"text": "Situation"})[0] == Decimal(0)
    assert score_response(v, {"text": "situation"})[0] == Decimal(1)


def test_the_wildcard_matches_any_run_of_characters_and_can_be_escaped():
    assert wildcard_match("star*method", "STAR is a method", case_sensitive=False)
    assert not wildcard_match("star*method", "STAR", case_sensitive=False)
    assert wildcard_match("5\\*", "5*", case_sensitive=False)
    assert not wildcard_match("5\\*", "55", case_sensitive=False)


def test_matching_gives_credit_per_pair():
    v = version_of("matching")
    s, t, a, r, reason = v.pairs.all()
    fraction, detail = score_response(v, {"pairs": {s.pk: s.pk, t.pk: t.pk, a.pk: r.pk, r.pk: reason.pk}})
    assert fraction == Decimal("0.5")
    assert [p["right"] for p in detail["parts"]] == [True, True, False, False]


def test_ordering_gives_credit_per_item_in_its_right_place():
    v = version_of("ordering")
    s, t, a, r = ids(v, "items")
    assert score_response(v, {"order": [s, t, a, r]})[0] == Decimal(1)
    assert score_response(v, {"order": [s, t, r, a]})[0] == Decimal("0.5")
    assert score_response(v, {"order": [r, a, t, s]})[0] == Decimal(0)


def test_an_essay_needs_a_person():
    v = version_of("essay")
    assert score_response(v, {"text": "My answer"}) == (None, {"needs_grading": True})


def test_an_empty_response_scores_zero_for_every_objective_type():
    for kind in ("single", "multi", "truefalse", "short", "matching", "ordering"):
        assert score_response(version_of(kind), {})[0] == Decimal(0), kind
