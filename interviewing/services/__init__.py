from .lint import LintError, lint_findings, lint_questions
from .rule_packs import (
    RULE_FIELDS,
    rule_pack_create,
    rule_pack_draft_start,
    rule_pack_publish,
    rule_pack_review_record,
)

__all__ = [
    "RULE_FIELDS",
    "LintError",
    "lint_findings",
    "lint_questions",
    "rule_pack_create",
    "rule_pack_draft_start",
    "rule_pack_publish",
    "rule_pack_review_record",
]
