"""Signals this app sends, and receivers for Django's own."""

from __future__ import annotations

from django.dispatch import Signal

# Sent by `seed_demo` after the organisation exists; higher apps connect receivers that add their own demo data.
demo_seeded = Signal()
