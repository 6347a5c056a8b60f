from .bank import bank_recheck, question_save
from .kits import (
    kit_assign,
    kit_check,
    kit_create,
    kit_question_add,
    kit_question_remove,
    kit_question_replace,
)
from .lint import LintError, lint_findings, lint_questions
from .rule_packs import (
    RULE_FIELDS,
    rule_pack_create,
    rule_pack_draft_start,
    rule_pack_publish,
    rule_pack_review_record,
)
from .scorecards import scorecard_submit

__all__ = [
    "RULE_FIELDS",
    "LintError",
    "bank_recheck",
    "kit_assign",
    "kit_check",
    "kit_create",
    "kit_question_add",
    "kit_question_remove",
    "kit_question_replace",
    "lint_findings",
    "lint_questions",
    "question_save",
    "rule_pack_create",
    "rule_pack_draft_start",
    "rule_pack_publish",
    "rule_pack_review_record",
    "scorecard_submit",
]
