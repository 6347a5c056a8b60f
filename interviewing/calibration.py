"""Calibration: does an interviewer rate candidates like the rest of the panel?

The statistic (docs/interviewing.md, "Calibration"):

- For a candidate c seen by a panel of two or more interviewers on the same evaluation form, interviewer i's
  deviation on dimension k is d(i, c, k) = r(i, c, k) − mean of the *other* panel members' ratings of c on k.
  Leaving i out keeps an interviewer from pulling the reference towards themselves (with a panel of two, it is
  simply the difference from the other interviewer).
- Over i's last N shared candidates (newest scorecards first, N = WINDOW), the drift on dimension k is the mean of
  d(i, c, k): positive means more lenient than the panel, negative more severe. The overall drift is the mean of the
  dimensions' drifts.
- An interviewer is flagged when they share at least MIN_SHARED candidates and the drift on some dimension is
  beyond THRESHOLD points (strictly greater in absolute value).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

WINDOW = 10
MIN_SHARED = 3
THRESHOLD = Decimal("1.00")


@dataclass
class Drift:
    interviewer: object
    shared: int = 0
    by_dimension: list[Decimal | None] = field(default_factory=list)
    overall: Decimal | None = None
    flagged: bool = False

    @property
    def worst(self) -> Decimal:
        return max((abs(d) for d in self.by_dimension if d is not None), default=Decimal(0))

    @property
    def bar_width(self) -> int:
        """Share of half the bar (in steps of 5%) the overall drift fills: two points fill it."""
        if self.overall is None:
            return 0
        return int(min(Decimal(100), abs(self.overall) * 50) / 5) * 5


def _mean(values: list[Decimal]) -> Decimal:
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def drifts(*, form, scorecards, window: int = WINDOW, min_shared: int = MIN_SHARED, threshold: Decimal = THRESHOLD):
    """Drift per interviewer from `scorecards` (on `form`, with `ratings` and `interviewer` loaded), most drifting
    first. Pure: the figures depend only on the ratings given."""
    dimensions = [d.pk for d in form.dimensions.all()]
    # candidate → interviewer → (submitted_at, {dimension: rating})
    panels: dict[str, dict[int, tuple]] = defaultdict(dict)
    people = {}
    for card in scorecards:
        people[card.interviewer_id] = card.interviewer
        panels[card.candidate_reference][card.interviewer_id] = (
            card.submitted_at, {r.dimension_id: Decimal(r.rating) for r in card.ratings.all()}
        )  # fmt: skip
    deviations: dict[int, list[tuple]] = defaultdict(list)  # interviewer → [(submitted_at, {dim: d})]
    for panel in panels.values():
        if len(panel) < 2:
            continue
        for person, (at, ratings) in panel.items():
            others = [r for p, (_at, r) in panel.items() if p != person]
            row = {}
            for dim in dimensions:
                theirs = [o[dim] for o in others if dim in o]
                if dim in ratings and theirs:
                    row[dim] = ratings[dim] - sum(theirs, Decimal(0)) / len(theirs)
            deviations[person].append((at, row))
    results = []
    for person, rows in deviations.items():
        recent = sorted(rows, key=lambda r: r[0], reverse=True)[:window]
        drift = Drift(interviewer=people[person], shared=len(recent))
        for dim in dimensions:
            values = [row[dim] for _at, row in recent if dim in row]
            drift.by_dimension.append(_mean(values) if values else None)
        known = [d for d in drift.by_dimension if d is not None]
        drift.overall = _mean(known) if known else None
        drift.flagged = drift.shared >= min_shared and drift.worst > threshold
        results.append(drift)
    results.sort(key=lambda d: (not d.flagged, -d.worst, getattr(d.interviewer, "employee_id", "")))
    return results


def calibration_scorecards(*, form, department=None):
    from .models import Scorecard

    cards = Scorecard.objects.filter(form=form).select_related("interviewer").prefetch_related("ratings")
    if department is not None:
        cards = cards.filter(assignment__department=department)
    return cards
