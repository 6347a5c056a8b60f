from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from org.roles import Role

HR = [
    "exams.add_exam",
    "exams.change_exam",
    "exams.view_exam",
    "exams.add_accommodation",
    "exams.change_accommodation",
    "exams.delete_accommodation",
    "exams.view_accommodation",
    "exams.review_attempts",
    "exams.grade_attempt",
]


class ExamsConfig(AppConfig):
    name = "exams"
    verbose_name = _("Exams")
    default_auto_field = "django.db.models.BigAutoField"

    # Exams are closed, never deleted, so attempts keep their blueprint: nobody gets delete_exam.
    role_permissions = {Role.HR_ADMIN: HR, Role.ASSESSOR: ["exams.grade_attempt"]}

    def ready(self) -> None:
        from org.signals import demo_seeded

        from .demo import seed_demo_exams

        demo_seeded.connect(seed_demo_exams, dispatch_uid="exams.seed_demo_exams")
        from . import personal_data

        personal_data.register()
        from .services.drawing import connect_bank_signals

        connect_bank_signals()
