"""Build the catalogue from the curriculum modules (courses.curriculum), in English and, through wagtail-localize,
in Simplified Chinese. Idempotent: pages are found by slug and updated in place; a course whose definition has not
changed since the last run is left alone (its digest is stored on the English course page)."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses import curriculum
from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.services.translation import translation_fill
from courses.services.workflow import course_workflow_ensure
from org.models import Region

log = logging.getLogger(__name__)

CHINESE = "zh-hans"
CATALOGUE_SLUG = "courses"
SEED_FORMAT_VERSION = "1"  # bump when the mapping from seed to pages changes, so every course is rebuilt
BLOCK_NAMESPACE = uuid.UUID("6f1c1a52-3a55-4f57-9d0e-2f3c6a9b8e01")
SITE_TITLES = {"en": "Interviewer Academy", "zh": "面试官学院"}
CATALOGUE_TITLES = {"en": "Courses", "zh": "课程"}
CATALOGUE_INTROS = {
    "en": "<p>Courses for interviewers who hire abroad, in English and Simplified Chinese.</p>",
    "zh": "<p>面向海外招聘面试官的课程，提供英文和简体中文两种语言。</p>",
}


class CurriculumInvalid(ImproperlyConfigured):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("The curriculum is invalid; nothing was seeded:\n  " + "\n  ".join(problems))


@dataclass
class SeedReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    misaligned: list[str] = field(default_factory=list)


def curriculum_problems(courses: list[dict]) -> list[str]:
    problems = [p for course in courses for p in curriculum.validate(course)]
    slugs = [c.get("slug") for c in courses]
    problems += [f"{s}: slug used twice" for s in {s for s in slugs if slugs.count(s) > 1}]
    for course in courses:
        for prerequisite in course.get("prerequisites", []):
            if prerequisite not in slugs or prerequisite == course.get("slug"):
                problems.append(f"{course.get('slug')}: unknown prerequisite {prerequisite!r}")
    return problems


@transaction.atomic
def curriculum_seed(*, courses: list[dict] | None = None, user=None) -> SeedReport:
    """Seed every course (default: `courses.curriculum.load_all()`). Refuses, changing nothing, if any is invalid."""
    courses = curriculum.load_all() if courses is None else courses
    problems = curriculum_problems(courses)
    if problems:
        raise CurriculumInvalid(problems)
    report = SeedReport()
    english, chinese = _locales()
    index = catalogue_ensure(user=user)
    pages = {}
    for course in courses:
        pages[course["slug"]] = _course_upsert(index=index, course=course, report=report)
    for course in courses:
        page = pages[course["slug"]]
        if page.slug in report.unchanged:
            continue
        page.prerequisites.set([pages[slug] for slug in course["prerequisites"]])
        page.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
        lessons = _lessons_upsert(course_page=page, course=course)
        _translate_course(page=page, lessons=lessons, course=course, locale=chinese, user=user, report=report)
    course_workflow_ensure()
    return report


def _locales() -> tuple[Locale, Locale]:
    english, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    chinese, _ = Locale.objects.get_or_create(language_code=CHINESE)
    return english, chinese


@transaction.atomic
def catalogue_ensure(*, user=None) -> CourseIndexPage:
    """The English catalogue under the site's home page, and the Chinese home page and catalogue translating them."""
    english, chinese = _locales()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if home.locale_id != english.pk:
        raise ImproperlyConfigured("The default site's home page must be in the default language.")
    if not home.has_translation(chinese):
        translation_fill(page=home, translated_copy=Page(title=SITE_TITLES["zh"], slug=home.slug), locale=chinese)
    index = CourseIndexPage.objects.child_of(home).filter(slug=CATALOGUE_SLUG).first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(title=CATALOGUE_TITLES["en"], slug=CATALOGUE_SLUG, intro=CATALOGUE_INTROS["en"])
        )
        index.save_revision(user=user, log_action=False).publish(user=user, log_action=False)
    if not index.has_translation(chinese):
        copy = CourseIndexPage(title=CATALOGUE_TITLES["zh"], slug=CATALOGUE_SLUG, intro=CATALOGUE_INTROS["zh"])
        translation_fill(page=index, translated_copy=copy, locale=chinese, user=user)
    return index


