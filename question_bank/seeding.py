"""Load the seeded bank (question_bank.seed) into the database: each item in English and its linked Chinese twin.

Idempotent by key (stored as idnumber): a second run changes nothing; a changed item gets a new version.
Invalid items are refused as a whole, loudly, before anything is written.
"""

from __future__ import annotations

import time

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from . import seed
from .services.categories import category_ensure_path
from .services.questions import question_upsert

SEED_ONLY = {"key", "category"}


def seed_problems(items: list[dict]) -> list[str]:
    problems = [p for q in items for p in seed.validate(q)]
    duplicates = seed.summary(items)["duplicate_keys"] if items else []
    problems += [f"{key}: the key is used more than once" for key in duplicates]
    return problems


def item_to_data(item: dict, language: str) -> dict:
    one = seed.pick(item, language)
    data = {k: v for k, v in one.items() if k not in SEED_ONLY}
    data["idnumber"] = item["key"]
    data["category"] = one["category"]
    return data


@transaction.atomic
def seed_bank(*, items: list[dict] | None = None) -> dict:
    """Returns counts by outcome and the time taken, for the seed_demo output."""
    started = time.monotonic()
    items = seed.load_all() if items is None else items
    problems = seed_problems(items)
    if problems:
        raise ImproperlyConfigured("The seeded question bank has invalid items:\n" + "\n".join(problems))
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    categories: dict = {}
    for item in items:
        path, path_zh = item["category"]["en"], item["category"]["zh"]
        if path not in categories:
            categories[path] = category_ensure_path(path=path, path_zh=path_zh)
        category = categories[path]
        state, english = question_upsert(data=item_to_data(item, "en"), category=category, language="en")
        counts[state] += 1
        state, _chinese = question_upsert(
            data=item_to_data(item, "zh"), category=category, language="zh-hans", translation_of=english
        )
        counts[state] += 1
    counts["items"] = len(items)
    counts["seconds"] = round(time.monotonic() - started, 2)
    return counts


def seed_on_demo(sender=None, stdout=None, **kwargs) -> None:
    counts = seed_bank()
    if stdout is not None:
        stdout.write(
            "Question bank: {items} items, {created} questions created, {updated} updated, {unchanged} unchanged "
            "({seconds} s)".format(**counts)
        )
