from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from certification.models import Certificate, ExpiryReminder
from certification.services.certificates import certificate_issue, certificate_reinstate, certificate_suspend
from certification.services.lifecycle import certificates_expire_sweep, expiry_reminders_send
from org.models import Notification
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_each_reminder_is_sent_once_to_the_holder_and_hr(holder, foundation, regions, issue, personas):
    certificate = issue(holder, foundation, [regions["DE"]], valid_until=timezone.now() + timedelta(days=59))
    assert expiry_reminders_send() == 1
    assert expiry_reminders_send() == 0
    assert list(certificate.reminders.values_list("days_before", flat=True)) == [60]
    recipients = set(
        Notification.objects.filter(kind="certificate_expiring").values_list("recipient__username", flat=True)
    )
    assert recipients == {"lukas", "p_hr"}
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=timezone.now() + timedelta(days=6))
    assert expiry_reminders_send() == 2  # the 30- and 7-day reminders, each once
    assert expiry_reminders_send() == 0
    assert ExpiryReminder.objects.filter(certificate=certificate).count() == 3


def test_the_expiry_task_marks_certificates_past_their_end_and_records_when(holder, foundation, issue):
    until = timezone.now() + timedelta(seconds=1)
    certificate = issue(holder, foundation, valid_until=until)
    assert certificates_expire_sweep() == 0
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=timezone.now() - timedelta(seconds=1))
    assert certificates_expire_sweep() == 1
    certificate.refresh_from_db()
    assert certificate.status == "expired" and certificate.history.last().kind == "expired"
    assert certificates_expire_sweep() == 0


def test_renewal_in_the_window_supersedes_the_old_certificate_and_keeps_its_regions(holder, foundation, regions, issue):
    old = issue(holder, foundation, [regions["DE"]], valid_until=timezone.now() + timedelta(days=20))
    new, created = certificate_issue(person=holder, programme=foundation)
    old.refresh_from_db()
    assert created and old.status == "superseded" and new.supersedes == old
    assert [e.region.code for e in new.endorsements.all()] == ["DE"]


def test_a_certificate_outside_its_renewal_window_is_not_issued_again(holder, foundation, issue):
    old = issue(holder, foundation)
    again, created = certificate_issue(person=holder, programme=foundation)
    assert not created and again == old


def test_suspend_and_reinstate_need_reasons_and_are_kept_in_history(holder, foundation, issue, personas):
    from django.core.exceptions import ValidationError

    certificate = issue(holder, foundation)
    with pytest.raises(ValidationError):
        certificate_suspend(certificate=certificate, reason=" ")
    certificate_suspend(certificate=certificate, actor=personas["hr"], reason="complaint")
    certificate_reinstate(certificate=certificate, actor=personas["hr"], reason="cleared")
    kinds = list(certificate.history.values_list("kind", "reason"))
    assert kinds[-2:] == [("suspended", "complaint"), ("reinstated", "cleared")]


def test_revoke_certificate_command_revokes_with_a_reason(holder, foundation, issue, capsys):
    certificate = issue(holder, foundation)
    call_command("revoke_certificate", certificate.code, "--reason", "left the panel")
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.history.last().reason == "left the panel"
    assert "Revoked" in capsys.readouterr().out


def test_a_leavers_future_assignments_are_flagged(holder, foundation, regions, issue, department):
    from certification.services.assignments import assignment_create

    issue(holder, foundation, [regions["DE"]])
    assignment = assignment_create(
        candidate_reference="C-1",
        role="Account executive",
        department=department,
        region=regions["DE"],
        level="foundation",
        scheduled_at=timezone.now() + timedelta(days=2),
        interviewer=holder,
    )
    holder.is_active = False
    holder.deactivated_at = timezone.now()
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        holder.save()
    assignment.refresh_from_db()
    assert assignment.flagged_at is not None and "inactive" in assignment.flag_reason


def test_recording_from_csv_is_all_or_nothing(holder, foundation, regions, personas):
    from django.core.exceptions import ValidationError

    from certification.services.records import certificates_import

    UserFactory(employee_id="E0005", department=holder.department)
    bad = (
        "employee_id,programme,regions,valid_from,valid_until,evidence\n"
        "E0004,foundation,DE,2026-01-01,,file 1\n"
        "E0005,foundation,XX,2026-01-01,,file 2\n"
    )
    with pytest.raises(ValidationError, match="Line 3"):
        certificates_import(data=bad, actor=personas["hr"])
    assert not Certificate.objects.exists()
    good = bad.replace("XX", "US")
    assert len(certificates_import(data=good, actor=personas["hr"])) == 2
