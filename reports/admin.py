from __future__ import annotations

from django.contrib import admin

from .models import CoverageTarget, DigestDelivery


@admin.register(CoverageTarget)
class CoverageTargetAdmin(admin.ModelAdmin):
    list_display = ["department", "region", "level", "needed", "updated_by", "updated_at"]
    list_filter = ["level", "department", "region"]


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    list_display = ["recipient", "week", "created_at"]
    readonly_fields = ["recipient", "week", "notification", "created_at"]
