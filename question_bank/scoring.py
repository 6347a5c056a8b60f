"""Scoring: `score_response(version, response) -> (fraction, detail)`. Pure: reads the version, writes nothing.

Responses, by type (ids are the primary keys of the version's rows, as the attempt showed them):
    single:    {"choice": answer_id}
    multi:     {"choices": [answer_id, ...]}
    truefalse: {"answer": True | False}  (or {"choice": answer_id})
    short:     {"text": "..."}
    matching:  {"pairs": {pair_id: chosen_pair_id, ...}}  (chosen: a pair whose right-hand text was picked)
    ordering:  {"order": [item_id, ...]}  (first to last)
    essay:     anything; the fraction is None because a person grades it against the rubric.

Rules (as in Moodle where Moodle has one):
- multi: the credits of the chosen choices are added; wrong choices may carry negative credit; the total is
  clamped to 0..1.
- short: the accepted answers are tried in order and the first match gives its credit; `*` matches any run of
  characters (`\\*` is a literal asterisk); case matters only if the question says so; spaces at the ends and
  runs of spaces inside are ignored.
- matching: partial credit, each left item right counts 1/n of the pairs.
- ordering: partial credit by absolute position (Moodle's "absolute position" grading): each item in its right
  place counts 1/n. A learner who swaps two adjacent steps of four keeps half the credit.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .models import QuestionType

ZERO, ONE = Decimal(0), Decimal(1)
PLACES = Decimal("0.0000001")


def score_response(version, response: dict | None) -> tuple[Decimal | None, dict]:
    kind = version.question.qtype
    if kind == QuestionType.ESSAY:
        return None, {"needs_grading": True}
    response = response or {}
    fraction, detail = SCORERS[kind](version, response)
    fraction = min(ONE, max(ZERO, fraction)).quantize(PLACES, rounding=ROUND_HALF_UP)
    detail["state"] = "right" if fraction == ONE else ("partial" if fraction > 0 else "wrong")
    return fraction, detail


def _ids(values) -> set[int]:
    out = set()
    for value in values if isinstance(values, list | tuple | set) else [values]:
        try:
            out.add(int(value))
        except (TypeError, ValueError):
            continue
    return out


def _choice_parts(version, chosen: set[int]) -> tuple[Decimal, dict]:
    parts, total = [], ZERO
    for answer in version.answers.all():
        selected = answer.pk in chosen
        if selected:
            total += answer.fraction
        parts.append(
            {
                "id": answer.pk,
                "selected": selected,
                "fraction": answer.fraction,
                "feedback": answer.feedback if selected else "",
            }
        )
    return total, {"parts": parts}


def _score_single(version, response):
    chosen = _ids(response.get("choice"))
    return _choice_parts(version, set(list(chosen)[:1]))


def _score_multi(version, response):
    return _choice_parts(version, _ids(response.get("choices") or []))


def _score_truefalse(version, response):
    if "choice" in response:
        return _choice_parts(version, _ids(response["choice"]))
    value = response.get("answer")
    if isinstance(value, str):
        value = {"true": True, "false": False}.get(value.strip().lower())
    wanted = {True: "true", False: "false"}.get(value)
    chosen = {a.pk for a in version.answers.all() if a.text.strip().lower() == wanted}
    return _choice_parts(version, chosen)


def normalise_text(text: str, case_sensitive: bool) -> str:
    text = re.sub(r"\s+", " ", (text or "").strip())
    return text if case_sensitive else text.casefold()


def wildcard_match(pattern: str, text: str, case_sensitive: bool) -> bool:
    pattern, text = normalise_text(pattern, case_sensitive), normalise_text(text, case_sensitive)
    pieces = re.split(r"(?<!\\)\*", pattern)
    regex = ".*".join(re.escape(piece.replace("\\*", "*")) for piece in pieces)
    return re.fullmatch(regex, text, flags=re.DOTALL) is not None


def _score_short(version, response):
    text = str(response.get("text") or "")
    if not text.strip():
        return ZERO, {"parts": [], "matched": None}
    for answer in version.answers.all():
        if wildcard_match(answer.text, text, version.case_sensitive):
            return answer.fraction, {
                "parts": [
                    {"id": answer.pk, "selected": True, "fraction": answer.fraction, "feedback": answer.feedback}
                ],
                "matched": answer.pk,
            }
    return ZERO, {"parts": [], "matched": None}


def _score_matching(version, response):
    pairs = list(version.pairs.all())
    by_id = {p.pk: p for p in pairs}
    given = {int(k): v for k, v in (response.get("pairs") or {}).items() if str(k).isdigit()}
    stems = [p for p in pairs if p.left.strip()]
    parts, right = [], 0
    for pair in stems:
        chosen_ids = _ids(given.get(pair.pk))
        chosen = by_id.get(next(iter(chosen_ids))) if chosen_ids else None
        ok = chosen is not None and chosen.right.strip() == pair.right.strip()
        right += ok
        parts.append({"id": pair.pk, "chosen": chosen.pk if chosen else None, "right": ok})
    fraction = Decimal(right) / Decimal(len(stems)) if stems else ZERO
    return fraction, {"parts": parts}


def _score_ordering(version, response):
    items = list(version.items.all())
    order = [int(i) for i in (response.get("order") or []) if str(i).isdigit()]
    parts, right = [], 0
    for position, item in enumerate(items):
        ok = position < len(order) and order[position] == item.pk
        right += ok
        parts.append({"id": item.pk, "position": position, "right": ok})
    fraction = Decimal(right) / Decimal(len(items)) if items else ZERO
    return fraction, {"parts": parts}


SCORERS = {
    QuestionType.SINGLE: _score_single,
    QuestionType.MULTI: _score_multi,
    QuestionType.TRUEFALSE: _score_truefalse,
    QuestionType.SHORT: _score_short,
    QuestionType.MATCHING: _score_matching,
    QuestionType.ORDERING: _score_ordering,
}
