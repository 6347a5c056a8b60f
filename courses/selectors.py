"""Reads: courses and lessons in the reader's language, and a person's progress, keyed on translation keys."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from django.conf import settings
from django.db.models import QuerySet
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonCompletion, LessonPage


def current_locale() -> Locale:
    return Locale.get_active()


def catalogue_page(locale: Locale | None = None) -> CourseIndexPage | None:
    """The live catalogue in `locale` (default: the active language), else the one in the default language."""
    locale = locale or current_locale()
    pages = CourseIndexPage.objects.live()
    return pages.filter(locale=locale).first() or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()


def courses_live(*, locale: Locale) -> QuerySet[CoursePage]:
    return (
        CoursePage.objects.live()
        .filter(locale=locale)
        .select_related("cover_image")
        .prefetch_related("regions")
        .order_by("sort_order", "title")
    )


def lessons_of(course: CoursePage) -> QuerySet[LessonPage]:
    return LessonPage.objects.live().child_of(course).order_by("path")


def lessons_under(pages) -> dict[str, list[LessonPage]]:
    """Live lessons of several courses (in any languages) in one query, grouped by their course's tree path."""
    pages = list(pages)
    if not pages:
        return {}
    paths = {p.path for p in pages}
    grouped: dict[str, list[LessonPage]] = defaultdict(list)
    lessons = LessonPage.objects.live().filter(
        depth__in={p.depth + 1 for p in pages}, locale_id__in={p.locale_id for p in pages}
    )
    for lesson in lessons.order_by("path"):
        parent_path = lesson.path[: -LessonPage.steplen]
        if parent_path in paths:
            grouped[parent_path].append(lesson)
    return grouped


def source_course(course_key: UUID) -> CoursePage | None:
    """The course in the default language (the source of its translations), else in any language."""
    pages = CoursePage.objects.filter(translation_key=course_key)
    return pages.filter(locale__language_code=settings.LANGUAGE_CODE).first() or pages.first()


def required_lesson_keys(course_key: UUID) -> set[UUID]:
    course = source_course(course_key)
    if course is None:
        return set()
    return set(lessons_of(course).filter(required=True).values_list("translation_key", flat=True))


def completed_lesson_keys(*, user, course_key: UUID) -> set[UUID]:
    return set(LessonCompletion.objects.filter(user=user, course_key=course_key).values_list("lesson_key", flat=True))


def completed_course_keys(*, user) -> set[UUID]:
    return set(Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_key", flat=True))


def missing_prerequisites(*, user, course: CoursePage) -> list[CoursePage]:
    """Prerequisite courses the person has not completed, as pages in the course's own language where possible."""
    required = list(course.prerequisites.all())
    if not required:
        return []
    done = completed_course_keys(user=user)
    missing_keys = [p.translation_key for p in required if p.translation_key not in done]
    if not missing_keys:
        return []
    local = {
        p.translation_key: p
        for p in CoursePage.objects.filter(translation_key__in=missing_keys, locale_id=course.locale_id)
    }
    return [local.get(p.translation_key, p) for p in required if p.translation_key in missing_keys]


def enrolment_for(*, user, course_key: UUID) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course_key=course_key).first()


@dataclass
class Progress:
    """How far a person is through one course."""

    total: int = 0
    done: int = 0
    done_keys: set[UUID] = field(default_factory=set)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def progress_for(*, lessons: list[LessonPage], done_keys: set[UUID]) -> Progress:
    required = [lesson for lesson in lessons if lesson.required] or lessons
    done = {lesson.translation_key for lesson in lessons if lesson.translation_key in done_keys}
    return Progress(
        total=len(required), done=sum(1 for lesson in required if lesson.translation_key in done), done_keys=done
    )


def next_lesson(*, lessons: list[LessonPage], done_keys: set[UUID], last_key: UUID | None = None) -> LessonPage | None:
    """Where to resume: the lesson last opened if it is not done yet, else the first lesson not done."""
    if last_key is not None:
        for lesson in lessons:
            if lesson.translation_key == last_key and lesson.translation_key not in done_keys:
                return lesson
    return next((lesson for lesson in lessons if lesson.translation_key not in done_keys), None)


def enrolments_of(*, user) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(user=user).select_related("assigned_by").order_by("completed_at", "due_on", "pk")


def completions_by_course(*, user, course_keys) -> dict[UUID, set[UUID]]:
    grouped: dict[UUID, set[UUID]] = defaultdict(set)
    rows = LessonCompletion.objects.filter(user=user, course_key__in=list(course_keys))
    for course_key, lesson_key in rows.values_list("course_key", "lesson_key"):
        grouped[course_key].add(lesson_key)
    return grouped


def courses_by_key(*, keys, locale: Locale) -> dict[UUID, CoursePage]:
    """Live course pages for these keys in `locale`, falling back to the default language where untranslated."""
    keys = list(keys)
    pages = CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale")
    found: dict[UUID, tuple[int, CoursePage]] = {}
    for page in pages:
        rank = 0 if page.locale_id == locale.pk else 1 if page.locale.language_code == settings.LANGUAGE_CODE else 2
        if page.translation_key not in found or rank < found[page.translation_key][0]:
            found[page.translation_key] = (rank, page)
    return {key: page for key, (_rank, page) in found.items()}


def assignments_recent(limit: int = 20) -> QuerySet[Enrolment]:
    return (
        Enrolment.objects.filter(assigned_by__isnull=False)
        .select_related("user", "assigned_by")
        .order_by("-enrolled_at", "-pk")[:limit]
    )