def _digest(course: dict) -> str:
    payload = json.dumps([SEED_FORMAT_VERSION, course], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def _course_fields(course: dict, language: str) -> dict:
    return {
        "title": course["title"][language],
        "summary": course["summary"][language],
        "objectives": [
            {"type": "objective", "value": text[language], "id": _block_id(course["slug"], "objective", i)}
            for i, text in enumerate(course["objectives"])
        ],
    }


def _course_upsert(*, index: CourseIndexPage, course: dict, report: SeedReport) -> CoursePage:
    digest = _digest(course)
    page = CoursePage.objects.child_of(index).filter(slug=course["slug"]).first()
    if page is not None and page.seed_digest == digest and page.has_translation(_locales()[1]):
        report.unchanged.append(course["slug"])
        return page
    values = {
        **_course_fields(course, "en"),
        "competency": course["competency"],
        "level": course["level"],
        "estimated_minutes": course["minutes"],
        "sort_order": course["order"],
        "seed_digest": digest,
    }
    if page is None:
        page = index.add_child(instance=CoursePage(slug=course["slug"], **values))
        report.created.append(course["slug"])
    else:
        for name, value in values.items():
            setattr(page, name, value)
        report.updated.append(course["slug"])
    page.regions.set(list(Region.objects.filter(code__in=course["regions"])))
    return page


def _lessons_upsert(*, course_page: CoursePage, course: dict) -> list[LessonPage]:
    existing = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(course_page)}
    lessons = []
    for lesson in course["lessons"]:
        values = _lesson_fields(course["slug"], lesson, "en")
        page = existing.get(lesson["slug"])
        if page is None:
            page = course_page.add_child(instance=LessonPage(slug=lesson["slug"], **values))
        else:
            for name, value in values.items():
                setattr(page, name, value)
        page.save_revision(log_action=False).publish(log_action=False)
        lessons.append(page)
    wanted = {lesson["slug"] for lesson in course["lessons"]}
    for slug, page in existing.items():
        if slug not in wanted and page.live:
            for translated in page.get_translations().live():
                translated.unpublish(log_action=False)
            page.unpublish(log_action=False)
    # Order the lessons as the curriculum lists them (tree order is the reading order).
    for position, page in enumerate(lessons[1:], start=1):
        page.refresh_from_db()
        previous = lessons[position - 1]
        previous.refresh_from_db()
        if page.path < previous.path:
            page.move(previous, pos="right")
    return lessons


def _lesson_fields(course_slug: str, lesson: dict, language: str) -> dict:
    where = f"{course_slug}/{lesson['slug']}"
    return {
        "title": lesson["title"][language],
        "estimated_minutes": lesson["minutes"],
        "required": lesson["required"],
        "body": [_raw_block(where, i, kind, value, language) for i, (kind, value) in enumerate(lesson["body"])],
    }


def _block_id(*parts) -> str:
    # Stable ids: a re-seed keeps each block's identity, so wagtail-localize keeps its translations in place.
    return str(uuid.uuid5(BLOCK_NAMESPACE, "/".join(map(str, parts))))


def _raw_block(where: str, index: int, kind: str, value, language: str) -> dict:
    value = curriculum.pick(value, language)
    block_id = _block_id(where, index)
    if kind == "heading":
        value = {**value, "level": str(value["level"])}
    elif kind == "taboo_card":
        value = {**value, "reviewed_on": value["reviewed_on"] or None}
    elif kind == "checklist":
        value = {**value, "items": _list_items(block_id, value["items"])}
    elif kind == "do_dont":
        value = {**value, "pairs": _list_items(block_id, value["pairs"])}
    elif kind == "scenario":
        value = {**value, "roles": _list_items(block_id, value["roles"])}
    return {"type": kind, "value": value, "id": block_id}


def _list_items(parent_id: str, items: list) -> list[dict]:
    return [{"type": "item", "value": item, "id": _block_id(parent_id, i)} for i, item in enumerate(items)]


def _translate_course(*, page, lessons, course, locale, user, report: SeedReport) -> None:
    copy = CoursePage(slug=page.slug, **_course_fields(course, "zh"))
    _page, misaligned = translation_fill(page=page, translated_copy=copy, locale=locale, user=user)
    report.misaligned += [f"{page.slug}: {path}" for path in misaligned]
    for lesson_page, lesson in zip(lessons, course["lessons"], strict=True):
        copy = LessonPage(slug=lesson_page.slug, **_lesson_fields(course["slug"], lesson, "zh"))
        _page, misaligned = translation_fill(page=lesson_page, translated_copy=copy, locale=locale, user=user)
        report.misaligned += [f"{page.slug}/{lesson_page.slug}: {path}" for path in misaligned]
