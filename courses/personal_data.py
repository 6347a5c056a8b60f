"""The courses' part of a person's data (see `org.personal_data`)."""

from __future__ import annotations

from org import personal_data

from .models import Enrolment, LessonCompletion


def export(person) -> dict:
    return {
        "enrolments": personal_data.rows(
            Enrolment.objects.filter(user=person).order_by("enrolled_at", "pk"),
            "course_key",
            "enrolled_at",
            "assigned_by_id",
            "due_on",
            "last_lesson_key",
            "completed_at",
        ),
        "lessons_completed": personal_data.rows(
            LessonCompletion.objects.filter(user=person).order_by("completed_at", "pk"),
            "course_key",
            "lesson_key",
            "completed_at",
        ),
        "enrolments_assigned_to_others": Enrolment.objects.filter(assigned_by=person).count(),
    }


def erase(person, actor) -> dict[str, int]:
    # progress holds nothing but keys and times: it stays with the pseudonymous account for the pass-rate figures
    return {}


COVERS = {
    "courses.Enrolment.user": "kept: course keys and times only, on the pseudonymous account",
    "courses.Enrolment.assigned_by": "kept: names the pseudonymous account",
    "courses.LessonCompletion.user": "kept: lesson keys and times only, on the pseudonymous account",
}


def register() -> None:
    personal_data.register(section="courses", export=export, erase=erase, covers=COVERS)
