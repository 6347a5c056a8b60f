"""A manager who completed the prerequisites takes the Foundation exam in Chinese, reloads the page mid-way and
finds the answers intact, submits, and sees the result; every page passes the accessibility check."""

from __future__ import annotations

from playwright.sync_api import expect

from courses.models import CoursePage
from courses.selectors import lessons_of
from courses.services.progress import lesson_complete
from exams.models import Attempt
from org.models import User
from tests.e2e.conftest import sign_in


def complete_foundation_courses(username: str) -> None:
    user = User.objects.get(username=username)
    slugs = ["interview-etiquette", "structured-interviewing-star", "cross-cultural-taboos"]
    for course in CoursePage.objects.filter(slug__in=slugs, locale__language_code="en"):
        for lesson in lessons_of(course):
            lesson_complete(user=user, lesson=lesson)


def test_a_manager_sits_the_foundation_exam_in_chinese_and_resumes_after_a_reload(page, live_server, demo, check_a11y):
    complete_foundation_courses("manager")
    sign_in(page, live_server.url, "manager")
    page.goto(f"{live_server.url}/zh-hans/exams/")
    check_a11y(page, "exam list")
    page.goto(f"{live_server.url}/zh-hans/exams/foundation-certification/")
    expect(page.get_by_role("heading", level=1)).to_have_text("基础面试官认证考试")
    check_a11y(page, "start page")
    page.locator("main form button[type=submit]").click()

    expect(page.locator("#exam-timer")).to_be_visible()
    attempt = Attempt.objects.get(user__username="manager", exam__slug="foundation-certification")
    assert attempt.language == "zh-hans"
    assert set(attempt.items.values_list("question__language", flat=True)) == {"zh-hans"}
    check_a11y(page, "attempt page")

    choice = page.locator("main input.form-check-input").first
    choice_id = choice.get_attribute("id")
    choice.check()
    expect(page.locator("#autosave-status time")).to_be_visible()  # the autosave answered
    page.reload()
    expect(page.locator(f"#{choice_id}")).to_be_checked()

    page.locator("button[name=goto][value='2']").first.click()
    expect(page).to_have_url(f"{live_server.url}/zh-hans/exams/attempts/{attempt.pk}/?page=2")
    page.locator("button[name=goto][value='1']").first.click()
    expect(page.locator(f"#{choice_id}")).to_be_checked()

    page.locator("button[name=goto][value='submit']").click()
    check_a11y(page, "submit confirmation")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{live_server.url}/zh-hans/exams/attempts/{attempt.pk}/result/")
    expect(page.locator("main .card .fs-4")).to_be_visible()
    check_a11y(page, "result page")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.passed is not None
