"""A manager signs in, lands on the home page in their language, and switches language with one click."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import sign_in


def test_a_manager_signs_in_and_sees_home_in_both_languages(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "manager")
    # Wang Fang prefers Chinese, so sign-in lands on the Chinese home page
    expect(page).to_have_url(f"{live_server.url}/zh-hans/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Wang Fang")
    expect(page.get_by_role("navigation", name=re.compile("主导航|Main"))).to_be_visible()
    check_a11y(page, "Chinese home")

    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Wang Fang")
    check_a11y(page, "English home")


def test_a_stranger_sees_the_sign_in_page_that_passes_accessibility_checks(page, live_server, demo, check_a11y):
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_a11y(page, "landing page")
    page.goto(f"{live_server.url}/accounts/login/")
    check_a11y(page, "sign-in page")
    sign_in(page, live_server.url, "manager", password="wrong")
    expect(page.get_by_role("alert")).to_be_visible()


def test_hr_reaches_the_people_list_and_import_page(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "hr")
    page.get_by_role("button", name="Manage").click()
    page.get_by_role("link", name="People", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("People")
    expect(page.get_by_role("cell", name="E0003")).to_be_visible()
    check_a11y(page, "people list")
    page.get_by_role("link", name="Import from CSV").first.click()
    check_a11y(page, "import page")
