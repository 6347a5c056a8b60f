"""Item statistics with Moodle's definitions, per exam and question version, from first attempts by default.

For an item with marks x (out of x_max) in attempts whose totals are X, over s attempts:
- facility index F = 100 · mean(x) / x_max
- standard deviation SD = 100 · sqrt(Σ(x − mean x)² / (s − 1)) / x_max
- discrimination index D = 100 · Cov(x, X − x) / sqrt(V(x) · V(X − x)) (the item against the rest of the test)
- discriminative efficiency E = 100 · Cov(x, X − x) / Cov_max, where Cov_max pairs the sorted x with the sorted
  X − x: the largest covariance these two sets of marks could have.
Variances and covariances divide by s − 1, as Moodle's do.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db import transaction

from question_bank.models import QuestionType

from ..models import Attempt, AttemptItem, ItemStatistic
from .drawing import versions_by_id

# What the item-analysis page flags (Moodle suggests a discrimination below about 30% deserves a look).
LOW_DISCRIMINATION = 20.0
EXTREME_FACILITY_LOW, EXTREME_FACILITY_HIGH = 10.0, 90.0


@dataclass
class ItemFigures:
    s: int
    facility: float | None
    sd: float | None
    discrimination_index: float | None
    discriminative_efficiency: float | None


def _mean(values):
    return sum(values) / len(values)


def item_figures(marks: list[float], others: list[float], max_mark: float) -> ItemFigures:
    """Pure arithmetic, so tests can check it against hand-computed values."""
    s = len(marks)
    if s == 0:
        return ItemFigures(0, None, None, None, None)
    mean_x, mean_o = _mean(marks), _mean(others)
    facility = 100 * mean_x / max_mark if max_mark else None
    if s < 2:
        return ItemFigures(s, facility, None, None, None)
    var_x = sum((x - mean_x) ** 2 for x in marks) / (s - 1)
    var_o = sum((o - mean_o) ** 2 for o in others) / (s - 1)
    cov = sum((x - mean_x) * (o - mean_o) for x, o in zip(marks, others, strict=True)) / (s - 1)
    cov_max = sum((x - mean_x) * (o - mean_o) for x, o in zip(sorted(marks), sorted(others), strict=True)) / (s - 1)
    sd = 100 * math.sqrt(var_x) / max_mark if max_mark else None
    discrimination = 100 * cov / math.sqrt(var_x * var_o) if var_x * var_o else None
    efficiency = 100 * cov / cov_max if cov_max else None
    return ItemFigures(s, facility, sd, discrimination, efficiency)


def _graded_attempts(exam, first_only: bool):
    qs = Attempt.objects.filter(exam=exam, finalised_at__isnull=False)
    return qs.filter(number=1) if first_only else qs


@transaction.atomic
def exam_statistics_compute(*, exam, first_attempts_only: bool = True) -> list[ItemStatistic]:
    """Recompute and store the statistics of every version the exam's graded attempts showed."""
    attempts = _graded_attempts(exam, first_attempts_only)
    rows = list(
        AttemptItem.objects.filter(attempt__in=attempts)
        .select_related("response")
        .values_list("attempt_id", "version_id", "mark", "response__fraction", "response__answer")
    )
    totals: dict[int, float] = defaultdict(float)
    for attempt_id, _v, mark, fraction, _a in rows:
        totals[attempt_id] += float(mark) * float(fraction or 0)
    by_version: dict[int, list] = defaultdict(list)
    for attempt_id, version_id, mark, fraction, answer in rows:
        x = float(mark) * float(fraction or 0)
        by_version[version_id].append((x, totals[attempt_id] - x, float(mark), answer))
    versions = versions_by_id(by_version)
    ItemStatistic.objects.filter(exam=exam, first_attempts_only=first_attempts_only).delete()
    stored = []
    for version_id, data in by_version.items():
        marks, others = [d[0] for d in data], [d[1] for d in data]
        figures = item_figures(marks, others, max(d[2] for d in data))
        stored.append(
            ItemStatistic(
                exam=exam,
                version_id=version_id,
                first_attempts_only=first_attempts_only,
                attempts=figures.s,
                facility=figures.facility,
                sd=figures.sd,
                discrimination_index=figures.discrimination_index,
                discriminative_efficiency=figures.discriminative_efficiency,
                choice_spread=choice_spread(versions[version_id], [d[3] for d in data]),
            )
        )
    return ItemStatistic.objects.bulk_create(stored)


def choice_spread(version, answers: list[dict]) -> list[dict]:
    """How the responses spread over a choice question's options (for HR's eyes only)."""
    if version.question.qtype not in (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE):
        return []
    counts: Counter = Counter()
    for answer in answers:
        answer = answer or {}
        picked = answer.get("choices") or ([answer["choice"]] if answer.get("choice") is not None else [])
        counts.update(picked)
        if not picked:
            counts["none"] += 1
    spread = [
        {"text": a.text, "credit": float(a.fraction), "count": counts.get(a.pk, 0)} for a in version.answers.all()
    ]
    spread.append({"text": "", "credit": None, "count": counts.get("none", 0), "blank": True})
    return spread


def flags_for(stat: ItemStatistic) -> list[str]:
    flags = []
    if stat.discrimination_index is not None:
        if stat.discrimination_index < 0:
            flags.append("negative_discrimination")
        elif stat.discrimination_index < LOW_DISCRIMINATION:
            flags.append("low_discrimination")
    if stat.facility is not None and not EXTREME_FACILITY_LOW <= stat.facility <= EXTREME_FACILITY_HIGH:
        flags.append("extreme_facility")
    return flags


def all_exam_statistics_compute() -> int:
    from ..models import Exam

    count = 0
    for exam in Exam.objects.all():
        count += len(exam_statistics_compute(exam=exam))
    return count
