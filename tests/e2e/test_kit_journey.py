"""A certified interviewer prepares an interview with a German candidate: builds a kit, adds a question of their
own that the checker flags, replaces it from the bank, books themselves on the panel and downloads the PDF; every
page passes the accessibility check."""

from __future__ import annotations

from datetime import date, timedelta

from playwright.sync_api import expect

from interviewing.models import InterviewKit
from tests.e2e.conftest import sign_in


def test_a_certified_interviewer_builds_a_kit_for_a_german_candidate(page, live_server, demo, check_a11y):
    sign_in(page, live_server.url, "certified")
    page.goto(f"{live_server.url}/interviewing/kits/")
    check_a11y(page, "kit list")
    page.get_by_role("link", name="Build a kit").click()
    check_a11y(page, "new kit form")

    page.get_by_label("Role").fill("Key account manager")
    page.get_by_label("Department").select_option(label="SALES · Sales")
    page.get_by_label("Candidate's region").select_option(label="DE · Germany")
    page.get_by_label("Level").select_option("foundation")
    page.get_by_label("Language of the questions").select_option("en")
    page.get_by_label("Candidate reference").fill("REQ-2041-07")
    # next week, at 10:00 in Berlin: within the demo certificate's validity
    when = (date.today() + timedelta(days=7)).strftime("%Y-%m-%dT10:00")
    page.get_by_label("Interview time (candidate's local time)").fill(when)
    page.get_by_role("button", name="Build the kit").click()

    kit = InterviewKit.objects.get(candidate_reference="REQ-2041-07")
    expect(page).to_have_url(f"{live_server.url}/interviewing/kits/{kit.pk}/")
    expect(page.get_by_role("heading", name="Taboo reminders: Germany")).to_be_visible()
    expect(page.get_by_text("Use Sie and the surname until the candidate suggests otherwise.")).to_be_visible()
    check_a11y(page, "kit page")

    page.get_by_text("Add a question of your own").click()
    page.get_by_label("Competency").select_option("motivation")
    page.locator("details #id_text").fill("Are you planning to have a baby in the next few years?")
    page.get_by_role("button", name="Add and check").click()
    flagged = page.locator("li.card.border-warning")
    expect(flagged).to_have_count(1)
    expect(flagged.locator(".badge.text-bg-danger")).to_have_text("Unlawful")
    check_a11y(page, "kit with a flagged question")

    flagged.get_by_label("A question from the bank").select_option(index=1)
    flagged.get_by_role("button", name="Replace").click()
    expect(page.locator("li.card.border-warning")).to_have_count(0)
    expect(page.get_by_text("Question replaced; the checker finds nothing in it.")).to_be_visible()
    assert not kit.questions.exclude(worst_severity="").exists()

    page.locator("#id_interviewer").select_option(label="Lukas Becker (E0004)")
    page.get_by_role("button", name="Book interviewer").click()
    expect(page.locator(".messages")).to_contain_text("Lukas Becker is booked for this interview.")
    check_a11y(page, "kit with its interviewer")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download PDF").click()
    path = download.value.path()
    with open(path, "rb") as f:
        assert f.read(5) == b"%PDF-"
    assert download.value.suggested_filename == f"interview-kit-{kit.pk}.pdf"


def test_hr_reads_the_calibration_page(page, live_server, demo, check_a11y):
    from django.utils import timezone

    from certification.models import EvaluationForm, InterviewAssignment
    from interviewing.models import Scorecard, ScorecardRating
    from org.models import Department, Region, User

    form = EvaluationForm.objects.get(code="standard-interview", is_current=True)
    sales, germany = Department.objects.get(code="SALES"), Region.objects.get(code="DE")
    ratings = {"certified": 5, "head": 3, "manager": 2}
    for candidate in ("C-1", "C-2", "C-3"):
        for username, rating in ratings.items():
            person = User.objects.get(username=username)
            # stored directly: this journey is about reading the figures, the guard has its own tests
            assignment = InterviewAssignment.objects.create(
                candidate_reference=candidate, role="Sales", department=sales, region=germany,
                scheduled_at=timezone.now() - timedelta(days=2), interviewer=person,
            )  # fmt: skip
            card = Scorecard.objects.create(
                assignment=assignment, form=form, interviewer=person, candidate_reference=candidate,
                submitted_at=timezone.now() - timedelta(days=1),
            )  # fmt: skip
            for dimension in form.dimensions.all():
                ScorecardRating.objects.create(scorecard=card, dimension=dimension, rating=rating, evidence="noted")

    sign_in(page, live_server.url, "hr")
    page.goto(f"{live_server.url}/interviewing/calibration/")
    expect(page.get_by_role("row", name="Lukas Becker Drifts from the panel")).to_be_visible()
    check_a11y(page, "calibration page")
