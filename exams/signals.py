"""Signals this app sends. Certification connects a receiver; exams never imports it."""

from __future__ import annotations

from django.dispatch import Signal

# Sent after the transaction that records it commits, when an attempt's result becomes final (every item graded),
# and again when a regrade or an upheld appeal changes a final result.
# Arguments: sender (the Attempt class), attempt, regraded (bool).
attempt_finalised = Signal()
