"""HR and department-head dashboards."""

from __future__ import annotations

from django.views.generic import TemplateView

from org import permissions


class DashboardView(permissions.HROrHeadRequiredMixin, TemplateView):
    template_name = "reports/dashboard.html"
