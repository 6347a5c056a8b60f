"""Exams: blueprints (Exam, ExamSection, Accommodation), attempts (Attempt, AttemptItem, Response), grading
follow-ups (Appeal, RegradeLog) and item statistics (ItemStatistic)."""

from .attempts import Attempt, AttemptItem, Response
from .exams import Accommodation, Exam, ExamSection, GradingMethod, ReviewPolicy
from .grading import Appeal, RegradeLog
from .stats import ItemStatistic

__all__ = [
    "Accommodation",
    "Appeal",
    "Attempt",
    "AttemptItem",
    "Exam",
    "ExamSection",
    "GradingMethod",
    "ItemStatistic",
    "RegradeLog",
    "Response",
    "ReviewPolicy",
]
