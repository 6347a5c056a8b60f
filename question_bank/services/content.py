"""Converting between a version's rows and the neutral dict format that files and the seeder use.

The dict (one language) is what `question_bank.formats` parse into and write from:
    {"type", "name", "stem", "general_feedback", "mark", "idnumber", "tags", "purpose", "category",
     "choices": [{"text", "fraction", "feedback"}], "shuffle",              # single / multi
     "answer": bool, "feedback_true", "feedback_false",                    # truefalse
     "answers": [{"text", "fraction", "feedback"}], "case_sensitive",      # short
     "pairs": [{"left", "right"}], "distractors": [str],                   # matching
     "items": [str],                                                       # ordering
     "rubric": [{"criterion", "levels": [{"points", "descriptor"}]}], "grader_info", "response_template",
     "correct_feedback", "partial_feedback", "incorrect_feedback"}
"""

from __future__ import annotations

from decimal import Decimal

from ..html import as_html, clean_html
from ..models import Answer, MatchPair, OrderItem, QuestionType, QuestionVersion, RubricCriterion
from ..validation import to_decimal

VERSION_FIELDS = [
    "name",
    "stem",
    "general_feedback",
    "default_mark",
    "shuffle",
    "case_sensitive",
    "correct_feedback",
    "partial_feedback",
    "incorrect_feedback",
    "grader_info",
    "response_template",
]


def fraction_text(value) -> str:
    """A fraction as a short decimal string (0.5, -0.3333333), stable across round trips."""
    d = to_decimal(value).quantize(Decimal("0.0000001"))
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "") else text


def version_fields_from_data(data: dict) -> dict:
    return {
        "name": (data.get("name") or "").strip()[:255],
        "stem": as_html(data.get("stem", "")),
        "general_feedback": as_html(data.get("general_feedback", "")),
        "default_mark": to_decimal(data.get("mark"), Decimal(1)),
        "shuffle": bool(data.get("shuffle", True)),
        "case_sensitive": bool(data.get("case_sensitive", False)),
        "correct_feedback": as_html(data.get("correct_feedback", "")),
        "partial_feedback": as_html(data.get("partial_feedback", "")),
        "incorrect_feedback": as_html(data.get("incorrect_feedback", "")),
        "grader_info": as_html(data.get("grader_info", "")),
        "response_template": data.get("response_template", "") or "",
    }


def child_rows_from_data(version: QuestionVersion, data: dict) -> list:
    """Unsaved child rows for `version`, in order (the caller bulk-creates them per model)."""
    kind, rows = data["type"], []
    if kind in (QuestionType.SINGLE, QuestionType.MULTI):
        for i, c in enumerate(data.get("choices") or []):
            rows.append(
                Answer(
                    version=version,
                    sort_order=i,
                    text=clean_html(c["text"]),
                    fraction=to_decimal(c.get("fraction")),
                    feedback=clean_html(c.get("feedback", "")),
                )
            )
    elif kind == QuestionType.TRUEFALSE:
        right = bool(data.get("answer"))
        rows.append(
            Answer(
                version=version,
                sort_order=0,
                text="True",
                fraction=Decimal(right),
                feedback=clean_html(data.get("feedback_true", "")),
            )
        )
        rows.append(
            Answer(
                version=version,
                sort_order=1,
                text="False",
                fraction=Decimal(not right),
                feedback=clean_html(data.get("feedback_false", "")),
            )
        )
    elif kind == QuestionType.SHORT:
        for i, a in enumerate(data.get("answers") or []):
            rows.append(
                Answer(
                    version=version,
                    sort_order=i,
                    text=a["text"].strip(),
                    fraction=to_decimal(a.get("fraction"), Decimal(1)),
                    feedback=clean_html(a.get("feedback", "")),
                )
            )
    elif kind == QuestionType.MATCHING:
        pairs = [(p["left"], p["right"]) for p in data.get("pairs") or []]
        pairs += [("", d) for d in data.get("distractors") or []]
        for i, (left, right) in enumerate(pairs):
            rows.append(MatchPair(version=version, sort_order=i, left=clean_html(left), right=right.strip()))
    elif kind == QuestionType.ORDERING:
        for i, text in enumerate(data.get("items") or []):
            rows.append(OrderItem(version=version, sort_order=i, text=clean_html(text)))
    elif kind == QuestionType.ESSAY:
        for i, c in enumerate(data.get("rubric") or []):
            levels = [
                {"points": fraction_text(lv["points"]), "descriptor": clean_html(lv["descriptor"])}
                for lv in c.get("levels") or []
            ]
            rows.append(
                RubricCriterion(version=version, sort_order=i, criterion=clean_html(c["criterion"]), levels=levels)
            )
    return rows


