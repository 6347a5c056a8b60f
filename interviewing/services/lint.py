"""The checker: which rules of a region's latest published pack a question trips, in a given language.

Read-only and side-effect free, so read-only API keys may call it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from ..checker.engine import Text, compile_rule
from ..checker.lemmas import normalise_language
from ..models import Rule, RulePackVersion, Severity
from ..selectors import published_rule_pack_for

MAX_QUESTIONS = 200
MAX_QUESTION_LENGTH = 2000
SEVERITY_ORDER = {Severity.UNLAWFUL: 0, Severity.RISKY: 1, Severity.CAUTION: 2}


class LintError(Exception):
    """A request the checker cannot answer; `code` is stable for API clients, `message` is for people."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass(frozen=True)
class QuestionFindings:
    question: str
    rules: list[Rule]


def _validated(region: str, language: str, questions) -> tuple[str, str, list[str]]:
    code = normalise_language(language)
    if code is None:
        raise LintError(
            "unsupported_language", _("The checker does not support the language “%(l)s”.") % {"l": language}
        )
    if not isinstance(questions, list | tuple) or not all(isinstance(q, str) for q in questions):
        raise LintError("invalid_questions", _("Questions must be a list of strings."))
    if not questions:
        raise LintError("invalid_questions", _("Give at least one question."))
    if len(questions) > MAX_QUESTIONS:
        raise LintError("too_many_questions", _("Check at most %(n)s questions at a time.") % {"n": MAX_QUESTIONS})
    if any(len(q) > MAX_QUESTION_LENGTH for q in questions):
        raise LintError(
            "question_too_long", _("Each question may have at most %(n)s characters.") % {"n": MAX_QUESTION_LENGTH}
        )
    return str(region or "").strip().upper(), code, list(questions)


def lint_findings(*, region: str, language: str, questions) -> tuple[RulePackVersion, list[QuestionFindings]]:
    """The pack used and, per question, the rules it trips, most severe first."""
    region_code, code, questions = _validated(region, language, questions)
    pack = published_rule_pack_for(region_code=region_code).first()
    if pack is None:
        raise LintError(
            "unknown_region", _("There is no published rule pack for the region “%(r)s”.") % {"r": region_code}, 404
        )
    rules = list(pack.rules.all())
    compiled = [compile_rule(code, r, r.patterns_for(code)) for r in rules if r.patterns_for(code).strip()]
    results = []
    for question in questions:
        text = Text.of(code, question)
        hits = [c.rule for c in compiled if c.matches(text)]
        hits.sort(key=lambda r: SEVERITY_ORDER.get(r.severity, 9))
        results.append(QuestionFindings(question=question, rules=hits))
    return pack, results


def localised(rule: Rule, field: str, display_language: str | None = None) -> str:
    lang = display_language or translation.get_language() or "en"
    return getattr(rule, f"{field}_zh" if lang.startswith("zh") else f"{field}_en")


def lint_questions(*, region: str, language: str, questions, display_language: str | None = None) -> dict:
    """The `POST /api/v1/lint/` answer (docs/api.md): explanations in the request's language."""
    pack, results = lint_findings(region=region, language=language, questions=questions)
    return {
        "rule_pack": {"region": pack.region.code, "version": pack.number},
        "results": [
            {
                "question": r.question,
                "findings": [
                    {
                        "topic": rule.topic,
                        "severity": rule.severity,
                        "explanation": localised(rule, "explanation", display_language),
                        "suggestion": localised(rule, "suggestion", display_language),
                        "rule": rule.key,
                    }
                    for rule in r.rules
                ],
            }
            for r in results
        ],
    }
