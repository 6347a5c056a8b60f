"""Interview kits: choose questions from the bank by competency, check them, let the interviewer replace a flagged
one, and book eligible interviewers through certification's guarded assignments."""

from __future__ import annotations

import hashlib

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from ..models import InterviewKit, InterviewQuestion, KitInterviewer, KitQuestion
from ..selectors import bank_questions_for, published_rule_pack_for
from .lint import SEVERITY_ORDER, LintError, lint_findings

# questions per competency; senior kits add leadership
PLAN = {
    "professional_skill": 2,
    "experience_fit": 2,
    "cultural_fit": 2,
    "communication": 1,
    "motivation": 1,
}
SENIOR_PLAN = {**PLAN, "leadership": 2}
COPIED_FIELDS = ("text", "probes", "strong_answer", "average_answer", "weak_answer")


def _shuffle_key(seed: str, key: str) -> str:
    # a stable order per kit: two kits for different roles or candidates get different questions, the same kit
    # rebuilt gets the same ones (no randomness to make tests and reviews irreproducible)
    return hashlib.sha256(f"{seed}|{key}".encode()).hexdigest()


def questions_choose(*, level: str, language: str, seed: str) -> list[tuple[str, InterviewQuestion]]:
    """(competency, question) in plan order: clean, active questions with a text in the kit's language, then one
    stress question from any competency (pressure is a tool to use once, not the tone of the interview)."""
    plan = SENIOR_PLAN if level == InterviewKit.Level.SENIOR else PLAN
    pool = sorted(
        bank_questions_for(language=language, senior=level == InterviewKit.Level.SENIOR),
        key=lambda q: _shuffle_key(seed, q.key),
    )
    chosen = []
    for competency, count in plan.items():
        chosen.extend(
            (competency, q) for q in [q for q in pool if q.competency == competency and q.kind != "stress"][:count]
        )
    stress = next((q for q in pool if q.kind == "stress" and q.competency in plan), None)
    if stress is not None:
        chosen.append((stress.competency, stress))
    return chosen


def _copy_text(question: InterviewQuestion, language: str) -> dict:
    text = question.text_in(language)
    return {f: getattr(text, f) for f in COPIED_FIELDS}


def _findings(rules, line: str) -> list[dict]:
    return [
        {"topic": r.topic, "topic_label": r.get_topic_display(), "severity": r.severity, "rule": r.key,
         "explanation_en": r.explanation_en, "explanation_zh": r.explanation_zh,
         "suggestion_en": r.suggestion_en, "suggestion_zh": r.suggestion_zh, "law": r.law, "line": line}
        for r in rules
    ]  # fmt: skip


def kit_check(*, kit: InterviewKit, questions: list[KitQuestion] | None = None) -> int:
    """Run the checker on the kit's questions and probes (the kit's region and language). Returns how many are
    flagged. Saves the findings on each question."""
    questions = list(kit.questions.all()) if questions is None else questions
    lines = [(q, line) for q in questions for line in [q.text, *q.probe_list] if line.strip()]
    if not lines:
        return 0
    try:
        pack, results = lint_findings(region=kit.region.code, language=kit.language, questions=[ln for _q, ln in lines])
    except LintError:
        return 0  # no published pack for the region: the kit shows that no check could be made
    found: dict[int, list[dict]] = {q.pk: [] for q in questions}
    for (question, line), result in zip(lines, results, strict=True):
        found[question.pk].extend(_findings(result.rules, line))
    flagged = 0
    for question in questions:
        question.findings = sorted(found[question.pk], key=lambda f: SEVERITY_ORDER.get(f["severity"], 9))
        question.worst_severity = question.findings[0]["severity"] if question.findings else ""
        question.save(update_fields=["findings", "worst_severity"])
        flagged += bool(question.findings)
    if kit.rule_pack_id != pack.pk:
        kit.rule_pack = pack
        kit.save(update_fields=["rule_pack", "updated_at"])
    return flagged


