"""Human certificate codes like 7KQ2-M9XD: no 0/O, 1/I/L or U/V pairs, so a code read aloud or typed is unambiguous."""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"


def code_generate() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def code_normalise(code: str) -> str:
    """Accept what people type: lower case, spaces, a missing dash."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:8]}" if len(raw) == 8 else code.strip().upper()
