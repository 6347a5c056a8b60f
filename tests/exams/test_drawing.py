"""How a section draws: N random live exam items from its category and below, narrowed by tag, difficulty, type or
"objective only", plus fixed questions always included; marks per section; shuffling; questions per page."""

from __future__ import annotations

from decimal import Decimal

import pytest

from exams.models import Exam, ExamSection
from exams.services.attempts import attempt_start
from exams.services.drawing import draw_items, frozen_order
from question_bank.models import Category, Question
from tests.exams.factories import make_bank
from tests.factories import UserFactory

KINDS = ["single", "multi", "truefalse", "short", "matching", "ordering", "essay"]


@pytest.fixture
def pool(db):
    bank = make_bank(category="Draw/Top", kinds=KINDS[:4])
    bank += make_bank(category="Draw/Top/Below", kinds=KINDS[4:])
    by_kind = dict(zip(KINDS, bank, strict=True))
    by_kind["single"].tags.add("kind:etiquette", "difficulty:hard")
    by_kind["matching"].tags.add("kind:etiquette")
    return by_kind


def exam_with(**section) -> Exam:
    exam = Exam.objects.create(title="Draw", slug=f"draw-{Exam.objects.count()}", time_limit_minutes=10)
    fixed = section.pop("fixed", [])
    made = ExamSection.objects.create(exam=exam, category=Category.objects.get(path="Draw/Top"), **section)
    made.fixed_questions.set(fixed)
    made.save()  # a cluster's many-to-many is written when it is saved
    return exam


def kinds_drawn(exam, language="en") -> list[str]:
    drawn = draw_items(exam=exam, language=language)
    return sorted(Question.objects.get(pk=d.question_id).qtype for d in drawn)


def test_a_section_draws_its_count_from_the_category_and_every_category_below(pool):
    drawn = draw_items(exam=exam_with(count=7), language="en")
    assert len(drawn) == 7 and len({d.question_id for d in drawn}) == 7
    assert kinds_drawn(exam_with(count=50)) == sorted(KINDS)  # never more than there are, never one twice


def test_a_tag_a_difficulty_or_a_type_narrows_the_draw(pool):
    assert kinds_drawn(exam_with(count=5, tag="kind:etiquette")) == ["matching", "single"]
    assert kinds_drawn(exam_with(count=5, difficulty="hard")) == ["single"]
    assert kinds_drawn(exam_with(count=5, qtype="ordering")) == ["ordering"]
    assert "essay" not in kinds_drawn(exam_with(count=50, objective_only=True))


def test_fixed_questions_are_always_included_once_and_in_the_learners_language(pool):
    exam = exam_with(count=1, qtype="short", fixed=[pool["essay"], pool["matching"]])
    drawn = draw_items(exam=exam, language="zh-hans")
    questions = Question.objects.filter(pk__in=[d.question_id for d in drawn])
    assert sorted(q.qtype for q in questions) == ["essay", "matching", "short"]
    assert {q.language for q in questions} == {"zh-hans"}


def test_marks_come_from_the_section(pool, learner):
    exam = exam_with(count=3, marks_per_question=Decimal("2.5"))
    attempt = attempt_start(exam=exam, user=learner, language="en")
    assert set(attempt.items.values_list("mark", flat=True)) == {Decimal("2.5")}
    assert attempt.max_score == Decimal("7.5")


def test_questions_are_paged_as_the_exam_says(pool, learner):
    exam = exam_with(count=5)
    exam.questions_per_page = 2
    exam.save()
    attempt = attempt_start(exam=exam, user=learner, language="en")
    assert list(attempt.items.order_by("slot").values_list("page", flat=True)) == [1, 1, 2, 2, 3]


def test_without_shuffling_items_keep_the_section_order_and_choices_the_authors_order(pool):
    exam = exam_with(count=0, fixed=[pool["single"], pool["multi"]])
    exam.shuffle_questions = False
    exam.save()
    orders = {tuple(d.question_id for d in draw_items(exam=exam, language="en")) for _ in range(5)}
    assert orders == {(pool["single"].pk, pool["multi"].pk)}
    version = pool["multi"].current_version
    authored = [a.pk for a in version.answers.all()]
    assert frozen_order(version, shuffle=False)["options"] == authored


def test_shuffling_varies_the_order_of_items_and_of_choices(pool):
    exam = exam_with(count=7)
    exam.shuffle_questions = True
    exam.save()
    orders = {tuple(d.question_id for d in draw_items(exam=exam, language="en")) for _ in range(10)}
    assert len(orders) > 1
    version = pool["single"].current_version
    assert len({tuple(frozen_order(version, shuffle=True)["options"]) for _ in range(10)}) > 1


def test_a_person_who_exported_an_item_the_exam_can_draw_cannot_sit_it(pool):
    from django.core.exceptions import PermissionDenied

    from question_bank.services.questions import question_access_record

    exporter = UserFactory(username="exporter")
    question_access_record(questions=[pool["ordering"]], user=exporter, action="export")
    with pytest.raises(PermissionDenied):
        attempt_start(exam=exam_with(count=2), user=exporter, language="en")
