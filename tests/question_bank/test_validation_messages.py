"""The rules a question must meet, with messages that say what to fix."""

from __future__ import annotations

import pytest

from question_bank.validation import data_problems
from tests.question_bank.factories import data_for


def choices(*fractions):
    return [{"text": f"choice {i}", "fraction": f, "feedback": ""} for i, f in enumerate(fractions)]


def test_a_single_choice_question_with_no_right_answer_is_refused():
    problems = data_problems(data_for("single", choices=choices(0.5, 0, 0)))
    assert problems == ["A single-choice question needs a right answer: give one choice 100% credit."]


def test_a_multiple_response_question_whose_positive_credits_do_not_add_up_is_refused():
    problems = data_problems(data_for("multi", choices=choices(0.5, 0.25, -1)))
    assert problems == ["The positive credits of a multiple-response question must add up to 100%, not 75%."]


def test_credits_outside_minus_one_to_one_are_refused():
    assert data_problems(data_for("single", choices=choices(1, -2))) == ["Every credit must be between -100% and 100%."]


@pytest.mark.parametrize(
    ("kind", "change", "message"),
    [
        ("short", {"answers": []}, "Give at least one accepted answer."),
        ("matching", {"pairs": [{"left": "S", "right": "Situation"}]}, "A matching question needs at least two pairs."),
        ("ordering", {"items": ["Only one"]}, "An ordering question needs at least two items, none empty."),
        ("truefalse", {"answer": None}, "Say whether the statement is true or false."),
        (
            "essay",
            {"rubric": [{"criterion": "X", "levels": [{"points": 1, "descriptor": "a"}]}]},
            "Every rubric criterion needs at least two levels.",
        ),
        ("single", {"name": " "}, "The question has no name."),
    ],
)
def test_each_type_explains_what_is_missing(kind, change, message):
    assert message in data_problems(data_for(kind, **change))


def test_every_sample_question_is_valid():
    for kind in ("single", "multi", "truefalse", "short", "matching", "ordering", "essay"):
        assert data_problems(data_for(kind)) == [], kind
