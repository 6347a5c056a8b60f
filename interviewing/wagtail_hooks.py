from __future__ import annotations

from wagtail import hooks

from .cms import rule_pack_viewset
from .cms_bank import question_viewset


@hooks.register("register_admin_viewset")
def register_rule_packs():
    return rule_pack_viewset


@hooks.register("register_admin_viewset")
def register_interview_questions():
    return question_viewset
