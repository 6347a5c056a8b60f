"""Each dashboard page as a function of the request and the reader's scope: filters, figures, charts and tables.
The page views render these; the export view writes their tables, so a page and its export always agree."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from exams.access import can_review_all

from ..filters import CoverageFilter, ExamResultsFilter, ExpiryFilter, PipelineFilter
from ..models import TargetLevel
from ..selectors import pipeline as pipeline_selectors
from ..selectors.coverage import coverage_for
from ..selectors.exams import GROUPINGS, attempts_final, flagged_items, pass_rates, score_distribution
from ..selectors.expiry import WINDOWS, expiring, expiry_by_department
from ..selectors.scope import Scope
from ..tables import Table
from .base import chart


def coverage_report(request, scope: Scope) -> dict:
    from org.models import Department

    filters = CoverageFilter(request.GET or None, queryset=Department.objects.all(), scope=scope)
    level = filters.value("level", TargetLevel.FOUNDATION)
    region = filters.value("region")
    departments = scope.limit(filters.qs, "pk")
    coverage = coverage_for(scope=scope, level=level, departments=departments, regions=[region] if region else None)
    level_label = TargetLevel(level).label
    matrix = Table(
        "coverage",
        _("Coverage"),
        [_("Department"), _("Region"), _("Level"), _("Certified"), _("Needed"), _("Missing")],
        [
            [c.department.code, c.region.code, level_label, c.certified, c.needed, c.gap]
            for c in coverage.cells
            if c.needed or c.certified
        ],
    )
    gaps = Table(
        "gaps",
        _("Gaps"),
        [
            _("Department"),
            _("Region"),
            _("Level"),
            _("Certified"),
            _("Needed"),
            _("Missing"),
            _("Closest to closing it"),
        ],
        [
            [
                g.cell.department.code,
                g.cell.region.code,
                level_label,
                g.cell.certified,
                g.cell.needed,
                g.cell.gap,
                "; ".join(f"{c['person'].name} ({c['person'].employee_id}): {c['next']}" for c in g.candidates),
            ]
            for g in coverage.gaps
        ],
    )
    by_department = [(d, cells) for d, cells in coverage.rows]
    graph = chart(
        kind="bar",
        labels=[d.code for d, _cells in by_department],
        datasets=[
            {"label": _("Certified"), "data": [sum(c.certified for c in cells) for _d, cells in by_department]},
            {"label": _("Needed"), "data": [sum(c.needed or 0 for c in cells) for _d, cells in by_department]},
        ],
    )
    return {
        "filter": filters,
        "coverage": coverage,
        "level_label": level_label,
        "chart_coverage": graph,
        "tables": {"coverage": matrix, "gaps": gaps},
    }


def pipeline_report(request, scope: Scope) -> dict:
    filters = PipelineFilter(request.GET or None, queryset=scope.people(), scope=scope)
    programme = filters.value("programme") or pipeline_selectors.programmes().first()
    people = scope.limit(filters.qs, "department")
    result = pipeline_selectors.pipeline_for(programme=programme, people=people)
    first = result.stages[0].reached if result.stages else 0
    funnel = Table(
        "pipeline",
        _("Pipeline"),
        [_("Stage"), _("People"), _("% of enrolled"), _("Median days from the stage before"), _("Stuck here")],
        [
            [s.label, s.reached, round(100 * s.reached / first) if first else None, s.median_days, s.stuck_count]
            for s in result.stages
        ],
    )
    stuck = Table(
        "stuck",
        _("Stuck longest"),
        [_("Stage"), _("Employee ID"), _("Name"), _("Department"), _("Home region"), _("Since"), _("Days")],
        [
            [
                s.label,
                row["person"].employee_id,
                row["person"].name,
                getattr(row["person"].department, "code", ""),
                getattr(row["person"].home_region, "code", ""),
                row["since"],
                row["days"],
            ]
            for s in result.stages
            for row in s.stuck
        ],
    )
    graph = chart(
        kind="bar",
        labels=[s.label for s in result.stages],
        datasets=[{"label": _("People"), "data": [s.reached for s in result.stages]}],
        horizontal=True,
    )
    return {
        "filter": filters,
        "pipeline": result,
        "programme": programme,
        "chart_pipeline": graph,
        "tables": {"pipeline": funnel, "stuck": stuck},
    }


def expiry_report(request, scope: Scope) -> dict:
    now = timezone.now()
    filters = ExpiryFilter(request.GET or None, queryset=expiring(scope=scope, days=max(WINDOWS), now=now), scope=scope)
    certificates = list(filters.qs)
    summary = expiry_by_department(scope=scope, now=now)
    rows = []
    for c in certificates:
        rows.append(
            [
                c.code,
                c.holder.employee_id,
                c.holder.name,
                getattr(c.holder.department, "code", ""),
                c.programme.local_name,
                c.get_level_display(),
                " ".join(e.region.code for e in c.endorsements.all()),
                c.valid_until,
                (c.valid_until - now).days,
                c.last_reminded,
                _("yes") if c.renewal_assigned else _("no"),
            ]
        )
    table = Table(
        "expiry",
        _("Expiring certificates"),
        [
            _("Certificate"),
            _("Employee ID"),
            _("Name"),
            _("Department"),
            _("Programme"),
            _("Level"),
            _("Regions"),
            _("Valid until"),
            _("Days left"),
            _("Last reminded"),
            _("Renewal assigned"),
        ],
        rows,
    )
    graph = chart(
        kind="bar",
        labels=[r["code"] for r in summary],
        datasets=[
            {"label": _("Within %(days)s days") % {"days": d}, "data": [r[f"d{d}"] for r in summary]} for d in WINDOWS
        ],
    )
    return {
        "filter": filters,
        "certificates": certificates,
        "summary": summary,
        "windows": WINDOWS,
        "now": now,
        "chart_expiry": graph,
        "tables": {"expiry": table},
    }


def exams_report(request, scope: Scope) -> dict:
    filters = ExamResultsFilter(request.GET or None, queryset=attempts_final(scope=scope), scope=scope)
    group = filters.value("group", "exam")
    attempts = filters.qs
    rows = pass_rates(attempts=attempts, by=group)
    distribution = score_distribution(attempts=attempts)
    table = Table(
        "exams",
        _("Exam results"),
        [GROUPINGS[group][1], _("Attempts"), _("People"), _("Passed"), _("Pass rate (%)"), _("Average score (%)")],
        [[r["name"], r["attempts"], r["people"], r["passed"], r["rate"], r["average"]] for r in rows],
    )
    flagged = []
    if can_review_all(request.user):
        exam = filters.value("exam")
        flagged = flagged_items(exam_ids=[exam.pk] if exam else None)
    return {
        "filter": filters,
        "group": group,
        "group_label": GROUPINGS[group][1],
        "rows": rows,
        "distribution": distribution,
        "flagged": flagged,
        "chart_rates": chart(
            kind="bar",
            labels=[r["name"] for r in rows],
            datasets=[{"label": _("Pass rate (%)"), "data": [r["rate"] for r in rows]}],
        ),
        "chart_scores": chart(
            kind="bar",
            labels=[b["label"] for b in distribution],
            datasets=[{"label": _("Attempts"), "data": [b["count"] for b in distribution]}],
        ),
        "tables": {"exams": table},
    }


REPORTS = {
    "coverage": coverage_report,
    "gaps": coverage_report,
    "pipeline": pipeline_report,
    "stuck": pipeline_report,
    "expiry": expiry_report,
    "exams": exams_report,
}
