from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from org.roles import Role

HR = [
    "certification.view_programme",
    "certification.add_programme",
    "certification.change_programme",
    "certification.view_evaluationform",
    "certification.add_evaluationform",
    "certification.change_evaluationform",
    "certification.view_certificate",
    "certification.view_webhookendpoint",
    "certification.add_webhookendpoint",
    "certification.change_webhookendpoint",
]


class CertificationConfig(AppConfig):
    name = "certification"
    verbose_name = _("Certification")
    default_auto_field = "django.db.models.BigAutoField"

    role_permissions = {Role.HR_ADMIN: HR}

    def ready(self) -> None:
        from . import receivers, schema  # noqa: F401 (schema registers the API key scheme)

        receivers.connect()
        from . import personal_data

        personal_data.register()
