"""The learner's pages: certificates and checklists, the PDF, logging evidence; and the public verification page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View

from lms.cache import count as cache_count
from org import permissions

from ..forms import ShadowLogForm
from ..models import Certificate, Programme, ShadowLog
from ..services.codes import code_normalise
from ..services.evidence import shadow_log_create
from ..services.requirements import checklist_for

VERIFY_LIMIT_PER_MINUTE = 30


class MineView(LoginRequiredMixin, TemplateView):
    template_name = "certification/mine.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        certificates = (
            Certificate.objects.filter(holder=user)
            .select_related("programme")
            .prefetch_related("departments", "endorsements__region")
        )
        checklists = [
            checklist_for(person=user, programme=p)
            for p in Programme.objects.filter(is_active=True).select_related("requires", "practical_form")
        ]
        logs = ShadowLog.objects.filter(person=user).select_related("region", "mentor")[:20]
        return super().get_context_data(
            certificates=certificates,
            checklists=[c for c in checklists if c.items or c.certificate],
            logs=logs,
            is_hr=permissions.is_hr(user),
            **kwargs,
        )


class CertificatePdfView(LoginRequiredMixin, View):
    """The holder and HR may download; the file is rendered by a task, so it may not be ready yet."""

    def get(self, request, code):
        certificate = get_object_or_404(Certificate, code=code)
        if certificate.holder_id != request.user.pk and not permissions.is_hr(request.user):
            raise PermissionDenied
        if certificate.pdf_state != Certificate.PdfState.READY or not certificate.pdf:
            messages.info(request, _("The PDF is being prepared. Try again in a minute."))
            return redirect("certification:mine")
        return FileResponse(certificate.pdf.open("rb"), as_attachment=True, filename=f"certificate-{code}.pdf")


class LogShadowView(LoginRequiredMixin, FormView):
    template_name = "certification/log_shadow.html"
    form_class = ShadowLogForm
    extra_context = {"page_title": gettext_lazy("Log a shadowed interview")}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "person": self.request.user}

    def form_valid(self, form):
        try:
            shadow_log_create(person=self.request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        messages.success(self.request, _("Logged. Your mentor or observer has been asked to confirm it."))
        return redirect("certification:mine")


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _rate_limited(request) -> bool:
    """A shared-cache counter per address and minute, so every worker process counts together."""
    key = f"certification:verify:{_client_address(request)}:{int(timezone.now().timestamp() // 60)}"
    return cache_count(cache, key, 120) > VERIFY_LIMIT_PER_MINUTE


class VerifyView(TemplateView):
    """Public: live status, the holder's name, programme, scope and validity; nothing else personal."""

    template_name = "certification/verify.html"

    def get(self, request, *args, **kwargs):
        if _rate_limited(request):
            response = HttpResponse(_("Too many checks from your address. Try again in a minute."), status=429)
            response["Retry-After"] = "60"
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        code = code_normalise(self.kwargs["code"])
        certificate = (
            Certificate.objects.filter(code=code)
            .select_related("holder", "programme")
            .prefetch_related("departments", "endorsements__region")
            .first()
        )
        if certificate is None:
            raise Http404(_("No certificate has that code."))
        now = timezone.now()
        status = certificate.status
        if status == Certificate.Status.ACTIVE and now >= certificate.valid_until:
            status = Certificate.Status.EXPIRED  # before the task marks it
        return super().get_context_data(
            certificate=certificate,
            status=status,
            status_label=Certificate.Status(status).label,
            checked_at=now,
            **kwargs,
        )
