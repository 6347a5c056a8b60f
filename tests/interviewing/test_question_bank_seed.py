from __future__ import annotations

import copy

import pytest

from interviewing.models import Competency, InterviewQuestion, QuestionText
from interviewing.seed.questions import SeedError, all_questions, validate
from interviewing.seeding import seed_questions
from tests.interviewing.conftest import bank_sample


def test_the_seed_holds_at_least_120_valid_questions_across_every_competency():
    questions = validate(all_questions())
    assert len(questions) >= 120
    per_competency = {c: sum(q["competency"] == c for q in questions) for c in Competency.values}
    assert min(per_competency.values()) >= 15, per_competency
    assert {q["kind"] for q in questions} == {"behavioural", "situational", "stress"}


def test_leadership_questions_are_offered_for_senior_roles_only():
    assert all(q["senior_only"] for q in all_questions() if q["competency"] == "leadership")
    assert not any(q["senior_only"] for q in all_questions() if q["competency"] != "leadership")


def test_validation_refuses_a_missing_translation_and_a_single_probe():
    questions = copy.deepcopy(all_questions())
    del questions[0]["texts"]["zh-hans"]
    questions[1]["texts"]["en"]["probes"] = "Only one probe?"
    with pytest.raises(SeedError) as error:
        validate(questions)
    assert "no zh-hans text" in str(error.value) and "fewer than two follow-up probes" in str(error.value)


def test_validation_refuses_duplicate_keys_and_a_short_bank():
    questions = copy.deepcopy(all_questions()[:3])
    questions.append(copy.deepcopy(questions[0]))
    with pytest.raises(SeedError, match="duplicate key") as error:
        validate(questions)
    assert "the bank needs at least 120" in str(error.value)


def test_the_whole_seed_is_linked_in_two_languages_and_no_region_flags_any_of_it(full_bank):
    assert InterviewQuestion.objects.count() == len(all_questions())
    assert QuestionText.objects.filter(language="en").count() == len(all_questions())
    assert QuestionText.objects.filter(language="zh-hans").count() == len(all_questions())
    flagged = QuestionText.objects.exclude(worst_severity="")
    assert list(flagged.values_list("question__key", "language", "findings")) == []
    assert QuestionText.objects.filter(checked_at__isnull=True).count() == 0


def test_seeding_again_leaves_questions_that_editors_changed(bank):
    key = sorted(bank_sample())[0]
    text = QuestionText.objects.get(question__key=key, language="en")
    text.text = "What drew you to this role?"
    text.save()
    assert seed_questions(keys=bank_sample()) == {"created": 0, "kept": len(bank_sample())}
    assert QuestionText.objects.get(pk=text.pk).text == "What drew you to this role?"
