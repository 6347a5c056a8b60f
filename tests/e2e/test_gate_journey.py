"""HR looks up who may interview for SALES in Germany, revokes a certificate, and sees the person drop out."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import sign_in


def test_hr_revokes_a_certificate_and_the_person_drops_out_of_who_may_interview(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "hr")
    page.goto(f"{live_server.url}/certification/interviewers/")
    page.get_by_label("Department").select_option("SALES")
    page.get_by_label("Region").select_option("DE")
    page.get_by_label("Level").select_option("foundation")
    page.get_by_role("button", name="Show").click()
    table = page.get_by_role("table")
    expect(table).to_contain_text("Lukas Becker")
    expect(table).to_contain_text("E0004")
    check_a11y(page, "who may interview")

    page.get_by_role("link", name="Certificates", exact=True).last.click()
    page.get_by_label("Code, employee ID or name").fill("E0004")
    page.get_by_role("button", name="Filter").click()
    check_a11y(page, "certificate list")
    page.get_by_role("row", name="Foundation").get_by_role("link").click()
    check_a11y(page, "certificate detail")
    page.get_by_label("Action").select_option("revoke")
    page.get_by_label("Reason").fill("Asked a candidate about marriage plans in an interview.")
    page.get_by_role("button", name="Apply now").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Revoked")

    page.goto(f"{live_server.url}/certification/interviewers/?department=SALES&region=DE&level=foundation")
    expect(page.get_by_role("table")).to_contain_text("No one may interview for this right now.")
    expect(page.get_by_role("table")).not_to_contain_text("Lukas Becker")
