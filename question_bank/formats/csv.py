"""A spreadsheet-friendly CSV: one row per question, choices in numbered columns.

Header (more numbered column groups may follow; the writer adds as many as the longest question needs):
    type,category,name,idnumber,language,purpose,mark,tags,stem,general_feedback,shuffle,case_sensitive,
    answer,feedback_true,feedback_false,grader_info,response_template,rubric,
    choice1,fraction1,feedback1,match1, ... choice4,fraction4,feedback4,match4

- type: single, multi, truefalse, short, matching, ordering, essay. tags: separated by ";".
- single / multi / short: choiceN with fractionN in percent (100, 50, -25; short answers default to 100).
- matching: choiceN is the item and matchN its answer; a row with only matchN is a distractor.
- ordering: choiceN in the right order. truefalse: answer is true or false.
- essay: rubric has one criterion a line, `criterion | points = descriptor | points = descriptor`.
- Text cells may hold HTML; plain text becomes paragraphs.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .base import FormatError, ParseResult, Problem, clean_category, decode, percent

FIXED = [
    "type",
    "category",
    "name",
    "idnumber",
    "language",
    "purpose",
    "mark",
    "tags",
    "stem",
    "general_feedback",
    "shuffle",
    "case_sensitive",
    "answer",
    "feedback_true",
    "feedback_false",
    "grader_info",
    "response_template",
    "rubric",
]
GROUP = ["choice", "fraction", "feedback", "match"]
REQUIRED = ["type", "name", "stem"]
TRUE = {"1", "true", "yes", "y", "t"}


def _bool(value: str, default: bool) -> bool:
    value = (value or "").strip().lower()
    return default if not value else value in TRUE


def _percent(value: str, default: Decimal) -> Decimal:
    value = (value or "").strip().rstrip("%")
    if not value:
        return default
    try:
        return Decimal(value) / 100
    except InvalidOperation:
        return Decimal("NaN")


def _rubric(cell: str) -> list[dict]:
    rubric = []
    for line in (cell or "").splitlines():
        parts = [p.strip() for p in line.split("|")]
        if not parts[0]:
            continue
        levels = []
        for part in parts[1:]:
            points, _sep, descriptor = part.partition("=")
            levels.append({"points": points.strip() or "0", "descriptor": descriptor.strip()})
        rubric.append({"criterion": parts[0], "levels": levels})
    return rubric


def parse(data: bytes | str) -> ParseResult:
    try:
        return _parse(data)
    except csv.Error as exc:  # e.g. a field longer than the csv module allows, or a stray quote at the end
        raise FormatError(_("The file is not valid CSV: %(error)s") % {"error": exc}) from exc


def _parse(data: bytes | str) -> ParseResult:
    # newline="": the csv module splits records itself, so a lone CR (old Mac line ends) is a line end, not an error
    reader = csv.DictReader(io.StringIO(decode(data), newline=""))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise FormatError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    reader.fieldnames = header
    groups = sorted({int(m.group(1)) for h in header if (m := re.fullmatch(r"choice(\d+)", h))})
    result = ParseResult()
    for row in reader:
        line = reader.line_num
        if None in row:
            result.errors.append(Problem(line, row.get("name", ""), _("This row has more values than the header.")))
            continue
        row = {k: (v or "").strip() for k, v in row.items()}
        if not any(row.values()):
            continue
        item = _item(row, groups, line, result)
        if item is not None:
            result.items.append(item)
    return result


def _item(row: dict, groups: list[int], line: int, result: ParseResult) -> dict | None:
    kind = row["type"].lower()
    item = {
        "type": kind,
        "name": row["name"],
        "stem": row["stem"],
        "general_feedback": row.get("general_feedback", ""),
        "mark": row.get("mark") or "1",
        "idnumber": row.get("idnumber", ""),
        "line": line,
        "category": clean_category(row.get("category", "")),
        "tags": [t.strip() for t in row.get("tags", "").split(";") if t.strip()],
    }
    if row.get("purpose"):
        item["purpose"] = row["purpose"].lower()
    if row.get("language"):
        item["language"] = row["language"].lower()
    cells = [{g: row.get(f"{g}{n}", "") for g in GROUP} for n in groups]
    if kind in ("single", "multi"):
        item["choices"] = [
            {"text": c["choice"], "fraction": _percent(c["fraction"], Decimal(0)), "feedback": c["feedback"]}
            for c in cells
            if c["choice"]
        ]
        item["shuffle"] = _bool(row.get("shuffle"), True)
    elif kind == "short":
        item["answers"] = [
            {"text": c["choice"], "fraction": _percent(c["fraction"], Decimal(1)), "feedback": c["feedback"]}
            for c in cells
            if c["choice"]
        ]
        item["case_sensitive"] = _bool(row.get("case_sensitive"), False)
    elif kind == "truefalse":
        value = row.get("answer", "").lower()
        item["answer"] = True if value in TRUE else (False if value in {"0", "false", "no", "n", "f"} else None)
        item["feedback_true"], item["feedback_false"] = row.get("feedback_true", ""), row.get("feedback_false", "")
    elif kind == "matching":
        item["pairs"] = [{"left": c["choice"], "right": c["match"]} for c in cells if c["choice"]]
        item["distractors"] = [c["match"] for c in cells if c["match"] and not c["choice"]]
        item["shuffle"] = _bool(row.get("shuffle"), True)
    elif kind == "ordering":
        item["items"] = [c["choice"] for c in cells if c["choice"]]
    elif kind == "essay":
        item.update(
            rubric=_rubric(row.get("rubric", "")),
            grader_info=row.get("grader_info", ""),
            response_template=row.get("response_template", ""),
        )
    else:
        result.skipped.append(
            Problem(line, row["name"], _("Questions of type “%(type)s” are not supported.") % {"type": kind})
        )
        return None
    return item


def write(questions: list[dict]) -> tuple[str, list[str]]:
    width = max([4] + [len(_cells(q)) for q in questions])
    header = FIXED + [f"{g}{n}" for n in range(1, width + 1) for g in GROUP]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    notes = []
    for q in questions:
        row = {
            "type": q["type"],
            "category": q.get("category", ""),
            "name": q["name"],
            "idnumber": q.get("idnumber", ""),
            "language": q.get("language", ""),
            "purpose": q.get("purpose", ""),
            "mark": q.get("mark", 1),
            "tags": ";".join(q.get("tags") or []),
            "stem": q["stem"],
            "general_feedback": q.get("general_feedback", ""),
            "shuffle": "yes" if q.get("shuffle", True) else "no",
            "case_sensitive": "yes" if q.get("case_sensitive") else "no",
            "grader_info": q.get("grader_info", ""),
            "response_template": q.get("response_template", ""),
        }
        if q["type"] == "truefalse":
            row.update(
                answer="true" if q["answer"] else "false",
                feedback_true=q.get("feedback_true", ""),
                feedback_false=q.get("feedback_false", ""),
            )
        if q["type"] == "essay":
            row["rubric"] = "\n".join(
                " | ".join([c["criterion"]] + [f"{lv['points']} = {lv['descriptor']}" for lv in c["levels"]])
                for c in q.get("rubric") or []
            )
        for n, cell in enumerate(_cells(q), start=1):
            row.update({f"{g}{n}": cell.get(g, "") for g in GROUP})
        if any(q.get(k) for k in ("correct_feedback", "partial_feedback", "incorrect_feedback")):
            notes.append(_("%(name)s: CSV cannot carry combined feedback.") % {"name": q["name"]})
        writer.writerow(row)
    return out.getvalue(), notes


def _cells(q: dict) -> list[dict]:
    kind = q["type"]
    if kind in ("single", "multi"):
        return [
            {"choice": c["text"], "fraction": percent(c["fraction"]), "feedback": c.get("feedback", "")}
            for c in q["choices"]
        ]
    if kind == "short":
        return [
            {"choice": a["text"], "fraction": percent(a["fraction"]), "feedback": a.get("feedback", "")}
            for a in q["answers"]
        ]
    if kind == "matching":
        return [{"choice": p["left"], "match": p["right"]} for p in q["pairs"]] + [
            {"match": d} for d in q.get("distractors") or []
        ]
    if kind == "ordering":
        return [{"choice": i} for i in q["items"]]
    return []
