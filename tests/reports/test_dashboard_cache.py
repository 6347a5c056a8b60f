"""The overview keeps its figures for a few minutes per scope and language, says when they were computed, and
recomputes them on request."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certification.models import Programme, SignOff
from tests.reports import builders as b

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(personas, department):
    prog = b.programme("foundation")

    def sign_off(name):
        person = b.person(department, None, username=name.lower(), display_name=name)
        SignOff.objects.create(person=person, programme=Programme.objects.get(pk=prog.pk), department=department)

    return sign_off


def test_the_overview_is_served_from_the_cache_until_refreshed(client, personas, waiting):
    client.force_login(personas["hr"])
    waiting("Wendy")
    first = client.get(reverse("reports:dashboard")).content.decode()
    assert "Wendy" in first and "Figures as of" in first
    waiting("Walter")
    assert "Walter" not in client.get(reverse("reports:dashboard")).content.decode()  # the kept figures
    response = client.get(reverse("reports:dashboard"), {"refresh": "1"})
    assert response.status_code == 302 and response.url == reverse("reports:dashboard")
    assert "Walter" in client.get(reverse("reports:dashboard")).content.decode()


def test_a_cached_overview_costs_the_same_few_queries_with_more_data(client, personas, waiting):
    client.force_login(personas["hr"])
    waiting("Wendy")
    client.get(reverse("reports:dashboard"))
    before = _queries(client)
    for i in range(5):
        waiting(f"Person{i}")
    # session, user, permissions (2), roles, unread notifications: none for the figures
    assert _queries(client) == before <= 6


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("reports:dashboard")).status_code == 200
    return len(ctx)


def test_each_scope_has_its_own_figures(client, personas, department, other_department, waiting):
    waiting("Wendy")  # in the head's department
    client.force_login(personas["hr"])
    assert "Wendy" in client.get(reverse("reports:dashboard")).content.decode()
    client.force_login(personas["other_head"])  # heads another department: HR's kept figures are not theirs
    assert "Wendy" not in client.get(reverse("reports:dashboard")).content.decode()
    client.force_login(personas["head"])
    assert "Wendy" in client.get(reverse("reports:dashboard")).content.decode()


def test_each_language_has_its_own_figures(client, personas, waiting):
    client.force_login(personas["hr"])
    waiting("Wendy")
    assert "Certified" in client.get(reverse("reports:dashboard")).content.decode()
    chinese = client.get("/zh-hans" + reverse("reports:dashboard")).content.decode()
    assert '"Certified"' not in chinese
