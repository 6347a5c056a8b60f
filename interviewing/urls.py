from __future__ import annotations

app_name = "interviewing"

urlpatterns: list = []
