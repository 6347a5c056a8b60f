"""Drawing an attempt's items from the bank: N random live exam items per section, in the learner's language."""

from __future__ import annotations

import random
from dataclasses import dataclass

from question_bank.models import Purpose, Question, QuestionType, QuestionVersion
from question_bank.rendering import learner_view
from question_bank.selectors import exam_questions, with_content

_rng = random.SystemRandom()


@dataclass
class Drawn:
    section_id: int | None
    question_id: int
    version_id: int
    language_fallback: bool
    mark: object


def section_pool(section) -> list[dict]:
    """Candidate items of a section (every language), as rows with their translation group."""
    if not section.count or section.category_id is None:
        return []
    qs = exam_questions(category_path=section.category.path)
    if section.tag:
        qs = qs.filter(tags__name=section.tag)
    if section.difficulty:
        qs = qs.filter(tags__name=f"difficulty:{section.difficulty}")
    if section.qtype:
        qs = qs.filter(qtype=section.qtype)
    if section.objective_only:
        qs = qs.exclude(qtype=QuestionType.ESSAY)
    return list(qs.distinct().values("pk", "translation_group", "language", "current_version_id"))


def pool_question_ids(exam) -> set[int]:
    """Every item the exam could show, in every language: who wrote or edited these may not sit the exam."""
    ids: set[int] = set()
    for section in exam.sections.all():
        ids.update(row["pk"] for row in section_pool(section))
        ids.update(section.fixed_questions.values_list("pk", flat=True))
    groups = Question.objects.filter(pk__in=ids).values("translation_group")
    return set(Question.objects.filter(translation_group__in=groups).values_list("pk", flat=True))


def _in_language(rows: list[dict], language: str) -> tuple[dict, bool]:
    for row in rows:
        if row["language"] == language:
            return row, False
    return rows[0], True


def draw_items(*, exam, language: str) -> list[Drawn]:
    """Fixed questions first, then each section's random draw; a translation group never appears twice."""
    used_groups: set = set()
    drawn: list[Drawn] = []
    for section in exam.sections.all().order_by("sort_order", "pk"):
        fixed = list(
            Question.objects.filter(
                translation_group__in=section.fixed_questions.values("translation_group"),
                purpose=Purpose.EXAM,
                retired_at__isnull=True,
                current_version__isnull=False,
            ).values("pk", "translation_group", "language", "current_version_id")
        )
        groups: dict = {}
        for row in fixed:
            groups.setdefault(row["translation_group"], []).append(row)
        chosen = [g for g in groups if g not in used_groups]
        pool: dict = {}
        for row in section_pool(section):
            if row["translation_group"] not in used_groups and row["translation_group"] not in groups:
                pool.setdefault(row["translation_group"], []).append(row)
        candidates = sorted(pool, key=str)
        picked = _rng.sample(candidates, min(section.count, len(candidates)))
        for group in chosen + picked:
            rows = groups.get(group) or pool[group]
            row, fallback = _in_language(rows, language)
            used_groups.add(group)
            drawn.append(Drawn(section.pk, row["pk"], row["current_version_id"], fallback, section.marks_per_question))
    if exam.shuffle_questions:
        _rng.shuffle(drawn)
    return drawn


def frozen_order(version, *, shuffle: bool) -> dict:
    """The order the version's parts are shown in, stored on the attempt item so every page load agrees."""
    seed = _rng.randrange(1 << 30) if shuffle else 0
    view = learner_view(version, seed=seed)
    kind = version.question.qtype
    if not shuffle and kind in (QuestionType.SINGLE, QuestionType.MULTI):
        view.options.sort(key=lambda o: [a.pk for a in version.answers.all()].index(o.id))
    return {"options": [o.id for o in view.options], "stems": [s.id for s in view.stems]}


def versions_by_id(ids) -> dict:
    return {v.pk: v for v in with_content(QuestionVersion.objects.filter(pk__in=list(ids)))}
