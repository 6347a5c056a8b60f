"""What a person still needs for each programme, and acting on it: issuing, asking for sign-off, endorsing.

`evaluation_request` is called when courses, exams or evidence change: it writes the pending row and enqueues
`evaluation_run` on commit; the beat sweep re-enqueues rows whose message was lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from org.models import User

from ..models import (
    Certificate,
    EvaluationRequest,
    PerformanceRecord,
    Practical,
    Programme,
    RegionalModule,
    ShadowLog,
    SignOff,
)


@dataclass
class Item:
    key: str
    label: str
    done: bool
    detail: str = ""
    next_step: str = ""
    url: str = ""


@dataclass
class Checklist:
    programme: Programme
    items: list[Item] = field(default_factory=list)
    certificate: Certificate | None = None
    renewal: bool = False
    blocked: str = ""  # why no certificate can be issued automatically, whatever is done

    @property
    def complete(self) -> bool:
        return not self.blocked and all(item.done for item in self.items)

    @property
    def done_count(self) -> int:
        return sum(item.done for item in self.items)


def _course_titles(keys) -> dict:
    from courses.selectors import source_course

    return {key: (getattr(source_course(key), "title", None) or str(key)) for key in keys}


def _courses_done(person, keys, since) -> set:
    Enrolment = apps.get_model("courses", "Enrolment")
    qs = Enrolment.objects.filter(user=person, course_key__in=keys, completed_at__isnull=False)
    if since:
        qs = qs.filter(completed_at__gte=since)
    return set(qs.values_list("course_key", flat=True))


def _exams_passed(person, exam_ids, since) -> set:
    Attempt = apps.get_model("exams", "Attempt")
    qs = Attempt.objects.filter(user=person, exam_id__in=exam_ids, passed=True, finalised_at__isnull=False)
    if since:
        qs = qs.filter(finalised_at__gte=since)
    return set(qs.values_list("exam_id", flat=True))


def _latest(person, programme) -> Certificate | None:
    return Certificate.objects.filter(holder=person, programme=programme).order_by("-valid_from", "-pk").first()


def checklist_for(*, person: User, programme: Programme) -> Checklist:
    """Every requirement of the programme (or of its renewal path, when a renewal is due), done or not."""
    now = timezone.now()
    latest = _latest(person, programme)
    checklist = Checklist(programme=programme, certificate=latest)
    since: datetime | None = None
    if latest is not None:
        if latest.status == Certificate.Status.REVOKED:
            checklist.blocked = _("Your certificate was revoked; HR decides about a new one.")
        elif latest.status == Certificate.Status.SUSPENDED:
            checklist.blocked = _("Your certificate is suspended; HR decides when it is reinstated.")
        elif latest.status in (Certificate.Status.ACTIVE, Certificate.Status.EXPIRED):
            window_opens = latest.valid_until - timezone.timedelta(days=programme.renewal_window_days)
            if latest.status == Certificate.Status.ACTIVE and now < window_opens:
                checklist.blocked = _("Certified. Renewal opens on %(date)s.") % {
                    "date": timezone.localtime(window_opens).date().isoformat()
                }
            checklist.renewal = True
            since = latest.valid_from
    renewal = checklist.renewal and (
        programme.courses.filter(for_renewal=True).exists() or programme.exams.filter(for_renewal=True).exists()
    )
    items = checklist.items
    if programme.requires_id and not checklist.renewal:
        held = Certificate.objects.filter(
            holder=person, programme_id=programme.requires_id, status=Certificate.Status.ACTIVE, valid_until__gt=now
        ).exists()
        items.append(
            Item(
                "requires",
                _("An active %(programme)s certificate") % {"programme": programme.requires.local_name},
                held,
                next_step="" if held else _("Complete that programme first."),
            )
        )
    course_keys = list(programme.courses.filter(for_renewal=renewal).values_list("course_key", flat=True))
    done = _courses_done(person, course_keys, since)
    for key, title in _course_titles(course_keys).items():
        items.append(
            Item(f"course:{key}", _("Complete the course “%(title)s”") % {"title": title}, key in done, url="/courses/")
        )
    exams = list(programme.exams.filter(for_renewal=renewal).select_related("exam"))
    passed = _exams_passed(person, [e.exam_id for e in exams], since)
    for row in exams:
        items.append(
            Item(
                f"exam:{row.exam_id}",
                _("Pass the exam “%(title)s”") % {"title": row.exam.local_title},
                row.exam_id in passed,
                url="/exams/",
            )
        )
    if not renewal:
        _evidence_items(person, programme, since, items)
    return checklist


def _evidence_items(person, programme, since, items: list[Item]) -> None:
    logs = ShadowLog.objects.filter(person=person, state=ShadowLog.State.CONFIRMED)
    if since:
        logs = logs.filter(confirmed_at__gte=since)
    log_url = reverse("certification:log_shadow")
    if programme.shadow_count:
        n = logs.filter(kind=ShadowLog.Kind.SHADOW).count()
        items.append(
            Item(
                "shadow",
                _("Shadow %(n)s real interviews with a mentor") % {"n": programme.shadow_count},
                n >= programme.shadow_count,
                detail=_("%(done)s of %(n)s confirmed") % {"done": n, "n": programme.shadow_count},
                next_step=_("Log a shadowed interview and ask your mentor to confirm it."),
                url=log_url,
            )
        )
    if programme.reverse_shadow_count:
        n = logs.filter(kind=ShadowLog.Kind.REVERSE, verdict=ShadowLog.Verdict.POSITIVE).count()
        items.append(
            Item(
                "reverse",
                _("Lead %(n)s interviews observed by a certified interviewer") % {"n": programme.reverse_shadow_count},
                n >= programme.reverse_shadow_count,
                detail=_("%(done)s of %(n)s with a positive verdict")
                % {"done": n, "n": programme.reverse_shadow_count},
                next_step=_("Log a reverse-shadow interview and ask the observer to confirm it."),
                url=log_url,
            )
        )
    if programme.practical_form_id:
        practicals = Practical.objects.filter(person=person, programme=programme, passed=True)
        if since:
            practicals = practicals.filter(scored_at__gte=since)
        items.append(
            Item(
                "practical",
                _("Pass the role-play practical (average at least %(mark)s)")
                % {"mark": programme.practical_pass_average},
                practicals.exists(),
                next_step=_("Ask an assessor to score your role-play."),
            )
        )
    if programme.minimum_performance:
        latest = PerformanceRecord.objects.filter(person=person).first()
        from ..models import PerformanceRating

        items.append(
            Item(
                "performance",
                _("Performance rating at least “%(rating)s”")
                % {"rating": PerformanceRating(programme.minimum_performance).label},
                latest is not None and latest.rating >= programme.minimum_performance,
                detail=latest.get_rating_display() if latest else _("No rating recorded"),
                next_step=_("HR records your latest rating."),
            )
        )
    if programme.signoff_required:
        signoffs = SignOff.objects.filter(person=person, programme=programme)
        if since:
            signoffs = signoffs.filter(requested_at__gte=since)
        last = signoffs.order_by("-requested_at", "-pk").first()
        state = last.state if last else ""
        items.append(
            Item(
                "signoff",
                _("Sign-off by your department head"),
                state == SignOff.State.SIGNED,
                detail={
                    "": _("Requested once everything else is done"),
                    SignOff.State.PENDING: _("Waiting for your department head"),
                    SignOff.State.SIGNED: _("Signed"),
                    SignOff.State.DECLINED: _("Declined: %(reason)s") % {"reason": last.reason if last else ""},
                }[state],
            )
        )


def module_passed(person: User, module: RegionalModule) -> bool:
    if module.course_key and not _courses_done(person, [module.course_key], None):
        return False
    return not (module.exam_id and not _exams_passed(person, [module.exam_id], None))


@transaction.atomic
def person_evaluate(*, person: User) -> list[Certificate]:
    """Act on the person's checklists: issue what is earned, ask for sign-off, add regional endorsements."""
    from .certificates import certificate_issue, endorsement_add
    from .evidence import signoff_request

    if not person.is_active:
        return []
    issued = []
    for programme in Programme.objects.filter(is_active=True).select_related("requires"):
        checklist = checklist_for(person=person, programme=programme)
        if checklist.complete and checklist.items:
            regions = [
                m.region for m in programme.regional_modules.select_related("region") if module_passed(person, m)
            ]
            certificate, created = certificate_issue(person=person, programme=programme, regions=regions)
            if created:
                issued.append(certificate)
            continue
        pending = [item.key for item in checklist.items if not item.done]
        if pending == ["signoff"] and not checklist.blocked:
            signoff_request(person=person, programme=programme)
    live = Certificate.objects.filter(holder=person, status=Certificate.Status.ACTIVE).select_related("programme")
    for certificate in live:
        endorsed = set(certificate.endorsements.values_list("region_id", flat=True))
        for module in certificate.programme.regional_modules.exclude(region_id__in=endorsed).select_related("region"):
            if module_passed(person, module):
                endorsement_add(certificate=certificate, region=module.region, note=_("Regional module passed."))
    return issued


