"""Hypothesis strategies for hostile input: arbitrary text and bytes, and valid samples mutated at random."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that matter to the formats read here: separators, quotes, braces, markup, line ends, NUL, BOM.
SPECIAL = list(",;\"'{}[]=~#:%<>&/\\$@|\n\r\t\x00\ufeff") + ["->", "::", "&lol;", "]]>", "<!--", "\u202e", "销售"]


def mutated(sample: str) -> st.SearchStrategy[str]:
    """`sample` with a few slices deleted, duplicated or replaced by special characters or arbitrary text."""

    @st.composite
    def build(draw):
        text = sample
        for _ in range(draw(st.integers(1, 4))):
            if not text:
                break
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start, min(len(text), start + 40)))
            action = draw(st.sampled_from(["delete", "duplicate", "special", "text", "truncate"]))
            if action == "delete":
                text = text[:start] + text[end:]
            elif action == "duplicate":
                text = text[:end] + text[start:end] + text[end:]
            elif action == "special":
                text = text[:start] + draw(st.sampled_from(SPECIAL)) + text[end:]
            elif action == "text":
                text = text[:start] + draw(st.text(max_size=20)) + text[end:]
            else:
                text = text[:start]
        return text

    return build()


def hostile_data(*samples: str) -> st.SearchStrategy[bytes | str]:
    """Arbitrary text, arbitrary bytes, and mutations of the samples (as text or as UTF-8, UTF-16 or Latin-1)."""
    options = [st.text(max_size=300), st.binary(max_size=300)]
    for sample in samples:
        options.append(mutated(sample))
        options.append(mutated(sample).map(lambda t: t.encode("utf-8", "surrogatepass")))
    options.append(st.sampled_from(samples).map(lambda t: t.encode("utf-16")))
    options.append(st.sampled_from(samples).map(lambda t: t.encode("latin-1", "replace")))
    return st.one_of(options)


def has_translated_messages(messages) -> bool:
    """Every message is non-empty text a person can read (not a repr, not a traceback)."""
    return all(isinstance(m, str) and m.strip() and "Traceback" not in m and "Error(" not in m for m in messages)
