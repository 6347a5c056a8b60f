"""A learner moves through a course in the browser's plain HTTP: catalogue, course, enrol, lessons, My learning."""

from __future__ import annotations

from courses.models import Enrolment, LessonPage
from tests.factories import UserFactory


def lessons(course):
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def test_anonymous_people_are_sent_to_sign_in_from_every_course_page(client, seeded, basics):
    for url in ["/courses/", "/zh-hans/courses/", basics.url, lessons(basics)[0].url]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/accounts/login/?next=" in response["Location"]


def test_the_catalogue_lists_courses_in_the_readers_language(client, seeded):
    client.force_login(UserFactory())
    english = client.get("/courses/").content.decode()
    chinese = client.get("/zh-hans/courses/").content.decode()
    assert "Fixture basics of interviewing" in english and "面试基础（测试）" not in english
    assert "面试基础（测试）" in chinese


def test_the_course_page_offers_enrolment_and_the_lesson_page_offers_mark_complete(client, seeded, basics):
    client.force_login(UserFactory())
    page = client.get(basics.url).content.decode()
    assert "Enrol in this course" in page
    lesson = client.get(lessons(basics)[1].url).content.decode()
    assert "Mark as complete" in lesson and "Lesson 2 of 4" in lesson


def test_enrolling_leads_to_the_first_lesson(client, seeded, basics):
    user = UserFactory()
    client.force_login(user)
    response = client.post(f"/learning/courses/{basics.translation_key}/enrol/")
    assert response.status_code == 302
    assert response["Location"] == lessons(basics)[0].url
    assert Enrolment.objects.filter(user=user, course_key=basics.translation_key).exists()
