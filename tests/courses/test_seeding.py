"""Seeding the curriculum: English pages, their wagtail-localize translations, idempotence, refusal of bad input."""

from __future__ import annotations

import pytest
from wagtail.models import Page
from wagtail_localize.models import Translation

from courses.models import CourseIndexPage, CoursePage, LessonPage
from courses.services.seeding import CurriculumInvalid, curriculum_seed
from tests.courses.conftest import seed
from tests.courses.fixture_curriculum import fixture_courses


def test_the_catalogue_exists_in_both_languages_under_each_home_page(seeded):
    english, chinese = CourseIndexPage.objects.order_by("locale__language_code")
    assert (english.locale.language_code, chinese.locale.language_code) == ("en", "zh-hans")
    assert english.url == "/courses/"
    assert chinese.url == "/zh-hans/courses/"
    assert chinese.title == "课程"


def test_each_course_and_lesson_has_a_chinese_translation_filled_from_the_zh_leaves(seeded, basics, basics_zh):
    assert basics_zh.translation_key == basics.translation_key
    assert basics_zh.title == "面试基础（测试）"
    assert basics_zh.summary == "如何在海外开展公平的结构化面试。"
    lesson_zh = LessonPage.objects.live().child_of(basics_zh).order_by("path").first()
    assert lesson_zh.title == "basics第1课"
    assert lesson_zh.slug == "basics-lesson-1"
    rendered = str(lesson_zh.body[1].render())
    assert "结构化面试要求" in rendered and "structured interview asks" not in rendered


def test_wagtail_localize_knows_the_chinese_pages_are_translations(seeded, basics):
    lessons = LessonPage.objects.filter(locale__language_code="en")
    sources = Translation.objects.filter(
        source__object_id__in=[basics.translation_key, *lessons.values_list("translation_key", flat=True)]
    )
    assert sources.count() == 1 + lessons.count()
    assert {t.target_locale.language_code for t in sources} == {"zh-hans"}


def test_prerequisites_and_regions_reach_the_translation(seeded):
    advanced_zh = seeded["zh"]["fixture-advanced"]
    assert [p.slug for p in advanced_zh.prerequisites.all()] == ["fixture-basics"]
    assert [r.code for r in advanced_zh.regions.all()] == ["DE"]


def test_seeding_twice_duplicates_nothing(seeded, django_capture_on_commit_callbacks):
    counts = (CoursePage.objects.count(), LessonPage.objects.count(), Page.objects.count())
    report = seed(django_capture_on_commit_callbacks)
    assert report.unchanged == ["fixture-basics", "fixture-advanced"]
    assert (CoursePage.objects.count(), LessonPage.objects.count(), Page.objects.count()) == counts


def test_a_changed_course_is_updated_in_place_in_both_languages(seeded, basics, django_capture_on_commit_callbacks):
    courses = fixture_courses()
    courses[0]["title"] = {"en": "Interviewing basics, revised", "zh": "面试基础（修订）"}
    report = seed(django_capture_on_commit_callbacks, courses)
    assert report.updated == ["fixture-basics"]
    basics.refresh_from_db()
    assert basics.title == "Interviewing basics, revised"
    assert (
        basics.get_translation(basics.locale.__class__.objects.get(language_code="zh-hans")).title == "面试基础（修订）"
    )
    assert CoursePage.objects.filter(slug="fixture-basics").count() == 2


def test_an_invalid_course_is_refused_loudly_and_nothing_is_seeded(db):
    courses = fixture_courses()
    courses[0]["lessons"] = courses[0]["lessons"][:2]
    with pytest.raises(CurriculumInvalid, match="at least four lessons"):
        curriculum_seed(courses=courses)
    assert not CoursePage.objects.exists()
