"""Rules a question must meet, shared by the admin forms, the importers and the seeder.

The messages are for the person who wrote the question, so they say what to fix.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .models import Purpose, QuestionType

ONE = Decimal(1)
TOLERANCE = Decimal("0.01")


def to_decimal(value, default=Decimal(0)) -> Decimal:
    if value is None or value == "":
        return default
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal("NaN")


def choice_problems(qtype: str, fractions: list[Decimal]) -> list[str]:
    """Single choice needs one fully right answer; the positive credits of multiple response add up to 100%."""
    if any(f.is_nan() or not -ONE <= f <= ONE for f in fractions):
        return [_("Every credit must be between -100% and 100%.")]
    if qtype in (QuestionType.SINGLE, QuestionType.MULTI) and len(fractions) < 2:
        return [_("Give at least two choices.")]
    if qtype == QuestionType.SINGLE and max(fractions, default=0) != ONE:
        return [_("A single-choice question needs a right answer: give one choice 100% credit.")]
    if qtype == QuestionType.MULTI:
        positive = sum((f for f in fractions if f > 0), Decimal(0))
        if abs(positive - ONE) > TOLERANCE:
            return [
                _("The positive credits of a multiple-response question must add up to 100%%, not %(total)s%%.")
                % {"total": f"{positive * 100:.1f}".rstrip("0").rstrip(".")}
            ]
    if qtype == QuestionType.SHORT:
        if not fractions:
            return [_("Give at least one accepted answer.")]
        if max(fractions) != ONE:
            return [_("A short-answer question needs one accepted answer with 100% credit.")]
    return []


def data_problems(data: dict) -> list[str]:
    """Everything wrong with one question in the neutral dict format (see question_bank.formats)."""
    kind = data.get("type")
    if kind not in QuestionType.values:
        return [_("Unknown question type: %(type)s.") % {"type": kind}]
    problems = []
    if not (data.get("name") or "").strip():
        problems.append(_("The question has no name."))
    if not (data.get("stem") or "").strip():
        problems.append(_("The question has no text."))
    if data.get("purpose", Purpose.PRACTICE) not in Purpose.values:
        problems.append(_("The purpose must be exam or practice."))
    mark = to_decimal(data.get("mark"), Decimal(1))
    if mark.is_nan() or mark < 0:
        problems.append(_("The default mark must be a number of 0 or more."))
    if kind in (QuestionType.SINGLE, QuestionType.MULTI):
        choices = data.get("choices") or []
        if any(not (c.get("text") or "").strip() for c in choices):
            problems.append(_("A choice has no text."))
        problems += choice_problems(kind, [to_decimal(c.get("fraction")) for c in choices])
    elif kind == QuestionType.TRUEFALSE and not isinstance(data.get("answer"), bool):
        problems.append(_("Say whether the statement is true or false."))
    elif kind == QuestionType.SHORT:
        answers = data.get("answers") or []
        if any(not (a.get("text") or "").strip() for a in answers):
            problems.append(_("An accepted answer is empty."))
        problems += choice_problems(kind, [to_decimal(a.get("fraction"), ONE) for a in answers])
    elif kind == QuestionType.MATCHING:
        pairs = data.get("pairs") or []
        if len(pairs) < 2:
            problems.append(_("A matching question needs at least two pairs."))
        if any(not (p.get("left") or "").strip() or not (p.get("right") or "").strip() for p in pairs):
            problems.append(_("Every pair needs an item and its matching answer."))
    elif kind == QuestionType.ORDERING:
        items = data.get("items") or []
        if len(items) < 2 or any(not (i or "").strip() for i in items):
            problems.append(_("An ordering question needs at least two items, none empty."))
    elif kind == QuestionType.ESSAY:
        for criterion in data.get("rubric") or []:
            if len(criterion.get("levels") or []) < 2:
                problems.append(_("Every rubric criterion needs at least two levels."))
                break
    return problems
