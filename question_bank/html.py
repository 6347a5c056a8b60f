"""Rich text that comes from files or forms is cut down to a small set of tags before it is stored."""

from __future__ import annotations

import html as html_lib
import re

from bs4 import BeautifulSoup, Comment

ALLOWED_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "h3",
    "h4",
    "code",
    "pre",
    "sub",
    "sup",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"}
TAG_RE = re.compile(r"<[a-zA-Z/!][^>]*>")
# Paragraph-like elements holding only plain text (what `text_to_html` makes of text without "&"): already clean,
# and BeautifulSoup would give them back unchanged, so imports of thousands of questions skip the parse.
SIMPLE_HTML_RE = re.compile(r"(?:<(p|li|h3|h4|strong|em|b|i|u|code|sub|sup)>[^<>&]*</\1>)+")


def clean_html(value: str) -> str:
    """Keep allowed tags without attributes; drop scripts with their content; unwrap anything else."""
    if not value or "<" not in value:
        return value or ""
    if SIMPLE_HTML_RE.fullmatch(value):
        return value
    soup = BeautifulSoup(value, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(True):
        if tag.name in DROP_WITH_CONTENT:
            tag.decompose()
    for tag in soup.find_all(True):
        if tag.name not in ALLOWED_TAGS:
            tag.unwrap()
        else:
            tag.attrs = {}
    return str(soup).strip()


def text_to_html(value: str) -> str:
    """Plain text (GIFT `[plain]`, CSV cells) as paragraphs."""
    if not value:
        return ""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
    return "".join("<p>{}</p>".format(html_lib.escape(p, quote=False).replace("\n", "<br>")) for p in paragraphs)


def as_html(value: str) -> str:
    """Text that may or may not be HTML: HTML is cleaned, plain text is wrapped."""
    if not value:
        return ""
    return clean_html(value) if TAG_RE.search(value) else text_to_html(value)


def html_to_text(value: str) -> str:
    """For formats and places that carry only plain text (GIFT answers, CSV for spreadsheets)."""
    if not value or "<" not in value:
        return html_lib.unescape(value or "")
    soup = BeautifulSoup(value.replace("<br>", "\n").replace("<br/>", "\n"), "html.parser")
    blocks = [b.get_text() for b in soup.find_all(["p", "li", "h3", "h4"])] or [soup.get_text()]
    return "\n\n".join(b.strip() for b in blocks if b.strip())
