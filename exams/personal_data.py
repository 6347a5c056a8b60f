"""The exams' part of a person's data (see `org.personal_data`).

Attempts stay on erasure (item statistics and the certificates' history rest on them; the retention task deletes
them later): what the person or a grader wrote about them in free text is cleared.
"""

from __future__ import annotations

from org import personal_data
from org.personal_data import ERASED_TEXT

from .models import Accommodation, Appeal, Attempt, RegradeLog, Response

ATTEMPT_FIELDS = (
    "pk",
    "exam__slug",
    "number",
    "state",
    "language",
    "started_at",
    "deadline",
    "finished_at",
    "score",
    "max_score",
    "percent",
    "passed",
    "finalised_at",
)
RESPONSE_FIELDS = (
    "item__attempt_id",
    "item__slot",
    "item__question_id",
    "item__version_id",
    "item__mark",
    "answer",
    "saved_at",
    "fraction",
    "graded_at",
    "rubric_scores",
    "comment",
)


def export(person) -> dict:
    return {
        "attempts": personal_data.rows(
            Attempt.objects.filter(user=person).order_by("started_at", "pk"), *ATTEMPT_FIELDS
        ),
        "answers": personal_data.rows(
            Response.objects.filter(item__attempt__user=person).order_by("item__attempt_id", "item__slot"),
            *RESPONSE_FIELDS,
        ),
        "appeals": personal_data.rows(
            Appeal.objects.filter(user=person).order_by("created_at", "pk"),
            "item__attempt_id",
            "item__slot",
            "reason",
            "state",
            "created_at",
            "resolved_at",
            "resolution",
        ),
        "accommodations": personal_data.rows(
            Accommodation.objects.filter(user=person).order_by("pk"),
            "exam__slug",
            "extra_minutes",
            "extra_attempts",
            "reason",
            "granted_at",
        ),
        "responses_graded": Response.objects.filter(graded_by=person).count(),
        "regrades_made": RegradeLog.objects.filter(by=person).count(),
    }


def erase(person, actor) -> dict[str, int]:
    essays = Response.objects.filter(item__attempt__user=person, item__question__qtype="essay")
    accommodations, _detail = Accommodation.objects.filter(user=person).delete()
    return {
        "essay_answers_cleared": essays.update(answer={"text": ERASED_TEXT}),
        "grader_comments_cleared": Response.objects.filter(item__attempt__user=person)
        .exclude(comment="")
        .update(comment=""),
        "appeals_cleared": Appeal.objects.filter(user=person).update(reason=ERASED_TEXT, resolution=""),
        "accommodations_deleted": accommodations,
        "grading_locks_released": Response.objects.filter(locked_by=person).update(locked_by=None, locked_until=None),
    }


COVERS = {
    "exams.Attempt.user": "kept with its scores until the retention task deletes it",
    "exams.Response.graded_by": "kept: names the pseudonymous account",
    "exams.Response.locked_by": "released",
    "exams.Appeal.user": "kept; the reason and resolution are cleared",
    "exams.Appeal.resolved_by": "kept: names the pseudonymous account",
    "exams.Accommodation.user": "deleted (its reason may concern health)",
    "exams.Accommodation.granted_by": "kept: names the pseudonymous account",
    "exams.RegradeLog.by": "kept: names the pseudonymous account",
}


def register() -> None:
    personal_data.register(section="exams", export=export, erase=erase, covers=COVERS)
