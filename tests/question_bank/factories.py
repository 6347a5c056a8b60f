"""Questions for tests, built through the services so they are shaped as the product makes them."""

from __future__ import annotations

from question_bank.services.categories import category_ensure_path
from question_bank.services.questions import question_create

BASE = {"name": "Q", "stem": "<p>Pick one</p>", "general_feedback": "<p>Because.</p>", "mark": 1}

SAMPLES = {
    "single": {
        "choices": [
            {"text": "Introduce yourself and the agenda", "fraction": 1, "feedback": "Good."},
            {"text": "Ask about family plans", "fraction": 0, "feedback": "Never."},
            {"text": "Start with salary", "fraction": -0.5, "feedback": "Too early."},
        ],
        "shuffle": True,
    },
    "multi": {
        "choices": [
            {"text": "Situation", "fraction": 0.5, "feedback": ""},
            {"text": "Action", "fraction": 0.5, "feedback": ""},
            {"text": "Religion", "fraction": -1, "feedback": "Protected."},
            {"text": "Weather", "fraction": 0, "feedback": ""},
        ],
        "shuffle": False,
    },
    "truefalse": {"answer": False, "feedback_true": "No: religion is protected.", "feedback_false": "Right."},
    "short": {
        "answers": [
            {"text": "situation", "fraction": 1, "feedback": "Yes."},
            {"text": "situ*", "fraction": 0.5, "feedback": "Nearly."},
        ],
        "case_sensitive": False,
    },
    "matching": {
        "pairs": [
            {"left": "S", "right": "Situation"},
            {"left": "T", "right": "Task"},
            {"left": "A", "right": "Action"},
            {"left": "R", "right": "Result"},
        ],
        "distractors": ["Reason"],
        "shuffle": True,
    },
    "ordering": {"items": ["Situation", "Task", "Action", "Result"]},
    "essay": {
        "rubric": [
            {
                "criterion": "Structure",
                "levels": [{"points": 0, "descriptor": "None"}, {"points": 2, "descriptor": "STAR"}],
            },
            {
                "criterion": "Evidence",
                "levels": [{"points": 0, "descriptor": "Vague"}, {"points": 3, "descriptor": "Specific"}],
            },
        ],
        "grader_info": "<p>Look for a result.</p>",
        "response_template": "Situation:\nTask:",
    },
}


def data_for(kind: str, **extra) -> dict:
    return {**BASE, "type": kind, "name": f"{kind} question", **SAMPLES[kind], **extra}


def make_question(
    kind: str = "single",
    *,
    category: str = "Etiquette/Before",
    language: str = "en",
    purpose: str = "practice",
    author=None,
    translation_of=None,
    **extra,
):
    cat = category_ensure_path(path=category)
    return question_create(
        data=data_for(kind, purpose=purpose, **extra),
        category=cat,
        language=language,
        author=author,
        translation_of=translation_of,
    )
