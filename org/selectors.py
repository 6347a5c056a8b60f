"""Reads for org pages."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time

from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import AuditEvent

EXPORT_HEADER = ["at", "kind", "by", "about", "summary", "address"]


def audit_events(*, params) -> QuerySet[AuditEvent]:
    """Audit events filtered by ?kind=, ?person= (username or employee ID), ?since= and ?until= (dates)."""
    qs = AuditEvent.objects.select_related("actor", "subject")
    if params.get("kind"):
        qs = qs.filter(kind=params["kind"])
    person = (params.get("person") or "").strip()
    if person:
        qs = qs.filter(
            Q(actor__username__iexact=person)
            | Q(actor__employee_id__iexact=person)
            | Q(subject__username__iexact=person)
            | Q(subject__employee_id__iexact=person)
            | Q(data__username__iexact=person)
        )
    for key, lookup, at in (("since", "at__gte", time.min), ("until", "at__lte", time.max)):
        day = _date(params.get(key))
        if day:
            qs = qs.filter(**{lookup: timezone.make_aware(datetime.combine(day, at))})
    return qs


def _date(value):
    try:
        return datetime.strptime(value or "", "%Y-%m-%d").date()
    except ValueError:
        return None


def csv_rows(events):
    """Stream CSV lines (the export can be long)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        data = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate(0)
        return data

    writer.writerow(EXPORT_HEADER)
    yield flush()
    for e in events.iterator(chunk_size=2000):
        writer.writerow(
            [
                e.at.isoformat(),
                e.kind,
                e.actor.username if e.actor else "",
                e.subject.username if e.subject else "",
                _safe(e.summary),
                e.ip_address or "",
            ]
        )
        yield flush()


def _safe(text: str) -> str:
    # a cell starting with = + - @ would run as a formula in a spreadsheet
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
