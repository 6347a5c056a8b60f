"""Progress belongs to the course in every language: lessons done in English count in Chinese and back."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation
from django.utils.translation import gettext

from courses.models import Enrolment, LessonCompletion, LessonPage
from courses.services.progress import enrolment_create, lesson_complete
from courses.signals import course_completed
from tests.factories import UserFactory


def lessons(course):
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


@pytest.fixture
def completed_signals():
    received = []

    def receiver(sender, **kwargs):
        received.append(kwargs)

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


def test_lessons_done_in_either_language_complete_the_course_once(
    seeded, basics, basics_zh, completed_signals, django_capture_on_commit_callbacks
):
    user = UserFactory()
    english, chinese = lessons(basics), lessons(basics_zh)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=user, lesson=english[0])
        lesson_complete(user=user, lesson=chinese[1])
        lesson_complete(user=user, lesson=english[2])
        enrolment = lesson_complete(user=user, lesson=chinese[3])
        lesson_complete(user=user, lesson=english[3])  # again, in the other language
    assert enrolment.completed_at is not None
    assert Enrolment.objects.filter(user=user).count() == 1
    assert LessonCompletion.objects.filter(user=user).count() == 4
    assert len(completed_signals) == 1
    assert completed_signals[0]["user"] == user
    assert completed_signals[0]["course_key"] == basics.translation_key
    assert completed_signals[0]["completed_at"] == enrolment.completed_at


def test_the_course_is_not_complete_while_a_required_lesson_is_open(seeded, basics):
    user = UserFactory()
    for lesson in lessons(basics)[:3]:
        enrolment = lesson_complete(user=user, lesson=lesson)
    assert enrolment.completed_at is None


def test_optional_lessons_are_not_needed_to_complete_a_course(seeded, basics):
    user = UserFactory()
    for lesson in lessons(basics):
        lesson_complete(user=user, lesson=lesson)
    advanced = seeded["en"]["fixture-advanced"]
    required = [lesson for lesson in lessons(advanced) if lesson.required]
    assert len(required) == 3
    for lesson in required:
        enrolment = lesson_complete(user=user, lesson=lesson)
    assert enrolment.completed_at is not None


def test_the_database_holds_one_enrolment_per_person_and_course(seeded, basics):
    user = UserFactory()
    enrolment_create(user=user, course=basics)
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(user=user, course_key=basics.translation_key)


def test_progress_shows_on_the_chinese_course_page_after_english_lessons(client, seeded, basics, basics_zh):
    user = UserFactory()
    lesson_complete(user=user, lesson=lessons(basics)[0])
    client.force_login(user)
    page = client.get(basics_zh.url).content.decode()
    with translation.override("zh-hans"):
        template = gettext("%(done)s of %(total)s lessons done (%(percent)s%%)")
    expected = template % {"done": 1, "total": 4, "percent": 25}
    assert expected in page and any("\u4e00" <= ch <= "\u9fff" for ch in expected)
    assert 'aria-valuenow="25"' in page


def test_resume_opens_the_last_lesson_in_the_language_being_read(client, seeded, basics, basics_zh):
    user = UserFactory()
    enrolment_create(user=user, course=basics)
    client.force_login(user)
    client.get(lessons(basics)[2].url)  # opened in English
    response = client.get(f"/zh-hans/learning/courses/{basics.translation_key}/resume/")
    assert response["Location"] == lessons(basics_zh)[2].url


def test_marking_complete_with_htmx_returns_the_updated_status_fragment(client, seeded, basics):
    user = UserFactory()
    client.force_login(user)
    lesson = lessons(basics)[0]
    response = client.post(f"/learning/lessons/{lesson.translation_key}/complete/", headers={"HX-Request": "true"})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="lesson-status"' in body and "Lesson completed" in body and "<html" not in body
    assert LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).exists()


def test_enrolling_twice_is_harmless(seeded, basics):
    user = UserFactory()
    assert enrolment_create(user=user, course=basics) == enrolment_create(user=user, course=basics)


def test_a_due_date_needs_an_assigner(seeded, basics):
    enrolment = Enrolment(user=UserFactory(), course_key=basics.translation_key, due_on="2030-01-01")
    with pytest.raises(ValidationError):
        enrolment.full_clean()