def evaluation_request(*, person: User) -> None:
    """Owe the person an evaluation; runs after commit, and the sweep catches a lost message."""
    with transaction.atomic():
        EvaluationRequest.objects.update_or_create(person=person, defaults={"requested_at": timezone.now()})
        from ..tasks import evaluate_person

        evaluate_person.delay_on_commit(person.pk)


def evaluation_run(*, person_id: int) -> bool:
    """Evaluate one person; clear the request unless a newer one arrived meanwhile. Safe to run twice."""
    request = EvaluationRequest.objects.filter(person_id=person_id).first()
    person = User.objects.filter(pk=person_id).first()
    if person is not None:
        person_evaluate(person=person)
    if request is not None:
        EvaluationRequest.objects.filter(pk=request.pk, requested_at=request.requested_at).delete()
    return person is not None


def evaluations_pending_sweep(*, older_than=None) -> int:
    from django.conf import settings

    from ..tasks import evaluate_person

    older_than = older_than or timezone.timedelta(seconds=settings.PENDING_WORK_GRACE_SECONDS)
    due = list(
        EvaluationRequest.objects.filter(requested_at__lte=timezone.now() - older_than).values_list(
            "person_id", flat=True
        )[:500]
    )
    for pk in due:
        evaluate_person.delay(pk)
    return len(due)
