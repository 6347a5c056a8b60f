"""Match compiled patterns against a question's words.

Chinese is written without spaces and jieba's segmentation varies with context ("出生日期" is one word, "哪年"
two), so in Chinese a term of two or more characters matches wherever its characters appear in a row, even across
word boundaries; a one-character term must be a whole word, or "病" would match "病毒" (virus).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from .lemmas import CHINESE, Token, lemma, tokenize
from .patterns import Pattern, Term, parse_patterns


@dataclass
class Text:
    language: str
    tokens: list[Token]

    @classmethod
    def of(cls, language: str, question: str) -> Text:
        return cls(language, tokenize(language, question))

    @cached_property
    def joined(self) -> tuple[str, list[int]]:
        """The words run together, and where each word starts in that string."""
        starts, pos = [], 0
        for token in self.tokens:
            starts.append(pos)
            pos += len(token.surface)
        return "".join(t.surface for t in self.tokens), starts


@dataclass(frozen=True)
class CompiledTerm:
    mode: str  # lemma, exact, prefix, suffix, contains, run (Chinese: characters in a row across words)
    forms: frozenset[str]

    def positions(self, text: Text) -> list[int]:
        if self.mode == "run":
            return self._run_positions(text)
        return [i for i, token in enumerate(text.tokens) if self.matches(token)]

    def _run_positions(self, text: Text) -> list[int]:
        joined, starts = text.joined
        found = set()
        for form in self.forms:
            at = joined.find(form)
            while at != -1:
                found.add(bisect.bisect_right(starts, at) - 1)
                at = joined.find(form, at + 1)
        return sorted(found)

    def matches(self, token: Token) -> bool:
        if self.mode == "lemma":
            return token.lemma in self.forms or token.surface in self.forms
        if self.mode == "exact":
            return token.surface in self.forms
        (form,) = self.forms
        if self.mode == "prefix":
            return token.surface.startswith(form) or token.lemma.startswith(form)
        if self.mode == "suffix":
            return token.surface.endswith(form) or token.lemma.endswith(form)
        return form in token.surface or form in token.lemma


@dataclass(frozen=True)
class CompiledPattern:
    groups: tuple[tuple[CompiledTerm, ...], ...]
    window: int
    negative: bool
    source: str

    def matches(self, text: Text) -> bool:
        positions = []
        for group in self.groups:
            found = sorted({i for term in group for i in term.positions(text)})
            if not found:
                return False
            positions.append(found)
        # some start position from which every group has a word within the window
        starts = sorted({i for p in positions for i in p})
        return any(all(any(s <= i <= s + self.window for i in p) for p in positions) for s in starts)


def compile_term(language: str, term: Term) -> CompiledTerm:
    if language == CHINESE and term.mode in ("lemma", "contains") and len(term.text) >= 2:
        return CompiledTerm("run", frozenset({term.text.lower()}))
    if term.mode == "lemma":
        return CompiledTerm("lemma", frozenset({term.text.lower(), lemma(language, term.text)}))
    return CompiledTerm(term.mode, frozenset({term.text.lower()}))


def compile_pattern(language: str, pattern: Pattern) -> CompiledPattern:
    return CompiledPattern(
        groups=tuple(tuple(compile_term(language, t) for t in group) for group in pattern.groups),
        window=pattern.window,
        negative=pattern.negative,
        source=pattern.source,
    )


@dataclass(frozen=True)
class CompiledRule:
    rule: object
    positives: tuple[CompiledPattern, ...]
    negatives: tuple[CompiledPattern, ...]

    def matches(self, text: Text) -> bool:
        if not any(p.matches(text) for p in self.positives):
            return False
        return not any(n.matches(text) for n in self.negatives)


def compile_rule(language: str, rule, text: str) -> CompiledRule:
    compiled = [compile_pattern(language, p) for p in parse_patterns(text)]
    return CompiledRule(
        rule=rule,
        positives=tuple(p for p in compiled if not p.negative),
        negatives=tuple(p for p in compiled if p.negative),
    )
