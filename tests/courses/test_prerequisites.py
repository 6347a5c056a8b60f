"""A course with prerequisites cannot be started until they are complete, and the learner is told why."""

from __future__ import annotations

import pytest
from django.utils import translation

from courses.models import Enrolment, LessonPage
from courses.services.progress import PrerequisitesMissing, enrolment_create, lesson_complete
from tests.factories import UserFactory


def lessons(course):
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def test_enrolment_is_refused_until_the_prerequisite_is_complete(seeded, basics):
    user, advanced = UserFactory(), seeded["en"]["fixture-advanced"]
    with pytest.raises(PrerequisitesMissing) as raised:
        enrolment_create(user=user, course=advanced)
    assert raised.value.courses == [basics]
    for lesson in lessons(basics):
        lesson_complete(user=user, lesson=lesson)
    assert enrolment_create(user=user, course=advanced).course_key == advanced.translation_key


def test_lessons_cannot_be_completed_before_the_prerequisite_either(seeded):
    with pytest.raises(PrerequisitesMissing):
        lesson_complete(user=UserFactory(), lesson=lessons(seeded["en"]["fixture-advanced"])[0])


def test_the_refusal_names_the_missing_course_in_chinese_for_a_chinese_reader(client, seeded):
    user = UserFactory()
    client.force_login(user)
    advanced_zh = seeded["zh"]["fixture-advanced"]
    with translation.override("zh-hans"):
        response = client.post(f"/zh-hans/learning/courses/{advanced_zh.translation_key}/enrol/", follow=True)
    alert = response.content.decode().split('role="alert"', 1)[1].split("</div>", 1)[0]
    assert "面试基础（测试）" in alert  # the missing course, named in the reader's language
    assert not Enrolment.objects.filter(user=user).exists()


def test_the_course_page_lists_the_prerequisite_instead_of_an_enrol_button(client, seeded):
    client.force_login(UserFactory())
    body = client.get(seeded["en"]["fixture-advanced"].url).content.decode()
    assert "Fixture basics of interviewing" in body
    assert "Enrol in this course" not in body
