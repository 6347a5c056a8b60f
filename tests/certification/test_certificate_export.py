"""HR's certificate list as a streamed CSV: the list's filters, HR only, audited, two queries for any size."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certification.services.certificates import certificate_revoke
from org.models import AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = reverse("certification:certificates_export")


def rows(response) -> list[dict]:
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def certified(department, regions, foundation, issue):
    def make(n, start=0):
        made = []
        for i in range(start, start + n):
            person = UserFactory(
                employee_id=f"E9{i:03}", display_name=f"Person {i}", department=department, home_region=regions["DE"]
            )
            made.append(issue(person, foundation, [regions["DE"], regions["US"]][: 1 + i % 2], days_ago=10 + i))
        return made

    return make


def test_the_export_lists_every_certificate_with_its_regions_in_the_list_s_order(client, personas, certified):
    made = certified(3)
    client.force_login(personas["hr"])
    listed = rows(client.get(URL))
    by_code = {r["code"]: r for r in listed}
    assert [r["code"] for r in listed if r["code"] in {c.code for c in made}] == [c.code for c in made]
    first, second = by_code[made[0].code], by_code[made[1].code]
    assert first["employee_id"] == "E9000" and first["holder"] == "Person 0" and first["regions"] == "DE"
    assert second["regions"] == "DE US" and second["programme"] == "foundation" and second["status"] == "active"
    assert first["valid_until"] == made[0].valid_until.isoformat()


def test_the_export_honours_the_list_s_filters(client, personas, certified):
    made = certified(3)
    certificate_revoke(certificate=made[1], reason="conduct")
    client.force_login(personas["hr"])
    assert [r["code"] for r in rows(client.get(URL, {"status": "revoked"}))] == [made[1].code]
    assert [r["code"] for r in rows(client.get(URL, {"q": "E9002"}))] == [made[2].code]
    assert [r["code"] for r in rows(client.get(URL, {"q": "Person 0", "status": "active"}))] == [made[0].code]


def test_only_hr_may_export_and_every_export_is_audited(client, personas, certified):
    certified(2)
    for persona in ("learner", "head", "assessor"):
        client.force_login(personas[persona])
        assert client.get(URL).status_code == 403
    assert not AuditEvent.objects.filter(kind="export").exists()
    client.force_login(personas["hr"])
    rows(client.get(URL, {"status": "active"}))
    event = AuditEvent.objects.get(kind="export")
    assert event.actor == personas["hr"] and event.data == {"rows": 2, "query": "status=active"}


def test_the_list_page_links_to_the_export_with_its_filters(client, personas):
    client.force_login(personas["hr"])
    page = client.get(reverse("certification:certificates"), {"status": "revoked"}).content.decode()
    assert f'href="{URL}?status=revoked"' in page


def _queries(client) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as ctx:
        count = len(rows(client.get(URL)))
    return len(ctx), count


def test_the_export_makes_the_same_queries_for_n_and_2n_certificates(client, personas, certified):
    certified(4)
    client.force_login(personas["hr"])
    _queries(client)
    n, before = _queries(client)
    certified(4, start=4)
    assert _queries(client) == (n, before + 4)
