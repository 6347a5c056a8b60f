"""Cleaning rich text from files: plain paragraphs skip the parser and come out exactly as the parser gives them."""

from __future__ import annotations

import pytest

from question_bank import html
from question_bank.html import clean_html, text_to_html

SIMPLE = [
    "<p>One paragraph.</p>",
    "<p>First</p><p>Second, with \"quotes\" and 'apostrophes'.</p>",
    "<p>Ünïcödé 面试官\xa0non-breaking</p>",
    "<p>tabs\tand\r\nnew lines</p><li>an item</li>",
    "<strong>bold</strong><em>stressed</em><code>x = 1</code>",
    text_to_html("Plain text\n\nin two paragraphs"),
]
NOT_SIMPLE = [
    "<p>a &amp; b</p>",
    "<p>a<br>b</p>",
    "<p>unclosed",
    "<p>mismatched</em>",
    "<p class='x'>attribute</p>",
    "<p>one</p> <p>space between</p>",
    "<div>unwrapped</div>",
    "<p>x</p><script>alert(1)</script>",
]


def parsed(value: str, monkeypatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(html, "SIMPLE_HTML_RE", html.re.compile(r"(?!)"))  # never matches: always parse
        return clean_html(value)


@pytest.mark.parametrize("value", SIMPLE)
def test_plain_paragraphs_come_back_unchanged_without_parsing(value, monkeypatch):
    assert html.SIMPLE_HTML_RE.fullmatch(value)
    assert clean_html(value) == parsed(value, monkeypatch) == value


@pytest.mark.parametrize("value", NOT_SIMPLE)
def test_anything_else_goes_through_the_parser(value, monkeypatch):
    assert not html.SIMPLE_HTML_RE.fullmatch(value)
    assert clean_html(value) == parsed(value, monkeypatch)


def test_scripts_and_attributes_are_still_removed():
    assert clean_html("<p onclick='x()'>Hi</p><script>alert(1)</script>") == "<p>Hi</p>"
