"""Regrading against a corrected version carries each saved answer over by the identity of the choices the
learner picked (their text), not by their position, so a correction that reorders or adds choices scores the
answer the learner actually gave."""

from __future__ import annotations

from decimal import Decimal

import pytest

from exams.models import AttemptItem, RegradeLog, Response
from exams.services.attempts import attempt_start, attempt_submit, response_save
from exams.services.regrade import exam_item_regrade
from exams.services.version_mapping import map_rows, translate_answer
from question_bank.models import Answer
from question_bank.services.questions import question_update
from tests.exams.conftest import as_query
from tests.exams.factories import make_bank, make_exam, right_answer_post
from tests.factories import UserFactory
from tests.question_bank.factories import data_for


def sit(exam, user, kind: str, answer: dict | None = None) -> AttemptItem:
    """Start, answer the item of `kind` (right unless told the posted fields), submit; the item back."""
    attempt = attempt_start(exam=exam, user=user, language="en")
    item = attempt.items.select_related("version__question").get(version__question__qtype=kind)
    fields = answer if answer is not None else right_answer_post(item)
    data = {k.split("-", 1)[1]: v for k, v in fields.items()}
    response_save(attempt=attempt, user=user, answers={item.slot: as_query(data)})
    attempt_submit(attempt=attempt, user=user)
    item.refresh_from_db()
    return item


def position_of(item, text: str) -> str:
    """The posted position of the choice with this text, in the item's frozen order."""
    by_id = {a.pk: a.text for a in item.version.answers.all()}
    return str([by_id[i] for i in item.choice_order["options"]].index(text))


def correct(question, kind: str, **content) -> None:
    question_update(question=question, data=data_for(kind, **content), user=UserFactory(username=f"fix-{kind}"))
    question.refresh_from_db()


def regrade(exam, question) -> RegradeLog:
    hr = UserFactory(username="regrader")
    return exam_item_regrade(exam=exam, question=question, action="new_version", by=hr, reason="Corrected")


def fraction(item) -> Decimal:
    return Response.objects.get(item=item).fraction


@pytest.fixture
def one_of_each(db):
    bank = make_bank(category="Exam/Map", kinds=["single", "multi", "matching", "ordering"], chinese=False)
    return make_exam(category="Exam/Map", slug="map", questions_per_page=4), dict(
        zip(["single", "multi", "matching", "ordering"], bank, strict=True)
    )


def test_a_single_choice_answer_follows_its_choice_when_the_correction_reorders_and_adds(one_of_each):
    exam, bank = one_of_each
    right = sit(exam, UserFactory(username="a"), "single")  # "Introduce yourself and the agenda"
    salary = UserFactory(username="b")
    item = attempt_start(exam=exam, user=salary, language="en").items.get(question=bank["single"])
    early = sit(exam, salary, "single", {"x-choice": position_of(item, "Start with salary")})
    assert (fraction(right), fraction(early)) == (1, 0)
    choices = [
        {"text": "Check you have the candidate's name right", "fraction": 0, "feedback": ""},
        {"text": "Start with salary", "fraction": 0.5, "feedback": "Acceptable if they ask."},
        {"text": "Ask about family plans", "fraction": 0, "feedback": "Never."},
        {"text": "Introduce yourself and the agenda", "fraction": 1, "feedback": "Good."},
    ]
    correct(bank["single"], "single", choices=choices)
    regrade(exam, bank["single"])
    new = {a.text: a.pk for a in Answer.objects.filter(version=bank["single"].current_version_id)}
    right.refresh_from_db()
    assert Response.objects.get(item=right).answer == {"choice": new["Introduce yourself and the agenda"]}
    assert (fraction(right), fraction(early)) == (1, Decimal("0.5"))
    # the learner's order is kept for the choices they saw and the added one comes last
    assert sorted(right.choice_order["options"]) == sorted(new.values())
    assert right.choice_order["options"][-1] == new["Check you have the candidate's name right"]


