"""Acting on the expiry list: a reminder to the holder, and enrolment in the programme's renewal courses."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from certification.models import Certificate
from courses.selectors import source_course
from courses.services.progress import enrolment_assign
from org.services.notifications import notification_send

from ..models import ExpiryNudge


def _days_left(certificate: Certificate) -> int:
    return max((certificate.valid_until - timezone.now()).days, 0)


def expiry_reminder_send(*, certificate: Certificate, actor) -> bool:
    """Remind the holder that their certificate expires soon. At most once a day per certificate, so a double
    click or two people pressing at once send one message. Returns whether this call sent it."""
    if certificate.status != Certificate.Status.ACTIVE:
        raise ValidationError(_("Only an active certificate can be renewed."), code="inactive")
    try:
        with transaction.atomic():
            ExpiryNudge.objects.create(certificate=certificate, sent_on=timezone.localdate(), sent_by=actor)
            holder = certificate.holder
            with translation.override(holder.preferred_language):
                url = reverse("certification:mine")
            notification_send(
                recipient=holder,
                kind="certificate_expiring",
                context={"certificate": certificate, "days": _days_left(certificate)},
                url=url,
            )
    except IntegrityError:
        return False
    return True


@transaction.atomic
def renewal_enrol(*, certificate: Certificate, actor) -> list:
    """Assign the holder the programme's renewal courses, due the day the certificate ends."""
    if certificate.status != Certificate.Status.ACTIVE:
        raise ValidationError(_("Only an active certificate can be renewed."), code="inactive")
    keys = list(certificate.programme.courses.filter(for_renewal=True).values_list("course_key", flat=True))
    courses = [c for c in (source_course(k) for k in keys) if c is not None]
    if not courses:
        raise ValidationError(_("This programme has no renewal courses to enrol in."), code="no_renewal_courses")
    due = max(timezone.localtime(certificate.valid_until).date(), timezone.localdate())
    return [
        enrolment_assign(assigned_by=actor, user=certificate.holder, course=course, due_on=due) for course in courses
    ]
