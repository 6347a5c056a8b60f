"""Moodle's GIFT format, read and written as Moodle's own qformat_gift does.

Read: `$CATEGORY:`, `::title::`, `[html|plain|markdown|moodle]`, single and multiple choice (`=`, `~`, `~%50%`),
true/false with the wrong-then-right feedback pair (`{T#wrong#right}`), short answer, matching (`=a -> b`; an
empty left side is a distractor), essay (`{}`), per-answer `#feedback`, general feedback `####`, the escapes
`\\~ \\= \\# \\{ \\} \\: \\n`, `//` comments, and the `// [id:...] [tag:...]` lines Moodle writes.
Numerical questions and descriptions are reported as skipped. GIFT cannot carry ordering questions, rubrics,
grader information, response templates, combined feedback or the shuffle and case options: the writer reports them.
"""

from __future__ import annotations

import html as html_lib
import re
from decimal import Decimal

from django.utils.translation import gettext as _

from ..html import clean_html, html_to_text, text_to_html
from .base import ParseResult, Problem, clean_category, decode, percent

ESCAPES = {"\\:": "\x01", "\\#": "\x02", "\\=": "\x03", "\\{": "\x04", "\\}": "\x05", "\\~": "\x06", "\\n": "\x07"}
UNESCAPES = {"\x01": ":", "\x02": "#", "\x03": "=", "\x04": "{", "\x05": "}", "\x06": "~", "\x07": "\n"}
WEIGHT = re.compile(r"^%(-?\d{1,3}(?:\.\d*)?)%")
META = re.compile(r"\[(id|tag):([^\]]*)\]")
TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def _pre(text: str) -> str:
    text = text.replace("\\\\", "\x00")
    for escaped, placeholder in ESCAPES.items():
        text = text.replace(escaped, placeholder)
    return text.replace("\x00", "\\")


def _post(text: str) -> str:
    for placeholder, char in UNESCAPES.items():
        text = text.replace(placeholder, char)
    return text


def _md_inline(s: str) -> str:
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html_lib.escape(s, quote=False))
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)


