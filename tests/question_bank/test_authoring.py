"""Editors and HR author questions in /cms/: a form per type, clear validation, versions, bulk actions."""

from __future__ import annotations

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from question_bank.models import Question, QuestionAccess
from question_bank.services.categories import category_ensure_path
from question_bank.services.questions import question_version_mark_used
from tests.question_bank.factories import make_question

pytestmark = pytest.mark.django_db
BASE = "/cms/question-bank/questions/"


@pytest.fixture
def editor(client, personas):
    client.force_login(personas["editor"])
    return client


def form(category, answers=None, **extra):
    fields = {
        "name": "Greeting",
        "stem": rich_text("<p>How do you open?</p>"),
        "category": category.pk,
        "purpose": "exam",
        "language": "en",
        "default_mark": "1",
        "idnumber": "",
        "tags": "level:foundation, difficulty:easy",
        "general_feedback": rich_text(""),
        "shuffle": "on",
        "correct_feedback": rich_text(""),
        "partial_feedback": rich_text(""),
        "incorrect_feedback": rich_text(""),
        **extra,
    }
    if answers is not None:
        fields["answers"] = inline_formset([{"text": t, "fraction": f, "feedback": ""} for t, f in answers])
    return nested_form_data(fields)


def test_adding_a_question_starts_by_choosing_its_type(editor):
    html = editor.get(f"{BASE}add/").content.decode()
    for label in ("Single choice", "Multiple response", "True/false", "Short answer", "Matching", "Ordering"):
        assert label in html


def test_each_type_has_its_own_form(editor):
    assert 'name="pairs-TOTAL_FORMS"' in editor.get(f"{BASE}add/?type=matching").content.decode()
    assert 'name="rubric-TOTAL_FORMS"' in editor.get(f"{BASE}add/?type=essay").content.decode()
    assert 'name="tf_answer"' in editor.get(f"{BASE}add/?type=truefalse").content.decode()


def test_a_single_choice_question_without_a_right_answer_is_refused_with_a_clear_message(editor):
    category = category_ensure_path(path="Etiquette")
    response = editor.post(f"{BASE}add/?type=single", form(category, [("Intro", "0.5"), ("Salary", "0")]))
    assert "A single-choice question needs a right answer" in response.content.decode()
    assert Question.objects.count() == 0


def test_a_multiple_response_question_whose_credits_fall_short_is_refused(editor):
    category = category_ensure_path(path="Etiquette")
    response = editor.post(f"{BASE}add/?type=multi", form(category, [("a", "0.5"), ("b", "0.25"), ("c", "-1")]))
    assert "must add up to 100%, not 75%" in response.content.decode()


def test_a_valid_question_is_saved_with_its_author_tags_and_choices(editor, personas):
    category = category_ensure_path(path="Etiquette")
    response = editor.post(f"{BASE}add/?type=single", form(category, [("Intro", "1"), ("Salary", "-0.5")]))
    assert response.status_code == 302
    q = Question.objects.get()
    assert q.author == personas["editor"] and q.purpose == "exam"
    assert sorted(t.name for t in q.tags.all()) == ["difficulty:easy", "level:foundation"]
    assert [a.text for a in q.current_version.answers.all()] == ["Intro", "Salary"]


def test_editing_a_used_question_saves_a_new_version(editor):
    q = make_question("single", category="Etiquette")
    old = q.current_version
    question_version_mark_used(version_ids=[old.pk])
    answers = [(a.text, str(a.fraction)) for a in old.answers.all()]
    data = form(q.category, answers, name="Greeting, revised", purpose="practice")
    data.update({f"answers-{i}-id": a.pk for i, a in enumerate(old.answers.all())})
    data["answers-INITIAL_FORMS"] = str(len(answers))
    response = editor.post(f"{BASE}edit/{old.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    q.refresh_from_db()
    old.refresh_from_db()
    assert q.current_version.number == 2 and q.current_version.name == "Greeting, revised"
    assert old.name == "single question" and old.answers.count() == 3


def test_opening_an_exam_item_is_recorded_so_the_viewer_cannot_sit_it(editor, personas):
    q = make_question("single", purpose="exam")
    assert editor.get(f"{BASE}inspect/{q.current_version_id}/").status_code == 200
    assert QuestionAccess.objects.filter(question=q, user=personas["editor"], action="view").exists()


def test_the_preview_shows_the_question_as_a_learner_sees_it(editor):
    q = make_question("matching", purpose="practice")
    html = editor.get(f"{BASE}inspect/{q.current_version_id}/").content.decode()
    assert "As a learner sees it" in html and "Situation" in html


def bulk(client, action, questions, **data):
    ids = "&".join(f"id={q.current_version_id}" for q in questions)
    url = f"/cms/bulk/question_bank/questionversion/{action}/?{ids}&next={BASE}"
    return client.post(url, data)


def test_bulk_actions_tag_move_and_retire(editor):
    a, b = make_question("single"), make_question("truefalse")
    target = category_ensure_path(path="Evaluation/Scoring")
    assert bulk(editor, "tag", [a, b], tags="kind:scenario").status_code == 302
    assert bulk(editor, "move", [a, b], category=target.pk).status_code == 302
    assert bulk(editor, "retire", [a]).status_code == 302
    a.refresh_from_db()
    b.refresh_from_db()
    assert {t.name for t in b.tags.all()} == {"kind:scenario"}
    assert a.category == target == b.category
    assert a.retired_at is not None and b.retired_at is None


def test_learners_cannot_reach_the_bank(client, personas):
    client.force_login(personas["learner"])
    assert client.get(BASE).status_code == 302
