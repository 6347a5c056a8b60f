"""Acting from the dashboards: coverage targets, one-click reminders and renewal enrolment."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certification.models import ProgrammeCourse
from courses.models import Enrolment
from org.models import Notification
from reports.models import CoverageTarget, ExpiryNudge
from tests.courses.builders import make_catalogue
from tests.reports import builders as b


@pytest.fixture
def expiring(personas, department, regions):
    prog = b.programme("foundation")
    holder = b.person(department, regions["DE"], username="holder", display_name="Holly Holder")
    certificate = b.certify(holder, prog, [regions["DE"]], valid_until=timezone.now() + timedelta(days=25))
    return certificate


def test_hr_sets_changes_and_removes_a_target(client, personas, department, regions):
    client.force_login(personas["hr"])
    url = reverse("reports:targets")
    data = {"department": "SALES", "region": "DE", "level": "foundation", "needed": 3}
    assert client.post(url, data).status_code == 302
    assert client.post(url, {**data, "needed": 5}).status_code == 302
    target = CoverageTarget.objects.get()
    assert (target.needed, target.updated_by) == (5, personas["hr"])
    client.post(url, {**data, "needed": 0})
    assert not CoverageTarget.objects.exists()


def test_a_head_may_not_set_targets(client, personas, regions):
    client.force_login(personas["head"])
    response = client.post(reverse("reports:targets"), {"department": "SALES", "region": "DE", "needed": 9})
    assert response.status_code == 403
    assert not CoverageTarget.objects.exists()


def test_one_click_reminds_the_holder_once_a_day(client, personas, expiring):
    client.force_login(personas["head"])
    url = reverse("reports:remind", kwargs={"code": expiring.code})
    client.post(url)
    client.post(url)  # a double click
    reminders = Notification.objects.filter(recipient=expiring.holder, kind="certificate_expiring")
    assert reminders.count() == 1
    assert "24 days" in reminders.get().subject or "25 days" in reminders.get().subject
    assert ExpiryNudge.objects.get().sent_by == personas["head"]


def test_the_expiry_list_shows_when_the_holder_was_last_reminded(client, personas, expiring):
    client.force_login(personas["hr"])
    client.post(reverse("reports:remind", kwargs={"code": expiring.code}))
    content = client.get(reverse("reports:expiry")).content.decode()
    assert timezone.localdate().isoformat() in content


def test_renewal_enrols_the_holder_in_the_renewal_courses_due_when_the_certificate_ends(client, personas, expiring):
    _index, (course,) = make_catalogue(courses=1)
    ProgrammeCourse.objects.create(programme=expiring.programme, course_key=course.translation_key, for_renewal=True)
    client.force_login(personas["hr"])
    client.post(reverse("reports:renew", kwargs={"code": expiring.code}))
    enrolment = Enrolment.objects.get(user=expiring.holder, course_key=course.translation_key)
    assert enrolment.assigned_by == personas["hr"]
    assert enrolment.due_on == timezone.localtime(expiring.valid_until).date()
    assert "Renewal assigned" in client.get(reverse("reports:expiry")).content.decode()


def test_renewal_without_renewal_courses_says_so_and_enrols_nothing(client, personas, expiring):
    client.force_login(personas["hr"])
    response = client.post(reverse("reports:renew", kwargs={"code": expiring.code}), follow=True)
    assert "no renewal courses" in response.content.decode()
    assert not Enrolment.objects.filter(user=expiring.holder).exists()
