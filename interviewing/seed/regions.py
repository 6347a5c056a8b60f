"""Each demo region's rules: which protected topics, how severe, and which taboo card of the region's course
module (courses/curriculum/region_*.py) supplies the law, the explanation and the safe alternative.

The legal text is taken from those cards as they are, so a pack claims no more than the researched module does.
A topic whose card is None rests on company policy (see generic.py) and is never more than `caution`.
"""

from __future__ import annotations

import importlib

from . import generic, patterns_de, patterns_en, patterns_es, patterns_id, patterns_pt, patterns_zh

PATTERN_SOURCES = {
    "patterns_en": patterns_en.PATTERNS,
    "patterns_zh": patterns_zh.PATTERNS,
    "patterns_de": patterns_de.PATTERNS,
    "patterns_pt": patterns_pt.PATTERNS,
    "patterns_es": patterns_es.PATTERNS,
    "patterns_id": patterns_id.PATTERNS,
}

CORE = ["age", "marital_family", "pregnancy", "salary_history", "health_disability", "religion",
        "nationality_ethnicity", "sexual_orientation", "political_union", "family_background"]  # fmt: skip

# region → {topic: (severity, index of the taboo card in the region's module, or None for company policy)}
REGIONS: dict[str, dict[str, tuple[str, int | None]]] = {
    "US": {"age": ("risky", 0), "pregnancy": ("risky", 1), "health_disability": ("unlawful", 2),
           "religion": ("risky", 3), "nationality_ethnicity": ("risky", 4), "salary_history": ("risky", 5),
           "marital_family": ("risky", 6), "sexual_orientation": ("risky", 6)},
    "DE": {"pregnancy": ("unlawful", 0), "marital_family": ("risky", 0), "age": ("risky", 1),
           "religion": ("risky", 2), "health_disability": ("risky", 3), "political_union": ("unlawful", 4),
           "nationality_ethnicity": ("risky", 5), "salary_history": ("caution", 6)},
    "GB": {"health_disability": ("unlawful", 0), "pregnancy": ("risky", 1), "age": ("risky", 2),
           "nationality_ethnicity": ("risky", 3), "religion": ("risky", 4), "marital_family": ("risky", 5),
           "sexual_orientation": ("risky", 5), "criminal_record": ("caution", 6)},
    "BR": {"pregnancy": ("unlawful", 0), "marital_family": ("risky", 1), "age": ("risky", 2),
           "nationality_ethnicity": ("unlawful", 3), "appearance": ("risky", 3), "health_disability": ("risky", 4),
           "religion": ("risky", 5), "political_union": ("risky", 5), "labour_claims": ("risky", 6),
           "criminal_record": ("risky", 6)},
    "MX": {"pregnancy": ("unlawful", 0), "marital_family": ("risky", 1), "age": ("risky", 2),
           "appearance": ("risky", 3), "nationality_ethnicity": ("risky", 3), "health_disability": ("risky", 4),
           "religion": ("risky", 5), "political_union": ("risky", 5), "criminal_record": ("risky", 6)},
    "SA": {"religion": ("risky", 0), "marital_family": ("risky", 1), "pregnancy": ("risky", 1), "age": ("risky", 2),
           "family_background": ("risky", 3), "nationality_ethnicity": ("risky", 3),
           "health_disability": ("risky", 4), "political_union": ("caution", 6), "criminal_record": ("caution", 6)},
    "AE": {"religion": ("risky", 0), "nationality_ethnicity": ("caution", 1), "pregnancy": ("risky", 2),
           "marital_family": ("caution", 3), "health_disability": ("risky", 4), "age": ("caution", 5)},
    "ID": {"religion": ("risky", 0), "nationality_ethnicity": ("risky", 1), "marital_family": ("risky", 2),
           "pregnancy": ("risky", 2), "health_disability": ("risky", 3), "political_union": ("risky", 4),
           "age": ("caution", 5)},
    "MY": {"nationality_ethnicity": ("risky", 0), "religion": ("risky", 1), "marital_family": ("risky", 2),
           "pregnancy": ("risky", 2), "health_disability": ("risky", 3), "age": ("caution", 4),
           "language_filter": ("caution", 5)},
    "VN": {"age": ("risky", 0), "marital_family": ("risky", 1), "pregnancy": ("risky", 1),
           "political_union": ("risky", 2), "family_background": ("risky", 3), "nationality_ethnicity": ("risky", 3),
           "health_disability": ("risky", 4), "religion": ("risky", 5)},
    "JP": {"nationality_ethnicity": ("risky", 0), "family_background": ("risky", 1), "religion": ("risky", 2),
           "outlook": ("caution", 2), "marital_family": ("risky", 3), "pregnancy": ("risky", 3), "age": ("risky", 4),
           "health_disability": ("risky", 5), "political_union": ("risky", 6)},
}  # fmt: skip


def taboo_cards(region_code: str) -> list[dict]:
    """The region module's taboo cards, in order, each once."""
    module = importlib.import_module(f"courses.curriculum.region_{region_code.lower()}")
    cards: list[dict] = []

    def walk(node):
        if isinstance(node, tuple) and len(node) == 2 and node[0] == "taboo_card":
            if node[1] not in cards:
                cards.append(node[1])
        elif isinstance(node, list | tuple):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            for child in node.values():
                walk(child)

    walk([getattr(module, name) for name in sorted(dir(module)) if name.isupper()])
    return cards


def _patterns(topic: str) -> dict[str, str]:
    return {field: source.get(topic, "").strip() for field, source in PATTERN_SOURCES.items()}


def rules_for(region_code: str) -> list[dict]:
    cards = taboo_cards(region_code)
    chosen = dict.fromkeys(CORE, ("caution", None))
    chosen.update(REGIONS[region_code])
    rules = []
    for topic, (severity, index) in chosen.items():
        if index is None:
            exp_en, exp_zh, sug_en, sug_zh = generic.TEXTS[topic]
            law = generic.POLICY
        else:
            card = cards[index]
            exp_en, exp_zh = card["why_risky"]["en"], card["why_risky"]["zh"]
            sug_en, sug_zh = card["ask_instead"]["en"], card["ask_instead"]["zh"]
            law = card["legal_basis"]["en"]
        rules.append({
            "key": topic.replace("_", "-"), "topic": topic, "severity": severity, "law": law,
            "explanation_en": exp_en, "explanation_zh": exp_zh, "suggestion_en": sug_en, "suggestion_zh": sug_zh,
            **_patterns(topic),
        })  # fmt: skip
    return rules
