"""The draw's cached lists of translation groups and the cached data of used versions: a stale list never draws a
retired, moved, retagged or practice question, changes reach the next draw, and the cached order data is what the
learner's view shows."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from exams.services.attempts import attempt_start
from exams.services.drawing import _data_of, draw_items, frozen_order, order_from_data, version_data
from question_bank.models import Purpose, Question, QuestionTag, QuestionVersion
from question_bank.rendering import learner_view
from question_bank.services.questions import question_update, questions_restore, questions_retire
from tests.exams.factories import make_bank, make_exam
from tests.factories import UserFactory
from tests.question_bank.factories import data_for, make_question

KINDS = ["single", "multi", "truefalse", "short", "matching", "ordering", "essay"]


def drawn_groups(exam, times: int = 20) -> set:
    groups = set()
    for _ in range(times):
        ids = [d.question_id for d in draw_items(exam=exam, language="en")]
        groups |= set(Question.objects.filter(pk__in=ids).values_list("translation_group", flat=True))
    return groups


@pytest.fixture
def warm(db):
    """Four English items with twins, an exam drawing two, and the section's list of groups in the cache."""
    bank = make_bank(category="Cache/Top", kinds=["single", "truefalse", "multi", "short"])
    exam = make_exam(category="Cache/Top", slug="cache", count=2)
    assert len(drawn_groups(exam, times=1)) == 2
    assert any(key.startswith(":1:exams:draw:") for key in cache._cache)  # noqa: SLF001 - the list is cached
    return bank, exam


def test_a_question_retired_behind_the_caches_back_is_never_drawn(warm):
    bank, exam = warm
    retired = bank[0]
    # an update sends no signal, so the cached list still names the group
    Question.objects.filter(translation_group=retired.translation_group).update(retired_at="2026-01-01T00:00Z")
    assert retired.translation_group not in drawn_groups(exam)
    assert drawn_groups(exam) == {q.translation_group for q in bank[1:]}


def test_a_question_made_practice_moved_out_or_retired_through_the_service_is_never_drawn(warm):
    bank, exam = warm
    Question.objects.filter(pk=bank[0].pk).update(purpose=Purpose.PRACTICE)
    Question.objects.filter(translation_group=bank[0].translation_group, language="zh-hans").update(
        purpose=Purpose.PRACTICE
    )
    other = make_question("single", category="Elsewhere", purpose="exam")
    Question.objects.filter(translation_group=bank[1].translation_group).update(category=other.category)
    questions_retire(question_ids=[bank[2].pk])  # in a test the commit never comes: the signal is not sent
    assert drawn_groups(exam) == {bank[3].translation_group}


def test_a_restored_question_and_a_new_one_are_drawn_again(warm, django_capture_on_commit_callbacks):
    bank, exam = warm
    with django_capture_on_commit_callbacks(execute=True):
        questions_retire(question_ids=[bank[0].pk])
    assert bank[0].translation_group not in drawn_groups(exam)
    with django_capture_on_commit_callbacks(execute=True):
        questions_restore(question_ids=[bank[0].pk])
    added = make_question("truefalse", category="Cache/Top", purpose="exam")
    assert drawn_groups(exam, times=60) == {q.translation_group for q in [*bank, added]}


def test_removing_a_tag_the_section_asks_for_stops_the_draw_of_that_question(warm):
    bank, exam = warm
    section = exam.sections.get()
    section.tag = "kind:cached"
    section.count = 5
    section.save()
    for question in bank[:2]:
        question.tags.add("kind:cached")
    assert drawn_groups(exam, times=1) == {q.translation_group for q in bank[:2]}
    QuestionTag.objects.filter(content_object=bank[0]).delete()
    assert drawn_groups(exam, times=1) == {bank[1].translation_group}


def test_an_edited_question_is_started_with_its_new_version(warm):
    bank, exam = warm
    section = exam.sections.get()
    section.count = 4
    section.save()
    first = attempt_start(exam=exam, user=UserFactory(), language="en")
    edited = bank[0]
    old = edited.current_version_id
    new = question_update(question=edited, data=data_for("single", purpose="exam", name="single edited"))
    assert new.pk != old  # the first start used it, so editing made a new version
    second = attempt_start(exam=exam, user=UserFactory(), language="en")
    versions = set(second.items.values_list("version_id", flat=True))
    assert new.pk in versions and old not in versions
    assert old in set(first.items.values_list("version_id", flat=True))


