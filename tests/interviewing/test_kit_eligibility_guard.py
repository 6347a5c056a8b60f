from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from certification.models import InterviewAssignment
from interviewing.models import KitInterviewer
from interviewing.services import kit_assign


@pytest.fixture
def kit(kit_maker, personas):
    return kit_maker(personas["learner"], scheduled_at=timezone.now() + timedelta(days=3), candidate_reference="C-42")


def test_an_interviewer_certified_for_the_department_region_and_level_is_booked(kit, personas, certify, bank):
    certify(personas["head"], [bank["DE"]])
    link = kit_assign(kit=kit, interviewer=personas["head"], user=personas["learner"])
    assert link.assignment.interviewer == personas["head"]
    assert (link.assignment.candidate_reference, link.assignment.region.code) == ("C-42", "DE")


def test_an_interviewer_without_a_certificate_is_refused_with_the_gates_reason(kit, personas):
    with pytest.raises(ValidationError) as error:
        kit_assign(kit=kit, interviewer=personas["head"], user=personas["learner"])
    assert error.value.error_list[0].code == "no_certificate"
    assert not InterviewAssignment.objects.exists() and not KitInterviewer.objects.exists()


def test_a_certificate_for_another_region_does_not_cover_the_candidates_region(kit, personas, certify, bank):
    certify(personas["head"], [bank["US"]])
    with pytest.raises(ValidationError, match="not endorsed for this region"):
        kit_assign(kit=kit, interviewer=personas["head"], user=personas["learner"])


def test_a_foundation_certificate_does_not_cover_a_senior_interview(kit_maker, personas, certify, bank):
    senior = kit_maker(personas["learner"], level="senior", scheduled_at=timezone.now() + timedelta(days=3))
    certify(personas["head"], [bank["DE"]])
    with pytest.raises(ValidationError) as error:
        kit_assign(kit=senior, interviewer=personas["head"], user=personas["learner"])
    assert error.value.error_list[0].code == "level_too_low"


def test_the_page_offers_only_eligible_people_and_refuses_a_posted_ineligible_one(client, kit, personas, certify, bank):
    certify(personas["head"], [bank["DE"]])
    client.force_login(personas["learner"])
    html = client.get(f"/interviewing/kits/{kit.pk}/").content.decode()
    assert personas["head"].employee_id in html
    assert f'value="{personas["learner"].pk}"' not in html
    response = client.post(
        f"/interviewing/kits/{kit.pk}/interviewers/", {"interviewer": personas["learner"].pk}, follow=True
    )
    assert "holds no interviewer certificate" in response.content.decode()
    assert not KitInterviewer.objects.exists()


def test_a_kit_without_an_interview_time_cannot_be_staffed(kit_maker, personas, certify, bank):
    kit = kit_maker(personas["learner"])
    certify(personas["head"], [bank["DE"]])
    with pytest.raises(ValidationError, match="interview time"):
        kit_assign(kit=kit, interviewer=personas["head"], user=personas["learner"])
