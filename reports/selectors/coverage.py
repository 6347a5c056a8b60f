"""Coverage: certified interviewers per department × region at a level, against HR's targets, gaps first, and
the people who could close each gap soonest.

"Certified" means what the gate means (certification.gate.eligible_people): an active person in the department
holding a certificate active now, at the level or above, covering the department and endorsed for the region.
Counted with one grouped query for the whole matrix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certification.gate import levels_satisfying
from certification.models import Certificate, Programme
from org.models import Department, Region, User

from ..models import CoverageTarget
from .pipeline import STAGE_LABELS, stages_by_person
from .scope import Scope

CANDIDATES_PER_GAP = 3


@dataclass
class Cell:
    department: Department
    region: Region
    certified: int = 0
    needed: int | None = None

    @property
    def gap(self) -> int:
        return max((self.needed or 0) - self.certified, 0)

    @property
    def status(self) -> str:
        """met / short / critical (under half) / none (no target)."""
        if not self.needed:
            return "none"
        if self.certified >= self.needed:
            return "met"
        return "short" if self.certified * 2 >= self.needed else "critical"


@dataclass
class Gap:
    cell: Cell
    level: str
    candidates: list[dict] = field(default_factory=list)


@dataclass
class Coverage:
    level: str
    departments: list[Department]
    regions: list[Region]
    rows: list[tuple[Department, list[Cell]]]
    gaps: list[Gap]

    @property
    def cells(self) -> list[Cell]:
        return [cell for _department, cells in self.rows for cell in cells]

    @property
    def needed_total(self) -> int:
        return sum(c.needed or 0 for c in self.cells)

    @property
    def covered_total(self) -> int:
        """Certified people counted only up to each cell's target (a surplus in one place fills no gap elsewhere)."""
        return sum(min(c.certified, c.needed) for c in self.cells if c.needed)

    @property
    def missing_total(self) -> int:
        return sum(c.gap for c in self.cells)


def _live_certificates(level: str, at: datetime) -> QuerySet[Certificate]:
    return Certificate.objects.filter(
        status=Certificate.Status.ACTIVE,
        level__in=levels_satisfying(level),
        valid_from__lte=at,
        valid_until__gt=at,
        holder__is_active=True,
        departments=F("holder__department"),
        endorsements__added_at__lte=at,
    )


def certified_counts(*, scope: Scope, level: str, at: datetime | None = None) -> dict[tuple[int, int], int]:
    """(department id, region id) → how many people may interview there now at `level`."""
    rows = (
        scope.limit(_live_certificates(level, at or timezone.now()), "holder__department")
        .values("holder__department", "endorsements__region")
        .annotate(n=Count("holder", distinct=True))
    )
    return {(r["holder__department"], r["endorsements__region"]): r["n"] for r in rows}


def targets(*, scope: Scope, level: str | None = None) -> QuerySet[CoverageTarget]:
    qs = scope.limit(CoverageTarget.objects.select_related("department", "region", "updated_by"), "department")
    return qs.filter(level=level) if level else qs


def coverage_for(
    *,
    scope: Scope,
    level: str,
    departments: QuerySet[Department] | None = None,
    regions: QuerySet[Region] | None = None,
) -> Coverage:
    departments = list(departments if departments is not None else scope.departments())
    department_ids = {d.pk for d in departments}
    counts = certified_counts(scope=scope, level=level)
    needed = {
        (t.department_id, t.region_id): t.needed
        for t in targets(scope=scope, level=level).filter(department_id__in=department_ids)
    }
    region_list = list(regions if regions is not None else Region.objects.order_by("code"))
    rows = []
    for department in departments:
        cells = [
            Cell(department, region, counts.get((department.pk, region.pk), 0), needed.get((department.pk, region.pk)))
            for region in region_list
        ]
        rows.append((department, cells))
    gap_cells = sorted(
        (c for _d, cells in rows for c in cells if c.gap),
        key=lambda c: (-c.gap, c.department.code, c.region.code),
    )
    gaps = [Gap(cell=c, level=level) for c in gap_cells]
    _add_candidates(gaps, level)
    return Coverage(level=level, departments=departments, regions=region_list, rows=rows, gaps=gaps)


def programme_for_level(level: str) -> Programme | None:
    return Programme.objects.filter(is_active=True, level=level).order_by("code").first()


def _add_candidates(gaps: list[Gap], level: str) -> None:
    """For each gap, the few people of that department who are furthest along the level's programme and may not
    interview there yet. A fixed number of queries whatever the number of gaps or people."""
    if not gaps:
        return
    programme = programme_for_level(level)
    department_ids = {g.cell.department.pk for g in gaps}
    people = User.objects.filter(is_active=True, department_id__in=department_ids)
    keys, furthest = stages_by_person(programme=programme, people=people) if programme else ([], {})
    eligible = set(
        _live_certificates(level, timezone.now())
        .filter(holder__department_id__in=department_ids)
        .values_list("holder_id", "endorsements__region_id")
        .order_by()
        .distinct()
    )
    # rank on plain values; build person objects only for the few shown (thousands of people are in the pool)
    by_department: dict[int, list[tuple]] = {}
    for row in people.values_list("pk", "department_id", "home_region_id", "employee_id"):
        if row[0] in furthest:
            by_department.setdefault(row[1], []).append(row)
    live_holders = {holder for holder, _region in eligible}
    chosen: dict[int, list[int]] = {}
    for n, gap in enumerate(gaps):
        region_id = gap.cell.region.pk
        pool = [r for r in by_department.get(gap.cell.department.pk, []) if (r[0], region_id) not in eligible]
        # furthest along first; among equals, those who live in the region, then by employee ID for a stable order
        pool.sort(key=lambda r: (-furthest[r[0]], r[2] != region_id, r[3]))
        chosen[n] = [r[0] for r in pool[:CANDIDATES_PER_GAP]]
    people = User.objects.select_related("department", "home_region").in_bulk(
        {pk for pks in chosen.values() for pk in pks}
    )
    for n, gap in enumerate(gaps):
        for pk in chosen[n]:
            index = furthest[pk]
            gap.candidates.append(
                {
                    "person": people[pk],
                    "stage": STAGE_LABELS[keys[index]],
                    "next": _next_step(keys, index, gap.cell.region, renew=pk not in live_holders),
                    "step": index + 1,
                    "steps": len(keys),
                }
            )


def _next_step(keys: list[str], index: int, region: Region, *, renew: bool) -> str:
    if index >= len(keys) - 1:
        if renew:  # certified once, but holds no live certificate at this level now
            return str(_("Renew the certificate"))
        return _("Regional module for %(region)s") % {"region": region.code}
    return str(STAGE_LABELS[keys[index + 1]])
