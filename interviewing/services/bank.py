"""The interview question bank: the checker on every text, and creating questions with their translations."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from ..checker.engine import CompiledRule, Text, compile_rule
from ..models import InterviewQuestion, QuestionText, RulePackVersion
from .lint import SEVERITY_ORDER

TEXT_FIELDS = ("text", "probes", "strong_answer", "average_answer", "weak_answer")
# what the interviewer says aloud; the answer descriptions are notes for the interviewer, never asked
SPOKEN_FIELDS = ("text", "probes")


@dataclass
class PackRules:
    """Every region's latest rules for one language, compiled once per distinct pattern text: the seeded packs
    share most patterns across regions, so this checks a line against each pattern once, not once per region."""

    language: str
    # pattern text → (compiled, [(region code, version number, rule)])
    patterns: dict[str, tuple[CompiledRule, list[tuple]]]


def latest_packs(language: str) -> PackRules:
    """Each region's latest published pack, compiled for `language` (two queries)."""
    versions = (
        RulePackVersion.objects.filter(status=RulePackVersion.Status.PUBLISHED)
        .select_related("region")
        .prefetch_related("rules")
        .order_by("region__code", "-number")
    )
    patterns: dict[str, tuple[CompiledRule, list[tuple]]] = {}
    seen = set()
    for version in versions:
        if version.region_id in seen:
            continue
        seen.add(version.region_id)
        for rule in version.rules.all():
            text = rule.patterns_for(language).strip()
            if text:
                if text not in patterns:
                    patterns[text] = (compile_rule(language, rule, text), [])
                patterns[text][1].append((version.region.code, version.number, rule))
    return PackRules(language, patterns)


def lines_findings(*, language: str, fields: dict[str, str], packs: PackRules | None = None) -> list[dict]:
    """Findings for every line of the given fields against every region's pack, most severe first."""
    packs = latest_packs(language) if packs is None else packs
    findings = []
    for field, value in fields.items():
        for line in (value or "").splitlines():
            if not line.strip():
                continue
            text = Text.of(language, line)
            for compiled, owners in packs.patterns.values():
                if not compiled.matches(text):
                    continue
                for region, version, rule in owners:
                    findings.append(
                        {"region": region, "version": version, "topic": rule.topic, "severity": rule.severity,
                         "rule": rule.key, "field": field, "line": line.strip()}
                    )  # fmt: skip
    findings.sort(key=lambda f: (SEVERITY_ORDER.get(f["severity"], 9), f["region"]))
    return findings


def worst(findings: list[dict]) -> str:
    return findings[0]["severity"] if findings else ""


def text_check(*, text: QuestionText, packs: PackRules | None = None) -> QuestionText:
    """Run the checker on what the interviewer will say (question and probes); sets, does not save, the result."""
    text.findings = lines_findings(
        language=text.language, fields={f: getattr(text, f) for f in SPOKEN_FIELDS}, packs=packs
    )
    text.worst_severity = worst(text.findings)
    text.checked_at = timezone.now()
    return text


def question_severity_refresh(*, question_id: int) -> None:
    severities = QuestionText.objects.filter(question_id=question_id).exclude(worst_severity="")
    found = sorted(severities.values_list("worst_severity", flat=True), key=lambda s: SEVERITY_ORDER.get(s, 9))
    InterviewQuestion.objects.filter(pk=question_id).update(worst_severity=found[0] if found else "")


@transaction.atomic
def bank_recheck(*, language: str | None = None) -> int:
    """Check every text again (after a rule pack is published). Returns how many texts are flagged."""
    flagged = 0
    for code in [language] if language else ["en", "zh-hans"]:
        packs = latest_packs(code)
        for text in QuestionText.objects.filter(language=code):
            text_check(text=text, packs=packs)
            QuestionText.objects.filter(pk=text.pk).update(
                findings=text.findings, worst_severity=text.worst_severity, checked_at=text.checked_at
            )
            flagged += bool(text.findings)
    for pk in InterviewQuestion.objects.values_list("pk", flat=True):
        question_severity_refresh(question_id=pk)
    return flagged


@transaction.atomic
def question_save(*, key: str, competency: str, kind: str, texts: dict[str, dict], senior_only: bool = False,
                  packs: dict[str, PackRules] | None = None) -> InterviewQuestion:  # fmt: skip
    """Create or update a question and its translations (`texts`: language → TEXT_FIELDS values)."""
    question, _created = InterviewQuestion.objects.update_or_create(
        key=key, defaults={"competency": competency, "kind": kind, "senior_only": senior_only}
    )
    for language, values in texts.items():
        text = QuestionText.objects.filter(question=question, language=language).first() or QuestionText(
            question=question, language=language
        )
        for field in TEXT_FIELDS:
            setattr(text, field, values[field])
        text.full_clean(exclude=["question"])
        text._packs = (packs or {}).get(language)
        text.save()
    return question
