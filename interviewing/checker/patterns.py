"""The pattern language rule authors write, one pattern per line:

    marry | wedding | spouse + you | your        groups joined by "+" must all occur within the window;
    how + old @2                                 "|" separates alternatives; "@N" sets the window (default 6);
    ! old + codebase | system | project          a line starting with "!" is a negative: if it matches anywhere
                                                 in the question, the rule stays silent;
    # a comment                                  blank lines and comments are ignored.

A term is compared with each word's lemma, so "married", "marries" and "marry" are one term. Wildcards compare
the surface form and the lemma: "schwanger*" (starts with), "*kind" (ends with), "*孕*" (contains); "=word"
matches the exact written form only, not lemmatised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

DEFAULT_WINDOW = 6
MAX_WINDOW = 40
_WINDOW = re.compile(r"@\s*(\d+)\s*$")
_TERM = re.compile(r"^=?\*?[^\s*|+@!=#]+\*?$")


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class Term:
    text: str
    mode: str  # "lemma", "exact", "prefix", "suffix", "contains"

    @classmethod
    def parse(cls, raw: str) -> Term:
        if not _TERM.match(raw):
            raise PatternError(_("“%(term)s” is not a word or a word with * at either end.") % {"term": raw})
        if raw.startswith("="):
            return cls(raw[1:], "exact")
        starts, ends = raw.startswith("*"), raw.endswith("*")
        word = raw.strip("*")
        if not word:
            raise PatternError(_("A wildcard needs at least one letter."))
        mode = "contains" if starts and ends else "suffix" if starts else "prefix" if ends else "lemma"
        return cls(word.lower() if mode != "lemma" else word, mode)


@dataclass(frozen=True)
class Pattern:
    groups: tuple[tuple[Term, ...], ...]
    window: int
    negative: bool
    source: str


def parse_pattern(line: str) -> Pattern | None:
    text = line.strip()
    if not text or text.startswith("#"):
        return None
    negative = text.startswith("!")
    if negative:
        text = text[1:].strip()
    window = DEFAULT_WINDOW
    found = _WINDOW.search(text)
    if found:
        window = int(found.group(1))
        text = text[: found.start()].strip()
        if not 1 <= window <= MAX_WINDOW:
            raise PatternError(_("The window must be between 1 and %(max)s words.") % {"max": MAX_WINDOW})
    groups = []
    for raw_group in text.split("+"):
        terms = tuple(Term.parse(t.strip()) for t in raw_group.split("|") if t.strip())
        if not terms:
            raise PatternError(_("“%(line)s” has an empty group between “+” signs.") % {"line": line.strip()})
        groups.append(terms)
    return Pattern(groups=tuple(groups), window=window, negative=negative, source=line.strip())


def parse_patterns(text: str) -> list[Pattern]:
    """Every pattern in a rule's text for one language; raises PatternError naming the line at fault."""
    patterns = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        try:
            pattern = parse_pattern(line)
        except PatternError as error:
            raise PatternError(_("Line %(n)s: %(error)s") % {"n": number, "error": error}) from error
        if pattern is not None:
            patterns.append(pattern)
    return patterns
