"""The gate: may this person interview for department D in region R at level L at time T?

Answered from the certificates' status history, so a past `at` gets the answer that held then, and the validity
window is compared here (a certificate past `valid_until` is expired even before the task marks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from org.models import Department, Region, User

from .models import LEVEL_RANK, Certificate, Endorsement, Level

REASONS = {
    "inactive": _("The person is no longer active in the organisation."),
    "erased": _("The holder's personal data was erased."),
    "no_certificate": _("The person holds no interviewer certificate."),
    "expired": _("The certificate has expired."),
    "suspended": _("The certificate is suspended."),
    "revoked": _("The certificate has been revoked."),
    "level_too_low": _("The certificate's level is lower than the level asked for."),
    "department_not_covered": _("The certificate does not cover this department."),
    "region_not_covered": _("The certificate is not endorsed for this region."),
}
INTERVIEW_LEVELS = [Level.FOUNDATION, Level.SENIOR]


@dataclass(frozen=True)
class Reason:
    code: str

    @property
    def message(self) -> str:
        return str(REASONS[self.code])


@dataclass(frozen=True)
class CertificateFacts:
    """What the gate needs of one certificate, as plain values (cacheable; no query behind any attribute)."""

    pk: int
    code: str
    programme: str  # the programme's code
    level: str
    valid_from: datetime
    valid_until: datetime
    history: tuple[tuple[datetime, str], ...]  # (at, status after), oldest first
    departments: tuple[tuple[int, str], ...]  # (pk, code)
    endorsements: tuple[tuple[int, str, datetime], ...]  # (region pk, region code, added at)


@dataclass(frozen=True)
class PersonFacts:
    """A person as the gate sees them. Independent of the time asked about: the answer is computed per call."""

    pk: int
    employee_id: str
    is_active: bool
    deactivated_at: datetime | None
    department_id: int | None
    certificates: tuple[CertificateFacts, ...]
    erased_at: datetime | None = None  # a default, so facts cached before the field existed still read


@dataclass
class CertificateView:
    """A certificate as it stood at the time asked about."""

    certificate: CertificateFacts
    status: str
    regions: list[str]
    departments: list[str]


@dataclass
class Eligibility:
    person: User | PersonFacts
    at: datetime
    reasons: list[Reason] = field(default_factory=list)
    certificates: list[CertificateView] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return not self.reasons


def levels_satisfying(level: str) -> list[str]:
    """A senior certificate satisfies a foundation question."""
    return [lvl for lvl in INTERVIEW_LEVELS if LEVEL_RANK[lvl] >= LEVEL_RANK[level]]


def status_at(certificate: CertificateFacts, at: datetime) -> str | None:
    """The status at `at` from the history (None: not issued yet), with expiry decided by the clock."""
    status = None
    for changed_at, changed_to in certificate.history:
        if changed_at > at:
            break
        status = changed_to
    if status is None or at < certificate.valid_from:
        return None
    if status == Certificate.Status.ACTIVE and at >= certificate.valid_until:
        return Certificate.Status.EXPIRED
    return status


def person_certificates(person: User | int) -> QuerySet[Certificate]:
    return (
        Certificate.objects.filter(holder=person, level__in=INTERVIEW_LEVELS)
        .select_related("programme")
        .prefetch_related(
            "history", "departments", Prefetch("endorsements", Endorsement.objects.select_related("region"))
        )
        .order_by("-valid_from", "-pk")
    )


def person_facts(person: User) -> PersonFacts:
    """Read from the database everything the gate needs about `person` (four queries)."""
    certificates = tuple(
        CertificateFacts(
            pk=cert.pk,
            code=cert.code,
            programme=cert.programme.code,
            level=cert.level,
            valid_from=cert.valid_from,
            valid_until=cert.valid_until,
            history=tuple((change.at, change.status) for change in cert.history.all()),  # ordered by time
            departments=tuple((d.pk, d.code) for d in cert.departments.all()),
            endorsements=tuple((e.region_id, e.region.code, e.added_at) for e in cert.endorsements.all()),
        )
        for cert in person_certificates(person.pk)
    )
    return PersonFacts(
        pk=person.pk,
        employee_id=person.employee_id,
        is_active=person.is_active,
        deactivated_at=person.deactivated_at,
        department_id=person.department_id,
        certificates=certificates,
        erased_at=person.erased_at,
    )


def _was_active(person: PersonFacts, at: datetime) -> bool:
    if person.is_active:
        return True
    return person.deactivated_at is not None and at < person.deactivated_at


def eligibility_for(*, person: User, department: Department, region: Region, level: str = Level.FOUNDATION, at=None):
    """The gate's answer with reasons, read from the database. `level` is foundation or senior."""
    answer = eligibility_from(facts=person_facts(person), department=department, region=region, level=level, at=at)
    answer.person = person
    return answer


