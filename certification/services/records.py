"""HR recording certifications people already hold, one by one or from a CSV file (all or nothing)."""

from __future__ import annotations

import csv
import io
from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from org.models import Region, User

from ..models import HOLDING_STATES, Certificate, Programme
from .certificates import certificate_issue

COLUMNS = ["employee_id", "programme", "regions", "valid_from", "valid_until", "evidence"]


def _start_of(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


@transaction.atomic
def certificate_record(*, person, programme, actor, evidence_note: str, regions=(), valid_from, valid_until=None):
    """Record a certification the person already holds (how the first assessors exist)."""
    if not evidence_note.strip():
        raise ValidationError(_("Note the evidence of the earlier certification."))
    if Certificate.objects.filter(holder=person, programme=programme, status__in=HOLDING_STATES).exists():
        raise ValidationError(
            _("%(name)s already holds a live %(programme)s certificate.")
            % {"name": person.name, "programme": programme.local_name}
        )
    start = _start_of(valid_from)
    end = _start_of(valid_until) if valid_until else None
    if end is not None and end <= start:
        raise ValidationError(_("The end of validity must come after its start."))
    certificate, _created = certificate_issue(
        person=person,
        programme=programme,
        actor=actor,
        recorded=True,
        evidence_note=evidence_note,
        regions=list(regions),
        valid_from=start,
        valid_until=end,
    )
    return certificate


def certificates_import(*, data: bytes | str, actor) -> list[Certificate]:
    """Record every row or none; a ValidationError lists each bad row with its line number."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise ValidationError(_("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.")) from exc
    try:
        # newline="": the csv module splits records itself, so a lone CR is a line end, not an error
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header, rows = reader.fieldnames, list(reader)
    except csv.Error as exc:
        raise ValidationError(_("The file is not valid CSV: %(error)s") % {"error": exc}) from exc
    if header is None or set(COLUMNS) - set(header):
        raise ValidationError(_("The header must be: %(columns)s") % {"columns": ",".join(COLUMNS)})
    errors, made = [], []
    programmes = {p.code: p for p in Programme.objects.all()}
    regions = {r.code: r for r in Region.objects.all()}
    with transaction.atomic():
        for line, row in enumerate(rows, start=2):
            try:
                with transaction.atomic():
                    made.append(_import_row(row, programmes, regions, actor))
            except ValidationError as exc:
                errors.append(_("Line %(line)s: %(error)s") % {"line": line, "error": " ".join(exc.messages)})
        if errors:
            raise ValidationError(errors)  # rolls back every row recorded above
    return made


def _import_row(row, programmes, regions, actor) -> Certificate:
    person = User.objects.filter(employee_id=(row.get("employee_id") or "").strip()).first()
    if person is None:
        raise ValidationError(_("no person has employee ID %(id)s") % {"id": row.get("employee_id")})
    programme = programmes.get((row.get("programme") or "").strip())
    if programme is None:
        raise ValidationError(_("unknown programme %(code)s") % {"code": row.get("programme")})
    codes = (row.get("regions") or "").split()
    unknown = [c for c in codes if c not in regions]
    if unknown:
        raise ValidationError(_("unknown regions %(codes)s") % {"codes": " ".join(unknown)})
    start = parse_date((row.get("valid_from") or "").strip())
    if start is None:
        raise ValidationError(_("valid_from must be a date (YYYY-MM-DD)"))
    end_raw = (row.get("valid_until") or "").strip()
    end = parse_date(end_raw) if end_raw else None
    if end_raw and end is None:
        raise ValidationError(_("valid_until must be a date (YYYY-MM-DD)"))
    return certificate_record(
        person=person,
        programme=programme,
        actor=actor,
        evidence_note=(row.get("evidence") or "").strip(),
        regions=[regions[c] for c in codes],
        valid_from=start,
        valid_until=end,
    )
