from __future__ import annotations

import pytest
from django.core.cache import cache
from django.core.management import call_command

from certification.api_keys import api_key_create, api_key_revoke
from certification.models import ApiKey

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.certification.api_urls")]


@pytest.fixture
def key():
    return api_key_create(name="Greenhouse")


def auth(key: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Api-Key {key}"}


def test_the_command_prints_the_key_once_and_stores_only_a_digest(capsys):
    call_command("create_api_key", "ATS")
    printed = capsys.readouterr().out.strip()
    row = ApiKey.objects.get(name="ATS")
    assert printed.startswith("iak_") and len(printed) > 40
    assert printed not in row.digest and row.prefix in printed


def test_a_valid_key_reads_and_a_wrong_or_missing_key_is_refused(client, key):
    _row, secret = key
    assert client.get("/api/echo/", **auth(secret)).status_code == 200
    response = client.get("/api/echo/", **auth(secret[:-2] + "xx"))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"
    response = client.get("/api/echo/")
    assert response.status_code in (401, 403)
    assert set(response.json()["error"]) == {"code", "message"}


def test_a_revoked_key_stops_working_at_once(client, key):
    row, secret = key
    assert client.get("/api/echo/", **auth(secret)).status_code == 200
    api_key_revoke(key=row)
    assert client.get("/api/echo/", **auth(secret)).status_code == 401


def test_keys_are_read_only_except_for_declared_side_effect_free_checks(client, key):
    _row, secret = key
    response = client.post("/api/echo/", {}, content_type="application/json", **auth(secret))
    assert response.status_code == 403
    assert response.json()["error"] == {"code": "permission_denied", "message": "API keys are read-only."}
    assert client.post("/api/check/", {}, content_type="application/json", **auth(secret)).status_code == 200


def test_api_errors_carry_a_code_and_a_message(client, key):
    _row, secret = key
    response = client.get("/api/echo/?fail=1", **auth(secret))
    assert response.status_code == 404
    assert response.json() == {"error": {"code": "unknown_employee", "message": "No person has that employee ID."}}


def test_each_key_has_its_own_rate_limit_in_the_shared_cache(client, key, settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    cache.clear()
    rates = {"api": "3/minute"}
    monkey = pytest.MonkeyPatch()
    monkey.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
    try:
        _row, secret = key
        _other, other_secret = api_key_create(name="Other system")
        codes = [client.get("/api/echo/", **auth(secret)).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        assert client.get("/api/echo/", **auth(secret)).json()["error"]["code"] == "rate_limited"
        assert client.get("/api/echo/", **auth(other_secret)).status_code == 200
    finally:
        monkey.undo()
        cache.clear()
    assert api_settings.DEFAULT_THROTTLE_RATES["api"]


def test_two_active_keys_cannot_share_a_name(key):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="already exists"):
        api_key_create(name="Greenhouse")


def test_the_rate_limit_counts_per_window_and_says_when_to_come_back(client, key, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    from lms.api import ClientRateThrottle

    cache.clear()
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"api": "2/minute"})
    now = [600.0]  # the start of a one-minute window
    monkeypatch.setattr(ClientRateThrottle, "timer", lambda self: now[0])
    _row, secret = key
    codes = [client.get("/api/echo/", **auth(secret)).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    now[0] = 630.0
    refused = client.get("/api/echo/", **auth(secret))
    assert refused.status_code == 429
    assert refused["Retry-After"] == "30"
    now[0] = 660.0  # the next window
    assert client.get("/api/echo/", **auth(secret)).status_code == 200
    cache.clear()
