from django.urls import path

from . import api

urlpatterns = [
    path("eligibility/", api.EligibilityView.as_view(), name="api-eligibility"),
    path("interviewers/", api.InterviewersView.as_view(), name="api-interviewers"),
]
