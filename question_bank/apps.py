from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from org.roles import Role

AUTHORING = [
    "question_bank.add_questionversion",
    "question_bank.change_questionversion",
    "question_bank.view_questionversion",
    "question_bank.add_category",
    "question_bank.change_category",
    "question_bank.view_category",
    "question_bank.import_questions",
    "question_bank.view_importjob",
]


class QuestionBankConfig(AppConfig):
    name = "question_bank"
    verbose_name = _("Question bank")
    default_auto_field = "django.db.models.BigAutoField"

    # Questions are retired, never deleted, so history and attempts keep their rows: nobody gets delete.
    role_permissions = {Role.HR_ADMIN: AUTHORING, Role.CONTENT_EDITOR: AUTHORING}

    def ready(self) -> None:
        from org.signals import demo_seeded

        from .seeding import seed_on_demo

        demo_seeded.connect(seed_on_demo, dispatch_uid="question_bank.seed_demo")
        from . import personal_data

        personal_data.register()