def test_only_used_versions_are_cached_and_the_data_holds_ids_only(db):
    bank = make_bank(category="Cache/Data", kinds=KINDS, chinese=False)
    ids = [q.current_version_id for q in bank]
    version_data(ids)
    assert cache.get_many([f"exams:version-order:{pk}" for pk in ids]) == {}
    QuestionVersion.objects.filter(pk__in=ids).update(used_at="2026-01-01T00:00Z")
    fresh = version_data(ids)
    cached = cache.get_many([f"exams:version-order:{pk}" for pk in ids])
    assert len(cached) == len(KINDS)
    for version in QuestionVersion.objects.filter(pk__in=ids):
        assert cached[f"exams:version-order:{version.pk}"] == fresh[version.pk] == _data_of(version)
        assert all(isinstance(v, bool | int | str | list) for v in fresh[version.pk].values())
        assert all(isinstance(n, int) for key in ("options", "stems") for n in fresh[version.pk].get(key, []))


@pytest.mark.parametrize("seed", [0, 1, 7, 12345])
def test_the_order_from_cached_data_is_the_order_the_learners_view_shows(db, seed):
    bank = make_bank(category="Cache/Order", kinds=KINDS, chinese=False)
    for version in QuestionVersion.objects.filter(question__in=bank).select_related("question"):
        view = learner_view(version, seed=seed)
        order = order_from_data(_data_of(version), seed=seed)
        if version.question.qtype in ("single", "multi") and not seed:
            assert order["options"] == [a.pk for a in version.answers.all()]  # no shuffle: the author's order
        else:
            assert order == {"options": [o.id for o in view.options], "stems": [s.id for s in view.stems]}
    for version in QuestionVersion.objects.filter(question__in=bank).select_related("question"):
        assert sorted(frozen_order(version, shuffle=True)["options"]) == sorted(
            order_from_data(_data_of(version), seed=0)["options"]
        )


def test_the_exams_plan_is_read_once_and_a_changed_section_or_fixed_question_reaches_the_next_draw(
    warm, django_assert_num_queries
):
    bank, exam = warm
    section = exam.sections.get()
    # warm: the plan and the list come from the cache; one query reads the drawn rows (no fixed questions: none)
    with django_assert_num_queries(1):
        assert len(draw_items(exam=exam, language="en")) == 2
    section.count = 3
    section.save()
    assert len(draw_items(exam=exam, language="en")) == 3
    extra = make_question("single", category="Cache/Elsewhere", purpose="exam")
    section.fixed_questions.set([extra])
    section.save()
    drawn = [d.question_id for d in draw_items(exam=exam, language="en")]
    assert len(drawn) == 4 and extra.pk in drawn
    section.delete()
    assert draw_items(exam=exam, language="en") == []


def test_a_moved_category_tree_reaches_the_next_draw(warm):
    bank, exam = warm
    below = make_bank(category="Cache/Top/Below", kinds=["single"] * 4, chinese=False)
    section = exam.sections.get()
    section.count = 8  # every group, the four above and the four in the new category below
    section.save()
    assert drawn_groups(exam, times=1) >= {q.translation_group for q in below}


def test_a_process_reads_a_section_s_list_from_the_shared_cache_once_then_keeps_it(warm, monkeypatch):
    """A list is as long as the section's pool: reading it on every start made the start grow with the bank."""
    _bank, exam = warm
    from django.core.cache import caches

    backend = caches["default"]
    asked = []
    real_get_many = backend.get_many

    def get_many(keys, *args, **kwargs):
        asked.extend(keys)
        return real_get_many(keys, *args, **kwargs)

    monkeypatch.setattr(backend, "get_many", get_many)
    import re

    def lists_read():
        return [key for key in asked if re.fullmatch(r"exams:draw:[0-9a-f]{32}:[0-9a-f]{32}", key)]

    drawn_groups(exam, times=3)
    assert lists_read() == []
    # a new generation (any change to the bank) means new keys: the list is read again, and only then
    from exams.services.drawing import bank_changed

    bank_changed()
    drawn_groups(exam, times=3)
    assert len(lists_read()) == 1
