from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from certification.models import Level, Programme
from certification.services.certificates import certificate_issue
from tests.factories import RegionFactory, UserFactory


@pytest.fixture
def regions(db):
    return {code: RegionFactory(code=code, name=code) for code in ("DE", "US", "GB")}


@pytest.fixture
def foundation(db):
    return Programme.objects.create(code="foundation", name="Foundation", level=Level.FOUNDATION, validity_months=24)


@pytest.fixture
def senior(db):
    return Programme.objects.create(code="senior", name="Senior", level=Level.SENIOR, validity_months=24)


@pytest.fixture
def holder(department, regions):
    return UserFactory(username="lukas", employee_id="E0004", department=department, home_region=regions["DE"])


@pytest.fixture
def issue():
    """Issue a certificate as HR would record it, starting `days_ago` days ago."""

    def make(person, programme, regions=(), days_ago=10, valid_until=None):
        start = timezone.now() - timedelta(days=days_ago)
        certificate, _created = certificate_issue(
            person=person,
            programme=programme,
            recorded=True,
            evidence_note="paper file",
            regions=list(regions),
            valid_from=start,
            valid_until=valid_until,
        )
        return certificate

    return make
