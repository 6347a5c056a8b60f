"""HR opens the dashboards, sets a coverage target and sees the gap; a department head sees a filtered view of
their own department. Every chart is on a canvas that Chart.js has drawn; axe-core checks each page."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import sign_in

# True when Chart.js has drawn the canvas: it marks it, and some pixel is no longer transparent
DRAWN = """(canvas) => {
  if (canvas.dataset.drawn !== "true" || !canvas.width || !canvas.height) return false;
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
  return false;
}"""


def expect_charts_drawn(page, count: int) -> None:
    canvases = page.locator("canvas[data-chart]")
    expect(canvases).to_have_count(count)
    for i in range(count):
        canvas = canvases.nth(i)
        expect(canvas).to_have_attribute("data-drawn", "true")
        assert canvas.evaluate(DRAWN), f"chart {i} is blank"


def test_hr_sees_the_dashboard_charts_and_closes_the_loop_on_a_gap(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "hr")
    page.get_by_role("button", name="Manage").click()
    page.get_by_role("link", name="Dashboard", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/hr/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Interviewer dashboard")
    expect_charts_drawn(page, 4)
    check_a11y(page, "HR dashboard")

    page.goto(f"{live_server.url}/hr/coverage/targets/")
    page.get_by_label("Department", exact=True).select_option("SALES")
    page.get_by_label("Region", exact=True).select_option("DE")
    page.get_by_label("Certified interviewers needed").fill("3")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Target saved")
    check_a11y(page, "coverage targets")

    page.goto(f"{live_server.url}/hr/coverage/")
    gaps = page.get_by_role("table").filter(has_text="Closest to closing it")
    expect(gaps.get_by_role("row").nth(1)).to_contain_text("1 / 3")  # the demo's one certified SALES interviewer
    expect_charts_drawn(page, 1)
    check_a11y(page, "coverage")


def test_a_head_sees_a_filtered_view_of_their_own_department(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "head")
    page.goto(f"{live_server.url}/hr/exams/?group=department")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    options = page.get_by_label("Department", exact=True).locator("option")
    expect(options).to_have_count(2)  # "All I may see" and SALES
    expect(options.nth(1)).to_contain_text("SALES")
    expect_charts_drawn(page, 2)
    check_a11y(page, "exam results for a head")

    page.goto(f"{live_server.url}/hr/expiry/")
    page.get_by_label("Department", exact=True).select_option("SALES")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"/hr/expiry/\?days=90&department=SALES"))
    expect(page.get_by_role("table").first).not_to_contain_text("ENG")
    expect_charts_drawn(page, 1)
    check_a11y(page, "expiry for a head")
