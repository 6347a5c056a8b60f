"""The seeded question bank: modules in this package define QUESTIONS, a list in the FORMAT below.

Each item is one question in two languages: the loader creates the English question and its linked Simplified
Chinese translation from the {"en": ..., "zh": ...} leaves (the same convention as courses.curriculum).

FORMAT (T = {"en": str, "zh": str}; HTML allowed in stems, feedback and descriptors)
    {
        "key": "etq-001",                    # unique, stable; stored as the question's idnumber
        "category": T,                       # path with "/" between levels, e.g. "Etiquette/Punctuality"
        "purpose": "exam" | "practice",
        "type": "single" | "multi" | "truefalse" | "short" | "matching" | "ordering" | "essay",
        "tags": ["competency:etiquette", "level:foundation", "difficulty:easy", "region:DE", ...],
        "mark": 1,                           # default mark (essays usually more)
        "name": T, "stem": T, "general_feedback": T,
        # single / multi:
        "choices": [{"text": T, "fraction": 1.0, "feedback": T}, ...], "shuffle": True,
        # truefalse:
        "answer": True, "feedback_true": T, "feedback_false": T,
        # short:
        "answers": [{"text": T, "fraction": 1.0, "feedback": T}, ...], "case_sensitive": False,
        # matching:
        "pairs": [{"left": T, "right": T}, ...], "distractors": [T, ...],
        # ordering (items in the right order):
        "items": [T, ...],
        # essay / scenario:
        "rubric": [{"criterion": T, "levels": [{"points": 0, "descriptor": T}, ...]}, ...],
        "grader_info": T, "response_template": T,
    }
Tags: competency:{etiquette,structured,cross_cultural,attracting,evaluation}, level:{foundation,advanced},
difficulty:{easy,medium,hard}, region:<code> for region-specific items, topic:taboo for taboo items,
kind:scenario for scenario essays.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

TYPES = {"single", "multi", "truefalse", "short", "matching", "ordering", "essay"}
COMMON = {"key", "category", "purpose", "type", "tags", "mark", "name", "stem", "general_feedback"}
BY_TYPE = {
    "single": {"choices", "shuffle"},
    "multi": {"choices", "shuffle"},
    "truefalse": {"answer", "feedback_true", "feedback_false"},
    "short": {"answers", "case_sensitive"},
    "matching": {"pairs", "distractors"},
    "ordering": {"items"},
    "essay": {"rubric", "grader_info", "response_template"},
}
REGIONS = {"US", "DE", "GB", "BR", "MX", "SA", "AE", "ID", "MY", "VN", "JP"}
TAG = re.compile(
    r"^(competency:(etiquette|structured|cross_cultural|attracting|evaluation)|level:(foundation|advanced)"
    r"|difficulty:(easy|medium|hard)|region:[A-Z]{2}|topic:[a-z_]+|kind:[a-z_]+)$"
)


def is_text(value) -> bool:
    return isinstance(value, dict) and set(value) == {"en", "zh"}


def pick(value, language: str):
    if is_text(value):
        return value[language]
    if isinstance(value, dict):
        return {k: pick(v, language) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(pick(v, language) for v in value)
    return value


def load_all() -> list[dict]:
    items = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        items.extend(getattr(module, "QUESTIONS", []))
    return items


def validate(q: dict) -> list[str]:
    key = q.get("key", "?")
    kind = q.get("type")
    if kind not in TYPES:
        return [f"{key}: unknown type {kind!r}"]
    expected = COMMON | BY_TYPE[kind]
    if set(q) != expected:
        return [f"{key}: fields {sorted(set(q) ^ expected)} missing or unexpected"]
    problems = []
    for field in ("category", "name", "stem", "general_feedback"):
        if not is_text(q[field]):
            problems.append(f"{key}: {field} must be {{'en', 'zh'}}")
    if q["purpose"] not in ("exam", "practice"):
        problems.append(f"{key}: purpose must be exam or practice")
    bad_tags = [t for t in q["tags"] if not TAG.match(t) or (t.startswith("region:") and t[7:] not in REGIONS)]
    if bad_tags:
        problems.append(f"{key}: bad tags {bad_tags}")
    if kind in ("single", "multi"):
        fractions = [c["fraction"] for c in q["choices"]]
        if len(fractions) < 2 or any(not -1 <= f <= 1 for f in fractions):
            problems.append(f"{key}: choices need fractions between -1 and 1")
        elif kind == "single" and max(fractions) != 1:
            problems.append(f"{key}: a single-choice question needs a right answer (fraction 1)")
        elif kind == "multi" and abs(sum(f for f in fractions if f > 0) - 1) > 0.01:
            problems.append(f"{key}: positive fractions add up to {sum(f for f in fractions if f > 0):.3f}, not 1")
    if kind == "essay" and not all(len(c["levels"]) >= 2 for c in q["rubric"]):
        problems.append(f"{key}: every rubric criterion needs at least two levels")
    problems.extend(_untranslated(q, key))
    return problems


def _untranslated(value, key: str) -> list[str]:
    if is_text(value):
        en, zh = str(value["en"]), str(value["zh"])
        if en.strip() and not zh.strip():
            return [f"{key}: no Chinese for {en[:50]!r}"]
        return []
    if isinstance(value, dict):
        return [p for v in value.values() for p in _untranslated(v, key)]
    if isinstance(value, list | tuple):
        return [p for v in value for p in _untranslated(v, key)]
    return []


def summary(items: list[dict]) -> dict:
    keys = [q["key"] for q in items]
    return {
        "total": len(items),
        "duplicate_keys": sorted({k for k in keys if keys.count(k) > 1}),
        "exam": sum(q["purpose"] == "exam" for q in items),
        "practice": sum(q["purpose"] == "practice" for q in items),
        "by_type": {t: sum(q["type"] == t for q in items) for t in sorted(TYPES)},
        "taboo_by_region": sum(
            "topic:taboo" in q["tags"] and any(t.startswith("region:") for t in q["tags"]) for q in items
        ),
        "scenario_essays": sum(q["type"] == "essay" and "kind:scenario" in q["tags"] for q in items),
        "regions": sorted({t[7:] for q in items for t in q["tags"] if t.startswith("region:")}),
        "competencies": sorted({t[11:] for q in items for t in q["tags"] if t.startswith("competency:")}),
    }