def version_to_data(version: QuestionVersion) -> dict:
    """The neutral dict for one version (its entry's category, tags and purpose included)."""
    question = version.question
    data = {
        "type": question.qtype,
        "name": version.name,
        "stem": version.stem,
        "general_feedback": version.general_feedback,
        "mark": version.default_mark,
        "idnumber": question.idnumber,
        "purpose": question.purpose,
        "language": question.language,
        "category": question.category.path,
        "tags": sorted(t.name for t in question.tags.all()),
    }
    for field in ("correct_feedback", "partial_feedback", "incorrect_feedback"):
        if getattr(version, field):
            data[field] = getattr(version, field)
    data.update(content_to_data(version, question.qtype))
    return data


def content_to_data(version: QuestionVersion, kind: str) -> dict:
    """The type-specific part; works on saved versions and on unsaved ones from an admin form alike."""
    data: dict = {}
    answers = sorted(version.answers.all(), key=lambda a: a.sort_order)
    if kind in (QuestionType.SINGLE, QuestionType.MULTI):
        data["choices"] = [{"text": a.text, "fraction": a.fraction, "feedback": a.feedback} for a in answers]
        data["shuffle"] = version.shuffle
    elif kind == QuestionType.TRUEFALSE:
        by_text = {a.text.lower(): a for a in answers}
        data["answer"] = bool(by_text.get("true") and by_text["true"].fraction == 1)
        data["feedback_true"] = by_text["true"].feedback if "true" in by_text else ""
        data["feedback_false"] = by_text["false"].feedback if "false" in by_text else ""
    elif kind == QuestionType.SHORT:
        data["answers"] = [{"text": a.text, "fraction": a.fraction, "feedback": a.feedback} for a in answers]
        data["case_sensitive"] = version.case_sensitive
    elif kind == QuestionType.MATCHING:
        pairs = sorted(version.pairs.all(), key=lambda p: p.sort_order)
        data["pairs"] = [{"left": p.left, "right": p.right} for p in pairs if p.left.strip()]
        data["distractors"] = [p.right for p in pairs if not p.left.strip()]
        data["shuffle"] = version.shuffle
    elif kind == QuestionType.ORDERING:
        data["items"] = [i.text for i in sorted(version.items.all(), key=lambda i: i.sort_order)]
    elif kind == QuestionType.ESSAY:
        rubric = sorted(version.rubric.all(), key=lambda c: c.sort_order)
        data["rubric"] = [{"criterion": c.criterion, "levels": c.levels} for c in rubric]
        data["grader_info"] = version.grader_info
        data["response_template"] = version.response_template
    return data


def comparable(data: dict) -> dict:
    """What decides whether content changed: the dict with cleaned text and normalised numbers."""
    probe = QuestionVersion(**version_fields_from_data(data))
    rows = child_rows_from_data(probe, data)
    return {
        "fields": {f: _plain(getattr(probe, f)) for f in VERSION_FIELDS},
        "rows": [(type(r).__name__, *(_plain(getattr(r, f)) for f in ROW_FIELDS if hasattr(r, f))) for r in rows],
    }


ROW_FIELDS = ("text", "fraction", "feedback", "left", "right", "criterion", "levels")


def _plain(value) -> str:
    return fraction_text(value) if isinstance(value, Decimal) else str(value)
