"""Staff at work on exams: an assessor finds the grading queue from the navigation, looks at it by question and by
attempt, grades a scenario answer on its rubric and sees the appeals; HR opens exam administration, filters the
attempts and downloads them, opens the item analysis and gives everyone full marks for an item, and sees its
figures change. Every page passes axe-core (WCAG 2.1 AA)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from exams.models import Attempt, AttemptItem, ItemStatistic, RegradeLog, Response
from exams.services.grading import appeal_create
from tests.e2e.conftest import sign_in


def open_an_appeal() -> None:
    """A learner's appeal on a final Foundation attempt, so the appeals page has a form to check."""
    attempt = Attempt.objects.filter(exam__slug="foundation-certification", finalised_at__isnull=False).first()
    appeal_create(item=attempt.items.first(), user=attempt.user, reason="Two of the choices say the same thing.")


def main_nav(page):
    return page.get_by_role("navigation", name="Main navigation")


def test_an_assessor_grades_a_scenario_answer_on_its_rubric(page, live_server, demo, check_a11y):
    open_an_appeal()
    waiting = Response.objects.filter(needs_grading=True, item__attempt__exam__slug="advanced-interviewer").count()
    assert waiting > 1
    sign_in(page, live_server.url, "assessor")
    main_nav(page).get_by_role("button", name="Manage").click()
    main_nav(page).get_by_role("link", name="Grading queue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Grading queue")
    check_a11y(page, "grading queue")

    # one question across attempts, then one attempt's answers
    first_row = page.locator("main tbody tr").first
    first_row.locator("td").nth(1).get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"\?question=\d+$"))
    check_a11y(page, "grading queue by question")
    page.locator("main tbody tr").first.get_by_role("link", name="by attempt").click()
    expect(page).to_have_url(re.compile(r"\?attempt=\d+$"))
    check_a11y(page, "grading queue by attempt")

    page.locator("main tbody tr").first.get_by_role("link", name=re.compile("^Grade")).click()
    expect(page).to_have_url(re.compile(r"/exams/staff/grading/\d+/$"))
    response_pk = int(page.url.rstrip("/").rsplit("/", 1)[1])
    check_a11y(page, "grade page")
    for criterion in page.locator("main form fieldset").all():
        criterion.locator("input[type=radio]").last.check()  # the best level of each criterion
    page.get_by_label("Comment for the learner").fill("Clear situation and a measurable result.")
    page.get_by_label("Then", exact=True).select_option("question")
    page.get_by_role("button", name="Save the grade").click()
    expect(page.get_by_text("Grade saved.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"\?question=\d+$"))

    graded = Response.objects.select_related("graded_by").get(pk=response_pk)
    assert graded.needs_grading is False and graded.fraction == 1
    assert graded.graded_by.username == "assessor" and graded.comment.startswith("Clear situation")
    assert Response.objects.filter(needs_grading=True, item__attempt__exam__slug="advanced-interviewer").count() == (
        waiting - 1
    )

    page.get_by_role("link", name="Open appeals").click()
    expect(page.get_by_text("Two of the choices say the same thing.")).to_be_visible()
    check_a11y(page, "appeals")


def test_hr_regrades_an_item_with_full_marks_and_sees_the_figures_change(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "hr")
    main_nav(page).get_by_role("button", name="Manage").click()
    main_nav(page).get_by_role("link", name="Exam administration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exam attempts")
    check_a11y(page, "HR attempt list")

    page.get_by_label("Exam", exact=True).select_option(label="Foundation interviewer certification")
    page.get_by_label("Result").select_option("no")
    page.get_by_role("button", name="Filter").click()
    expect(page.locator("main tbody tr").first).to_contain_text("Not passed")
    check_a11y(page, "HR attempt list, filtered")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    csv_text = open(download.value.path(), encoding="utf-8").read()  # noqa: PTH123
    assert csv_text.startswith("\ufeffemployee_id,name,")
    rows = csv_text.strip().splitlines()[1:]
    failed = Attempt.objects.filter(exam__slug="foundation-certification", passed=False).count()
    assert len(rows) == failed and all(row.endswith(",no") for row in rows)

    page.get_by_role("link", name="Foundation interviewer certification").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Item analysis")
    check_a11y(page, "item analysis")

    # the hardest English item: give everyone full marks for it
    stat = (
        ItemStatistic.objects.filter(
            exam__slug="foundation-certification", first_attempts_only=True, version__question__language="en"
        )
        .select_related("version")
        .order_by("facility")
        .first()
    )
    assert stat.facility < 100
    row = page.locator(f"#version-{stat.version_id}")
    expect(row.locator("td.facility")).to_have_text(f"{stat.facility:.1f}")
    row.locator("summary").click()
    check_a11y(page, "item analysis with a regrade form open")
    row.get_by_label("How").select_option("full_marks")
    row.get_by_label("What was wrong").fill("Two choices are defensible.")
    row.get_by_role("button", name="Regrade every attempt").click()

    expect(page.get_by_text(re.compile(r"Regraded: \d+ attempts changed result\."))).to_be_visible()
    expect(page.locator(f"#version-{stat.version_id} td.facility")).to_have_text("100.0")
    expect(page.get_by_text("Two choices are defensible.")).to_be_visible()
    check_a11y(page, "item analysis after the regrade")

    log = RegradeLog.objects.get(exam__slug="foundation-certification")
    assert log.action == "full_marks" and log.by.username == "hr"
    shown = AttemptItem.objects.filter(
        attempt__exam__slug="foundation-certification",
        question__translation_group=stat.version.question.translation_group,
    )
    assert shown.exists() and not shown.exclude(response__fraction=1).exists()
