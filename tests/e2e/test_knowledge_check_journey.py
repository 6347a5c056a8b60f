"""A lesson's knowledge check: practice questions from the bank load into the lesson and answer back at once."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import sign_in


def test_a_manager_answers_a_practice_question_inside_a_lesson(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "certified")  # prefers English
    page.goto(f"{live_server.url}/courses/interview-etiquette/before-the-interview/")
    check = page.locator(".knowledge-check").first
    expect(check).to_be_visible()
    first_item = check.locator(".qb-practice-item").first
    expect(first_item).to_be_visible(timeout=10_000)
    # nothing in the page says which option is right before the learner answers
    html = page.content()
    assert "fraction" not in html and "is-correct" not in html

    options = first_item.locator("input.form-check-input")
    if options.count():
        options.first.check()
    else:
        first_item.locator("input[type=text], textarea").first.fill("Situation")
    first_item.get_by_role("button", name="Check my answer").click()
    expect(first_item.locator(".qb-feedback")).to_be_visible()
    expect(first_item.locator(".qb-feedback [role=status]")).to_contain_text("%")
    check_a11y(page, "lesson with an answered knowledge check")


def test_the_knowledge_check_speaks_chinese_on_the_chinese_lesson(page, live_server, demo):
    sign_in(page, live_server.url, "manager")  # prefers Chinese
    page.goto(f"{live_server.url}/zh-hans/courses/interview-etiquette/before-the-interview/")
    item = page.locator(".knowledge-check .qb-practice-item").first
    expect(item).to_be_visible(timeout=10_000)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in item.inner_text())
