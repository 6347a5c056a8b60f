from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from certification.gate import eligibility_for
from certification.models import Level
from certification.services.certificates import certificate_revoke, certificate_suspend
from tests.factories import DepartmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def codes(answer):
    return [r.code for r in answer.reasons]


def test_a_certified_person_is_eligible_in_their_department_and_endorsed_regions(
    holder, foundation, regions, issue, department
):
    issue(holder, foundation, [regions["DE"], regions["US"]])
    answer = eligibility_for(person=holder, department=department, region=regions["DE"], level=Level.FOUNDATION)
    assert answer.eligible and answer.reasons == []
    assert answer.certificates[0].regions == ["DE", "US"]


def test_a_region_without_endorsement_is_not_covered(holder, foundation, regions, issue, department):
    issue(holder, foundation, [regions["DE"]])
    answer = eligibility_for(person=holder, department=department, region=regions["GB"])
    assert codes(answer) == ["region_not_covered"]


def test_another_department_is_not_covered(holder, foundation, regions, issue):
    issue(holder, foundation, [regions["DE"]])
    answer = eligibility_for(person=holder, department=DepartmentFactory(code="OPS"), region=regions["DE"])
    assert "department_not_covered" in codes(answer) and not answer.eligible


def test_no_certificate_is_a_reason_with_a_translated_message(holder, regions, department):
    answer = eligibility_for(person=holder, department=department, region=regions["DE"])
    assert codes(answer) == ["no_certificate"]
    assert answer.reasons[0].message == "The person holds no interviewer certificate."


def test_senior_satisfies_foundation_but_foundation_does_not_satisfy_senior(
    holder, foundation, senior, regions, issue, department
):
    issue(holder, foundation, [regions["DE"]])
    answer = eligibility_for(person=holder, department=department, region=regions["DE"], level=Level.SENIOR)
    assert codes(answer) == ["level_too_low"]
    other = UserFactory(department=department)
    issue(other, senior, [regions["DE"]])
    assert eligibility_for(person=other, department=department, region=regions["DE"], level=Level.FOUNDATION).eligible


def test_expiry_takes_effect_to_the_second_without_waiting_for_the_task(holder, foundation, regions, issue, department):
    until = timezone.now() + timedelta(days=3)
    issue(holder, foundation, [regions["DE"]], valid_until=until)
    before = eligibility_for(
        person=holder, department=department, region=regions["DE"], at=until - timedelta(seconds=1)
    )
    after = eligibility_for(person=holder, department=department, region=regions["DE"], at=until + timedelta(seconds=1))
    assert before.eligible
    assert codes(after) == ["expired"]


def test_suspension_and_revocation_are_reasons_at_once(holder, foundation, regions, issue, department):
    certificate = issue(holder, foundation, [regions["DE"]])
    certificate_suspend(certificate=certificate, reason="complaint under review")
    assert codes(eligibility_for(person=holder, department=department, region=regions["DE"])) == ["suspended"]
    certificate_revoke(certificate=certificate, reason="complaint upheld")
    assert codes(eligibility_for(person=holder, department=department, region=regions["DE"])) == ["revoked"]


def test_a_past_time_is_answered_from_the_status_history(holder, foundation, regions, issue, department):
    certificate = issue(holder, foundation, [regions["DE"]], days_ago=30)
    before_revocation = timezone.now()
    certificate_revoke(certificate=certificate, reason="left the hiring panel")
    then = eligibility_for(person=holder, department=department, region=regions["DE"], at=before_revocation)
    assert then.eligible
    too_early = eligibility_for(
        person=holder, department=department, region=regions["DE"], at=timezone.now() - timedelta(days=31)
    )
    assert codes(too_early) == ["no_certificate"]


def test_a_deactivated_person_is_ineligible_at_once_but_was_eligible_before(
    holder, foundation, regions, issue, department
):
    issue(holder, foundation, [regions["DE"]])
    earlier = timezone.now() - timedelta(days=1)
    holder.is_active = False
    holder.deactivated_at = timezone.now()
    holder.save()
    assert codes(eligibility_for(person=holder, department=department, region=regions["DE"])) == ["inactive"]
    assert eligibility_for(person=holder, department=department, region=regions["DE"], at=earlier).eligible
