from __future__ import annotations

import pytest
from django.urls import reverse

URL = "/api/v1/lint/"
CONTRACT = {"region": "US", "language": "en", "questions": ["How old are you?", "Tell me about a project you led."]}


@pytest.fixture
def api(client, personas, seeded_packs):
    client.force_login(personas["learner"])
    return client


def post(client, body):
    return client.post(URL, body, content_type="application/json")


def test_the_route_is_the_documented_one():
    assert reverse("api-lint") == URL


def test_the_contract_question_is_flagged_and_the_star_question_is_not(api):
    response = post(api, CONTRACT)
    assert response.status_code == 200
    data = response.json()
    assert data["rule_pack"] == {"region": "US", "version": 1}
    first, second = data["results"]
    assert first["question"] == "How old are you?"
    assert set(first["findings"][0]) == {"topic", "severity", "explanation", "suggestion", "rule"}
    assert first["findings"][0]["topic"] == "age"
    assert not any(f["severity"] in ("unlawful", "risky") for f in second["findings"])


def test_explanations_follow_the_request_language(api):
    english = post(api, CONTRACT).json()["results"][0]["findings"][0]["explanation"]
    chinese = api.post(URL, CONTRACT, content_type="application/json", HTTP_ACCEPT_LANGUAGE="zh-hans").json()
    assert english != chinese["results"][0]["findings"][0]["explanation"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese["results"][0]["findings"][0]["explanation"])


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"region": "XX", "language": "en", "questions": ["Hi"]}, 404, "unknown_region"),
        ({"region": "US", "language": "fr", "questions": ["Bonjour"]}, 400, "unsupported_language"),
        ({"region": "US", "language": "en", "questions": []}, 400, "invalid_request"),
        ({"region": "US", "language": "en"}, 400, "invalid_request"),
        ({"region": "US", "language": "en", "questions": ["x"] * 201}, 400, "invalid_request"),
    ],
)
def test_errors_use_the_common_error_shape(api, body, status, code):
    response = post(api, body)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_an_anonymous_caller_is_refused_with_the_error_shape(client, seeded_packs):
    response = post(client, CONTRACT)
    assert response.status_code in (401, 403)
    assert set(response.json()["error"]) == {"code", "message"}


def test_get_is_not_allowed(api):
    response = api.get(URL)
    assert response.status_code == 405
    assert "error" in response.json()


def test_checking_writes_nothing(api, django_assert_max_num_queries):
    from interviewing.models import Rule, RulePackVersion

    before = (RulePackVersion.objects.count(), Rule.objects.count())
    with django_assert_max_num_queries(6):
        post(api, CONTRACT)
    assert (RulePackVersion.objects.count(), Rule.objects.count()) == before


def test_the_schema_documents_the_endpoint(api):
    schema = api.get("/api/schema/").content.decode()
    assert "/api/v1/lint/" in schema


def test_a_read_only_api_key_may_check_questions(client, seeded_packs):
    api_keys = pytest.importorskip("certification.api_keys")
    _row, key = api_keys.api_key_create(name="contract")
    response = client.post(URL, CONTRACT, content_type="application/json", HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert response.status_code == 200
    assert response.json()["results"][0]["findings"]


def test_a_wrong_api_key_is_refused_with_the_error_shape(client, seeded_packs):
    pytest.importorskip("certification.api_keys")
    response = client.post(URL, CONTRACT, content_type="application/json", HTTP_AUTHORIZATION="Api-Key nope")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"
