from __future__ import annotations

from django.urls import path

from . import calibration_views, kit_views, views

app_name = "interviewing"

urlpatterns = [
    path("checker/", views.checker, name="checker"),
    path("kits/", kit_views.kit_list, name="kits"),
    path("kits/new/", kit_views.kit_new, name="kit_new"),
    path("kits/<int:pk>/", kit_views.kit_page, name="kit"),
    path("kits/<int:pk>/pdf/", kit_views.kit_pdf, name="kit_pdf"),
    path("kits/<int:pk>/questions/add/", kit_views.kit_add_question, name="kit_add_question"),
    path("kits/<int:pk>/questions/<int:question_pk>/replace/", kit_views.kit_replace, name="kit_replace"),
    path("kits/<int:pk>/interviewers/", kit_views.kit_assign_view, name="kit_assign"),
    path("kits/<int:pk>/scorecards/<int:link_pk>/", kit_views.scorecard, name="scorecard"),
    path("calibration/", calibration_views.calibration_page, name="calibration"),
]
