"""The question bank's part of a person's data (see `org.personal_data`)."""

from __future__ import annotations

from org import personal_data

from .models import ImportJob, Question, QuestionAccess, QuestionVersion


def export(person) -> dict:
    return {
        "questions_authored": personal_data.rows(Question.objects.filter(author=person).order_by("pk"), "pk"),
        "question_versions_written": QuestionVersion.objects.filter(created_by=person).count(),
        "question_access_log": personal_data.rows(
            QuestionAccess.objects.filter(user=person).order_by("at", "pk"), "question_id", "action", "at"
        ),
        "imports": personal_data.rows(ImportJob.objects.filter(created_by=person).order_by("pk"), "pk"),
    }


def erase(person, actor) -> dict[str, int]:
    # authorship stays (the bank's history); only the log of what this person looked at goes
    deleted, _detail = QuestionAccess.objects.filter(user=person).delete()
    return {"question_access_deleted": deleted}


COVERS = {
    "question_bank.Question.author": "kept: authorship, naming the pseudonymous account",
    "question_bank.QuestionVersion.created_by": "kept: the version history, naming the pseudonymous account",
    "question_bank.QuestionAccess.user": "deleted",
    "question_bank.ImportJob.created_by": "kept: names the pseudonymous account",
}


def register() -> None:
    personal_data.register(section="question_bank", export=export, erase=erase, covers=COVERS)
