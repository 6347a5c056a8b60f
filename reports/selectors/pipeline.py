"""The certification pipeline: enrolled → courses complete → exam passed → practical passed → signed off →
certified, for one programme, with the time people take between stages and who has been stuck longest.

Each stage's time per person is one grouped query (six in all, whatever the number of people); the funnel,
medians and the stuck lists are then folded in Python over one row per person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from statistics import median

from django.apps import apps
from django.db.models import Count, Max, Min, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certification.models import Certificate, Practical, Programme, SignOff
from org.models import User

STAGES = [
    ("enrolled", _("Enrolled")),
    ("courses", _("Courses complete")),
    ("exam", _("Exam passed")),
    ("practical", _("Practical passed")),
    ("signoff", _("Signed off")),
    ("certified", _("Certified")),
]
STAGE_LABELS = dict(STAGES)
STUCK_LIMIT = 5


@dataclass
class Stage:
    key: str
    label: str
    reached: int = 0
    median_days: float | None = None  # from the stage before
    stuck: list[dict] = field(default_factory=list)  # people whose furthest stage is this one, longest first
    stuck_count: int = 0


@dataclass
class Pipeline:
    programme: Programme | None
    stages: list[Stage]
    not_started: int = 0
    people: int = 0


def programmes() -> QuerySet[Programme]:
    """Programmes a person can work towards (assessor is one too: it has its own requirements)."""
    return Programme.objects.filter(is_active=True).order_by("level", "code")


def applicable_stages(programme: Programme, *, has_courses: bool, has_exams: bool) -> list[str]:
    """The stages this programme has: no practical stage without a practical, and so on."""
    keys = ["enrolled"]
    if has_courses:
        keys.append("courses")
    if has_exams:
        keys.append("exam")
    if programme.practical_form_id:
        keys.append("practical")
    if programme.signoff_required:
        keys.append("signoff")
    keys.append("certified")
    return keys


def stage_times(*, programme: Programme, people: QuerySet[User]) -> tuple[list[str], dict[int, dict]]:
    """Per person: {stage key: when it was first reached}. Only people with at least one stage are listed."""
    Enrolment = apps.get_model("courses", "Enrolment")
    Attempt = apps.get_model("exams", "Attempt")
    course_keys = list(programme.courses.filter(for_renewal=False).values_list("course_key", flat=True))
    exam_ids = list(programme.exams.filter(for_renewal=False).values_list("exam_id", flat=True))
    keys = applicable_stages(programme, has_courses=bool(course_keys), has_exams=bool(exam_ids))
    times: dict[int, dict] = {}

    def put(person_id, key, when):
        if when is not None:
            times.setdefault(person_id, {})[key] = when

    if course_keys:
        rows = (
            Enrolment.objects.filter(user__in=people, course_key__in=course_keys)
            .values("user_id")
            .annotate(first=Min("enrolled_at"), done=Count("pk", filter=Q(completed_at__isnull=False)))
            .annotate(last=Max("completed_at"))
        )
        for row in rows:
            put(row["user_id"], "enrolled", row["first"])
            if row["done"] >= len(set(course_keys)):
                put(row["user_id"], "courses", row["last"])
    if exam_ids:
        attempts = Attempt.objects.filter(user__in=people, exam_id__in=exam_ids)
        if not course_keys:  # nothing to enrol in: the first attempt is the start
            for row in attempts.values("user_id").annotate(first=Min("started_at")):
                put(row["user_id"], "enrolled", row["first"])
        passes: dict[int, list] = {}
        passed = attempts.filter(passed=True, finalised_at__isnull=False)
        for row in passed.values("user_id", "exam_id").annotate(first=Min("finalised_at")):
            passes.setdefault(row["user_id"], []).append(row["first"])
        for person_id, firsts in passes.items():
            if len(firsts) >= len(set(exam_ids)):
                put(person_id, "exam", max(firsts))
    if programme.practical_form_id:
        rows = Practical.objects.filter(person__in=people, programme=programme, passed=True)
        for row in rows.values("person_id").annotate(first=Min("scored_at")):
            put(row["person_id"], "practical", row["first"])
    if programme.signoff_required:
        rows = SignOff.objects.filter(person__in=people, programme=programme, state=SignOff.State.SIGNED)
        for row in rows.values("person_id").annotate(first=Min("decided_at")):
            put(row["person_id"], "signoff", row["first"])
    rows = Certificate.objects.filter(holder__in=people, programme=programme)
    for row in rows.values("holder_id").annotate(first=Min("valid_from")):
        put(row["holder_id"], "certified", row["first"])
    return keys, times


def furthest(keys: list[str], reached: dict) -> int:
    """Index of the furthest stage reached. A later stage implies the earlier ones (HR may record a certificate
    for someone who never took the courses here)."""
    return max((keys.index(k) for k in reached if k in keys), default=-1)


def pipeline_for(*, programme: Programme | None, people: QuerySet[User], now: datetime | None = None) -> Pipeline:
    """The funnel for `programme` over `people`."""
    if programme is None:
        return Pipeline(programme=None, stages=[])
    now = now or timezone.now()
    keys, times = stage_times(programme=programme, people=people)
    stages = [Stage(key=k, label=str(STAGE_LABELS[k])) for k in keys]
    gaps: list[list[float]] = [[] for _ in keys]
    stuck_ids: dict[int, list[tuple[datetime, int]]] = {i: [] for i in range(len(keys))}
    for person_id, reached in times.items():
        top = furthest(keys, reached)
        for i in range(top + 1):
            stages[i].reached += 1
        for i in range(1, top + 1):
            before, after = reached.get(keys[i - 1]), reached.get(keys[i])
            if before is not None and after is not None and after >= before:
                gaps[i].append((after - before).total_seconds() / 86400)
        if top < len(keys) - 1:
            since = reached.get(keys[top]) or max(reached.values())
            stuck_ids[top].append((since, person_id))
    for i, stage in enumerate(stages):
        stage.median_days = round(median(gaps[i]), 1) if gaps[i] else None
        stage.stuck_count = len(stuck_ids[i])
    _fill_stuck(stages, stuck_ids, now)
    total = people.count()
    return Pipeline(programme=programme, stages=stages, not_started=total - len(times), people=total)


def _fill_stuck(stages: list[Stage], stuck_ids: dict, now: datetime) -> None:
    """The longest-waiting few at each stage, with their names in one query for all stages."""
    chosen = {i: sorted(rows)[:STUCK_LIMIT] for i, rows in stuck_ids.items()}
    wanted = {pk for rows in chosen.values() for _since, pk in rows}
    people = User.objects.filter(pk__in=wanted).select_related("department", "home_region").in_bulk()
    for i, rows in chosen.items():
        for since, pk in rows:
            stages[i].stuck.append({"person": people[pk], "since": since, "days": (now - since).days})


def stages_by_person(*, programme: Programme, people: QuerySet[User]) -> tuple[list[str], dict[int, int]]:
    """Per person, the index of the furthest stage reached (people without any stage are left out)."""
    keys, times = stage_times(programme=programme, people=people)
    return keys, {pk: furthest(keys, reached) for pk, reached in times.items()}
