"""Demo exams: placeholder until seeding is written."""

from __future__ import annotations


def seed_demo_exams(sender=None, stdout=None, **kwargs) -> None:
    return None
