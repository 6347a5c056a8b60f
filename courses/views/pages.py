"""What the course and lesson pages show a signed-in person: their progress, what comes next, what is missing."""

from __future__ import annotations

from courses import selectors
from courses.services.progress import enrolment_touch


def _prerequisites_in(course) -> list:
    """The course's prerequisites as pages in the course's language (they are stored as the source pages)."""
    required = list(course.prerequisites.all())
    if not required:
        return []
    local = selectors.courses_by_key(keys=[p.translation_key for p in required], locale=course.locale)
    return [local.get(p.translation_key, p) for p in required]


def course_context(*, course, request) -> dict:
    user = request.user
    lessons = list(selectors.lessons_of(course))
    enrolment = selectors.enrolment_for(user=user, course_key=course.translation_key)
    done = selectors.completed_lesson_keys(user=user, course_key=course.translation_key) if enrolment else set()
    prerequisites = _prerequisites_in(course)
    completed = selectors.completed_course_keys(user=user) if prerequisites and user.is_authenticated else set()
    for prerequisite in prerequisites:
        prerequisite.is_done = prerequisite.translation_key in completed
    return {
        "lessons": lessons,
        "enrolment": enrolment,
        "done_keys": done,
        "progress": selectors.progress_for(lessons=lessons, done_keys=done),
        "next_lesson": selectors.next_lesson(
            lessons=lessons, done_keys=done, last_key=enrolment.last_lesson_key if enrolment else None
        ),
        "prerequisites": prerequisites,
        "prerequisites_missing": [p for p in prerequisites if not p.is_done],
    }


def lesson_context(*, lesson, request) -> dict:
    user = request.user
    course = lesson.get_parent().specific
    lessons = list(selectors.lessons_of(course))
    enrolment = selectors.enrolment_for(user=user, course_key=course.translation_key)
    done = selectors.completed_lesson_keys(user=user, course_key=course.translation_key) if enrolment else set()
    if (
        enrolment is not None
        and enrolment.last_lesson_key != lesson.translation_key
        and not getattr(request, "is_preview", False)
    ):
        enrolment_touch(user=user, lesson=lesson)
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    return {
        "course": course,
        "lessons": lessons,
        "enrolment": enrolment,
        "done_keys": done,
        "is_done": lesson.translation_key in done,
        "progress": selectors.progress_for(lessons=lessons, done_keys=done),
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "following_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
        "position": position + 1,
    }
