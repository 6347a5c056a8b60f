"""Exam results: pass rates and attempt counts grouped by exam, department, region or language; score
distributions; and the questions whose item statistics say they behave badly. All aggregated in the database."""

from __future__ import annotations

from django.apps import apps
from django.db.models import Avg, Count, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from org.models import Department, Language, Region

from .scope import Scope

GROUPINGS = {
    "exam": ("exam_id", _("Exam")),
    "department": ("user__department_id", _("Department")),
    "region": ("user__home_region_id", _("Region")),
    "language": ("language", _("Language")),
}
BUCKETS = 10  # 0–9, 10–19, … 90–100 per cent


def attempts_final(*, scope: Scope) -> QuerySet:
    """Attempts with a final result, of people in the scope."""
    Attempt = apps.get_model("exams", "Attempt")
    return scope.limit(Attempt.objects.filter(finalised_at__isnull=False), "user__department")


def pass_rates(*, attempts: QuerySet, by: str = "exam") -> list[dict]:
    """One row per group: attempts, people, passed, pass rate (%) and average score (%)."""
    field, _label = GROUPINGS[by]
    rows = list(
        attempts.values(key=F(field))
        .annotate(
            attempts=Count("pk"),
            people=Count("user", distinct=True),
            passed=Count("pk", filter=Q(passed=True)),
            average=Avg("percent"),
        )
        .order_by("key")
    )
    names = _names(by, [r["key"] for r in rows])
    for row in rows:
        row["name"] = names.get(row["key"], "—")
        row["rate"] = round(100 * row["passed"] / row["attempts"], 1) if row["attempts"] else None
        row["average"] = round(float(row["average"]), 1) if row["average"] is not None else None
    return rows


def _names(by: str, keys: list) -> dict:
    """Display names for the group keys, in the reader's language."""
    keys = [k for k in keys if k is not None]
    if by == "exam":
        Exam = apps.get_model("exams", "Exam")
        return {e.pk: e.local_title for e in Exam.objects.filter(pk__in=keys)}
    if by == "department":
        return {d.pk: str(d) for d in Department.objects.filter(pk__in=keys)}
    if by == "region":
        return {r.pk: str(r) for r in Region.objects.filter(pk__in=keys)}
    labels = dict(Language.choices)
    return {k: str(labels.get(k, k)) for k in keys}


def score_distribution(*, attempts: QuerySet) -> list[dict]:
    """How many final attempts scored in each tenth of the scale (100% falls in the top band)."""
    aggregates = {}
    for i in range(BUCKETS):
        low, high = i * 10, (i + 1) * 10
        band = Q(percent__gte=low) & (Q(percent__lte=high) if i == BUCKETS - 1 else Q(percent__lt=high))
        aggregates[f"b{i}"] = Count("pk", filter=band)
    counts = attempts.aggregate(**aggregates)
    return [
        {"label": f"{i * 10}–{i * 10 + 9}" if i < BUCKETS - 1 else "90–100", "count": counts[f"b{i}"]}
        for i in range(BUCKETS)
    ]


def flagged_items(*, exam_ids: list[int] | None = None, limit: int = 50) -> list[dict]:
    """Question versions whose statistics the exams app flags (discrimination low or negative, facility extreme)."""
    from exams.services.statistics import (
        EXTREME_FACILITY_HIGH,
        EXTREME_FACILITY_LOW,
        LOW_DISCRIMINATION,
        flags_for,
    )

    ItemStatistic = apps.get_model("exams", "ItemStatistic")
    qs = ItemStatistic.objects.filter(first_attempts_only=True).filter(
        Q(discrimination_index__lt=LOW_DISCRIMINATION)
        | Q(facility__lt=EXTREME_FACILITY_LOW)
        | Q(facility__gt=EXTREME_FACILITY_HIGH)
    )
    if exam_ids is not None:
        qs = qs.filter(exam_id__in=exam_ids)
    qs = qs.select_related("exam", "version").order_by("discrimination_index", "exam__title", "pk")[:limit]
    return [{"stat": s, "flags": flags_for(s)} for s in qs]
