from __future__ import annotations

from django.urls import path

from . import views

app_name = "interviewing"

urlpatterns = [
    path("checker/", views.checker, name="checker"),
]
