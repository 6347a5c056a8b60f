"""Signals this app sends. Higher apps (exams, certification) connect receivers; courses never imports them."""

from __future__ import annotations

from django.dispatch import Signal

# Sent once, after the transaction that records it commits, when a person finishes every required lesson.
# Arguments: sender (the Enrolment class), user, course_key (the course's translation_key), completed_at.
course_completed = Signal()
