from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from org.signals import demo_seeded

        from .demo import seed_demo_targets

        demo_seeded.connect(seed_demo_targets, dispatch_uid="reports.seed_demo_targets")
        from . import personal_data

        personal_data.register()
