"""/readyz against the real servers: PostgreSQL answers and the Redis broker is reachable."""

from __future__ import annotations

import pytest
from django.db import connection

from lms.celery import app

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def test_readyz_reports_the_postgresql_database_and_the_redis_broker_as_ok(client):
    assert connection.vendor == "postgresql"
    with app.connection_for_write() as conn:
        assert conn.transport.driver_type == "redis"

    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "broker": "ok", "status": "ok"}
