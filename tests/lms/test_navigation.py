from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_signed_in_people_reach_the_interviewing_tools_from_the_menu(client, personas):
    client.force_login(personas["learner"])
    html = client.get("/").content.decode()
    assert "/interviewing/kits/" in html and "/interviewing/checker/" in html
    assert "/interviewing/calibration/" not in html
    client.force_login(personas["assessor"])
    assert "/interviewing/calibration/" in client.get("/").content.decode()


@pytest.mark.django_db
def test_strangers_see_no_menu_for_signed_in_people(client):
    html = client.get("/").content.decode()
    assert "/interviewing/kits/" not in html and "/learning/" not in html


@pytest.mark.django_db
def test_hr_and_heads_reach_the_gate_and_sign_offs_from_the_manage_menu(client, personas):
    client.force_login(personas["head"])
    html = client.get("/").content.decode()
    assert "/certification/interviewers/" in html and "/certification/sign-off/" in html
    assert "/certification/certificates/" not in html
    client.force_login(personas["hr"])
    assert "/certification/certificates/" in client.get("/").content.decode()
    client.force_login(personas["learner"])
    assert "/certification/interviewers/" not in client.get("/").content.decode()
