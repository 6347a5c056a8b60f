"""Signals this app sends. Exams connects a receiver to keep its draw lists fresh; this app never imports exams."""

from __future__ import annotations

from django.db import transaction
from django.dispatch import Signal

# Sent after the transaction commits whenever questions may have joined or left a set that other apps keep in a
# cache (created, retired, restored, moved, retagged, relinked, purpose changed), including changes written with
# `QuerySet.update()` or `bulk_create()`, which send no model signals. Arguments: sender (the Question class).
questions_changed = Signal()


def questions_changed_send() -> None:
    from .models import Question

    transaction.on_commit(lambda: questions_changed.send(sender=Question))
