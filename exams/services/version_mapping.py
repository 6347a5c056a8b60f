"""Carrying a saved answer from one version of a question to a corrected one.

A new version has new rows (choices, pairs, ordering items) with new ids, and a correction may reorder them, add
some or drop some, so position says nothing about which old choice is which new one. The bank keeps no lineage
between the rows of two versions, so a choice is identified by what the learner saw: its text (tags stripped,
spaces collapsed, case ignored). Rows whose text was edited (a typo fixed) are then paired by close similarity;
a row with no counterpart is dropped from the answer, and the regrade log records that it happened.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher

from django.utils.html import strip_tags

from question_bank.models import QuestionType

# how alike two texts must be to count as the same choice reworded (a fixed typo, a changed word)
SIMILAR_ENOUGH = 0.8


def choice_key(text: str) -> str:
    return re.sub(r"\s+", " ", strip_tags(text or "")).strip().casefold()


def map_rows(old_rows, new_rows, key=lambda row: choice_key(row.text)) -> dict[int, int]:
    """Old row id → new row id: equal texts first (in order, for repeated texts), then the most similar left."""
    free = defaultdict(list)
    for row in new_rows:
        free[key(row)].append(row)
    mapping, unmatched = {}, []
    for row in old_rows:
        bucket = free.get(key(row))
        if bucket:
            mapping[row.pk] = bucket.pop(0).pk
        else:
            unmatched.append(row)
    leftovers = [row for bucket in free.values() for row in bucket]
    candidates = sorted(
        (
            (SequenceMatcher(None, key(old), key(new)).ratio(), n, m)
            for n, old in enumerate(unmatched)
            for m, new in enumerate(leftovers)
        ),
        reverse=True,
    )
    used_old, used_new = set(), set()
    for ratio, n, m in candidates:
        if ratio < SIMILAR_ENOUGH:
            break
        if n in used_old or m in used_new:
            continue
        used_old.add(n)
        used_new.add(m)
        mapping[unmatched[n].pk] = leftovers[m].pk
    return mapping


CHOICE_TYPES = (QuestionType.SINGLE, QuestionType.MULTI, QuestionType.TRUEFALSE)


def _rows(version):
    if version.question.qtype == QuestionType.ORDERING:
        return list(version.items.all())
    return list(version.answers.all())


def _distinct_answers(pairs) -> list:
    """One pair per distinct right-hand text, the first: the pair that names that answer on the page."""
    seen, out = set(), []
    for pair in pairs:
        if choice_key(pair.right) not in seen:
            seen.add(choice_key(pair.right))
            out.append(pair)
    return out


def _matching_maps(old, new) -> tuple[dict[int, int], dict[int, int]]:
    """(stems, targets): a stem is its left-hand text; a target is its right-hand text (what the learner picked)."""
    old_pairs, new_pairs = list(old.pairs.all()), list(new.pairs.all())
    stems = map_rows(
        [p for p in old_pairs if p.left.strip()],
        [p for p in new_pairs if p.left.strip()],
        key=lambda p: choice_key(p.left),
    )
    named = map_rows(_distinct_answers(old_pairs), _distinct_answers(new_pairs), key=lambda p: choice_key(p.right))
    # a learner's pick may name any old pair with that answer text; carry it through the pair naming the text
    naming = {choice_key(p.right): p.pk for p in _distinct_answers(old_pairs)}
    targets = {p.pk: named[naming[choice_key(p.right)]] for p in old_pairs if naming[choice_key(p.right)] in named}
    return stems, targets


def translate_answer(answer: dict, old, new) -> tuple[dict, bool]:
    """`answer` (given against version `old`) against version `new`, and whether any part of it was lost."""
    kind = old.question.qtype
    if kind in CHOICE_TYPES:
        ids = map_rows(old.answers.all(), new.answers.all())
        out, lost = dict(answer), False
        if answer.get("choice") is not None:
            out["choice"] = ids.get(answer["choice"])
            lost = out["choice"] is None
            if lost:
                del out["choice"]
        if "choices" in answer:
            out["choices"] = sorted(ids[c] for c in answer["choices"] if c in ids)
            lost = lost or len(out["choices"]) != len(answer["choices"])
        return out, lost
    if kind == QuestionType.MATCHING:
        stems, targets = _matching_maps(old, new)
        pairs, lost = {}, False
        for stem, target in (answer.get("pairs") or {}).items():
            new_stem, new_target = stems.get(int(stem)), targets.get(target)
            if new_stem is None or new_target is None:
                lost = True
                continue
            pairs[str(new_stem)] = new_target
        return {"pairs": pairs}, lost
    if kind == QuestionType.ORDERING:
        ids = map_rows(old.items.all(), new.items.all())
        order = answer.get("order") or []
        return {"order": [ids[i] for i in order if i in ids]}, any(i not in ids for i in order)
    return dict(answer), False  # short answers and essays are text, which needs no mapping


def translate_order(order: dict, old, new) -> dict:
    """The frozen order of the attempt item, in the new version's ids: the learner's order for the rows that
    carried over, and any row the correction added at the end."""
    kind = old.question.qtype
    if kind not in (*CHOICE_TYPES, QuestionType.MATCHING, QuestionType.ORDERING):
        return dict(order)  # short answers and essays show no choices
    if kind == QuestionType.MATCHING:
        stems, targets = _matching_maps(old, new)
        maps = {"stems": stems, "options": targets}
        pairs = list(new.pairs.all())
        fresh = {"stems": [p.pk for p in pairs if p.left.strip()], "options": [p.pk for p in _distinct_answers(pairs)]}
    else:
        ids = map_rows(_rows(old), _rows(new))
        maps = {"options": ids}
        fresh = {"options": [row.pk for row in _rows(new)]}
    out = {}
    for key, values in order.items():
        mapping = maps.get(key, {})
        carried = []
        for value in values:
            if mapping.get(value) is not None and mapping[value] not in carried:
                carried.append(mapping[value])
        out[key] = carried + [pk for pk in fresh.get(key, []) if pk not in carried]
    return out
