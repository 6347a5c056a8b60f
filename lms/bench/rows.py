"""Fast inserts for bench_seed's largest tables: COPY (PostgreSQL) or executemany, with primary keys allocated here.

bulk_create compiles every row's SQL through the ORM, about 2,000 rows a second on this machine; the attempts'
items and responses are over a million rows at scale 1. Values are adapted once per column type the way the
backend's own adapters would, and PostgreSQL's sequences are moved past the keys used.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from decimal import Decimal

from django.core.management.color import no_style
from django.db import connection
from django.db.models import Max

CHUNK = 5000


def next_id(model) -> int:
    return (model.objects.aggregate(n=Max("pk"))["n"] or 0) + 1


def adapt(value):
    """A Python value as the backend stores it (JSON as text, times and decimals through the backend's adapters,
    UUIDs as hex without a native type)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    if isinstance(value, Decimal):
        return connection.ops.adapt_decimalfield_value(value)
    if isinstance(value, uuid.UUID) and not connection.features.has_native_uuid_field:
        return value.hex  # how Django's UUIDField stores it where the backend has no uuid type
    return value


def insert(model, fields: list[str], rows: list[tuple]) -> None:
    """INSERT rows (already adapted, in `fields` order; "id" included) into the model's table."""
    meta = model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    if connection.vendor == "postgresql":
        # COPY: one stream instead of a round trip per row
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608 (names from _meta)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), CHUNK):
            cursor.executemany(sql, rows[start : start + CHUNK])


def sequences_reset(*models) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
