"""What HR (and heads, for their own people) can do from the dashboards: targets, reminders, renewal, exports."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView

from certification.models import Certificate
from org import permissions
from org.models import AuditEvent
from org.services.audit import audit_record

from ..forms import CoverageTargetForm
from ..selectors.coverage import targets
from ..services.renewals import expiry_reminder_send, renewal_enrol
from ..services.targets import coverage_target_set
from ..tables import csv_response, xlsx_response
from .base import EXPORT_FORMATS, ReportMixin
from .builders import REPORTS


class TargetsView(permissions.HRRequiredMixin, FormView):
    """HR sets how many certified interviewers each department needs per region and level."""

    template_name = "reports/targets.html"
    form_class = CoverageTargetForm

    def get_context_data(self, **kwargs):
        from ..selectors.scope import scope_for

        return super().get_context_data(
            targets=targets(scope=scope_for(self.request.user)), section="coverage", **kwargs
        )

    def form_valid(self, form):
        data = form.cleaned_data
        coverage_target_set(
            department=data["department"],
            region=data["region"],
            level=data["level"],
            needed=data["needed"],
            actor=self.request.user,
        )
        messages.success(self.request, _("Target saved."))
        return redirect("reports:targets")


class CertificateActionView(ReportMixin, View):
    """POST only; the certificate must belong to someone in the reader's scope (else 404)."""

    def certificate(self, code: str) -> Certificate:
        qs = self.scope.limit(Certificate.objects.select_related("holder", "programme"), "holder__department")
        return get_object_or_404(qs, code=code)

    def back(self):
        target = self.request.POST.get("next", "")
        if target and url_has_allowed_host_and_scheme(target, {self.request.get_host()}):
            return redirect(target)
        return redirect("reports:expiry")


class RemindView(CertificateActionView):
    def post(self, request, code):
        certificate = self.certificate(code)
        try:
            sent = expiry_reminder_send(certificate=certificate, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.back()
        if sent:
            messages.success(request, _("Reminder sent to %(name)s.") % {"name": certificate.holder.name})
        else:
            messages.info(request, _("%(name)s was already reminded today.") % {"name": certificate.holder.name})
        return self.back()


class RenewView(CertificateActionView):
    def post(self, request, code):
        certificate = self.certificate(code)
        try:
            enrolments = renewal_enrol(certificate=certificate, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.back()
        messages.success(
            request,
            _("%(name)s is enrolled in %(count)d renewal course(s).")
            % {"name": certificate.holder.name, "count": len(enrolments)},
        )
        return self.back()


class ExportView(ReportMixin, View):
    """/hr/export/<table>.<csv|xlsx> with the page's own filters: the same rows as the page, in the reader's scope."""

    def get(self, request, table, fmt):
        if table not in REPORTS or fmt not in EXPORT_FORMATS:
            raise Http404
        result = REPORTS[table](request, self.scope)["tables"][table]
        audit_record(
            kind=AuditEvent.Kind.EXPORT,
            summary=f"Dashboard export: {table}.{fmt} ({len(result.rows)} rows)",
            actor=request.user,
            request=request,
            data={"table": table, "format": fmt, "query": request.GET.urlencode()[:500]},
        )
        return csv_response(result) if fmt == "csv" else xlsx_response(result)
