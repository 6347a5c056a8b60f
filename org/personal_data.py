"""What each app holds about a person, and how it exports and erases it.

`org` cannot import the apps above it, so each app registers its own part from `AppConfig.ready`:

    personal_data.register(
        section="exams",
        export=export_exams,            # person -> JSON-ready dict (one query per table, whatever the row count)
        erase=erase_exams,              # (person, actor) -> {"what": count}; inside the erasure's transaction
        covers={"exams.Attempt.user": "kept with its scores; free text cleared", ...},
    )

`covers` names every foreign key to the person the app owns, with what erasure does to it; a test fails when a
model with such a key is covered by no section.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# Text that must stay non-empty (a database constraint asks for it) is replaced by this marker on erasure.
ERASED_TEXT = "[erased]"


@dataclass(frozen=True)
class Contribution:
    section: str
    export: Callable[[Any], dict]
    erase: Callable[[Any, Any], dict[str, int]]
    covers: Mapping[str, str]


_contributions: dict[str, Contribution] = {}


def register(
    *,
    section: str,
    export: Callable[[Any], dict],
    erase: Callable[[Any, Any], dict[str, int]],
    covers: Mapping[str, str],
) -> None:
    """Add (or, on a repeated `ready()`, replace) one app's part."""
    _contributions[section] = Contribution(section=section, export=export, erase=erase, covers=dict(covers))


def contributions() -> list[Contribution]:
    return list(_contributions.values())


def covered_fields() -> dict[str, str]:
    """ "app_label.Model.field" -> what erasure does with it, over every section."""
    return {field: policy for c in _contributions.values() for field, policy in c.covers.items()}


def rows(queryset, *fields: str) -> list[dict]:
    """The rows as plain dicts (one query); the export's JSON encoder handles dates, decimals and UUIDs."""
    return list(queryset.values(*fields))
