"""Drawing an attempt's items from the bank: N random live exam items per section, in the learner's language.

The draw runs in SQL and never loads a section's whole pool: per section one query picks `count` random translation
groups, each as the row to show (`ORDER BY RANDOM() LIMIT count`, see `_random_rows`); the fixed questions of every
section take two queries in all. The number of queries depends on the number of
sections, never on the size of the bank.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from question_bank.models import Category, Purpose, Question, QuestionTag, QuestionType, QuestionVersion
from question_bank.rendering import learner_view
from question_bank.selectors import categories_under, with_content

from ..models import ExamSection

_rng = random.SystemRandom()
_ROW = ("pk", "translation_group", "language", "current_version_id")


@dataclass
class Drawn:
    section_id: int | None
    question_id: int
    version_id: int
    language_fallback: bool
    mark: object


def exam_sections(exam) -> list[ExamSection]:
    """The exam's sections in order, each with `category_tree` (the ids of its category and every one below it).

    Two queries. The ids go into the draw as a list, so the database uses the draw index (purpose, category) for
    them; a subquery there made SQLite scan the whole question table.
    """
    sections = list(ExamSection.objects.filter(exam=exam).select_related("category").order_by("sort_order", "pk"))
    paths = {section.category.path for section in sections if section.category_id}
    tree = Q(pk__in=[])
    for path in paths:
        tree |= Q(path=path) | Q(path__startswith=f"{path}/")
    categories = list(Category.objects.filter(tree).values_list("pk", "path")) if paths else []
    for section in sections:
        path = section.category.path if section.category_id else None
        section.category_tree = [pk for pk, p in categories if path and (p == path or p.startswith(f"{path}/"))]
    return sections


def _tagged(name: str) -> Exists:
    return Exists(QuestionTag.objects.filter(content_object_id=OuterRef("pk"), tag__name=name))


def section_filter(section) -> Q | None:
    """The live exam items (every language) a section may draw, as a filter on questions; None if it draws none."""
    if not section.count or section.category_id is None:
        return None
    condition = Q(
        purpose=Purpose.EXAM,
        retired_at__isnull=True,
        current_version__isnull=False,
    )
    if hasattr(section, "category_tree"):
        condition &= Q(category_id__in=section.category_tree)
    else:
        condition &= Q(category__in=categories_under(section.category.path).values("pk"))
    if section.tag:
        condition &= Q(_tagged(section.tag))
    if section.difficulty:
        condition &= Q(_tagged(f"difficulty:{section.difficulty}"))
    if section.qtype:
        condition &= Q(qtype=section.qtype)
    if section.objective_only:
        condition &= ~Q(qtype=QuestionType.ESSAY)
    return condition


def exam_pool(exam, sections=None) -> QuerySet[Question]:
    """Every item the exam could show (drawn or fixed), as a query that is never loaded whole."""
    fixed = ExamSection.fixed_questions.through.objects.filter(examsection__exam_id=exam.pk).values("question_id")
    condition = Q(pk__in=fixed)
    for section in exam_sections(exam) if sections is None else sections:
        drawable = section_filter(section)
        if drawable is not None:
            condition |= drawable
    return Question.objects.filter(condition)


def _fixed_rows(exam) -> dict[int, dict]:
    """{section id: {translation group: [live exam rows of the group]}} for every section's fixed questions."""
    through = ExamSection.fixed_questions.through.objects.filter(examsection__exam_id=exam.pk)
    links = list(through.values_list("examsection_id", "question__translation_group"))
    if not links:
        return {}
    rows: dict = {}
    for row in (
        Question.objects.filter(
            translation_group__in={group for _section, group in links},
            purpose=Purpose.EXAM,
            retired_at__isnull=True,
            current_version__isnull=False,
        )
        .order_by("category__path", "pk")
        .values(*_ROW)
    ):
        rows.setdefault(row["translation_group"], []).append(row)
    wanted: dict = {}
    for section_id, group in links:
        wanted.setdefault(section_id, set()).add(group)
    by_section: dict = {}
    for group, group_rows in rows.items():  # in the bank's order, as the section lists them
        for section_id, groups in wanted.items():
            if group in groups:
                by_section.setdefault(section_id, {})[group] = group_rows
    return by_section


def _random_rows(section, *, language: str, exclude: set) -> list[dict]:
    """`section.count` random translation groups of the section's candidates, each as its row in `language`, or else
    its candidate in the other language.

    Each group is represented by exactly one candidate row (the one in `language`; the other only when the group has
    no candidate in `language`), so every group has the same chance whatever its number of languages, and
    `ORDER BY RANDOM() LIMIT count` over those rows is a uniform draw of groups, in one query without `GROUP BY`.
    """
    condition = section_filter(section)
    if condition is None:
        return []
    candidates = Question.objects.filter(condition)
    if exclude:
        candidates = candidates.exclude(translation_group__in=exclude)
    twin = Question.objects.filter(condition, translation_group=OuterRef("translation_group"), language=language)
    representative = Q(language=language) | ~Exists(twin)
    return list(candidates.filter(representative).order_by("?").values(*_ROW)[: section.count])


def _in_language(rows: list[dict], language: str) -> tuple[dict, bool]:
    for row in rows:
        if row["language"] == language:
            return row, False
    return rows[0], True


def draw_items(*, exam, language: str, sections=None) -> list[Drawn]:
    """Fixed questions first, then each section's random draw; a translation group never appears twice."""
    sections = exam_sections(exam) if sections is None else sections
    fixed = _fixed_rows(exam)
    used_groups: set = set()
    drawn: list[Drawn] = []
    for section in sections:
        groups = fixed.get(section.pk, {})
        rows = [_in_language(group_rows, language) for g, group_rows in groups.items() if g not in used_groups]
        picked = _random_rows(section, language=language, exclude=used_groups | set(groups))
        rows += [(row, row["language"] != language) for row in picked]
        for row, fallback in rows:
            used_groups.add(row["translation_group"])
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
