"""Deleting old attempts, for the retention policy that `certification` applies (it knows which attempts a
certificate rests on; this app only knows attempts)."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.db.models import QuerySet

from ..models import Attempt


def attempts_ended_before(cutoff: datetime) -> QuerySet[Attempt]:
    """Closed attempts (finished or abandoned) that ended at or before `cutoff`; open ones are never candidates."""
    return Attempt.objects.filter(
        state__in=[Attempt.State.FINISHED, Attempt.State.ABANDONED], finished_at__isnull=False, finished_at__lte=cutoff
    )


@transaction.atomic
def attempts_delete(*, attempts: QuerySet[Attempt]) -> int:
    """Delete the attempts with their items, answers and appeals; returns how many attempts went."""
    ids = list(attempts.values_list("pk", flat=True))
    if not ids:
        return 0
    _total, per_model = Attempt.objects.filter(pk__in=ids).delete()
    return per_model.get(Attempt._meta.label, 0)
