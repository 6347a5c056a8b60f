"""Catalogue, course, lesson and My learning pages make the same number of queries with N and 2N rows."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from courses.services.progress import enrolment_create, lesson_complete
from tests.courses.builders import make_catalogue, make_course
from tests.factories import RegionFactory, UserFactory


def queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def enrol_all(user, courses):
    region = RegionFactory(code="JP")
    for course in courses:
        course.regions.add(region)
        enrolment_create(user=user, course=course)
        lesson_complete(user=user, lesson=LessonPage.objects.child_of(course).first())


def test_the_catalogue_costs_the_same_for_n_and_2n_courses(client, db):
    user = UserFactory()
    client.force_login(user)
    index, courses = make_catalogue(courses=2)
    enrol_all(user, courses)
    n = queries(client, "/courses/")
    enrol_all(user, [make_course(index, k) for k in range(2, 4)])
    assert queries(client, "/courses/") == n


def test_my_learning_costs_the_same_for_n_and_2n_enrolments(client, db):
    user = UserFactory()
    client.force_login(user)
    index, courses = make_catalogue(courses=2)
    enrol_all(user, courses)
    n = queries(client, "/learning/")
    enrol_all(user, [make_course(index, k) for k in range(2, 4)])
    assert queries(client, "/learning/") == n


def test_course_and_lesson_pages_cost_the_same_for_n_and_2n_lessons(client, db):
    user = UserFactory()
    client.force_login(user)
    index, _ = make_catalogue(courses=0)
    small, large = make_course(index, 1, lessons=3), make_course(index, 2, lessons=6)
    for course in (small, large):
        enrolment_create(user=user, course=course)
        for lesson in LessonPage.objects.child_of(course):
            lesson_complete(user=user, lesson=lesson)
    assert queries(client, small.url) == queries(client, large.url)
    small_lesson = LessonPage.objects.child_of(small).last()
    large_lesson = LessonPage.objects.child_of(large).last()
    assert queries(client, small_lesson.url) == queries(client, large_lesson.url)
