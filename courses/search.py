"""Chinese-aware search: the full-text index keeps a Chinese sentence as one token, so we index and query a
copy split into words by jieba."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from django.conf import settings
from django.utils.html import strip_tags

_CJK = re.compile(r"[\u3400-\u9fff]")
_lock = threading.Lock()
_jieba = None


def _segmenter():
    # Loaded on first use: the dictionary takes about a second, and most processes never need it.
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                import jieba

                cache_dir = settings.BASE_DIR / "var" / "cache" / "jieba"
                cache_dir.mkdir(parents=True, exist_ok=True)
                jieba.dt.tmp_dir = str(cache_dir)
                jieba.setLogLevel(60)
                _jieba = jieba
    return _jieba


def segment(text: str) -> str:
    """`text` with tags removed and Chinese runs split into search words (English passes through unchanged)."""
    text = strip_tags(text or "")
    if not _CJK.search(text):
        return text
    return _segment_chinese(text)


@lru_cache(maxsize=256)
def _segment_chinese(text: str) -> str:
    # A pure function of its input, cached because the search index asks for the same page text several times
    # per save (one search field and one autocomplete field) and a page is saved several times while published.
    words = (w.strip() for w in _segmenter().cut_for_search(text))
    return " ".join(w for w in words if w)
