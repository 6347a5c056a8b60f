"""The page tree is pinned: catalogue → course → lesson, and nothing else goes in between."""

from __future__ import annotations

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, LessonPage


class PageTreeRules(WagtailPageTestCase):
    def test_a_catalogue_sits_under_a_home_page_and_holds_only_courses(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {Page})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_a_course_sits_only_in_a_catalogue_and_holds_only_lessons(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})

    def test_a_lesson_sits_only_in_a_course_and_holds_nothing(self):
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_lessons_cannot_be_created_straight_under_a_catalogue(self):
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
