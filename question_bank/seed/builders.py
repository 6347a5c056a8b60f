"""Small builders shared by the seed modules: bilingual text, choices, matching pairs and rubric levels."""

from __future__ import annotations


def t(en: str, zh: str) -> dict[str, str]:
    return {"en": en, "zh": zh}


def opt(fraction: float, en: str, zh: str, feedback_en: str, feedback_zh: str) -> dict:
    """A choice (single/multi) or an accepted answer (short): text, fraction and the feedback it earns."""
    return {"text": t(en, zh), "fraction": fraction, "feedback": t(feedback_en, feedback_zh)}


def pair(left_en: str, left_zh: str, right_en: str, right_zh: str) -> dict:
    return {"left": t(left_en, left_zh), "right": t(right_en, right_zh)}


def level(points: int, en: str, zh: str) -> dict:
    return {"points": points, "descriptor": t(en, zh)}
