from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewingConfig(AppConfig):
    name = "interviewing"
    verbose_name = _("Interviewing")
    default_auto_field = "django.db.models.BigAutoField"