def test_multiple_choices_follow_their_text_through_a_reordered_version(one_of_each):
    exam, bank = one_of_each
    item = sit(exam, UserFactory(username="a"), "multi")  # Situation and Action
    choices = [
        {"text": "Weather", "fraction": 0, "feedback": ""},
        {"text": "Result", "fraction": 0, "feedback": ""},
        {"text": "Action", "fraction": 0.5, "feedback": ""},
        {"text": "Religion", "fraction": -1, "feedback": "Protected."},
        {"text": "Situation", "fraction": 0.5, "feedback": ""},
    ]
    correct(bank["multi"], "multi", choices=choices)
    regrade(exam, bank["multi"])
    assert fraction(item) == 1


def test_matching_pairs_follow_their_texts_when_pairs_are_reordered_and_a_distractor_added(one_of_each):
    exam, bank = one_of_each
    item = sit(exam, UserFactory(username="a"), "matching")
    pairs = [
        {"left": "R", "right": "Result"},
        {"left": "A", "right": "Action"},
        {"left": "S", "right": "Situation"},
        {"left": "T", "right": "Task"},
    ]
    correct(bank["matching"], "matching", pairs=pairs, distractors=["Reason", "Resolution"])
    regrade(exam, bank["matching"])
    assert fraction(item) == 1
    item.refresh_from_db()
    assert len(item.choice_order["options"]) == 6 and len(item.choice_order["stems"]) == 4


def test_an_ordering_answer_is_judged_by_what_each_step_says_after_the_key_is_corrected(one_of_each):
    exam, bank = one_of_each
    item = sit(exam, UserFactory(username="a"), "ordering")  # Situation, Task, Action, Result
    correct(bank["ordering"], "ordering", items=["Task", "Situation", "Action", "Result"])
    regrade(exam, bank["ordering"])
    # by position the learner's order would have become the new key exactly; by identity two steps are right
    assert fraction(item) == Decimal("0.5")


def test_a_reworded_choice_is_matched_by_similarity_and_a_removed_one_is_reported(one_of_each):
    exam, bank = one_of_each
    item = sit(exam, UserFactory(username="a"), "multi")  # Situation and Action
    choices = [
        {"text": "The situation", "fraction": 0.5, "feedback": ""},
        {"text": "Religion", "fraction": -1, "feedback": ""},
        {"text": "Weather", "fraction": 0, "feedback": ""},
        {"text": "Task", "fraction": 0.5, "feedback": ""},
    ]
    correct(bank["multi"], "multi", choices=choices)
    log = regrade(exam, bank["multi"])
    new = {a.text: a.pk for a in Answer.objects.filter(version=bank["multi"].current_version_id)}
    assert Response.objects.get(item=item).answer == {"choices": [new["The situation"]]}
    assert fraction(item) == Decimal("0.5")
    assert log.changes[0]["answer_lost"] is True


def test_equal_texts_are_paired_in_order_and_unrelated_texts_are_not_paired():
    class Row:
        def __init__(self, pk, text):
            self.pk, self.text = pk, text

    old = [Row(1, "<p>Yes</p>"), Row(2, "Yes"), Row(3, "Ask about  the weather"), Row(4, "Salary")]
    new = [Row(10, "Ask about the weather!"), Row(11, "yes"), Row(12, "Holidays"), Row(13, "YES")]
    assert map_rows(old, new) == {1: 11, 2: 13, 3: 10}


def test_an_answer_naming_a_choice_that_no_longer_exists_is_dropped_and_flagged(one_of_each):
    exam, bank = one_of_each
    item = sit(exam, UserFactory(username="a"), "single")
    old = item.version
    choices = [
        {"text": "Something else entirely", "fraction": 1, "feedback": ""},
        {"text": "Another new choice", "fraction": 0, "feedback": ""},
    ]
    correct(bank["single"], "single", choices=choices)
    answer, lost = translate_answer(Response.objects.get(item=item).answer, old, bank["single"].current_version)
    assert answer == {} and lost is True