@transaction.atomic
def kit_create(*, user, role: str, department, region, level: str, language: str, candidate_reference: str = "",
               scheduled_at=None) -> InterviewKit:  # fmt: skip
    """A kit with questions chosen from the bank for the level, checked against the region's rule pack."""
    kit = InterviewKit(
        role=role.strip(), department=department, region=region, level=level, language=language,
        candidate_reference=candidate_reference.strip(), scheduled_at=scheduled_at, created_by=user,
        rule_pack=published_rule_pack_for(region_code=region.code).first(),
    )  # fmt: skip
    kit.full_clean()
    kit.save()
    seed = f"{role.strip().lower()}|{region.code}|{candidate_reference.strip()}|{level}"
    questions = [
        KitQuestion(kit=kit, order=order, competency=competency, source=q, **_copy_text(q, language))
        for order, (competency, q) in enumerate(questions_choose(level=level, language=language, seed=seed))
    ]
    KitQuestion.objects.bulk_create(questions)
    kit_check(kit=kit)
    return kit


def kit_require_editor(*, kit: InterviewKit, user) -> None:
    from org.permissions import is_hr

    if not (user.pk == kit.created_by_id or is_hr(user)):
        raise PermissionDenied


@transaction.atomic
def kit_question_replace(*, kit_question: KitQuestion, user, text: str = "", source: InterviewQuestion | None = None):
    """Replace a question by another from the bank or by the interviewer's own wording; checked again at once."""
    kit = kit_question.kit
    kit_require_editor(kit=kit, user=user)
    if source is None and not text.strip():
        raise ValidationError(_("Choose a question from the bank or write your own."))
    kit_question.replaced_text = kit_question.replaced_text or kit_question.text
    if source is not None:
        for name, value in _copy_text(source, kit.language).items():
            setattr(kit_question, name, value)
        kit_question.source, kit_question.competency = source, source.competency
    else:
        kit_question.text, kit_question.source = text.strip(), None
        kit_question.probes = kit_question.strong_answer = kit_question.average_answer = kit_question.weak_answer = ""
    kit_question.save()
    kit_check(kit=kit, questions=[kit_question])
    return kit_question


@transaction.atomic
def kit_question_add(*, kit: InterviewKit, user, text: str, competency: str) -> KitQuestion:
    kit_require_editor(kit=kit, user=user)
    if not text.strip():
        raise ValidationError(_("Write the question."))
    InterviewKit.objects.select_for_update().filter(pk=kit.pk).exists()  # serialise order numbers per kit
    order = (kit.questions.aggregate(n=Max("order"))["n"] or 0) + 1
    question = KitQuestion.objects.create(kit=kit, order=order, competency=competency, text=text.strip())
    kit_check(kit=kit, questions=[question])
    return question


@transaction.atomic
def kit_question_remove(*, kit_question: KitQuestion, user) -> None:
    kit_require_editor(kit=kit_question.kit, user=user)
    kit_question.delete()


@transaction.atomic
def kit_assign(*, kit: InterviewKit, interviewer, user, scheduled_at=None) -> KitInterviewer:
    """Book an interviewer on the kit's panel. The gate (certification's `assignment_create`) refuses anyone not
    eligible for the kit's department, region and level, now and at the interview's time."""
    from certification.services.assignments import assignment_create

    kit_require_editor(kit=kit, user=user)
    when = scheduled_at or kit.scheduled_at
    if when is None:
        raise ValidationError(_("Set the interview time before booking interviewers."))
    if KitInterviewer.objects.filter(kit=kit, assignment__interviewer=interviewer).exists():
        raise ValidationError(_("%(name)s is already on this panel.") % {"name": interviewer.name})
    assignment = assignment_create(
        candidate_reference=kit.candidate_reference or f"KIT-{kit.pk}",
        role=kit.role,
        department=kit.department,
        region=kit.region,
        level=kit.level,
        scheduled_at=when,
        interviewer=interviewer,
        created_by=user,
    )
    return KitInterviewer.objects.create(kit=kit, assignment=assignment)
