from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _


class FormatError(Exception):
    """The file as a whole cannot be read (not UTF-8, hostile XML, wrong header)."""


@dataclass
class Problem:
    line: int
    name: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.name or '—'}: {self.message}"


@dataclass
class ParseResult:
    items: list[dict] = field(default_factory=list)  # neutral dicts, each with "line" and maybe "category"
    skipped: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # embedded files seen (names), reported


MOODLE_PREFIX = re.compile(r"^\$[a-z]+\$/?")


def clean_category(path: str) -> str:
    """Moodle's `$course$/top/A/B` (or `top/A/B`) → `A/B`."""
    path = MOODLE_PREFIX.sub("", (path or "").strip())
    if path == "top" or path.startswith("top/"):
        path = path[4:]
    return path.strip("/")


def decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(_("The file is not UTF-8 text.")) from exc


def percent(fraction) -> str:
    """0.3333333 → "33.33333"; 1 → "100"."""
    from decimal import Decimal

    value = (Decimal(str(fraction)) * 100).normalize()
    text = format(value, "f")
    return text
