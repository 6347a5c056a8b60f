"""The learner's page names choices by their position in the frozen order, never by the bank's ids.

`answer_from_form` turns posted positions into the bank's response format (what `score_response` reads);
`form_values` turns a stored answer back into positions to pre-fill the page. Ids never reach the browser, so
neither the order in which an author wrote the choices nor anything else about the key can be read from the page.
"""

from __future__ import annotations

from question_bank.models import QuestionType

CHOICE_TYPES = (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE)
TEXT_LIMIT = 20_000


def _position(value, size: int) -> int | None:
    try:
        index = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return index if 0 <= index < size else None


def answer_from_form(item, data, *, kind: str | None = None) -> dict:
    """`data` is a QueryDict-like mapping of this item's fields (names without the slot prefix); `kind` is the
    question's type (read from `item.version` if not given)."""
    kind = kind or item.version.question.qtype
    options = item.choice_order.get("options", [])
    stems = item.choice_order.get("stems", [])
    if kind in (QuestionType.SINGLE, QuestionType.TRUEFALSE):
        index = _position(data.get("choice"), len(options))
        return {"choice": options[index]} if index is not None else {}
    if kind == QuestionType.MULTI:
        picked = [_position(v, len(options)) for v in data.getlist("choices")]
        return {"choices": sorted({options[i] for i in picked if i is not None})}
    if kind == QuestionType.MATCHING:
        pairs = {}
        for s, stem_id in enumerate(stems):
            index = _position(data.get(f"pair-{s}"), len(options))
            if index is not None:
                pairs[str(stem_id)] = options[index]
        return {"pairs": pairs}
    if kind == QuestionType.ORDERING:
        placed = []
        for o, option_id in enumerate(options):
            place = _position(data.get(f"order-{o}"), len(options) + 1)
            placed.append((place if place else len(options) + 1, o, option_id))
        return {"order": [option_id for _place, _o, option_id in sorted(placed)]}
    return {"text": str(data.get("text") or "")[:TEXT_LIMIT]}


def form_values(item, answer: dict | None, *, kind: str | None = None) -> dict:
    """What the page shows as already answered, in positions: {"choice": 2}, {"choices": {0, 3}}, ..."""
    answer = answer or {}
    options = item.choice_order.get("options", [])
    stems = item.choice_order.get("stems", [])
    where = {option_id: i for i, option_id in enumerate(options)}
    kind = kind or item.version.question.qtype
    if kind in (QuestionType.SINGLE, QuestionType.TRUEFALSE):
        return {"choice": where.get(answer.get("choice"))}
    if kind == QuestionType.MULTI:
        return {"choices": {where[c] for c in answer.get("choices", []) if c in where}}
    if kind == QuestionType.MATCHING:
        given = answer.get("pairs", {})
        return {"pairs": {s: where.get(given.get(str(stem_id))) for s, stem_id in enumerate(stems)}}
    if kind == QuestionType.ORDERING:
        order = answer.get("order") or options
        return {"places": {where[o]: n + 1 for n, o in enumerate(order) if o in where}}
    return {"text": answer.get("text", "")}


def is_answered(answer: dict | None) -> bool:
    if not answer:
        return False
    return any(bool(value) for value in answer.values())
