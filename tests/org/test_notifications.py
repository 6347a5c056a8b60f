from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from org.models import Notification
from org.services.notifications import (
    notification_deliver,
    notification_mark_read,
    notification_send,
    notifications_pending_sweep,
)
from tests.factories import UserFactory

NEW_PASSWORD = "a-much-Longer-pass-2026"


@pytest.fixture
def person(db):
    return UserFactory(username="reader", preferred_language="zh-hans")


def test_a_notification_is_written_in_the_recipients_language_and_emailed_after_commit(
    person, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notification = notification_send(recipient=person, kind="password_changed")
        assert mail.outbox == []  # nothing leaves before the transaction commits
    assert len(callbacks) == 1
    notification.refresh_from_db()
    assert notification.language == "zh-hans"
    assert notification.email_state == Notification.EmailState.SENT
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == notification.subject
    assert "密码" in notification.subject
    assert mail.outbox[0].alternatives and "<p>" in mail.outbox[0].alternatives[0][0]


def test_a_rolled_back_notification_is_never_sent(person, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                notification_send(recipient=person, kind="password_changed")
                raise RuntimeError("the change failed")
        except RuntimeError:
            pass
    assert callbacks == []
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_delivering_twice_sends_once(person):
    notification = notification_send(recipient=person, kind="password_changed")
    assert notification_deliver(notification_id=notification.pk) is True
    assert notification_deliver(notification_id=notification.pk) is False
    assert len(mail.outbox) == 1


def test_the_sweep_delivers_a_notification_whose_message_was_lost(person):
    notification = notification_send(recipient=person, kind="password_changed")  # on-commit never ran: lost
    Notification.objects.filter(pk=notification.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    assert notifications_pending_sweep(older_than=timedelta(minutes=2)) == 1
    notification.refresh_from_db()
    assert notification.email_state == Notification.EmailState.SENT
    assert notifications_pending_sweep(older_than=timedelta(0)) == 0


def test_the_sweep_leaves_fresh_rows_to_their_own_message(person):
    notification_send(recipient=person, kind="password_changed")
    assert notifications_pending_sweep(older_than=timedelta(minutes=2)) == 0
    assert mail.outbox == []


def test_the_sweep_releases_a_claim_left_by_a_killed_worker(person):
    notification = notification_send(recipient=person, kind="password_changed")
    stale = timezone.now() - timedelta(hours=1)
    Notification.objects.filter(pk=notification.pk).update(
        email_state=Notification.EmailState.SENDING, email_claimed_at=stale, created_at=stale
    )
    notifications_pending_sweep(older_than=timedelta(0))
    notification.refresh_from_db()
    assert notification.email_state == Notification.EmailState.SENT


def test_a_failed_send_goes_back_to_pending_with_the_error(person):
    notification = notification_send(recipient=person, kind="password_changed")
    with mock.patch("org.services.notifications.EmailMultiAlternatives.send", side_effect=OSError("smtp down")):
        with pytest.raises(OSError):
            notification_deliver(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.email_state == Notification.EmailState.PENDING
    assert notification.email_attempts == 1 and "smtp down" in notification.email_error


def test_people_without_an_email_still_get_the_in_app_message(db):
    person = UserFactory(username="noemail", email="")
    notification = notification_send(recipient=person, kind="password_changed")
    assert notification.email_state == Notification.EmailState.SKIPPED
    assert notifications_pending_sweep(older_than=timedelta(0)) == 0


def test_marking_read_touches_only_the_owners_rows(person):
    other = UserFactory(username="other")
    mine = notification_send(recipient=person, kind="password_changed")
    theirs = notification_send(recipient=other, kind="password_changed")
    assert notification_mark_read(user=person, notification_id=theirs.pk) == 0
    assert notification_mark_read(user=person, notification_id=mine.pk) == 1
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_changing_a_password_notifies_the_person(client, person, django_capture_on_commit_callbacks):
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/password/",
            {
                "old_password": "pw-for-tests",
                "new_password1": "a-much-Longer-pass-2026",
                "new_password2": "a-much-Longer-pass-2026",
            },
        )
    assert response.status_code == 302
    assert person.notifications.filter(kind="password_changed").count() == 1
    assert len(mail.outbox) == 1


def test_the_notification_page_shows_my_messages_and_marks_them_read(client, person):
    notification = notification_send(recipient=person, kind="password_changed")
    other = notification_send(recipient=UserFactory(username="x"), kind="password_changed")
    client.force_login(person)
    html = client.get("/notifications/").content.decode()
    assert notification.subject in html
    assert client.post(f"/notifications/{other.pk}/read/").status_code == 404
    other.refresh_from_db()
    assert other.read_at is None
    client.post("/notifications/read/")
    notification.refresh_from_db()
    assert notification.read_at is not None
