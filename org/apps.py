from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from .roles import Role


class OrgConfig(AppConfig):
    name = "org"
    verbose_name = _("Organisation")
    default_auto_field = "django.db.models.BigAutoField"

    role_permissions = {
        Role.HR_ADMIN: [
            "org.manage_people",
            "org.view_user",
            "org.view_department",
            "org.change_department",
            "org.view_region",
            "org.change_region",
            "wagtailadmin.access_admin",
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ],
        Role.DEPARTMENT_HEAD: ["org.lead_department"],
        Role.ASSESSOR: ["wagtailadmin.access_admin"],
        Role.CONTENT_EDITOR: [
            "wagtailadmin.access_admin",
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ],
    }

    def ready(self) -> None:
        post_migrate.connect(_ensure_roles_after_last_app, dispatch_uid="org.ensure_roles")
        from . import signals

        signals.connect_role_audit()
        _register_personal_data()


def _register_personal_data() -> None:
    from . import personal_data
    from .services import personal_data as org_part
    from .services import personal_data_staff as staff_part

    personal_data.register(
        section="org", export=org_part.export_org, erase=org_part.erase_org, covers=org_part.ORG_COVERS
    )
    personal_data.register(
        section="staff_tools",
        export=staff_part.export_staff_tools,
        erase=staff_part.erase_staff_tools,
        covers=staff_part.STAFF_COVERS,
    )


def _ensure_roles_after_last_app(sender, **kwargs) -> None:
    """post_migrate fires once per app; permissions of every app exist only when the last one has fired."""
    from django.apps import apps

    from .roles import ensure_roles

    if sender.label == list(apps.get_app_configs())[-1].label:
        ensure_roles()
