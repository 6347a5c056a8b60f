"""What the attempt and result pages show of an item: text and choices in the frozen order, named by position.

`item_view` is what a learner sees while the attempt is open: never a credit, a right flag or feedback.
`item_review` adds what the review policy allows once the result is final.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from question_bank.models import QuestionType
from question_bank.scoring import score_response

from ..models.exams import REVIEW_ORDER
from ..services.answers import form_values, is_answered
from ..services.content import content_of


@dataclass
class Shown:
    index: int
    text: str
    chosen: bool = False


@dataclass
class ItemView:
    slot: int
    qtype: str
    name: str
    stem: str
    mark: object
    options: list[Shown] = field(default_factory=list)
    stems: list[Shown] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    text: str = ""
    answered: bool = False
    fallback: bool = False
    review: dict = field(default_factory=dict)

    @property
    def input_type(self) -> str:
        return "checkbox" if self.qtype == QuestionType.MULTI else "radio"

    @property
    def field_name(self) -> str:
        return "choices" if self.qtype == QuestionType.MULTI else "choice"


def _texts(version) -> dict:
    return _shown_texts(content_of(version))


def _shown_texts(content: dict) -> dict:
    texts = content["texts"]
    if content["kind"] == QuestionType.TRUEFALSE:
        texts = {pk: _("True") if t.strip().lower() == "true" else _("False") for pk, t in texts.items()}
    return texts


def item_view(item, content: dict | None = None) -> ItemView:
    """`content` is the version's `content_of` (from `version_content`'s cache); read from `item.version` if None."""
    content = content_of(item.version) if content is None else content
    kind = content["kind"]
    answer = item.response.answer if hasattr(item, "response") else {}
    values = form_values(item, answer, kind=kind)
    texts = _shown_texts(content)
    view = ItemView(
        slot=item.slot,
        qtype=kind,
        name=content["name"],
        stem=content["stem"],
        mark=item.mark,
        values=values,
        answered=is_answered(answer),
        fallback=item.language_fallback,
    )
    options = item.choice_order.get("options", [])
    if kind == QuestionType.MATCHING:
        view.options = [Shown(i, texts[o][1]) for i, o in enumerate(options) if o in texts]
        view.stems = [Shown(i, texts[s][0]) for i, s in enumerate(item.choice_order.get("stems", [])) if s in texts]
        chosen = values.get("pairs", {})
        view.values = {"pairs": {s.index: chosen.get(s.index) for s in view.stems}}
    elif kind == QuestionType.ORDERING:
        places = values.get("places", {})
        view.options = [Shown(i, texts[o]) for i, o in enumerate(options) if o in texts]
        view.values = {"places": {o.index: places.get(o.index, o.index + 1) for o in view.options}}
    elif kind in (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE):
        picked = values.get("choices") or ({values["choice"]} if values.get("choice") is not None else set())
        view.options = [Shown(i, texts[o], i in picked) for i, o in enumerate(options) if o in texts]
    else:
        view.text = values.get("text") or ("" if view.answered else content["response_template"])
    return view


def state_of(fraction) -> str | None:
    if fraction is None:
        return None
    return "right" if fraction == 1 else "partial" if fraction > 0 else "wrong"


def allowed(level: str, wanted: str) -> bool:
    return REVIEW_ORDER.index(level) >= REVIEW_ORDER.index(wanted)


def item_review(item, level: str) -> ItemView:
    """The item with what `level` of the review policy lets the learner see."""
    view = item_view(item)
    response = item.response
    fraction = response.fraction
    review = {"fraction": fraction, "score": (fraction or 0) * item.mark if fraction is not None else None}
    if allowed(level, "correctness"):
        review["state"] = (
            None if fraction is None else ("right" if fraction == 1 else "partial" if fraction > 0 else "wrong")
        )
        review["comment"] = response.comment
    if allowed(level, "answers"):
        review["right_answers"] = _right_answers(item)
    if allowed(level, "feedback"):
        _fraction, detail = score_response(item.version, response.answer)
        review["feedback"] = [p.get("feedback") for p in detail.get("parts", []) if p.get("feedback")]
        review["general_feedback"] = item.version.general_feedback
    view.review = review
    return view


def _right_answers(item) -> list[str]:
    version = item.version
    kind = version.question.qtype
    if kind in (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE, QuestionType.SHORT):
        texts = _texts(version)
        return [texts[a.pk] for a in version.answers.all() if a.fraction > 0]
    if kind == QuestionType.MATCHING:
        return [f"{p.left} → {p.right}" for p in version.pairs.all() if p.left.strip()]
    if kind == QuestionType.ORDERING:
        return [i.text for i in version.items.all()]
    return []
