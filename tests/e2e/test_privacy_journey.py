"""HR opens a person's page, downloads what is held about them, erases them, and verification says so."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from certification.models import Certificate
from tests.e2e.conftest import sign_in


def test_hr_exports_and_erases_a_person_and_verification_shows_holder_erased(page, live_server, demo, check_a11y):
    code = Certificate.objects.filter(holder__employee_id="E0004").values_list("code", flat=True).first()
    sign_in(page, live_server.url, "hr")
    page.goto(f"{live_server.url}/people/")
    page.get_by_label("Search by name, employee ID or email").fill("E0004")
    page.get_by_role("button", name="Filter").click()
    page.get_by_role("link", name="Lukas Becker").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lukas Becker")
    check_a11y(page, "person page")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download personal data (JSON)").click()
    exported = json.loads(download.value.path().read_text())
    assert "E0004" in json.dumps(exported)

    page.get_by_role("link", name="Erase personal data…").click()
    check_a11y(page, "erase page")
    page.get_by_role("button", name="Erase personal data").click()  # no reason, no tick: refused, nothing erased
    expect(page.locator(".invalid-feedback").first).to_be_visible()
    page.get_by_label("Reason").fill("Request REQ-2291 from the person, checked by HR.")
    page.get_by_label("I understand that erasure cannot be undone.").check()
    page.get_by_role("button", name="Erase personal data").click()
    expect(page.get_by_role("status").first).to_contain_text("erased")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Lukas Becker")
    check_a11y(page, "erased person page")

    page.goto(f"{live_server.url}/verify/{code}/")
    expect(page.get_by_text("Holder erased")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Lukas Becker")
    check_a11y(page, "verification of an erased holder")

    page.goto(f"{live_server.url}/zh-hans/verify/{code}/")
    expect(page.get_by_text("持证人数据已删除")).to_be_visible()
