"""Precision and recall of the checker on the labelled questions in tests/data/taboo/ (one CSV per language).

A question counts as flagged when the checker returns any finding for it, whatever the severity: the labelled
sets say whether a careful interviewer should be warned, not how strongly.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

DATA_DIR = Path(settings.BASE_DIR) / "tests" / "data" / "taboo"
FILES = {"en": "en.csv", "zh-hans": "zh.csv", "de": "de.csv", "pt": "pt.csv", "es": "es.csv", "id": "id.csv"}

# (region, language, questions) -> for each question, the topics found
Checker = Callable[[str, str, list[str]], list[list[str]]]


@dataclass
class Score:
    language: str
    rows: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    topic_hits: int = 0
    errors: list[tuple[str, str, str, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def topic_accuracy(self) -> float:
        """Of the questions rightly flagged, the share where the expected topic was among the findings."""
        return self.topic_hits / self.tp if self.tp else 1.0


def labelled_rows(language: str, split: str | None = None) -> list[dict]:
    with open(DATA_DIR / FILES[language], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return [r for r in rows if split is None or r["split"] == split]


def db_checker(region: str, language: str, questions: list[str]) -> list[list[str]]:
    from .services import lint_findings

    _pack, results = lint_findings(region=region, language=language, questions=questions)
    return [[rule.topic for rule in r.rules] for r in results]


def evaluate(language: str, checker: Checker = db_checker, split: str | None = None) -> Score:
    score = Score(language=language)
    by_region: dict[str, list[dict]] = defaultdict(list)
    for row in labelled_rows(language, split):
        by_region[row["region"]].append(row)
    for region, rows in sorted(by_region.items()):
        found = checker(region, language, [r["question"] for r in rows])
        for row, topics in zip(rows, found, strict=True):
            score.rows += 1
            flagged, should = bool(topics), row["label"] == "flag"
            if flagged and should:
                score.tp += 1
                score.topic_hits += row["topic"] in topics
            elif flagged:
                score.fp += 1
                score.errors.append(("false positive", region, row["question"], topics))
            elif should:
                score.fn += 1
                score.errors.append(("missed", region, row["question"], [row["topic"]]))
            else:
                score.tn += 1
    return score


def table(scores: list[Score]) -> str:
    lines = [
        "| language | questions | precision | recall | topic right | TP | FP | FN | TN |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        lines.append(
            f"| {s.language} | {s.rows} | {s.precision:.3f} | {s.recall:.3f} | {s.topic_accuracy:.3f} "
            f"| {s.tp} | {s.fp} | {s.fn} | {s.tn} |"
        )
    return "\n".join(lines)
