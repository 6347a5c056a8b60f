"""Lemmas make one pattern cover a word's forms; these are the edge cases the demo packs rely on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from interviewing.checker.engine import Text, compile_rule
from interviewing.checker.lemmas import normalise_language
from interviewing.checker.patterns import PatternError, parse_patterns


def matches(language, patterns, question):
    return compile_rule(language, SimpleNamespace(), patterns).matches(Text.of(language, question))


@pytest.mark.parametrize(
    ("language", "patterns", "question"),
    [
        ("en", "marry + you", "Are you married?"),
        ("en", "child + you", "How many children do you have?"),
        ("de", "kind + sie", "Haben Sie Kinder?"),
        ("pt", "grávido", "Você está grávida?"),  # simplemma gives the masculine lemma
        ("es", "hijo + tener", "¿Tiene hijos?"),
        ("id", "nikah + anda", "Apakah Anda sudah menikah?"),  # the meN- prefix is stripped
        ("zh-hans", "出生 + 日期", "方便告诉我你的出生日期吗？"),  # one jieba word holds both terms
        ("zh-hans", "哪年 + 毕业", "你哪年毕业的？"),  # a term across two jieba words
        ("de", "schwanger*", "Planen Sie eine Schwangerschaft?"),
    ],
)
def test_forms_of_a_word_match_its_lemma(language, patterns, question):
    assert matches(language, patterns, question)


@pytest.mark.parametrize(
    ("language", "patterns", "question"),
    [
        ("en", "how + old @2\n! old + codebase", "How old is the codebase?"),
        ("en", "=expecting + baby", "What are you expecting to learn?"),
        ("de", "=gebet", "Wie geben Sie Feedback?"),  # "Gebet" lemmatises to "geben"; = keeps it exact
        ("zh-hans", "病 + 你", "你怎么防范病毒？"),  # one character must be a whole word
        ("en", "how + old @2", "How would you handle an old system?"),
    ],
)
def test_near_misses_do_not_match(language, patterns, question):
    assert not matches(language, patterns, question)


def test_the_window_limits_how_far_apart_terms_may_be():
    assert matches("en", "age + your @3", "What is your age?")
    assert not matches("en", "age + your @3", "In this age of automation, how do you keep your skills?")


@pytest.mark.parametrize("broken", ["how + + old", "how @99", "a*b", "! "])
def test_broken_patterns_are_reported(broken):
    with pytest.raises(PatternError):
        parse_patterns(broken)


def test_language_codes_are_normalised():
    assert normalise_language("zh") == "zh-hans"
    assert normalise_language("PT-BR") == "pt"
    assert normalise_language("fr") is None
