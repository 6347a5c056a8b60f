from __future__ import annotations

import re

import pytest

from tests.factories import UserFactory


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def unmasked(response) -> str:
    return re.sub(r'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[^"]+', r"\1", response.content.decode())


def attempt(client, username, password="wrong-password"):
    return client.post("/accounts/login/", {"username": username, "password": password}, REMOTE_ADDR="10.1.2.3")


@pytest.mark.django_db
def test_repeated_failures_lock_the_username_even_for_the_right_password(client, throttled):
    UserFactory(username="target")
    for _ in range(3):
        attempt(client, "target")
    response = attempt(client, "target", password="pw-for-tests")
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_lockout_looks_the_same_whether_or_not_the_person_exists(client, throttled):
    UserFactory(username="real")
    responses = {}
    for name in ("real", "ghost"):
        for _ in range(3):
            attempt(client, name)
        responses[name] = attempt(client, name)
    assert responses["real"].status_code == responses["ghost"].status_code == 429
    # identical apart from the per-response CSRF token
    assert unmasked(responses["real"]) == unmasked(responses["ghost"])


@pytest.mark.django_db
def test_failures_below_the_limit_do_not_lock_and_success_resets(client, throttled):
    UserFactory(username="forgetful")
    for _ in range(2):
        assert attempt(client, "forgetful").status_code == 200
    assert attempt(client, "forgetful", password="pw-for-tests").status_code == 302
    client.logout()
    for _ in range(2):
        assert attempt(client, "forgetful").status_code == 200  # the count started again


@pytest.mark.django_db
def test_a_lockout_of_one_username_leaves_others_alone(client, throttled):
    UserFactory(username="locked")
    UserFactory(username="colleague")
    for _ in range(3):
        attempt(client, "locked")
    assert attempt(client, "colleague", password="pw-for-tests").status_code == 302
