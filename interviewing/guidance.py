"""What a kit says about a region beyond its rule pack: etiquette, logistics and scheduling.

Etiquette (the do/don't pairs) and the logistics checklist come from the region's course module
(courses/curriculum/region_*.py, lessons 2 and 3: culture, scheduling), so the kit repeats what the certified
interviewer was taught; rest periods, prayer times and holidays are short descriptions in seed/kit_content.py.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.utils.translation import gettext as _

from .seed import kit_content

CULTURE_LESSON, SCHEDULING_LESSON, PRACTICE_LESSON = 1, 2, 3


def _pick(pair, language: str) -> str:
    """A course text ({"en", "zh"}) or a seed pair ((en, zh)) in the page's language."""
    zh = (language or "").startswith("zh")
    if isinstance(pair, dict):
        return pair.get("zh") if zh and pair.get("zh") else pair.get("en", "")
    return pair[1] if zh and pair[1] else pair[0]


def _lessons(region_code: str) -> list[dict]:
    try:
        module = importlib.import_module(f"courses.curriculum.region_{region_code.lower()}")
    except ModuleNotFoundError:
        return []
    return module.COURSE.get("lessons", [])


def _blocks(lesson: dict, kind: str) -> list[dict]:
    return [value for block_kind, value in lesson.get("body", []) if block_kind == kind]


def etiquette(region_code: str, language: str) -> list[tuple[str, str]]:
    """(do, don't) pairs from the region's culture and practice lessons."""
    lessons = _lessons(region_code)
    pairs = []
    for index in (CULTURE_LESSON, PRACTICE_LESSON):
        if index < len(lessons):
            for block in _blocks(lessons[index], "do_dont"):
                pairs.extend((_pick(p["do"], language), _pick(p["dont"], language)) for p in block["pairs"])
    return pairs


def logistics(region_code: str, language: str) -> list[str]:
    lessons = _lessons(region_code)
    if SCHEDULING_LESSON >= len(lessons):
        return []
    return [
        _pick(item, language) for block in _blocks(lessons[SCHEDULING_LESSON], "checklist") for item in block["items"]
    ]


@dataclass
class Schedule:
    """The interview time as the candidate and the interviewer see it, and what to watch for."""

    candidate_zone: str
    weekend: list[str]
    candidate_time: datetime | None = None
    interviewer_time: datetime | None = None
    interviewer_zone: str = ""
    warnings: list[str] = field(default_factory=list)
    rest: str = ""
    prayer: str = ""
    holidays: str = ""


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def schedule(*, region, scheduled_at: datetime | None, interviewer=None, language: str = "en") -> Schedule:
    from org.models import Region

    weekday_names = dict(Region.Weekday.choices)
    notes = kit_content.REGIONAL_NOTES.get(region.code, {})
    result = Schedule(
        candidate_zone=region.time_zone,
        weekend=[str(weekday_names[d]) for d in sorted(region.weekend_days or []) if d in weekday_names],
        rest=_pick(notes.get("rest", ("", "")), language),
        prayer=_pick(notes.get("prayer", ("", "")), language),
        holidays=_pick(notes.get("holidays", ("", "")), language),
    )
    if scheduled_at is None:
        return result
    home = getattr(getattr(interviewer, "home_region", None), "time_zone", None) or settings.TIME_ZONE
    result.interviewer_zone = home
    result.candidate_time = scheduled_at.astimezone(_zone(region.time_zone))
    result.interviewer_time = scheduled_at.astimezone(_zone(home))
    start, end = kit_content.REASONABLE_HOURS
    local = result.candidate_time
    if local.weekday() in (region.weekend_days or []):
        result.warnings.append(_("The interview falls on a weekend day in the candidate's region."))
    if not start <= local.hour + local.minute / 60 < end:
        result.warnings.append(
            _("The interview is outside %(start)02d:00–%(end)02d:00 for the candidate.") % {"start": start, "end": end}
        )
    return result
