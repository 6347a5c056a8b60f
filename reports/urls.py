from __future__ import annotations

from django.urls import path

from .views import actions, pages

app_name = "reports"
urlpatterns = [
    path("", pages.DashboardView.as_view(), name="dashboard"),
    path("coverage/", pages.CoverageView.as_view(), name="coverage"),
    path("coverage/targets/", actions.TargetsView.as_view(), name="targets"),
    path("pipeline/", pages.PipelineView.as_view(), name="pipeline"),
    path("expiry/", pages.ExpiryView.as_view(), name="expiry"),
    path("expiry/<str:code>/remind/", actions.RemindView.as_view(), name="remind"),
    path("expiry/<str:code>/renew/", actions.RenewView.as_view(), name="renew"),
    path("exams/", pages.ExamsView.as_view(), name="exams"),
    path("export/<slug:table>.<slug:fmt>", actions.ExportView.as_view(), name="export"),
]
