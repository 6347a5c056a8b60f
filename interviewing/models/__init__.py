"""Interviewing: taboo rule packs, the interview question bank, kits, scorecards."""

from .bank import BankLanguage, Competency, InterviewQuestion, QuestionKind, QuestionText
from .kits import InterviewKit, KitInterviewer, KitQuestion, Scorecard, ScorecardRating
from .rule_packs import (
    CHECKER_LANGUAGES,
    PATTERN_FIELDS,
    REVIEW_FIELDS,
    Rule,
    RulePackVersion,
    Severity,
    Topic,
)

__all__ = [
    "CHECKER_LANGUAGES",
    "PATTERN_FIELDS",
    "REVIEW_FIELDS",
    "BankLanguage",
    "Competency",
    "InterviewKit",
    "InterviewQuestion",
    "KitInterviewer",
    "KitQuestion",
    "QuestionKind",
    "QuestionText",
    "Rule",
    "RulePackVersion",
    "Scorecard",
    "ScorecardRating",
    "Severity",
    "Topic",
]
