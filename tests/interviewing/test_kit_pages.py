from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from interviewing.models import InterviewKit


def test_building_a_kit_from_the_form_opens_it(client, bank, personas, department):
    client.force_login(personas["learner"])
    assert 'name="role"' in client.get("/interviewing/kits/new/").content.decode()
    response = client.post(
        "/interviewing/kits/new/",
        {"role": "Account executive", "department": department.pk, "region": bank["DE"].pk, "level": "foundation",
         "language": "en", "candidate_reference": "C-1", "scheduled_at": "2026-12-03T10:00"},
    )  # fmt: skip
    kit = InterviewKit.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/interviewing/kits/{kit.pk}/")
    assert kit.scheduled_at.isoformat() == "2026-12-03T09:00:00+00:00"  # 10:00 in Berlin
    html = client.get(response["Location"]).content.decode()
    assert "Interview plan" in html and "Taboo reminders" in html and "Etiquette" in html


def test_a_kit_is_hidden_from_people_outside_it(client, kit_maker, personas):
    kit = kit_maker(personas["learner"])
    client.force_login(personas["other_learner"])
    assert client.get(f"/interviewing/kits/{kit.pk}/").status_code == 404
    client.force_login(personas["hr"])
    assert client.get(f"/interviewing/kits/{kit.pk}/").status_code == 200


def test_the_list_shows_own_kits_only(client, kit_maker, personas):
    kit_maker(personas["learner"], role="Mine")
    kit_maker(personas["other_learner"], role="Theirs")
    client.force_login(personas["learner"])
    html = client.get("/interviewing/kits/").content.decode()
    assert "Mine" in html and "Theirs" not in html


def test_the_list_costs_the_same_queries_for_twice_the_kits(client, bank, personas, department):
    from interviewing.models import KitQuestion

    user = personas["learner"]

    def add(n):
        for i in range(n):
            kit = InterviewKit.objects.create(role=f"R{i}", department=department, region=bank["DE"], created_by=user)
            KitQuestion.objects.create(
                kit=kit, order=0, competency="motivation", text="Why us?", worst_severity="risky"
            )

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/interviewing/kits/").status_code == 200
        return len(ctx)

    client.force_login(user)
    add(3)
    n = count()
    add(3)
    assert count() == n


def test_the_kit_page_costs_the_same_queries_for_twice_the_questions(client, kit_maker, personas):
    from interviewing.services import kit_question_add

    kit = kit_maker(personas["learner"])
    client.force_login(personas["learner"])

    def add(n):
        for i in range(n):
            kit_question_add(
                kit=kit, user=personas["learner"], text=f"Why this role, reason {i}?", competency="motivation"
            )

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"/interviewing/kits/{kit.pk}/").status_code == 200
        return len(ctx)

    add(2)
    n = count()
    add(2)
    assert count() == n


def test_the_kit_page_shows_the_interview_in_the_candidates_and_the_interviewers_time(
    client, bank, personas, department
):
    personas["learner"].home_region = bank["US"]
    personas["learner"].save()
    client.force_login(personas["learner"])
    client.post(
        "/interviewing/kits/new/",
        {"role": "Account executive", "department": department.pk, "region": bank["SA"].pk, "level": "foundation",
         "language": "en", "scheduled_at": "2026-12-03T20:00"},
    )  # fmt: skip
    html = client.get(f"/interviewing/kits/{InterviewKit.objects.get().pk}/").content.decode()
    assert "Thu 2026-12-03 20:00" in html  # Riyadh, as typed
    assert "Thu 2026-12-03 12:00 (America/New_York)" in html
    assert "outside 08:00–18:00" in html