def _markdown(text: str) -> str:
    """The little Markdown GIFT files use: paragraphs, lists, **strong**, *em*."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if lines and all(re.match(r"^[-*] ", ln) for ln in lines):
            blocks.append("<ul>" + "".join(f"<li>{_md_inline(ln[2:])}</li>" for ln in lines) + "</ul>")
        elif lines and all(re.match(r"^\d+\. ", ln) for ln in lines):
            blocks.append("<ol>" + "".join(f"<li>{_md_inline(ln.split('. ', 1)[1])}</li>" for ln in lines) + "</ol>")
        else:
            blocks.append("<p>" + "<br>".join(_md_inline(ln) for ln in lines) + "</p>")
    return "".join(blocks)


def _text(raw: str, default: str = "moodle") -> tuple[str, str]:
    """(html, format) of a text that may start with a [format] marker."""
    raw = raw.strip()
    fmt = default
    match = re.match(r"^\[(html|plain|markdown|moodle)\]", raw)
    if match:
        fmt, raw = match.group(1), raw[match.end() :]
    raw = _post(raw).strip()
    if fmt == "plain":
        return text_to_html(raw), fmt
    if fmt == "markdown":
        return _markdown(raw), fmt
    if fmt == "html" or re.search(r"<[a-zA-Z/][^>]*>", raw):
        return clean_html(raw), fmt
    return text_to_html(raw), fmt


def _inline(raw: str, fmt: str) -> str:
    """Choice, answer and feedback texts: no paragraph wrapping; HTML cleaned, plain text escaped."""
    raw = re.sub(r"^\[(html|plain|markdown|moodle)\]", "", raw.strip())
    raw = _post(raw).strip()
    if fmt == "html" or re.search(r"<[a-zA-Z/][^>]*>", raw):
        return clean_html(raw)
    return html_lib.escape(raw, quote=False)


def _plain(raw: str) -> str:
    return _post(raw).strip()


def _weight(answer: str, default: Decimal) -> tuple[Decimal, str]:
    match = WEIGHT.match(answer)
    if not match:
        return default, answer
    return Decimal(match.group(1)) / 100, answer[match.end() :]


def _split_feedback(answer: str, fmt: str) -> tuple[str, str]:
    text, _sep, feedback = answer.partition("#")
    return text, _inline(feedback, fmt)


def _chunks(text: str):
    """(first line number, lines) of each blank-line-separated block; comment lines stay as metadata."""
    chunk, start = [], None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            if chunk:
                yield start, chunk
            chunk, start = [], None
            continue
        if start is None and not line.strip().startswith("//"):
            start = number
        chunk.append(line)
    if chunk:
        yield start or 0, chunk


def parse(data: bytes | str) -> ParseResult:
    result, category = ParseResult(), ""
    for line, lines in _chunks(decode(data)):
        meta = [m for ln in lines if ln.strip().startswith("//") for m in META.findall(ln)]
        body = "\n".join(ln for ln in lines if not ln.strip().startswith("//")).strip()
        if not body:
            continue
        body = _pre(body)
        if body.startswith("$CATEGORY:"):
            named = body[len("$CATEGORY:") :].strip().splitlines()
            category = clean_category(_post(named[0])) if named else ""  # an empty one: the import's own category
            continue
        item = _question(body, line, result)
        if item is None:
            continue
        item["line"], item["category"] = line, category
        item["idnumber"] = next((v.strip() for k, v in meta if k == "id"), "")
        item["tags"] = [v.strip() for k, v in meta if k == "tag" and v.strip()]
        result.items.append(item)
    return result


def _question(text: str, line: int, result: ParseResult) -> dict | None:
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end != -1:
            name, text = _plain(text[2:end]), text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    label = name or html_to_text(_post(text))[:40]
    if start == -1 and finish == -1:
        result.skipped.append(Problem(line, label, _("A description has no answers; it is not a question.")))
        return None
    if start == -1 or finish == -1 or finish < start:
        result.errors.append(Problem(line, label, _("The answer block is not closed: a “{” needs its “}”.")))
        return None
    answers = text[start + 1 : finish].strip()
    after = text[finish + 1 :].strip()
    stem_raw = text[:start] + ("_____ " + after if after else "")
    general = ""
    if "####" in answers:
        answers, general = answers[: answers.rfind("####")].strip(), answers[answers.rfind("####") + 4 :]
    stem, fmt = _text(stem_raw)
    name = name or html_to_text(stem)[:60] or _("Question")
    item = {"name": name, "stem": stem, "general_feedback": _text(general, fmt)[0] if general.strip() else ""}
    if answers == "":
        return {**item, "type": "essay", "rubric": [], "grader_info": "", "response_template": ""}
    if answers.startswith("#"):
        result.skipped.append(Problem(line, name, _("Numerical questions are not supported.")))
        return None
    if "~" in answers:
        return _multichoice(item, answers, fmt, line, result)
    if "=" in answers and "->" in answers:
        return _matching(item, answers, fmt, line, result)
    check = answers.split("#", 1)[0].strip() if "#" in answers else answers
    if check in TF:
        _ans, wrong, right = (answers.split("#", 2) + ["", ""])[:3]
        wrong_html, right_html = _inline(wrong, fmt), _inline(right, fmt)
        value = TF[check]
        return {
            **item,
            "type": "truefalse",
            "answer": value,
            "feedback_true": right_html if value else wrong_html,
            "feedback_false": wrong_html if value else right_html,
        }
    return _short(item, answers, fmt, line, result)


def _multichoice(item, answers, fmt, line, result):
    single = "=" in answers
    parts = [p.strip() for p in answers.replace("=", "~=").split("~")]
    parts = [p for p in parts if p]
    choices = []
    for part in parts:
        if part.startswith("="):
            fraction, part = Decimal(1), part[1:]
        else:
            fraction, part = _weight(part, Decimal(0))
        text, feedback = _split_feedback(part, fmt)
        choices.append({"text": _inline(text, fmt), "fraction": fraction, "feedback": feedback})
    if len(choices) < 2:
        result.errors.append(Problem(line, item["name"], _("A choice question needs at least two answers.")))
        return None
    return {**item, "type": "single" if single else "multi", "choices": choices, "shuffle": True}


def _matching(item, answers, fmt, line, result):
    pairs, distractors = [], []
    for part in (p.strip() for p in answers.split("=")):
        if not part:
            continue
        if "->" not in part:
            result.errors.append(
                Problem(line, item["name"], _("Every matching line needs “->” between the two sides."))
            )
            return None
        left, right = part.split("->", 1)
        if left.strip():
            pairs.append({"left": _inline(left, fmt), "right": _plain(right)})
        else:
            distractors.append(_plain(right))
    return {**item, "type": "matching", "pairs": pairs, "distractors": distractors, "shuffle": True}


def _short(item, answers, fmt, line, result):
    accepted = []
    for part in (p.strip() for p in answers.split("=")):
        if not part:
            continue
        fraction, part = _weight(part, Decimal(1))
        text, feedback = _split_feedback(part, fmt)
        accepted.append({"text": _plain(text), "fraction": fraction, "feedback": feedback})
    if not accepted:
        result.errors.append(Problem(line, item["name"], _("A short-answer question needs an accepted answer.")))
        return None
    return {**item, "type": "short", "answers": accepted, "case_sensitive": False}


# Writing ------------------------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    text = (text or "").replace("\\", "\\\\")
    for char in "#=~{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\r", "").replace("\n", "\\n")


def _html(text: str) -> str:
    return _esc(text)


def write(questions: list[dict]) -> tuple[str, list[str]]:
    """GIFT text for the neutral dicts, and a list of what GIFT could not carry."""
    out, left_out, category = [], [], None
    for q in questions:
        name = q["name"]
        if q["type"] == "ordering":
            left_out.append(_("%(name)s: GIFT has no ordering questions; left out.") % {"name": name})
            continue
        if q.get("category") != category:
            category = q.get("category")
            out.append(f"$CATEGORY: $course$/top/{category}\n")
        lost = [label for key, label in LOSSES if q.get(key)]
        if q["type"] == "essay" and q.get("rubric"):
            lost.insert(0, _("rubric"))
        if q.get("shuffle") is False:
            lost.append(_("fixed choice order"))
        if q.get("case_sensitive"):
            lost.append(_("case-sensitive matching"))
        if lost:
            left_out.append(
                _("%(name)s: GIFT cannot carry %(what)s.") % {"name": name, "what": ", ".join(map(str, lost))}
            )
        meta = [f"[id:{q['idnumber']}]"] if q.get("idnumber") else []
        meta += [f"[tag:{t}]" for t in q.get("tags") or []]
        lines = [f"// {' '.join(meta)}"] if meta else []
        head = f"::{_esc(name)}::[html]{_html(q['stem'])}"
        general = f"####{_html(q['general_feedback'])}" if q.get("general_feedback") else ""
        lines.append(head + _answers(q).replace("\x00GF", general))
        out.append("\n".join(lines) + "\n")
    return "\n".join(out), left_out


LOSSES = [
    ("grader_info", "grader information"),
    ("response_template", "response template"),
    ("correct_feedback", "combined feedback"),
    ("partial_feedback", "combined feedback"),
    ("incorrect_feedback", "combined feedback"),
]


def _fb(feedback: str) -> str:
    return f"#{_html(feedback)}" if feedback else ""


def _answers(q: dict) -> str:
    kind = q["type"]
    if kind == "essay":
        return "{\x00GF}"
    if kind == "truefalse":
        right, wrong = (
            (q["feedback_true"], q["feedback_false"]) if q["answer"] else (q["feedback_false"], q["feedback_true"])
        )
        fb = ""
        if wrong or right:
            fb = f"#{_html(wrong)}" + (f"#{_html(right)}" if right else "")
        return "{" + ("TRUE" if q["answer"] else "FALSE") + fb + "\x00GF}"
    rows = []
    if kind in ("single", "multi"):
        for c in q["choices"]:
            fraction = Decimal(str(c["fraction"]))
            mark = "=" if fraction == 1 and kind == "single" else ("~" if fraction == 0 else f"~%{percent(fraction)}%")
            rows.append(f"\t{mark}{_html(c['text'])}{_fb(c.get('feedback'))}")
    elif kind == "short":
        for a in q["answers"]:
            rows.append(f"\t=%{percent(a['fraction'])}%{_esc(a['text'])}{_fb(a.get('feedback'))}")
    elif kind == "matching":
        rows += [f"\t={_html(p['left'])} -> {_esc(p['right'])}" for p in q["pairs"]]
        rows += [f"\t= -> {_esc(d)}" for d in q.get("distractors") or []]
    return "{\n" + "\n".join(rows) + "\n\t\x00GF}"
