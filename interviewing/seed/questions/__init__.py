"""The seeded interview question bank: one module per competency, validated before it is written."""

from __future__ import annotations

from . import communication, culture, experience, leadership, motivation, professional, professional_more

MODULES = [professional, professional_more, experience, culture, communication, motivation, leadership]
KINDS = {"behavioural", "situational", "stress"}
LANGUAGES = ("en", "zh-hans")
FIELDS = ("text", "probes", "strong_answer", "average_answer", "weak_answer")
MINIMUM = 120


class SeedError(ValueError):
    pass


def all_questions() -> list[dict]:
    """Every seeded question with its competency; leadership questions are offered for senior roles only."""
    questions = []
    for module in MODULES:
        for entry in module.QUESTIONS:
            senior = entry["senior_only"] or module.COMPETENCY == "leadership"
            questions.append({**entry, "competency": module.COMPETENCY, "senior_only": senior})
    return questions


def validate(questions: list[dict]) -> list[dict]:
    """Refuse a seed with gaps: unknown kinds, a missing translation or field, fewer than two probes in a language,
    duplicate keys or wordings, a Chinese text without Chinese in it, or too few questions."""
    from ...models import Competency

    errors: list[str] = []
    keys: set[str] = set()
    wordings: set[str] = set()
    for q in questions:
        key = q["key"]
        if key in keys:
            errors.append(f"{key}: duplicate key")
        keys.add(key)
        if q["competency"] not in Competency.values:
            errors.append(f"{key}: unknown competency {q['competency']!r}")
        if q["kind"] not in KINDS:
            errors.append(f"{key}: unknown kind {q['kind']!r}")
        for language in LANGUAGES:
            text = q["texts"].get(language)
            if not text:
                errors.append(f"{key}: no {language} text")
                continue
            errors.extend(f"{key} ({language}): empty {f}" for f in FIELDS if not text.get(f, "").strip())
            if len([p for p in text["probes"].splitlines() if p.strip()]) < 2:
                errors.append(f"{key} ({language}): fewer than two follow-up probes")
            if text["text"] in wordings:
                errors.append(f"{key} ({language}): the same wording as another question")
            wordings.add(text["text"])
            if language == "zh-hans" and not any("\u4e00" <= ch <= "\u9fff" for ch in text["text"]):
                errors.append(f"{key}: the Chinese text has no Chinese characters")
    if len(questions) < MINIMUM:
        errors.append(f"only {len(questions)} questions; the bank needs at least {MINIMUM}")
    if errors:
        raise SeedError("; ".join(errors))
    return questions
