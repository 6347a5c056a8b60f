from __future__ import annotations

app_name = "exams"
urlpatterns: list = []
