"""Everything held about a person: the export HR downloads, and erasure.

Each app contributes its own part through `org.personal_data.register`; this module runs them all, adds the
profile and the org tables, and records both actions in the audit log.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import personal_data
from ..models import AuditEvent, Department, Notification, User
from .audit import audit_record

EXPORT_FORMAT = "interviewer-academy.personal-data/1"

PROFILE_FIELDS = (
    "id",
    "username",
    "employee_id",
    "first_name",
    "last_name",
    "display_name",
    "email",
    "department__code",
    "home_region__code",
    "preferred_language",
    "is_active",
    "deactivated_at",
    "erased_at",
    "date_joined",
    "last_login",
)


def pseudonym_for(person: User) -> str:
    """The same stable replacement for username and employee ID every time (it never reveals the old ones)."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"person:{person.pk}".encode(), hashlib.sha256).hexdigest()
    return f"ERASED-{digest[:12].upper()}"


def personal_data_export(*, person: User, actor=None, request=None) -> dict:
    """A JSON-ready dict of everything every app holds about `person`; the export is audited."""
    profile = personal_data.rows(User.objects.filter(pk=person.pk), *PROFILE_FIELDS)[0]
    data = {
        "format": EXPORT_FORMAT,
        "generated_at": timezone.now(),
        "person": profile,
        "sections": {c.section: c.export(person) for c in personal_data.contributions()},
    }
    audit_record(
        kind=AuditEvent.Kind.PERSONAL_DATA_EXPORTED,
        summary=f"personal data of {person.username} exported",
        actor=actor,
        subject=person,
        request=request,
        data={"sections": sorted(data["sections"])},
    )
    return data


@transaction.atomic
def person_erase(*, person: User, actor, reason: str, request=None) -> dict[str, dict[str, int]]:
    """Anonymise the person and let every app erase or detach what it holds. Running it again is harmless.

    Higher apps go first (reverse registration order): a certificate is revoked while its holder still has an
    employee ID for the webhook to name, and nothing a later step needs is gone yet.
    """
    if not reason.strip():
        raise ValidationError(_("Give a reason: it is kept in the audit log."))
    person = User.objects.select_for_update().get(pk=person.pk)
    if actor is not None and actor.pk == person.pk:
        raise ValidationError(_("You cannot erase yourself."))
    repeat = person.erased_at is not None
    counts = {c.section: c.erase(person, actor) for c in reversed(personal_data.contributions())}
    _anonymise(person)
    audit_record(
        kind=AuditEvent.Kind.PERSON_ERASED,
        summary=f"person {person.username} erased" + (" again" if repeat else ""),
        actor=actor,
        subject=person,
        request=request,
        data={"reason": reason.strip()[:1000], "repeat": repeat, "counts": counts},
    )
    return counts


def _anonymise(person: User) -> None:
    now = timezone.now()
    pseudonym = pseudonym_for(person)
    person.username = person.employee_id = pseudonym
    person.first_name = person.last_name = person.display_name = person.email = ""
    person.is_active = person.is_staff = person.is_superuser = False
    person.deactivated_at = person.deactivated_at or now
    person.erased_at = person.erased_at or now
    person.set_unusable_password()  # and SSO admits only active people
    person.save()
    person.groups.clear()
    person.user_permissions.clear()


# org's own part ------------------------------------------------------------------------------------------------


def export_org(person: User) -> dict:
    return {
        "roles": sorted(person.groups.values_list("name", flat=True)),
        "departments_headed": list(Department.objects.filter(head=person).values_list("code", flat=True)),
        "notifications": personal_data.rows(
            Notification.objects.filter(recipient=person).order_by("created_at", "pk"),
            "kind",
            "language",
            "subject",
            "body",
            "url",
            "created_at",
            "read_at",
            "email_state",
            "email_sent_at",
        ),
        "audit_events": personal_data.rows(
            AuditEvent.objects.filter(Q(actor=person) | Q(subject=person)).order_by("at", "pk"),
            "at",
            "kind",
            "summary",
            "ip_address",
            "actor_id",
            "subject_id",
        ),
    }


def erase_org(person: User, actor) -> dict[str, int]:
    notifications, _detail = Notification.objects.filter(recipient=person).delete()
    return {
        "notifications_deleted": notifications,
        "departments_no_longer_headed": Department.objects.filter(head=person).update(head=None),
    }


ORG_COVERS = {
    "org.Notification.recipient": "deleted",
    "org.Department.head": "cleared: an erased person heads nothing",
    "org.AuditEvent.actor": "kept: the audit log is append-only; it names the pseudonymous account",
    "org.AuditEvent.subject": "kept: the audit log is append-only; it names the pseudonymous account",
}
