from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError


def test_healthz_answers_without_touching_the_database(client):
    # no database fixture: pytest-django raises if the view (or any middleware) opens a connection
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_reports_the_database_and_the_broker(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert response.json()["broker"] in {"ok", "unreachable"}


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_unreachable(client):
    with mock.patch("lms.views.connection.cursor", side_effect=OperationalError("connection refused")):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
def test_readyz_stays_ready_when_only_the_broker_is_down(client):
    with mock.patch("lms.views._broker_state", return_value="unreachable"):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["broker"] == "unreachable"


@pytest.mark.django_db
def test_health_endpoints_have_no_language_prefix(client):
    assert client.get("/zh-hans/healthz", follow=True).status_code == 404
