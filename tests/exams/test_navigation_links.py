"""The main navigation takes assessors to the grading queue and HR to exam administration."""

from __future__ import annotations

from django.urls import reverse


def nav_links(client, user) -> str:
    client.force_login(user)
    body = client.get(reverse("exams:list")).content.decode()
    return body.split("</nav>")[0]


def test_assessors_get_a_link_to_the_grading_queue(client, personas):
    nav = nav_links(client, personas["assessor"])
    assert f'href="{reverse("exams:grading_queue")}">Grading queue<' in nav
    assert "Exam administration" not in nav


def test_hr_gets_a_link_to_exam_administration(client, personas):
    nav = nav_links(client, personas["hr"])
    assert f'href="{reverse("exams:hr_attempts")}">Exam administration<' in nav


def test_learners_get_neither(client, personas):
    nav = nav_links(client, personas["learner"])
    assert "Grading queue" not in nav and "Exam administration" not in nav


def test_exam_administration_links_to_each_exams_item_analysis_and_the_grading_queue(client, exam, personas):
    client.force_login(personas["hr"])
    body = client.get(reverse("exams:hr_attempts")).content.decode()
    assert reverse("exams:item_analysis", args=[exam.slug]) in body
    assert reverse("exams:grading_queue") in body and reverse("exams:appeals") in body
