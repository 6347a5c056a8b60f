"""The practice fragment lessons embed, and the immediate feedback on each answer."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.question_bank.factories import make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner_client(client, personas):
    client.force_login(personas["learner"])
    return client


def fragment(client, category="Etiquette", count=10, prefix=""):
    url = prefix + reverse("question_bank:practice").removeprefix("/zh-hans") + f"?category={category}&count={count}"
    return client.get(url)


def test_it_serves_practice_items_from_the_category_and_its_descendants_never_exam_items(learner_client):
    make_question("single", category="Etiquette/Before", purpose="practice", name="Practice one")
    make_question("truefalse", category="Etiquette/During/Deep", purpose="practice", name="Practice two")
    make_question("single", category="Etiquette/Before", purpose="exam", name="Exam item")
    make_question("single", category="Structured", purpose="practice", name="Elsewhere")
    html = fragment(learner_client).content.decode()
    assert "Practice one" in html and "Practice two" in html
    assert "Exam item" not in html and "Elsewhere" not in html


def test_the_fragment_has_no_base_template_and_posts_with_htmx(learner_client):
    make_question("single", purpose="practice")
    html = fragment(learner_client).content.decode()
    assert "<html" not in html and "<nav" not in html
    assert f'hx-post="{reverse("question_bank:practice_check")}"' in html


def test_no_credits_or_right_answers_are_in_the_html_before_checking(learner_client):
    for kind in ("single", "multi", "truefalse", "short", "matching", "ordering", "essay"):
        make_question(kind, purpose="practice")
    html = fragment(learner_client).content.decode()
    for leak in ("fraction", "correct", "Good.", "Never.", "Too early.", "Nearly.", "Look for a result"):
        assert leak not in html, leak
    # ordering items are never shown in the right order to start with
    order = re.findall(r'name="order-(\d+)"', html)
    assert order and order != sorted(order, key=int)


def test_count_limits_the_number_of_items(learner_client):
    for _ in range(4):
        make_question("single", purpose="practice")
    assert fragment(learner_client, count=2).content.decode().count("<form") == 2


def test_it_serves_the_current_language_and_falls_back_to_the_other(learner_client):
    en = make_question("single", purpose="practice", name="English twin")
    make_question("single", purpose="practice", language="zh-hans", translation_of=en, name="中文版")
    make_question("truefalse", purpose="practice", name="English only")
    html = fragment(learner_client, prefix="/zh-hans").content.decode()
    assert "中文版" in html and "English twin" not in html and "English only" in html


def test_checking_an_answer_returns_the_score_and_feedback(learner_client):
    q = make_question("single", purpose="practice")
    right = q.current_version.answers.get(fraction=1)
    response = learner_client.post(
        reverse("question_bank:practice_check"), {"version": q.current_version_id, "choice": right.pk}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "100%" in html and "Good." in html and "Because." in html


def test_an_ordering_answer_is_scored_from_the_positions_given(learner_client):
    q = make_question("ordering", purpose="practice")
    items = list(q.current_version.items.all())
    data = {"version": q.current_version_id, **{f"order-{item.pk}": str(i + 1) for i, item in enumerate(items)}}
    assert "100%" in learner_client.post(reverse("question_bank:practice_check"), data).content.decode()


def test_exam_items_cannot_be_checked_through_the_practice_endpoint(learner_client):
    q = make_question("single", purpose="exam")
    right = q.current_version.answers.get(fraction=1)
    response = learner_client.post(
        reverse("question_bank:practice_check"), {"version": q.current_version_id, "choice": right.pk}
    )
    assert response.status_code == 404


def test_anonymous_people_are_sent_to_sign_in(client):
    assert "/login/" in fragment(client)["Location"]
