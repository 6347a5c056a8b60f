"""What a learner sees of a version: text and choices in a shown order, never credits or which answer is right."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .models import QuestionType, QuestionVersion


@dataclass
class Option:
    id: int
    text: str


@dataclass
class LearnerItem:
    version_id: int
    qtype: str
    name: str
    stem: str
    mark: object
    options: list[Option] = field(default_factory=list)  # choices, or items to order
    stems: list[Option] = field(default_factory=list)  # matching: the left items
    response_template: str = ""

    @property
    def input_type(self) -> str:
        return "checkbox" if self.qtype == QuestionType.MULTI else "radio"


def learner_view(version: QuestionVersion, seed: int | str = 0) -> LearnerItem:
    """`seed` fixes the shown order, so an attempt can store it and show the same order again."""
    rng = random.Random(f"{version.pk}:{seed}")  # noqa: S311 - shuffling, not security
    kind = version.question.qtype
    item = LearnerItem(
        version.pk, kind, version.name, version.stem, version.default_mark, response_template=version.response_template
    )
    if kind in (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE):
        item.options = [Option(a.pk, a.text) for a in version.answers.all()]
        if version.shuffle and kind != QuestionType.TRUEFALSE:
            rng.shuffle(item.options)
    elif kind == QuestionType.MATCHING:
        pairs = list(version.pairs.all())
        item.stems = [Option(p.pk, p.left) for p in pairs if p.left.strip()]
        seen, options = set(), []
        for p in pairs:  # one option per distinct answer text, as Moodle does
            if p.right.strip() not in seen:
                seen.add(p.right.strip())
                options.append(Option(p.pk, p.right))
        rng.shuffle(options)
        item.options = options
    elif kind == QuestionType.ORDERING:
        item.options = [Option(i.pk, i.text) for i in version.items.all()]
        if len(item.options) > 1:
            original = [o.id for o in item.options]
            while [o.id for o in item.options] == original:  # never show the answer as the starting order
                rng.shuffle(item.options)
    return item
