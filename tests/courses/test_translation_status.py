"""Editors see which Chinese translations are behind their English source (/cms/ › Reports › Translation status)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_localize.models import TranslationSource

from courses.models import LessonPage
from courses.translation_status import SOURCE_CHANGED, STRINGS_MISSING, UP_TO_DATE, translation_status
from tests.courses.conftest import seed
from tests.courses.fixture_curriculum import fixture_courses


def english_lesson(course):
    return LessonPage.objects.child_of(course).live().first().specific


def republish_with_new_text(lesson):
    lesson.title = f"{lesson.title}, revised"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def states(rows) -> dict[int, str]:
    return {row.page.pk: row.state for row in rows}


def test_freshly_seeded_translations_are_up_to_date(seeded):
    assert set(states(translation_status()).values()) == {UP_TO_DATE}


def test_publishing_the_english_page_marks_its_translation_out_of_date_then_sync_shows_the_missing_strings(
    seeded, basics
):
    lesson = english_lesson(basics)
    republish_with_new_text(lesson)
    rows = translation_status()
    assert states(rows)[lesson.pk] == SOURCE_CHANGED
    assert rows[0].page.pk == lesson.pk  # worst first
    assert sum(r.state != UP_TO_DATE for r in rows) == 1

    TranslationSource.objects.get(object_id=lesson.translation_key, locale=lesson.locale).update_from_db()
    row = next(r for r in translation_status() if r.page.pk == lesson.pk)
    assert row.state == STRINGS_MISSING
    assert row.translated < row.total


def test_editors_and_hr_see_the_report_and_learners_do_not(client, seeded, basics, personas):
    lesson = english_lesson(basics)
    republish_with_new_text(lesson)
    client.force_login(personas["editor"])
    html = client.get("/cms/courses/translation-status/").content.decode()
    assert lesson.title in html and "Source changed" in html
    client.force_login(personas["hr"])
    assert client.get("/cms/courses/translation-status/").status_code == 200
    client.force_login(personas["assessor"])
    assert client.get("/cms/courses/translation-status/").status_code in (302, 403)
    client.force_login(personas["learner"])
    assert client.get("/cms/courses/translation-status/").status_code == 302


def test_the_report_costs_the_same_queries_however_many_pages(seeded, django_capture_on_commit_callbacks):
    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            translation_status()
        return len(ctx)

    before = count()
    more = []
    for course in fixture_courses():
        course = {**course, "slug": course["slug"] + "-copy", "prerequisites": []}
        more.append(course)
    seed(django_capture_on_commit_callbacks, courses=fixture_courses() + more)
    assert len(translation_status()) > 10
    assert count() == before


@pytest.fixture(autouse=True)
def _region(db):
    from tests.factories import RegionFactory

    RegionFactory(code="DE", name="Germany", name_zh="德国")
