"""A manager finds a course, reads lessons in English, switches to Chinese on the same lesson with their progress
kept, completes the course, and sees it complete in My learning. Every page passes axe-core (WCAG 2.1 AA)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from courses.models import CoursePage
from courses.services.seeding import curriculum_seed
from tests.courses.fixture_curriculum import fixture_courses
from tests.e2e.conftest import sign_in


def journey_course() -> CoursePage:
    """The first course of the catalogue that needs no other course first (the real curriculum's, or the fixture's
    when the curriculum modules are absent)."""
    english = CoursePage.objects.live().filter(locale__language_code="en").order_by("sort_order", "title")
    if not english.exists():
        curriculum_seed(courses=fixture_courses())
    return next(course for course in english if not course.prerequisites.exists())


def progress_now(page) -> str:
    return page.locator("#lesson-status [role=progressbar]").get_attribute("aria-valuenow")


def test_a_manager_learns_a_course_across_both_languages(page, live_server, demo, check_a11y):
    course = journey_course()
    course_zh = course.get_translations().get(locale__language_code="zh-hans")
    sign_in(page, live_server.url, "manager")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # find the course by searching the catalogue
    page.get_by_role("navigation", name="Main navigation").get_by_role("link", name="Courses").click()
    expect(page).to_have_url(f"{live_server.url}/courses/")
    page.get_by_label("Search").fill(course.title.split()[0])
    page.get_by_role("button", name="Find").click()
    check_a11y(page, "catalogue search results")
    page.get_by_role("link", name=course.title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(course.title)
    check_a11y(page, "course page")

    # enrol (or continue, if the demo already enrolled the manager) and read a lesson in English
    enrol = page.get_by_role("button", name="Enrol in this course")
    if enrol.count():
        enrol.click()
    else:
        page.locator("aside a.btn-brand").click()
    expect(page.locator("#lesson-status")).to_be_visible()
    check_a11y(page, "English lesson")
    page.locator("#lesson-status button[type=submit]").click()
    expect(page.locator("#lesson-status")).to_contain_text("Lesson completed")
    kept = progress_now(page)
    page.locator("#lesson-status a.btn-brand").click()
    english_lesson = page.url

    # switch to Chinese: the same lesson, the same progress
    page.get_by_role("button", name="简体中文").click()
    expect(page).to_have_url(english_lesson.replace(live_server.url, f"{live_server.url}/zh-hans"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.get_by_role("navigation", name=re.compile("Breadcrumb|面包屑"))).to_contain_text(course_zh.title)
    assert progress_now(page) == kept
    check_a11y(page, "Chinese lesson")

    # finish every lesson in Chinese
    for _ in range(30):
        button = page.locator("#lesson-status button[type=submit]")
        if button.count():
            button.click()
            expect(page.locator("#lesson-status .badge.text-bg-success").first).to_be_visible()
        if page.locator("[data-course-complete]").count():
            break
        page.locator("a[rel=next]").click()
    expect(page.locator("[data-course-complete]")).to_be_visible()
    assert progress_now(page) == "100"

    page.goto(f"{live_server.url}/zh-hans/learning/")
    expect(page.locator("[data-completed-course]").filter(has_text=course_zh.title)).to_be_visible()
    check_a11y(page, "My learning")
