from __future__ import annotations

import pytest

from interviewing.models import InterviewQuestion, QuestionText
from interviewing.services import question_save

FIELDS = {
    "probes": "What happened next?\nWhat did you learn?",
    "strong_answer": "Specific.",
    "average_answer": "General.",
    "weak_answer": "Vague.",
}


@pytest.fixture
def hr(client, personas, seeded_packs):
    client.force_login(personas["hr"])
    return client


def form_data(text: str) -> dict:
    data = {
        "key": "own-question",
        "competency": "motivation",
        "kind": "situational",
        "is_active": "on",
        "texts-TOTAL_FORMS": "1",
        "texts-INITIAL_FORMS": "0",
        "texts-MIN_NUM_FORMS": "1",
        "texts-MAX_NUM_FORMS": "1000",
        "texts-0-language": "en",
        "texts-0-text": text,
        "texts-0-ORDER": "1",
    }
    data.update({f"texts-0-{k}": v for k, v in FIELDS.items()})
    return data


def test_hr_lists_the_bank_with_the_checkers_verdict(hr):
    question_save(key="risky", competency="motivation", kind="situational",
                  texts={"en": {"text": "How old are you?", **FIELDS}})  # fmt: skip
    html = hr.get("/cms/interview_questions/").content.decode()
    assert "How old are you?" in html and "w-status--warning" in html


def test_adding_a_question_in_the_cms_runs_the_checker_and_warns(hr):
    response = hr.post("/cms/interview_questions/new/", form_data("Which church do you go to?"), follow=True)
    assert response.status_code == 200
    question = InterviewQuestion.objects.get(key="own-question")
    assert question.worst_severity and QuestionText.objects.get(question=question).findings
    assert "The taboo checker flags this question" in response.content.decode()


def test_learners_cannot_open_the_bank_in_the_cms(client, personas):
    client.force_login(personas["learner"])
    assert client.get("/cms/interview_questions/").status_code in (302, 403)
