"""The public API against its own OpenAPI schema, with schemathesis: generated requests (valid and invalid, with
an API key) never get a 5xx, and every response matches the schema's status codes, content types and bodies."""

from __future__ import annotations

from datetime import timedelta

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from certification.api_keys import api_key_create
from certification.models import Level, Programme
from certification.services.certificates import certificate_issue
from interviewing.seeding import seed_rule_packs
from org import demo
from tests.factories import DepartmentFactory, RegionFactory, UserFactory

# Loaded once, when the module is collected: the schema as the running site serves it (no database needed).
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture(autouse=True)
def organisation(db):
    """A small organisation the generated requests can find: a department, regions, certificates (one without an
    end date), rule packs for the checker."""
    sales = DepartmentFactory(code="SALES", name="Sales")
    regions = [
        RegionFactory(code=code, name=name, name_zh=name_zh, time_zone=tz, languages=langs, weekend_days=weekend)
        for code, name, name_zh, tz, langs, weekend in demo.REGIONS
    ]
    foundation = Programme.objects.create(
        code="foundation", name="Foundation", level=Level.FOUNDATION, validity_months=24
    )
    start = timezone.now() - timedelta(days=10)
    for employee_id, until in (("E0004", None), ("E0005", start + timedelta(days=700))):
        person = UserFactory(employee_id=employee_id, department=sales, home_region=regions[0])
        certificate_issue(
            person=person,
            programme=foundation,
            recorded=True,
            evidence_note="paper file",
            regions=regions[:2],
            valid_from=start,
            valid_until=until,
        )
    seed_rule_packs()


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """As Django's test client does: a request must not close the test's connection (and its transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_key(db):
    return api_key_create(name="Schema check")[1]


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_the_api_keeps_its_schema(case, api_key):
    # every check but "schema-valid data is accepted": a well-formed but unknown department or region code is a
    # documented 400 (unknown_department, unknown_region), which no static schema can tell from a known one
    case.call_and_validate(headers={"Authorization": f"Api-Key {api_key}"}, excluded_checks=[positive_data_acceptance])


@pytest.mark.parametrize(
    "body",
    [
        {"region": "US", "language": "en", "questions": [0]},
        {"region": "US", "language": "en", "questions": ["x" * 5000]},
        {"region": 7, "language": "en", "questions": ["How old are you?"]},
        {"region": " ", "language": "en", "questions": ["How old are you?"]},
    ],
    ids=["number-as-question", "question-too-long", "number-as-region", "blank-region"],
)
def test_the_checker_refuses_what_its_schema_forbids_with_a_400(client, api_key, body):
    response = client.post(
        "/api/v1/lint/", body, content_type="application/json", HTTP_AUTHORIZATION=f"Api-Key {api_key}"
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_request"
