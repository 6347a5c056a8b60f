"""The question bank in /cms/: a "Question bank" menu with questions, categories, and file import/export."""

from __future__ import annotations

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .cms.bulk_actions import MoveBulkAction, RetireBulkAction, TagBulkAction
from .cms.viewsets import QuestionBankGroup

register_snippet(QuestionBankGroup)

for action in (TagBulkAction, MoveBulkAction, RetireBulkAction):
    hooks.register("register_bulk_action", action)
