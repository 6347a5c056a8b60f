"""Scorecards: the assigned interviewer rates each dimension of the evaluation form, with the evidence for it."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Scorecard, ScorecardRating


@transaction.atomic
def scorecard_submit(*, assignment, user, form, ratings: dict[int, tuple[int, str]], summary: str = "") -> Scorecard:
    """Store (or replace) the interviewer's scorecard for the assignment. `ratings` maps every dimension id of
    `form` to (rating 1–5, evidence)."""
    if user.pk != assignment.interviewer_id:
        raise PermissionDenied
    if assignment.scheduled_at > timezone.now():
        raise ValidationError(_("A scorecard can be completed once the interview has taken place."))
    dimensions = list(form.dimensions.all())
    missing = [d.local_name for d in dimensions if d.pk not in ratings]
    if missing:
        raise ValidationError(_("Rate every dimension: %(names)s.") % {"names": ", ".join(missing)})
    for dimension in dimensions:
        rating, evidence = ratings[dimension.pk]
        if not 1 <= int(rating) <= 5:
            raise ValidationError(_("Ratings run from 1 to 5."))
        if not (evidence or "").strip():
            raise ValidationError(_("Note the evidence for “%(name)s”.") % {"name": dimension.local_name})
    scorecard, _created = Scorecard.objects.select_for_update().update_or_create(
        assignment=assignment,
        defaults={
            "form": form,
            "interviewer_id": assignment.interviewer_id,
            "candidate_reference": assignment.candidate_reference,
            "summary": summary.strip(),
            "submitted_at": timezone.now(),
        },
    )
    scorecard.ratings.all().delete()
    ScorecardRating.objects.bulk_create(
        ScorecardRating(
            scorecard=scorecard, dimension=d, rating=int(ratings[d.pk][0]), evidence=ratings[d.pk][1].strip()
        )
        for d in dimensions
    )
    return scorecard
