from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from certification.models import InterviewAssignment
from certification.services.assignments import assignment_create

pytestmark = pytest.mark.django_db


def book(person, department, region, days=1):
    return assignment_create(
        candidate_reference="C-7",
        role="Sales engineer",
        department=department,
        region=region,
        level="foundation",
        scheduled_at=timezone.now() + timedelta(days=days),
        interviewer=person,
    )


def test_an_eligible_interviewer_is_booked(holder, foundation, regions, issue, department):
    issue(holder, foundation, [regions["DE"]])
    assert book(holder, department, regions["DE"]).pk


def test_an_ineligible_interviewer_is_refused_with_the_reason(holder, foundation, regions, issue, department):
    issue(holder, foundation, [regions["DE"]])
    with pytest.raises(ValidationError, match="not endorsed for this region") as exc:
        book(holder, department, regions["US"])
    assert exc.value.error_list[0].code == "region_not_covered"
    assert not InterviewAssignment.objects.exists()


def test_an_interview_after_the_certificate_expires_is_refused(holder, foundation, regions, issue, department):
    issue(holder, foundation, [regions["DE"]], valid_until=timezone.now() + timedelta(days=2))
    with pytest.raises(ValidationError, match="expired"):
        book(holder, department, regions["DE"], days=5)
