"""Mentors confirming logs, assessors scoring practicals, department heads signing off."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, ListView, View

from org import permissions

from ..forms import ConfirmLogForm, PracticalForm, SignOffDecisionForm
from ..models import EvaluationForm, Programme, ShadowLog, SignOff
from ..services.evidence import is_certified_assessor, practical_score, shadow_log_confirm, signoff_decide


class ConfirmLogsView(LoginRequiredMixin, ListView):
    """Logs that name the signed-in person as mentor or observer and await confirmation."""

    template_name = "certification/confirm_logs.html"
    context_object_name = "logs"
    paginate_by = 50

    def get_queryset(self):
        return ShadowLog.objects.filter(mentor=self.request.user, state=ShadowLog.State.PENDING).select_related(
            "person", "region"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=ConfirmLogForm(), **kwargs)


class ConfirmLogView(LoginRequiredMixin, View):
    def post(self, request, pk):
        log = get_object_or_404(ShadowLog, pk=pk, mentor=request.user)
        form = ConfirmLogForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a decision and write feedback."))
            return redirect("certification:confirm_logs")
        try:
            shadow_log_confirm(
                log=log,
                by=request.user,
                confirmed=form.cleaned_data["decision"] == "confirm",
                verdict=form.cleaned_data["verdict"],
                feedback=form.cleaned_data["feedback"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thank you: the learner can see your feedback."))
        return redirect("certification:confirm_logs")


class PracticalScoreView(LoginRequiredMixin, FormView):
    """Assessors (holders of an active assessor certificate) score a role-play on the standard form."""

    template_name = "certification/practical.html"
    form_class = PracticalForm
    extra_context = {"page_title": gettext_lazy("Score a practical")}

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not is_certified_assessor(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        form = EvaluationForm.objects.filter(is_current=True, code="standard-interview").first()
        form = form or EvaluationForm.objects.filter(is_current=True).first()
        dimensions = form.dimensions.all() if form else []
        return {**super().get_form_kwargs(), "dimensions": dimensions}

    def form_valid(self, form):
        programme: Programme = form.cleaned_data["programme"]
        try:
            practical = practical_score(
                person=form.cleaned_data["person"],
                programme=programme,
                assessor=self.request.user,
                scores=form.scores(),
                comments=form.cleaned_data["comments"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        verdict = _("passed") if practical.passed else _("not passed")
        messages.success(
            self.request, _("Scored: average %(avg)s, %(verdict)s.") % {"avg": practical.average, "verdict": verdict}
        )
        return redirect("certification:practical")


class SignOffQueueView(permissions.HROrHeadRequiredMixin, ListView):
    """A department head's queue (HR sees every department's, read-only)."""

    template_name = "certification/signoffs.html"
    context_object_name = "signoffs"
    paginate_by = 50

    def get_queryset(self):
        qs = SignOff.objects.filter(state=SignOff.State.PENDING).select_related("person", "programme", "department")
        if not permissions.is_hr(self.request.user):
            qs = qs.filter(department_id__in=permissions.headed_department_ids(self.request.user))
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=SignOffDecisionForm(), **kwargs)


class SignOffDecideView(LoginRequiredMixin, View):
    def post(self, request, pk):
        signoff = get_object_or_404(
            SignOff.objects.select_related("department", "person"),
            pk=pk,
            department__head=request.user,
        )
        form = SignOffDecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose whether to sign or decline."))
            return redirect("certification:signoffs")
        try:
            signoff_decide(
                signoff=signoff,
                by=request.user,
                sign=form.cleaned_data["decision"] == "sign",
                statement=form.cleaned_data["statement"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Recorded."))
        return redirect("certification:signoffs")
