from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from org.roles import Role

RULE_PACK_EDITING = [
    "interviewing.add_rulepackversion",
    "interviewing.change_rulepackversion",
    "interviewing.view_rulepackversion",
    "interviewing.publish_rulepackversion",
]

QUESTION_BANK_EDITING = [
    "interviewing.add_interviewquestion",
    "interviewing.change_interviewquestion",
    "interviewing.delete_interviewquestion",
    "interviewing.view_interviewquestion",
]


class InterviewingConfig(AppConfig):
    name = "interviewing"
    verbose_name = _("Interviewing")
    default_auto_field = "django.db.models.BigAutoField"

    # HR edits and publishes rule packs (counsel works through an HR account until a counsel role exists).
    # Published versions are never deleted: the checker's past answers name them.
    # HR also keeps the interview question bank.
    role_permissions = {Role.HR_ADMIN: RULE_PACK_EDITING + QUESTION_BANK_EDITING}

    def ready(self) -> None:
        from org.signals import demo_seeded

        from .seeding import seed_on_demo

        demo_seeded.connect(seed_on_demo, dispatch_uid="interviewing.seed_demo")
        from . import personal_data

        personal_data.register()
