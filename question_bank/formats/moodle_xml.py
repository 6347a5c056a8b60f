"""Moodle XML (`<quiz>`), read with defusedxml so document types, entity bombs and external entities are refused.

Read: category questions (`$course$/top/A/B` → A/B), multichoice (single or multiple, shuffleanswers, combined
feedback), truefalse, shortanswer (usecase), essay (graderinfo, responsetemplate), matching (subquestions; an
empty one is a distractor), ordering (the qtype_ordering plugin's items in the right order), tags, idnumber,
defaultgrade. Elements Moodle does not define carry what it cannot: `<rubric>` on essays and `<purpose>`;
Moodle ignores them on import. Embedded `<file>` elements are reported, not stored.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 - only to build output; input is parsed by defusedxml
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from ..html import as_html, clean_html, text_to_html
from .base import FormatError, ParseResult, Problem, clean_category, decode, percent

TYPES = {
    "multichoice": "single",
    "truefalse": "truefalse",
    "shortanswer": "short",
    "essay": "essay",
    "matching": "matching",
    "ordering": "ordering",
}
SKIP = {
    "description",
    "numerical",
    "calculated",
    "calculatedsimple",
    "calculatedmulti",
    "multianswer",
    "ddwtos",
    "gapselect",
    "ddimageortext",
    "ddmarker",
    "randomsamatch",
    "random",
}


def _t(element, path: str, default: str = "") -> str:
    node = element.find(path) if element is not None else None
    return (node.text or "").strip() if node is not None and node.text is not None else default


def _rich(element, tag: str) -> str:
    node = element.find(tag)
    if node is None:
        return ""
    text = _t(node, "text")
    return text_to_html(text) if node.get("format") == "plain_text" else as_html(text)


def _inline(node) -> str:
    return clean_html(_t(node, "text")) if node is not None else ""


def _bool(value: str, default: bool = False) -> bool:
    value = (value or "").strip().lower()
    return default if not value else value in ("1", "true", "yes")


def _fraction(value: str) -> Decimal:
    try:
        return Decimal(value or "0") / 100
    except InvalidOperation:
        return Decimal("NaN")


def parse(data: bytes | str) -> ParseResult:
    text = decode(data) if isinstance(data, bytes) else data
    try:
        root = fromstring(text.encode("utf-8"), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FormatError(
            _("The file declares XML entities or external references, which are refused for safety (%(error)s).")
            % {"error": type(exc).__name__}
        ) from exc
    except ET.ParseError as exc:
        raise FormatError(_("The file is not well-formed XML: %(error)s") % {"error": exc}) from exc
    if root.tag != "quiz":
        raise FormatError(_("A Moodle XML file starts with <quiz>, not <%(tag)s>.") % {"tag": root.tag})
    lines = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<question[\s>]", text)]
    result, category = ParseResult(), ""
    for index, q in enumerate(root.findall("question")):
        line = lines[index] if index < len(lines) else 0
        kind = q.get("type", "")
        if kind == "category":
            category = clean_category(_t(q, "category/text"))
            continue
        name = _t(q, "name/text") or _("Question")
        result.files += [f.get("name", "?") for f in q.iter("file")]
        if kind in SKIP or kind not in TYPES:
            result.skipped.append(
                Problem(line, name, _("Questions of type “%(type)s” are not supported.") % {"type": kind})
            )
            continue
        item = _common(q, name)
        item.update(READERS[kind](q))
        item.update(line=line, category=category)
        result.items.append(item)
    return result


def _common(q, name: str) -> dict:
    item = {
        "name": name,
        "stem": _rich(q, "questiontext"),
        "general_feedback": _rich(q, "generalfeedback"),
        "mark": _t(q, "defaultgrade", "1") or "1",
        "idnumber": _t(q, "idnumber"),
        "tags": [_t(t, "text") for t in q.findall("tags/tag") if _t(t, "text")],
    }
    if _t(q, "purpose") in ("exam", "practice"):
        item["purpose"] = _t(q, "purpose")
    for tag, key in (
        ("correctfeedback", "correct_feedback"),
        ("partiallycorrectfeedback", "partial_feedback"),
        ("incorrectfeedback", "incorrect_feedback"),
    ):
        if _rich(q, tag):
            item[key] = _rich(q, tag)
    return item


def _answers(q) -> list[dict]:
    return [
        {"text": _inline(a), "fraction": _fraction(a.get("fraction")), "feedback": _inline(a.find("feedback"))}
        for a in q.findall("answer")
    ]


def _multichoice(q) -> dict:
    single = _bool(_t(q, "single"), default=True)
    return {
        "type": "single" if single else "multi",
        "choices": _answers(q),
        "shuffle": _bool(_t(q, "shuffleanswers"), default=True),
    }


def _truefalse(q) -> dict:
    by_text = {_t(a, "text").lower(): a for a in q.findall("answer")}
    true, false = by_text.get("true"), by_text.get("false")
    return {
        "type": "truefalse",
        "answer": true is not None and _fraction(true.get("fraction")) == 1,
        "feedback_true": _inline(true.find("feedback")) if true is not None else "",
        "feedback_false": _inline(false.find("feedback")) if false is not None else "",
    }


def _short(q) -> dict:
    answers = [{**a, "text": _t(node, "text")} for a, node in zip(_answers(q), q.findall("answer"), strict=True)]
    return {"type": "short", "answers": answers, "case_sensitive": _bool(_t(q, "usecase"))}


def _essay(q) -> dict:
    rubric = [
        {
            "criterion": _inline(c),
            "levels": [{"points": lv.get("points", "0"), "descriptor": _inline(lv)} for lv in c.findall("level")],
        }
        for c in q.findall("rubric/criterion")
    ]
    return {
        "type": "essay",
        "grader_info": _rich(q, "graderinfo"),
        "response_template": _t(q, "responsetemplate/text"),
        "rubric": rubric,
    }


def _matching(q) -> dict:
    pairs, distractors = [], []
    for sub in q.findall("subquestion"):
        left, right = _inline(sub), _t(sub, "answer/text")
        (pairs.append({"left": left, "right": right}) if left else distractors.append(right))
    return {
        "type": "matching",
        "pairs": pairs,
        "distractors": distractors,
        "shuffle": _bool(_t(q, "shuffleanswers"), default=True),
    }


def _ordering(q) -> dict:
    return {"type": "ordering", "items": [_inline(a) for a in q.findall("answer")]}


READERS = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _short,
    "essay": _essay,
    "matching": _matching,
    "ordering": _ordering,
}


# Writing ------------------------------------------------------------------------------------------------------

QTYPE = {
    "single": "multichoice",
    "multi": "multichoice",
    "truefalse": "truefalse",
    "short": "shortanswer",
    "essay": "essay",
    "matching": "matching",
    "ordering": "ordering",
}


def _text_el(parent, tag: str, text: str, fmt: str | None = "html", **attrs):
    el = ET.SubElement(parent, tag, {**({"format": fmt} if fmt else {}), **attrs})
    ET.SubElement(el, "text").text = text or ""
    return el


def _answer_el(parent, text, fraction, feedback="", fmt="html"):
    el = _text_el(parent, "answer", text, fmt, fraction=percent(fraction))
    _text_el(el, "feedback", feedback or "")
    return el


def write(questions: list[dict]) -> tuple[str, list[str]]:
    """Moodle XML for the neutral dicts; nothing is left out (rubrics and purpose ride in extra elements)."""
    quiz, category, notes = ET.Element("quiz"), None, []
    for q in questions:
        if q.get("category") != category:
            category = q.get("category")
            cat = ET.SubElement(quiz, "question", type="category")
            _text_el(cat, "category", f"$course$/top/{category}", fmt=None)
        el = ET.SubElement(quiz, "question", type=QTYPE[q["type"]])
        _text_el(el, "name", q["name"], fmt=None)
        _text_el(el, "questiontext", q["stem"])
        _text_el(el, "generalfeedback", q.get("general_feedback", ""))
        ET.SubElement(el, "defaultgrade").text = format(Decimal(str(q.get("mark", 1))), "f")
        ET.SubElement(el, "idnumber").text = q.get("idnumber", "")
        ET.SubElement(el, "purpose").text = q.get("purpose", "")
        WRITERS[q["type"]](el, q)
        if q["type"] in ("single", "multi", "matching", "ordering"):
            for tag, key in (
                ("correctfeedback", "correct_feedback"),
                ("partiallycorrectfeedback", "partial_feedback"),
                ("incorrectfeedback", "incorrect_feedback"),
            ):
                _text_el(el, tag, q.get(key, ""))
        if q["type"] == "ordering":
            notes.append(_("%(name)s: ordering questions need Moodle's qtype_ordering plugin.") % {"name": q["name"]})
        tags = ET.SubElement(el, "tags")
        for tag in q.get("tags") or []:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n", notes


def _w_choice(el, q):
    ET.SubElement(el, "single").text = "true" if q["type"] == "single" else "false"
    ET.SubElement(el, "shuffleanswers").text = "true" if q.get("shuffle", True) else "false"
    ET.SubElement(el, "answernumbering").text = "abc"
    for c in q["choices"]:
        _answer_el(el, c["text"], c["fraction"], c.get("feedback", ""))


def _w_truefalse(el, q):
    _answer_el(el, "true", 1 if q["answer"] else 0, q.get("feedback_true", ""), fmt="moodle_auto_format")
    _answer_el(el, "false", 0 if q["answer"] else 1, q.get("feedback_false", ""), fmt="moodle_auto_format")


def _w_short(el, q):
    ET.SubElement(el, "usecase").text = "1" if q.get("case_sensitive") else "0"
    for a in q["answers"]:
        _answer_el(el, a["text"], a["fraction"], a.get("feedback", ""), fmt="moodle_auto_format")


def _w_essay(el, q):
    for tag, value in (
        ("responseformat", "editor"),
        ("responserequired", "1"),
        ("responsefieldlines", "15"),
        ("attachments", "0"),
        ("attachmentsrequired", "0"),
    ):
        ET.SubElement(el, tag).text = value
    _text_el(el, "graderinfo", q.get("grader_info", ""))
    _text_el(el, "responsetemplate", q.get("response_template", ""))
    rubric = ET.SubElement(el, "rubric")
    for c in q.get("rubric") or []:
        crit = _text_el(rubric, "criterion", c["criterion"])
        for level in c["levels"]:
            _text_el(crit, "level", level["descriptor"], points=str(level["points"]))


def _w_matching(el, q):
    ET.SubElement(el, "shuffleanswers").text = "true" if q.get("shuffle", True) else "false"
    pairs = [(p["left"], p["right"]) for p in q["pairs"]] + [("", d) for d in q.get("distractors") or []]
    for left, right in pairs:
        sub = _text_el(el, "subquestion", left)
        _text_el(sub, "answer", right, fmt=None)


def _w_ordering(el, q):
    for tag, value in (
        ("layouttype", "VERTICAL"),
        ("selecttype", "ALL"),
        ("selectcount", "0"),
        ("gradingtype", "ABSOLUTE_POSITION"),
        ("showgrading", "SHOW"),
    ):
        ET.SubElement(el, tag).text = value
    for i, item in enumerate(q["items"], start=1):
        _text_el(el, "answer", item, fraction=str(i))


WRITERS = {
    "single": _w_choice,
    "multi": _w_choice,
    "truefalse": _w_truefalse,
    "short": _w_short,
    "essay": _w_essay,
    "matching": _w_matching,
    "ordering": _w_ordering,
}
