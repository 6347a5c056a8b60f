"""Words and their lemmas, per language: simplemma for alphabetic languages, jieba for Chinese.

Both load their data on first use, never at import: simplemma keeps about 110 MB per language, so a process
only pays for the languages whose questions actually arrive.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

SIMPLEMMA_LANGUAGES = {"en": "en", "de": "de", "pt": "pt", "es": "es", "id": "id"}
CHINESE = "zh-hans"
ALIASES = {"zh": CHINESE, "zh-cn": CHINESE, "zh-hans": CHINESE, "pt-br": "pt", "es-mx": "es", "en-us": "en"}
SUPPORTED = (*SIMPLEMMA_LANGUAGES, CHINESE)

_WORD = re.compile(r"\w", re.UNICODE)
_jieba_lock = threading.Lock()
_jieba = None


@dataclass(frozen=True)
class Token:
    surface: str  # lower-cased as written
    lemma: str  # lower-cased lemma (the surface form for Chinese)


def normalise_language(code: str) -> str | None:
    code = (code or "").strip().lower().replace("_", "-")
    code = ALIASES.get(code, code)
    return code if code in SUPPORTED else None


def _chinese():
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import logging

                import jieba
                from django.conf import settings

                cache_dir = settings.BASE_DIR / "var" / "jieba"
                cache_dir.mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = str(cache_dir)
                jieba.setLogLevel(logging.WARNING)
                _jieba = jieba
    return _jieba


@lru_cache(maxsize=200_000)
def lemma(language: str, word: str) -> str:
    """The lower-cased lemma of one word (pure, so caching it is safe in any number of processes)."""
    if language == CHINESE:
        return word.lower()
    import simplemma

    return simplemma.lemmatize(word, lang=SIMPLEMMA_LANGUAGES[language]).lower()


def words(language: str, text: str) -> list[str]:
    if language == CHINESE:
        return [w.strip() for w in _chinese().lcut(text) if _WORD.search(w)]
    import simplemma

    return [w for w in simplemma.simple_tokenizer(text) if _WORD.search(w)]


def tokenize(language: str, text: str) -> list[Token]:
    return [Token(surface=w.lower(), lemma=lemma(language, w)) for w in words(language, text)]
