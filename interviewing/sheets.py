"""Everything a kit shows, gathered once for the page and the PDF, in the reader's language."""

from __future__ import annotations

from django.utils.translation import get_language

from . import guidance
from .models import Competency, InterviewKit
from .seed import kit_content
from .selectors import evaluation_form_current


def _pairs(pairs, language: str) -> list[str]:
    zh = language.startswith("zh")
    return [zh_text if zh else en_text for en_text, zh_text in pairs]


def localised_finding(finding: dict, language: str) -> dict:
    zh = language.startswith("zh")
    return {
        **finding,
        "explanation": finding["explanation_zh" if zh else "explanation_en"],
        "suggestion": finding["suggestion_zh" if zh else "suggestion_en"],
    }


def kit_sheet(kit: InterviewKit, language: str | None = None) -> dict:
    """The kit's sections: plan, evaluation form, taboo reminders, etiquette, scheduling, checklists, talking points.

    Expects `kit` from `selectors.kit_detail` (questions, panel and rule pack loaded)."""
    language = language or get_language() or "en"
    region = kit.region
    questions = list(kit.questions.all())
    for q in questions:
        q.local_findings = [localised_finding(f, language) for f in q.findings]
    form = evaluation_form_current()
    pack_rules = list(kit.rule_pack.rules.all()) if kit.rule_pack_id else []
    needs_interpreter = kit.language.split("-")[0] not in [code.split("-")[0] for code in region.languages or []]
    first = kit.panel.all()[0].assignment.interviewer if kit.panel.all() else kit.created_by
    talking = kit_content.TALKING_POINTS + (kit_content.SENIOR_TALKING_POINTS if kit.level == "senior" else [])
    return {
        "kit": kit,
        "questions": questions,
        "flagged": [q for q in questions if q.worst_severity],
        "competencies": dict(Competency.choices),
        "introduction": _pairs(kit_content.INTRODUCTION, language),
        "close": _pairs(kit_content.CLOSE, language),
        "candidate_questions": _pairs(kit_content.CANDIDATE_QUESTIONS, language),
        "tools": _pairs(kit_content.TOOLS_CHECKLIST, language),
        "interpreter": _pairs(kit_content.INTERPRETER_CHECKLIST, language),
        "needs_interpreter": needs_interpreter,
        "talking_points": _pairs(talking, language),
        "form": form,
        "dimensions": list(form.dimensions.all()) if form else [],
        "taboo_rules": [
            {
                "rule": r,
                "explanation": r.explanation_zh if language.startswith("zh") else r.explanation_en,
                "suggestion": r.suggestion_zh if language.startswith("zh") else r.suggestion_en,
            }
            for r in pack_rules
            if r.severity in ("unlawful", "risky")
        ],  # fmt: skip
        "etiquette": guidance.etiquette(region.code, language),
        "logistics": guidance.logistics(region.code, language),
        "schedule": guidance.schedule(
            region=region, scheduled_at=kit.scheduled_at, interviewer=first, language=language
        ),
        "panel": list(kit.panel.all()),
    }
