from __future__ import annotations

from interviewing.models import InterviewQuestion, QuestionText
from interviewing.selectors import bank_questions_for
from interviewing.services import bank_recheck, question_save

TEXT = {
    "probes": "What happened next?\nWhat did you learn?",
    "strong_answer": "Specific.",
    "average_answer": "General.",
    "weak_answer": "Vague.",
}


def make(key, en, zh="请讲一个你带领团队的例子。"):
    return question_save(
        key=key,
        competency="motivation",
        kind="situational",
        texts={"en": {"text": en, **TEXT}, "zh-hans": {"text": zh, **TEXT}},
    )


def test_saving_a_risky_question_records_what_the_checker_found(seeded_packs):
    question = make("risky-plans", "Are you pregnant at the moment?")
    text = QuestionText.objects.get(question=question, language="en")
    assert text.worst_severity == "unlawful"  # pregnancy in Germany and Brazil
    assert {"DE", "US"} <= {f["region"] for f in text.findings}
    assert InterviewQuestion.objects.get(pk=question.pk).worst_severity == "unlawful"


def test_a_probe_is_checked_as_well_as_the_question(seeded_packs):
    question = question_save(
        key="risky-probe",
        competency="motivation",
        kind="situational",
        texts={"en": {**TEXT, "text": "Why this role?", "probes": "How old are you?\nWhat else?"}},
    )
    text = question.texts.get()
    assert text.worst_severity and {f["field"] for f in text.findings} == {"probes"}


def test_fixing_the_wording_clears_the_flag(seeded_packs):
    question = make("fixable", "How old are you?")
    text = QuestionText.objects.get(question=question, language="en")
    text.text = "Tell me about the most demanding project you ran."
    text.save()
    assert QuestionText.objects.get(pk=text.pk).worst_severity == ""
    assert InterviewQuestion.objects.get(pk=question.pk).worst_severity == ""


def test_a_flagged_question_is_never_offered_to_a_kit(seeded_packs):
    clean = make("clean-one", "Tell me about a goal you set yourself.")
    risky = make("risky-one", "Which church do you attend?")
    offered = set(bank_questions_for(language="en", senior=False))
    assert clean in offered and risky not in offered


def test_rechecking_the_bank_finds_texts_flagged_by_newer_rules(seeded_packs):
    question = make("recheck", "Tell me about a goal you set yourself.")
    QuestionText.objects.filter(question=question, language="en").update(text="Are you pregnant?")
    assert bank_recheck(language="en") == 1
    assert InterviewQuestion.objects.get(pk=question.pk).worst_severity == "unlawful"