def eligibility_from(
    *, facts: PersonFacts, department: Department, region: Region, level: str = Level.FOUNDATION, at=None
) -> Eligibility:
    """The gate's answer from a person's facts (fresh or cached): no query; "valid now" is decided here, per call."""
    at = at or timezone.now()
    result = Eligibility(person=facts, at=at)
    candidates: list[tuple[list[str], CertificateView]] = []
    for cert in facts.certificates:
        status = status_at(cert, at)
        if status is None or status == Certificate.Status.SUPERSEDED:
            continue  # not issued yet then, or replaced by its renewal
        regions = [(pk, code) for pk, code, added_at in cert.endorsements if added_at <= at]
        view = CertificateView(
            certificate=cert,
            status=status,
            regions=[code for _pk, code in regions],
            departments=[code for _pk, code in cert.departments],
        )
        result.certificates.append(view)
        fails = []
        if status != Certificate.Status.ACTIVE:
            fails.append(status)
        if LEVEL_RANK[cert.level] < LEVEL_RANK[level]:
            fails.append("level_too_low")
        if department.pk not in {pk for pk, _code in cert.departments}:
            fails.append("department_not_covered")
        if region.pk not in {pk for pk, _code in regions}:
            fails.append("region_not_covered")
        candidates.append((fails, view))
    codes: list[str] = []
    if facts.erased_at is not None and at >= facts.erased_at:
        codes.append("erased")  # what the answer says instead of a name it no longer has
    if not _was_active(facts, at):
        codes.append("inactive")
    if facts.department_id != department.pk:
        codes.append("department_not_covered")
    if not candidates:
        codes.append("no_certificate")
    else:
        best = min(candidates, key=lambda c: len(c[0]))[0]
        codes.extend(code for code in best if code not in codes)
    result.reasons = [Reason(code) for code in codes]
    return result


def eligible_people(*, department: Department, region: Region, level: str = Level.FOUNDATION) -> QuerySet[User]:
    """People eligible now, each with `matching` (their certificates that make them so), newest first."""
    now = timezone.now()
    matching = Certificate.objects.filter(
        status=Certificate.Status.ACTIVE,
        level__in=levels_satisfying(level),
        valid_from__lte=now,
        valid_until__gt=now,
        departments=department,
        endorsements__region=region,
        endorsements__added_at__lte=now,
    )
    return (
        User.objects.filter(is_active=True, department=department)
        .filter(Exists(matching.filter(holder=OuterRef("pk"))))
        .select_related("department")
        .prefetch_related(
            Prefetch(
                "certificates",
                matching.prefetch_related(
                    Prefetch("endorsements", Endorsement.objects.select_related("region"))
                ).order_by("-valid_until"),
                to_attr="matching",
            )
        )
        .order_by("employee_id")
    )


def interviewer_summary(person: User) -> dict:
    """What the interviewer list shows of one eligible person (expects `eligible_people`' prefetch)."""
    certs = person.matching
    best = max(certs, key=lambda c: LEVEL_RANK[c.level])
    regions = sorted({e.region.code for c in certs for e in c.endorsements.all()})
    return {
        "person": person,
        "employee_id": person.employee_id,
        "name": person.name,
        "department": person.department.code,
        "level": best.level,
        "regions": regions,
        "valid_until": max(c.valid_until for c in certs),
    }
