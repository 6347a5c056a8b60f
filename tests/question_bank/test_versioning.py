"""Editing a used question makes a new version; attempts keep the version and rows they showed."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from question_bank.models import Answer, Question
from question_bank.selectors import exam_item_insiders, practice_versions
from question_bank.services.content import version_to_data
from question_bank.services.questions import (
    question_update,
    question_upsert,
    question_version_mark_used,
    questions_retire,
)
from tests.question_bank.factories import data_for, make_question

pytestmark = pytest.mark.django_db


def edited(question, **changes):
    data = version_to_data(question.current_version)
    data.update(changes)
    return data


def test_editing_an_unused_question_changes_it_in_place():
    q = make_question("single")
    first = q.current_version
    version = question_update(question=q, data=edited(q, name="Renamed"))
    assert version.pk == first.pk and version.name == "Renamed"
    assert q.versions.count() == 1


def test_editing_a_used_question_creates_a_new_version_and_keeps_the_old_one_as_it_was():
    q = make_question("single")
    old = q.current_version
    old_answer_ids = list(old.answers.values_list("pk", flat=True))
    assert question_version_mark_used(version_ids=[old.pk]) == 1
    new = question_update(question=q, data=edited(q, name="Renamed"))
    q.refresh_from_db()
    old.refresh_from_db()
    assert new.pk != old.pk and new.number == 2 and q.current_version_id == new.pk
    assert old.name == "single question"
    assert list(old.answers.values_list("pk", flat=True)) == old_answer_ids
    assert Answer.objects.filter(version=new).count() == 3


def test_marking_a_version_used_twice_changes_nothing_the_second_time():
    q = make_question()
    assert question_version_mark_used(version_ids=[q.current_version_id]) == 1
    assert question_version_mark_used(version_ids=[q.current_version_id]) == 0


def test_a_question_type_cannot_change():
    q = make_question("single")
    question_version_mark_used(version_ids=[q.current_version_id])
    with pytest.raises(ValidationError):
        question_update(question=q, data=data_for("multi"))


def test_a_retired_question_leaves_practice_but_keeps_its_versions():
    q = make_question("single", purpose="practice")
    question_version_mark_used(version_ids=[q.current_version_id])
    questions_retire(question_ids=[q.pk])
    assert practice_versions(category_path="Etiquette", language="en", count=5) == []
    assert Question.objects.get(pk=q.pk).versions.count() == 1


def test_retiring_a_question_retires_its_translation_too():
    en = make_question("single", purpose="exam")
    zh = make_question("single", purpose="exam", language="zh-hans", translation_of=en)
    questions_retire(question_ids=[en.pk])
    assert Question.objects.get(pk=zh.pk).retired_at is not None


def test_upserting_the_same_content_twice_changes_nothing():
    from question_bank.services.categories import category_ensure_path

    category = category_ensure_path(path="A/B")
    data = data_for("matching", idnumber="m-1", tags=["level:foundation"])
    assert question_upsert(data=data, category=category)[0] == "created"
    assert question_upsert(data=data, category=category)[0] == "unchanged"
    assert question_upsert(data={**data, "name": "New name"}, category=category)[0] == "updated"


def test_the_insiders_of_an_exam_item_are_its_author_and_whoever_viewed_edited_or_exported_it(personas):
    from question_bank.models import QuestionAccess
    from question_bank.services.questions import question_access_record

    en = make_question("single", purpose="exam", author=personas["editor"])
    zh = make_question("single", purpose="exam", language="zh-hans", translation_of=en)
    question_access_record(questions=[zh], user=personas["hr"], action=QuestionAccess.Action.VIEW)
    assert exam_item_insiders([en.pk]) == {personas["editor"].pk, personas["hr"].pk}
    assert exam_item_insiders([]) == set()


def test_viewing_practice_items_makes_nobody_an_insider(personas):
    from question_bank.models import QuestionAccess
    from question_bank.services.questions import question_access_record

    q = make_question("single", purpose="practice")
    question_access_record(questions=[q], user=personas["hr"], action=QuestionAccess.Action.VIEW)
    assert exam_item_insiders([q.pk]) == set()
