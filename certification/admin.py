from django.contrib import admin

from . import models


@admin.register(models.ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("name", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("prefix", "digest", "created_at", "created_by", "last_used_at")


class ProgrammeCourseInline(admin.TabularInline):
    model = models.ProgrammeCourse
    extra = 0


class ProgrammeExamInline(admin.TabularInline):
    model = models.ProgrammeExam
    extra = 0


class RegionalModuleInline(admin.TabularInline):
    model = models.RegionalModule
    extra = 0


@admin.register(models.Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "validity_months", "is_active")
    inlines = [ProgrammeCourseInline, ProgrammeExamInline, RegionalModuleInline]


class DimensionInline(admin.StackedInline):
    model = models.Dimension
    extra = 0


@admin.register(models.EvaluationForm)
class EvaluationFormAdmin(admin.ModelAdmin):
    list_display = ("code", "version", "name", "is_current")
    inlines = [DimensionInline]


class StatusChangeInline(admin.TabularInline):
    model = models.StatusChange
    extra = 0
    can_delete = False
    readonly_fields = ("kind", "status", "at", "actor", "reason")


@admin.register(models.Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("code", "holder", "programme", "status", "valid_from", "valid_until")
    list_filter = ("status", "level")
    search_fields = ("code", "holder__employee_id", "holder__display_name")
    readonly_fields = ("code", "status", "issued_at", "supersedes", "pdf_state")
    inlines = [StatusChangeInline]


@admin.register(models.InterviewAssignment)
class InterviewAssignmentAdmin(admin.ModelAdmin):
    list_display = ("candidate_reference", "interviewer", "department", "region", "scheduled_at", "flagged_at")


@admin.register(models.WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin):
    list_display = ("name", "url", "is_active")
