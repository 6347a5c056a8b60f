"""The shape of a seeded bank question: one call per question, English and Chinese side by side."""

from __future__ import annotations

Pair = tuple[str, str]  # (English, Simplified Chinese)


def q(key: str, kind: str, text: Pair, *, probes: list[Pair], strong: Pair, average: Pair, weak: Pair,
      senior: bool = False) -> dict:  # fmt: skip
    return {
        "key": key,
        "kind": kind,
        "senior_only": senior,
        "texts": {
            language: {
                "text": text[i],
                "probes": "\n".join(p[i] for p in probes),
                "strong_answer": strong[i],
                "average_answer": average[i],
                "weak_answer": weak[i],
            }
            for i, language in enumerate(("en", "zh-hans"))
        },
    }
