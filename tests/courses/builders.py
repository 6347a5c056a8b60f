"""Quick page builders for tests that need many courses but not their translations."""

from __future__ import annotations

from courses.models import CoursePage, LessonPage
from courses.services.seeding import catalogue_ensure


def lesson_body(text: str = "A short lesson.") -> list:
    return [{"type": "rich_text", "value": f"<p>{text}</p>"}]


def make_course(index, n: int, lessons: int = 2, **fields) -> CoursePage:
    course = index.add_child(
        instance=CoursePage(
            title=fields.pop("title", f"Course {n}"),
            slug=f"course-{n}",
            summary=fields.pop("summary", f"Summary {n}"),
            competency=fields.pop("competency", "etiquette"),
            level=fields.pop("level", "foundation"),
            **fields,
        )
    )
    for i in range(lessons):
        course.add_child(instance=LessonPage(title=f"Lesson {n}.{i}", slug=f"lesson-{i}", body=lesson_body()))
    return course


def make_catalogue(courses: int = 1, lessons: int = 2):
    index = catalogue_ensure()
    return index, [make_course(index, n, lessons=lessons) for n in range(courses)]
