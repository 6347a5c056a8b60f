from __future__ import annotations

URL = "/interviewing/checker/"


def test_the_page_has_the_documented_name():
    from django.urls import reverse

    assert reverse("interviewing:checker") == URL


def test_the_page_asks_anonymous_people_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_page_offers_the_regions_with_published_packs(client, personas, seeded_packs):
    client.force_login(personas["learner"])
    html = client.get(URL).content.decode()
    assert 'value="JP"' in html and "<textarea" in html


def test_a_flagged_question_shows_its_severity_and_a_safer_question(client, personas, seeded_packs):
    client.force_login(personas["learner"])
    response = client.post(
        URL, {"region": "DE", "language": "en", "questions": "Are you pregnant?\nTell me about a project you led."}
    )
    html = response.content.decode()
    assert "text-bg-danger" in html  # unlawful in Germany
    assert "Ask instead:" in html
    assert "1 of 2 questions flagged" in html


def test_htmx_gets_only_the_results(client, personas, seeded_packs):
    client.force_login(personas["learner"])
    response = client.post(
        URL, {"region": "US", "language": "en", "questions": "How old are you?"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert "<html" not in html and "badge" in html


def test_explanations_are_shown_in_chinese_on_the_chinese_page(client, personas, seeded_packs):
    client.force_login(personas["learner"])
    response = client.post("/zh-hans" + URL, {"region": "US", "language": "zh-hans", "questions": "你多大了？"})
    assert "年龄" in response.content.decode()


def test_an_empty_form_says_what_is_missing(client, personas, seeded_packs):
    client.force_login(personas["learner"])
    response = client.post(URL, {"region": "US", "language": "en", "questions": "  "})
    assert response.status_code == 200
    assert "is-invalid" in response.content.decode()


def test_checking_more_questions_costs_no_more_queries(client, personas, seeded_packs, django_assert_num_queries):
    client.force_login(personas["learner"])
    client.post(URL, {"region": "US", "language": "en", "questions": "Hi"})  # warm the session and caches

    def count(n):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            client.post(URL, {"region": "US", "language": "en", "questions": "\n".join(["How old are you?"] * n)})
        return len(ctx)

    assert count(5) == count(10)
