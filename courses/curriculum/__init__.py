"""The seeded curriculum, one module per course, each defining COURSE (see FORMAT below).

Text is bilingual at the leaves: wherever a learner reads words, the value is {"en": "...", "zh": "..."}; the seeder
builds the English page from the "en" leaves and its wagtail-localize translation from the "zh" leaves. Everything
else (kinds, levels, region codes, dates, counts) is plain.

FORMAT
    COURSE = {
        "slug": "interview-etiquette",                      # unique, lower-case, used for prerequisites
        "order": 10,                                        # position in the catalogue
        "title": T, "summary": T,                           # T = {"en": str, "zh": str}
        "competency": "etiquette" | "structured" | "cross_cultural" | "attracting" | "evaluation",
        "level": "foundation" | "advanced",
        "minutes": int,                                     # estimated time for the whole course
        "regions": [region codes] ,                         # [] unless the course is specific to regions
        "prerequisites": [course slugs],
        "objectives": [T, ...],
        "lessons": [
            {"slug": str, "title": T, "minutes": int, "required": bool, "body": [BLOCK, ...]},
        ],
    }
    BLOCK is a (type, value) pair:
        ("heading", {"text": T, "level": 2 | 3})
        ("rich_text", T)                                    # HTML: <p>, <ul>/<ol>/<li>, <strong>, <em>, <h3>
        ("callout", {"kind": "tip" | "warning" | "law", "title": T, "body": T})        # body is HTML
        ("star_example", {"title": T, "situation": T, "task": T, "action": T, "result": T,
                          "verdict": "strong" | "weak", "commentary": T})
        ("taboo_card", {"topic": T, "regions": [codes], "why_risky": T, "legal_basis": T, "ask_instead": T,
                        "review_status": "unreviewed" | "reviewed", "reviewer": str, "reviewed_on": "YYYY-MM-DD" | ""})
        ("scenario", {"title": T, "setting": T, "roles": [{"role": T, "brief": T}], "observer_scores": T})
        ("checklist", {"title": T, "items": [T, ...]})
        ("do_dont", {"title": T, "pairs": [{"do": T, "dont": T}, ...]})
        ("knowledge_check", {"title": T, "category": "English category path/with slashes", "count": int})
"""

from __future__ import annotations

import importlib
import pkgutil
import re

BLOCK_FIELDS = {
    "heading": {"text", "level"},
    "rich_text": None,
    "callout": {"kind", "title", "body"},
    "star_example": {"title", "situation", "task", "action", "result", "verdict", "commentary"},
    "taboo_card": {
        "topic",
        "regions",
        "why_risky",
        "legal_basis",
        "ask_instead",
        "review_status",
        "reviewer",
        "reviewed_on",
    },
    "scenario": {"title", "setting", "roles", "observer_scores"},
    "checklist": {"title", "items"},
    "do_dont": {"title", "pairs"},
    "knowledge_check": {"title", "category", "count"},
}
COURSE_FIELDS = {
    "slug",
    "order",
    "title",
    "summary",
    "competency",
    "level",
    "minutes",
    "regions",
    "prerequisites",
    "objectives",
    "lessons",
}
COMPETENCIES = {"etiquette", "structured", "cross_cultural", "attracting", "evaluation"}
REGIONS = {"US", "DE", "GB", "BR", "MX", "SA", "AE", "ID", "MY", "VN", "JP"}


def is_text(value) -> bool:
    return isinstance(value, dict) and set(value) == {"en", "zh"}


def pick(value, language: str):
    """The value with every bilingual leaf replaced by its `language` ("en" or "zh") text."""
    if is_text(value):
        return value[language]
    if isinstance(value, dict):
        return {k: pick(v, language) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(pick(v, language) for v in value)
    return value


def load_all() -> list[dict]:
    courses = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "COURSE"):
            courses.append(module.COURSE)
        courses.extend(getattr(module, "COURSES", []))
    return sorted(courses, key=lambda c: (c["order"], c["slug"]))


def words(html: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", html).split())


def cjk_chars(html: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", html))


def lesson_text(lesson: dict, language: str) -> str:
    return " ".join(_strings(pick(lesson["body"], language)))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def validate(course: dict) -> list[str]:
    """Problems with one course definition (empty when it is fine)."""
    problems = []
    slug = course.get("slug", "?")
    if set(course) != COURSE_FIELDS:
        problems.append(f"{slug}: fields {sorted(set(course) ^ COURSE_FIELDS)} missing or unexpected")
        return problems
    for key in ("title", "summary"):
        if not is_text(course[key]):
            problems.append(f"{slug}: {key} must be {{'en', 'zh'}}")
    if course["competency"] not in COMPETENCIES or course["level"] not in {"foundation", "advanced"}:
        problems.append(f"{slug}: bad competency or level")
    if set(course["regions"]) - REGIONS:
        problems.append(f"{slug}: unknown regions {set(course['regions']) - REGIONS}")
    if len(course["lessons"]) < 4:
        problems.append(f"{slug}: needs at least four lessons")
    for lesson in course["lessons"]:
        where = f"{slug}/{lesson.get('slug')}"
        for block in lesson["body"]:
            kind, value = block
            if kind not in BLOCK_FIELDS:
                problems.append(f"{where}: unknown block {kind}")
            elif BLOCK_FIELDS[kind] is None and not is_text(value):
                problems.append(f"{where}: {kind} must be bilingual text")
            elif BLOCK_FIELDS[kind] is not None and set(value) != BLOCK_FIELDS[kind]:
                problems.append(f"{where}: {kind} fields {sorted(set(value) ^ BLOCK_FIELDS[kind])}")
        problems.extend(_untranslated(lesson["body"], where))
        english, chinese = lesson_text(lesson, "en"), lesson_text(lesson, "zh")
        if words(english) < 300:
            problems.append(f"{where}: {words(english)} English words (at least 300)")
        if cjk_chars(chinese) < 450:
            problems.append(f"{where}: {cjk_chars(chinese)} Chinese characters (at least 450)")
    return problems


def _untranslated(value, where: str) -> list[str]:
    if is_text(value):
        en, zh = value["en"], value["zh"]
        if en.strip() and (not zh.strip() or (cjk_chars(zh) == 0 and len(en.split()) > 3)):
            return [f"{where}: no Chinese for {en[:50]!r}"]
        return []
    if isinstance(value, dict):
        return [p for v in value.values() for p in _untranslated(v, where)]
    if isinstance(value, list | tuple):
        return [p for v in value for p in _untranslated(v, where)]
    return []
