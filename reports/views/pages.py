"""The dashboard pages: overview, coverage, pipeline, expiry and exams."""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from certification.models import SignOff

from ..models import TargetLevel
from ..selectors import pipeline as pipeline_selectors
from ..selectors.coverage import coverage_for
from ..selectors.exams import attempts_final, pass_rates
from ..selectors.expiry import WINDOWS, expiry_by_department
from .base import ReportPage, chart
from .builders import coverage_report, exams_report, expiry_report, pipeline_report

RECENT_DAYS = 90
OVERVIEW_CACHE_SECONDS = 5 * 60


def overview(request, scope) -> dict:
    """The figures at a glance, each linking to its page."""
    now = timezone.now()
    coverage = coverage_for(scope=scope, level=TargetLevel.FOUNDATION)
    senior = coverage_for(scope=scope, level=TargetLevel.SENIOR)
    programme = pipeline_selectors.programmes().first()
    pipeline = pipeline_selectors.pipeline_for(programme=programme, people=scope.people(), now=now)
    expiry = expiry_by_department(scope=scope, now=now)
    recent = attempts_final(scope=scope).filter(finalised_at__gte=now - timedelta(days=RECENT_DAYS))
    results = recent.aggregate(attempts=Count("pk"), passed=Count("pk", filter=Q(passed=True)))
    by_exam = pass_rates(attempts=recent, by="exam")
    signoffs = scope.limit(
        SignOff.objects.filter(state=SignOff.State.PENDING).select_related("person", "programme", "department"),
        "department",
    )
    return {
        "coverage": coverage,
        "senior": senior,
        "gaps": (coverage.gaps + senior.gaps)[:5],
        "pipeline": pipeline,
        "expiry_totals": {d: sum(r[f"d{d}"] for r in expiry) for d in WINDOWS},
        "results": results,
        "pass_rate": round(100 * results["passed"] / results["attempts"]) if results["attempts"] else None,
        "recent_days": RECENT_DAYS,
        "signoffs": list(signoffs[:10]),
        "signoff_count": signoffs.count(),
        "chart_coverage": chart(
            kind="bar",
            labels=[d.code for d, _cells in coverage.rows],
            datasets=[
                {"label": _("Certified"), "data": [sum(c.certified for c in cells) for _d, cells in coverage.rows]},
                {"label": _("Needed"), "data": [sum(c.needed or 0 for c in cells) for _d, cells in coverage.rows]},
            ],
        ),
        "chart_pipeline": chart(
            kind="bar",
            labels=[s.label for s in pipeline.stages],
            datasets=[{"label": _("People"), "data": [s.reached for s in pipeline.stages]}],
            horizontal=True,
        ),
        "chart_expiry": chart(
            kind="bar",
            labels=[r["code"] for r in expiry],
            datasets=[
                {"label": _("Within %(days)s days") % {"days": d}, "data": [r[f"d{d}"] for r in expiry]}
                for d in WINDOWS
            ],
        ),
        "chart_rates": chart(
            kind="bar",
            labels=[r["name"] for r in by_exam],
            datasets=[{"label": _("Pass rate (%)"), "data": [r["rate"] for r in by_exam]}],
        ),
    }


def _overview_key(scope) -> str:
    who = "all" if scope.everyone else ",".join(str(pk) for pk in sorted(scope.department_ids))
    return f"reports:overview:{get_language()}:{who}"


def overview_cached(request, scope) -> dict:
    """The overview as computed at most OVERVIEW_CACHE_SECONDS ago for the same scope and language, with `as_of`.

    Its figures aggregate over every person, certificate and attempt in the scope, so they are kept in the shared
    cache rather than recomputed on each view; the page says when they were computed and offers a refresh.
    """
    key = _overview_key(scope)
    figures = cache.get(key)
    if figures is None:
        figures = overview_refresh(request, scope)
    return figures


def overview_refresh(request, scope) -> dict:
    figures = {**overview(request, scope), "as_of": timezone.now()}
    cache.set(_overview_key(scope), figures, OVERVIEW_CACHE_SECONDS)
    return figures


class DashboardView(ReportPage):
    template_name = "reports/dashboard.html"
    report = staticmethod(overview_cached)
    section = "dashboard"

    def get(self, request, *args, **kwargs):
        if request.GET.get("refresh"):
            overview_refresh(request, self.scope)
            return redirect("reports:dashboard")
        return super().get(request, *args, **kwargs)


class CoverageView(ReportPage):
    template_name = "reports/coverage.html"
    report = staticmethod(coverage_report)
    section = "coverage"


class PipelineView(ReportPage):
    template_name = "reports/pipeline.html"
    report = staticmethod(pipeline_report)
    section = "pipeline"


class ExpiryView(ReportPage):
    template_name = "reports/expiry.html"
    report = staticmethod(expiry_report)
    section = "expiry"


class ExamsView(ReportPage):
    template_name = "reports/exams.html"
    report = staticmethod(exams_report)
    section = "exams"
