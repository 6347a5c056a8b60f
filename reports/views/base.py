"""What every dashboard page shares: who may open it, the reader's scope, filters, charts and exports."""

from __future__ import annotations

from django.views.generic import TemplateView

from org import permissions

from ..selectors.scope import Scope, scope_for

EXPORT_FORMATS = ("csv", "xlsx")


def chart(*, kind: str, labels: list, datasets: list[dict], stacked: bool = False, horizontal: bool = False) -> dict:
    """A Chart.js configuration as plain data: the page embeds it as JSON and reports/charts.js draws it."""
    return {
        "type": kind,
        "labels": [str(label) for label in labels],
        "datasets": [{**d, "label": str(d["label"])} for d in datasets],
        "stacked": stacked,
        "horizontal": horizontal,
    }


class ReportMixin(permissions.HROrHeadRequiredMixin):
    """HR sees everything; a department head the same pages for their departments; anyone else gets 403."""

    @property
    def scope(self) -> Scope:
        if not hasattr(self, "_scope"):
            self._scope = scope_for(self.request.user)
        return self._scope


class ReportPage(ReportMixin, TemplateView):
    """A page built by `report(request, scope)`, which returns its context including `tables` for the exports."""

    report = None
    section = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(type(self).report(self.request, self.scope))
        context.update(section=self.section, scope=self.scope, query=self.request.GET.urlencode())
        return context
