"""HR and department heads: who may interview, programmes, certificates and their status, webhooks."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, FormView, ListView, TemplateView, View

from org import permissions
from org.models import Department
from org.services.audit import audit_record

from ..exports import certificates_csv, certificates_matching
from ..forms import (
    InterviewersFilterForm,
    PerformanceForm,
    RecordForm,
    RecordImportForm,
    StatusForm,
    WebhookEndpointForm,
)
from ..gate import eligible_people, interviewer_summary
from ..models import Certificate, Programme, WebhookDelivery, WebhookEndpoint
from ..services import certificates as certificate_services
from ..services.evidence import performance_record
from ..services.records import certificate_record, certificates_import
from ..services.webhooks import webhook_replay


def _departments_for(user):
    qs = Department.objects.all()
    if not permissions.is_hr(user):
        qs = qs.filter(pk__in=permissions.headed_department_ids(user))
    return qs


class InterviewersView(permissions.HROrHeadRequiredMixin, TemplateView):
    """Who may interview? Heads see only the departments they head."""

    template_name = "certification/interviewers.html"

    def filtered(self):
        form = InterviewersFilterForm(self.request.GET or None)
        form.fields["department"].queryset = _departments_for(self.request.user)
        rows = []
        if form.is_bound and form.is_valid():
            departments = (
                [form.cleaned_data["department"]]
                if form.cleaned_data["department"]
                else list(form.fields["department"].queryset)
            )
            for department in departments:
                people = eligible_people(
                    department=department, region=form.cleaned_data["region"], level=form.cleaned_data["level"]
                )
                rows.extend(interviewer_summary(p) for p in people)
        return form, rows

    def get_context_data(self, **kwargs):
        form, rows = self.filtered()
        return super().get_context_data(form=form, rows=rows, query=self.request.GET.urlencode(), **kwargs)


class InterviewersExportView(InterviewersView):
    def get(self, request, *args, **kwargs):
        form, rows = self.filtered()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="interviewers.csv"'
        writer = csv.writer(response)
        writer.writerow(["employee_id", "name", "department", "level", "regions", "valid_until"])
        for r in rows:
            writer.writerow(
                [
                    r["employee_id"],
                    r["name"],
                    r["department"],
                    r["level"],
                    " ".join(r["regions"]),
                    r["valid_until"].isoformat(),
                ]
            )
        audit_record(
            kind="export",
            summary="interviewers exported",
            actor=request.user,
            request=request,
            data={"rows": len(rows)},
        )
        return response


class ProgrammesView(permissions.HRRequiredMixin, ListView):
    template_name = "certification/programmes.html"
    context_object_name = "programmes"

    def get_queryset(self):
        now = timezone.now()
        live = Q(certificates__status=Certificate.Status.ACTIVE, certificates__valid_until__gt=now)
        return (
            Programme.objects.select_related("requires", "practical_form")
            .prefetch_related("regional_modules__region", "courses", "exams__exam", "departments")
            .annotate(active_count=Count("certificates", filter=live))
        )


class CertificateListView(permissions.HRRequiredMixin, ListView):
    template_name = "certification/certificates.html"
    context_object_name = "certificates"
    paginate_by = 50

    def matching(self):
        return certificates_matching(
            query=self.request.GET.get("q", "").strip(), status=self.request.GET.get("status", "")
        )

    def get_queryset(self):
        return self.matching().select_related("holder", "programme").prefetch_related("endorsements__region")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            q=self.request.GET.get("q", ""),
            status=self.request.GET.get("status", ""),
            statuses=Certificate.Status.choices,
            query=self.request.GET.urlencode(),
            **kwargs,
        )


class CertificateExportView(CertificateListView):
    """The list with its filters as CSV, streamed; every export is in the audit log."""

    def get(self, request, *args, **kwargs):
        certificates = self.matching()
        audit_record(
            kind="export",
            summary="certificates exported",
            actor=request.user,
            request=request,
            data={"rows": certificates.count(), "query": request.GET.urlencode()[:500]},
        )
        response = StreamingHttpResponse(certificates_csv(certificates), content_type="text/csv; charset=utf-8")
        filename = f"certificates-{timezone.localdate().isoformat()}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class CertificateDetailView(permissions.HRRequiredMixin, DetailView):
    template_name = "certification/certificate_detail.html"
    slug_field = slug_url_kwarg = "code"
    context_object_name = "certificate"

    def get_queryset(self):
        return Certificate.objects.select_related("holder", "programme").prefetch_related(
            "departments", "endorsements__region", "history__actor"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=kwargs.pop("form", None) or StatusForm(), **kwargs)


class CertificateStatusView(permissions.HRRequiredMixin, View):
    """Suspend, reinstate or revoke with a reason; effective at once."""

    def post(self, request, code):
        certificate = get_object_or_404(Certificate, code=code)
        form = StatusForm(request.POST)
        if form.is_valid():
            action = {
                "suspend": certificate_services.certificate_suspend,
                "reinstate": certificate_services.certificate_reinstate,
                "revoke": certificate_services.certificate_revoke,
            }[form.cleaned_data["action"]]
            try:
                action(certificate=certificate, actor=request.user, reason=form.cleaned_data["reason"])
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            else:
                messages.success(request, _("Done: the change is in effect everywhere."))
        else:
            messages.error(request, _("Choose an action and give a reason."))
        return redirect("certification:certificate", code=code)


class RecordView(permissions.HRRequiredMixin, FormView):
    template_name = "certification/record.html"
    extra_context = {"page_title": gettext_lazy("Record a certification")}
    form_class = RecordForm

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            certificate = certificate_record(
                person=data["person"],
                programme=data["programme"],
                actor=self.request.user,
                evidence_note=data["evidence_note"],
                regions=data["regions"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Recorded certificate %(code)s.") % {"code": certificate.code})
        return redirect("certification:certificate", code=certificate.code)


class RecordImportView(permissions.HRRequiredMixin, FormView):
    template_name = "certification/record_import.html"
    extra_context = {"page_title": gettext_lazy("Record certifications from CSV")}
    form_class = RecordImportForm

    def form_valid(self, form):
        try:
            made = certificates_import(data=form.cleaned_data["file"].read(), actor=self.request.user)
        except ValidationError as exc:
            return self.render_to_response(self.get_context_data(form=form, import_errors=exc.messages))
        messages.success(self.request, _("%(n)s certifications recorded.") % {"n": len(made)})
        return redirect("certification:certificates")


class PerformanceView(permissions.HRRequiredMixin, FormView):
    template_name = "certification/performance.html"
    extra_context = {"page_title": gettext_lazy("Record a performance rating")}
    form_class = PerformanceForm

    def form_valid(self, form):
        performance_record(recorded_by=self.request.user, **form.cleaned_data)
        messages.success(self.request, _("Rating recorded."))
        return redirect("certification:performance")


class WebhooksView(permissions.HRRequiredMixin, FormView):
    """Endpoints HR configures, with the secret shown so the receiver can check signatures."""

    template_name = "certification/webhooks.html"
    extra_context = {"page_title": gettext_lazy("Webhooks")}
    form_class = WebhookEndpointForm

    def get_context_data(self, **kwargs):
        endpoints = WebhookEndpoint.objects.annotate(
            failing=Count("deliveries", filter=Q(deliveries__state=WebhookDelivery.State.FAILED))
        )
        return super().get_context_data(endpoints=endpoints, **kwargs)

    def form_valid(self, form):
        import secrets

        endpoint = form.save(commit=False)
        endpoint.secret = "whsec_" + secrets.token_urlsafe(32)
        endpoint.save()
        audit_record(kind="other", summary=f"webhook endpoint {endpoint.name!r} added", actor=self.request.user)
        messages.success(self.request, _("Endpoint added. Give its signing secret to the receiver."))
        return redirect("certification:webhook_deliveries", pk=endpoint.pk)


class WebhookDeliveriesView(permissions.HRRequiredMixin, ListView):
    template_name = "certification/webhook_deliveries.html"
    context_object_name = "deliveries"
    paginate_by = 50

    def get_queryset(self):
        self.endpoint = get_object_or_404(WebhookEndpoint, pk=self.kwargs["pk"])
        return (
            self.endpoint.deliveries.select_related("event").prefetch_related("log").order_by("-event__created", "-pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(endpoint=self.endpoint, **kwargs)


class WebhookReplayView(permissions.HRRequiredMixin, View):
    def post(self, request, pk):
        delivery = get_object_or_404(WebhookDelivery, pk=pk)
        webhook_replay(delivery=delivery)
        messages.success(request, _("Sent again."))
        return redirect("certification:webhook_deliveries", pk=delivery.endpoint_id)
