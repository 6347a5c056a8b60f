"""The operators' view (/django-admin/). Staff work happens in the product and in /cms/."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Department, Notification, Region, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("employee_id", "username", "display_name", "department", "home_region", "is_active")
    list_filter = ("is_active", "department", "home_region", "groups")
    search_fields = ("employee_id", "username", "display_name", "email")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (
            _("Organisation"),
            {
                "fields": (
                    "employee_id",
                    "display_name",
                    "department",
                    "home_region",
                    "preferred_language",
                    "deactivated_at",
                )
            },
        ),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("username", "employee_id", "email", "password1", "password2")}),
    )


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "name_zh", "head")
    search_fields = ("code", "name")


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "time_zone")
    search_fields = ("code", "name")


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("subject", "recipient", "kind", "created_at", "email_state", "email_attempts")
    list_filter = ("kind", "email_state")
    raw_id_fields = ("recipient",)
