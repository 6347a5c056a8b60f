"""Exams for tests: a small bank in both languages and an exam drawing from it, built through the services."""

from __future__ import annotations

from decimal import Decimal

from exams.models import Exam, ExamSection
from question_bank.models import Category
from tests.question_bank.factories import make_question

KINDS = ["single", "multi", "truefalse", "short", "matching", "ordering"]


def make_bank(category: str = "Exam/Core", kinds=None, *, author=None, chinese: bool = True) -> list:
    """One exam item of each kind (English, and a linked Chinese twin unless told not to)."""
    made = []
    for n, kind in enumerate(kinds or KINDS):
        english = make_question(kind, category=category, purpose="exam", author=author, name=f"{kind} {n}")
        made.append(english)
        if chinese:
            make_question(
                kind,
                category=category,
                purpose="exam",
                language="zh-hans",
                translation_of=english,
                name=f"{kind} {n} 中文",
            )
    return made


def make_exam(*, category: str = "Exam/Core", count: int | None = None, **fields) -> Exam:
    defaults = {
        "title": "Foundation test",
        "slug": "foundation-test",
        "time_limit_minutes": 30,
        "pass_mark_percent": Decimal("50"),
        "max_attempts": 2,
        "cooldown_hours": 0,
        "questions_per_page": 3,
        "review_policy": "feedback",
    }
    defaults.update(fields)
    exam = Exam.objects.create(**defaults)
    cat = Category.objects.get(path=category)
    n = count if count is not None else cat.questions.filter(language="en").count()
    ExamSection.objects.create(exam=exam, category=cat, count=n, marks_per_question=Decimal("1"))
    return exam


def right_answer_post(item) -> dict:
    """The form fields that answer `item` fully right, as a learner's browser would post them."""
    version = item.version
    kind = version.question.qtype
    options = item.choice_order.get("options", [])
    stems = item.choice_order.get("stems", [])
    prefix = f"q{item.slot}-"
    if kind in ("single", "truefalse"):
        best = max(version.answers.all(), key=lambda a: a.fraction)
        return {prefix + "choice": str(options.index(best.pk))}
    if kind == "multi":
        return {prefix + "choices": [str(options.index(a.pk)) for a in version.answers.all() if a.fraction > 0]}
    if kind == "short":
        return {prefix + "text": version.answers.first().text}
    if kind == "matching":
        pairs = {p.pk: p for p in version.pairs.all()}
        out = {}
        for s, stem_id in enumerate(stems):
            right = pairs[stem_id].right
            out[f"{prefix}pair-{s}"] = str(next(i for i, o in enumerate(options) if pairs[o].right == right))
        return out
    if kind == "ordering":
        rank = {i.pk: n for n, i in enumerate(version.items.all(), start=1)}
        return {f"{prefix}order-{o}": str(rank[option_id]) for o, option_id in enumerate(options)}
    return {prefix + "text": "A thoughtful answer using STAR."}
