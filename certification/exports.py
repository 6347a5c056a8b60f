"""The HR certificate list as CSV, streamed: two queries whatever the number of rows, and no row held in memory
beyond a chunk (20,000 certificates and more)."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from django.db.models import Q, QuerySet

from .models import Certificate, Endorsement

COLUMNS = ["code", "employee_id", "holder", "programme", "level", "status", "valid_from", "valid_until", "regions"]
CHUNK_SIZE = 2000
# the list's own order, with the primary key last so the certificate and endorsement streams line up exactly
ORDER = ("-valid_from", "-pk")


def certificates_matching(*, query: str = "", status: str = "") -> QuerySet[Certificate]:
    """The HR certificate list's filters: a code, employee ID or name fragment, and a status."""
    qs = Certificate.objects.all()
    if query:
        qs = qs.filter(
            Q(code__icontains=query)
            | Q(holder__employee_id__icontains=query)
            | Q(holder__display_name__icontains=query)
        )
    if status in Certificate.Status.values:
        qs = qs.filter(status=status)
    return qs


def _holder_name(display_name: str, first: str, last: str, username: str) -> str:
    return display_name or f"{first} {last}".strip() or username  # as User.name


def certificate_rows(certificates: QuerySet[Certificate]) -> Iterator[list]:
    """One list per certificate in COLUMNS order: the certificates and their regions read side by side, both in
    the same order, so each certificate's regions are the run of endorsement rows that carry its key."""
    rows = (
        certificates.order_by(*ORDER)
        .values_list(
            "pk",
            "code",
            "holder__employee_id",
            "holder__display_name",
            "holder__first_name",
            "holder__last_name",
            "holder__username",
            "programme__code",
            "level",
            "status",
            "valid_from",
            "valid_until",
        )
        .iterator(chunk_size=CHUNK_SIZE)
    )
    regions = (
        Endorsement.objects.filter(certificate__in=certificates.values("pk"))
        .order_by("-certificate__valid_from", "-certificate_id", "region__code")
        .values_list("certificate_id", "region__code")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    pending = next(regions, None)
    for pk, code, employee_id, display, first, last, username, programme, level, status, start, end in rows:
        codes = []
        while pending is not None and pending[0] == pk:
            codes.append(pending[1])
            pending = next(regions, None)
        name = _holder_name(display, first, last, username)
        yield [code, employee_id, name, programme, level, status, start.isoformat(), end.isoformat(), " ".join(codes)]


class _Echo:
    """A file-like object whose write returns the line, so csv.writer can feed a generator."""

    def write(self, value: str) -> str:
        return value


def certificates_csv(certificates: QuerySet[Certificate], lines_per_chunk: int = 500) -> Iterator[str]:
    """The CSV text in pieces of `lines_per_chunk` lines, header first (with a BOM so Excel reads UTF-8)."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(COLUMNS)
    lines = []
    for row in certificate_rows(certificates):
        lines.append(writer.writerow(row))
        if len(lines) == lines_per_chunk:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)
