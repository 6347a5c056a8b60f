"""Demo coverage targets, so a fresh `make run` shows HR where certified interviewers are missing."""

from __future__ import annotations

from org.models import Department, Region

from .models import CoverageTarget

# (department, region, level, needed): SALES hires in Europe and the Americas, ENG in the UK and Asia
TARGETS = [
    ("SALES", "DE", "foundation", 3),
    ("SALES", "US", "foundation", 2),
    ("SALES", "BR", "foundation", 1),
    ("SALES", "AE", "foundation", 1),
    ("ENG", "GB", "foundation", 2),
    ("ENG", "GB", "senior", 1),
    ("ENG", "JP", "foundation", 1),
    ("ENG", "VN", "foundation", 1),
    ("OPS", "US", "foundation", 1),
    ("OPS", "MX", "foundation", 1),
]


def seed_demo_targets(sender=None, stdout=None, **kwargs) -> None:
    departments = {d.code: d for d in Department.objects.all()}
    regions = {r.code: r for r in Region.objects.all()}
    for dept, region, level, needed in TARGETS:
        if dept in departments and region in regions:
            # keep what HR changed on a running demo; only add what is missing
            CoverageTarget.objects.get_or_create(
                department=departments[dept], region=regions[region], level=level, defaults={"needed": needed}
            )
    if stdout is not None:
        stdout.write(f"Reports: {len(TARGETS)} demo coverage targets")
