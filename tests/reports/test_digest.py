"""The weekly digest: once per person per week, to HR and each head, in the recipient's language and scope."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from org.models import Notification
from reports.models import CoverageTarget, DigestDelivery
from reports.services.digests import DIGEST_KIND, digest_recipients, digests_send, week_of
from reports.tasks import send_weekly_digests
from tests.reports import builders as b

MONDAY = date(2026, 3, 2)


@pytest.fixture
def company(personas, department, other_department, regions):
    department.name_zh = "销售部"
    department.save()
    personas["head"].preferred_language = "zh-hans"
    personas["head"].save()
    prog = b.programme("foundation")
    b.certify(
        b.person(department, regions["DE"], username="sam", display_name="Sam Sales"),
        prog,
        [regions["DE"]],
        valid_until=timezone.now() + timedelta(days=10),
    )
    b.certify(
        b.person(other_department, regions["DE"], username="erin", display_name="Erin Eng"),
        prog,
        [regions["DE"]],
        valid_until=timezone.now() + timedelta(days=12),
    )
    CoverageTarget.objects.create(department=department, region=regions["DE"], level="foundation", needed=3)
    CoverageTarget.objects.create(department=other_department, region=regions["GB"], level="foundation", needed=2)
    return personas


def digest_of(person):
    return Notification.objects.get(recipient=person, kind=DIGEST_KIND)


def test_hr_and_every_head_receive_it_and_nobody_else(company):
    assert set(digest_recipients()) == {company["hr"], company["head"], company["other_head"]}


def test_it_is_sent_once_a_week_however_often_the_task_runs(company, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert digests_send(today=MONDAY) == 3
        assert digests_send(today=MONDAY + timedelta(days=3)) == 0
    assert DigestDelivery.objects.filter(week=MONDAY).count() == 3
    assert Notification.objects.filter(kind=DIGEST_KIND).count() == 3
    assert len(mail.outbox) == 3
    assert digests_send(today=MONDAY + timedelta(days=7)) == 3  # next week, next digest


def test_the_scheduled_task_sends_this_weeks_digest(company):
    assert send_weekly_digests.delay().get() == 3
    assert set(DigestDelivery.objects.values_list("week", flat=True)) == {week_of(timezone.localdate())}


def test_a_chinese_speaking_head_gets_it_in_chinese_with_only_their_department(company):
    digests_send(today=MONDAY)
    note = digest_of(company["head"])
    assert note.language == "zh-hans"
    assert "销售部" in note.body
    assert "Sam Sales" in note.body
    assert "Erin Eng" not in note.body
    assert note.url.startswith("/zh-hans/hr/")


def test_hr_gets_it_in_english_for_the_whole_company(company):
    digests_send(today=MONDAY)
    note = digest_of(company["hr"])
    assert note.language == "en"
    assert "2026-03-02" in note.subject
    assert "Sam Sales" in note.body and "Erin Eng" in note.body
    assert "Sales · " in note.body and "Engineering · " in note.body  # a gap in each department
    assert note.url == "/hr/"


def test_the_email_carries_the_recipients_language(company, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        digests_send(today=MONDAY)
    head_mail = next(m for m in mail.outbox if m.to == [company["head"].email])
    assert head_mail.extra_headers["Content-Language"] == "zh-hans"
