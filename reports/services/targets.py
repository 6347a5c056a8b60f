"""HR's coverage targets."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import CoverageTarget, TargetLevel


@transaction.atomic
def coverage_target_set(*, department, region, level: str, needed: int, actor) -> CoverageTarget | None:
    """Set how many certified interviewers `department` needs in `region` at `level`; 0 removes the target."""
    if level not in TargetLevel.values:
        raise ValidationError(_("Choose foundation or senior."), code="level")
    if needed < 0:
        raise ValidationError(_("The number needed cannot be negative."), code="needed")
    existing = CoverageTarget.objects.select_for_update().filter(department=department, region=region, level=level)
    if needed == 0:
        existing.delete()
        return None
    target, _created = CoverageTarget.objects.update_or_create(
        department=department, region=region, level=level, defaults={"needed": needed, "updated_by": actor}
    )
    return target
