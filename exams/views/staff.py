"""Staff pages in the product: the grading queue, HR's attempt list and export, appeals, item analysis, regrade."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from question_bank.models import Question

from .. import selectors
from ..access import can_grade, can_review_all, shows_learner_name
from ..forms import AppealResolveForm, AttemptFilterForm, RegradeForm
from ..models import Appeal, Exam, Response
from ..services.grading import appeal_resolve, response_grade, response_lock_take
from ..services.regrade import exam_item_regrade
from ..services.statistics import exam_statistics_compute, flags_for
from .items import item_view


def _require(check, request) -> None:
    if not check(request.user):
        raise PermissionDenied


@login_required
def grading_queue(request):
    _require(can_grade, request)
    queue = selectors.grading_queue(
        exam_id=request.GET.get("exam") or None, question_id=request.GET.get("question") or None
    )
    attempt_id = request.GET.get("attempt")
    if attempt_id:
        queue = queue.filter(item__attempt_id=attempt_id)
    queue = queue.exclude(item__attempt__user=request.user)
    page = Paginator(queue, 50).get_page(request.GET.get("page"))
    now = timezone.now()
    rows = [
        {
            "response": r,
            "show_name": shows_learner_name(request.user, r.item.attempt),
            "busy": r.locked_by_id not in (None, request.user.pk) and r.locked_until and r.locked_until > now,
        }
        for r in page
    ]
    return render(request, "exams/staff/grading_queue.html", {"page": page, "rows": rows})


@require_http_methods(["GET", "POST"])
@login_required
def grade_response(request, pk):
    _require(can_grade, request)
    response = get_object_or_404(
        Response.objects.select_related("item__attempt__exam", "item__attempt__user", "item__version__question"),
        pk=pk,
    )
    if request.method == "POST":
        scores = [request.POST.get(f"criterion-{i}", "") for i in range(response.item.version.rubric.count())]
        try:
            response_grade(
                response=response, grader=request.user, rubric_scores=scores, comment=request.POST.get("comment", "")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("exams:grade", pk=response.pk)
        messages.success(request, _("Grade saved."))
        return redirect(_next_in_queue(request, response))
    try:
        response_lock_take(response=response, grader=request.user)
    except ValidationError as error:
        messages.warning(request, " ".join(error.messages))
        return redirect("exams:grading_queue")
    context = {
        "response": response,
        "item": item_view(response.item),
        "version": response.item.version,
        "criteria": list(response.item.version.rubric.all()),
        "show_name": shows_learner_name(request.user, response.item.attempt),
    }
    return render(request, "exams/staff/grade.html", context)


def _next_in_queue(request, response) -> str:
    from django.urls import reverse

    by = request.POST.get("by")
    url = reverse("exams:grading_queue")
    if by == "attempt":
        return f"{url}?attempt={response.item.attempt_id}"
    if by == "question":
        return f"{url}?question={response.item.question_id}"
    return url


def _filtered_attempts(request):
    form = AttemptFilterForm(request.GET or None)
    attempts = selectors.attempts_for_hr()
    if form.is_valid():
        data = form.cleaned_data
        if data["exam"]:
            attempts = attempts.filter(exam=data["exam"])
        if data["state"]:
            attempts = attempts.filter(state=data["state"])
        if data["passed"] == "yes":
            attempts = attempts.filter(passed=True)
        elif data["passed"] == "no":
            attempts = attempts.filter(passed=False)
        elif data["passed"] == "pending":
            attempts = attempts.filter(finalised_at__isnull=True)
        if data["person"]:
            term = data["person"].strip()
            attempts = attempts.filter(
                Q(user__employee_id__iexact=term) | Q(user__display_name__icontains=term) | Q(user__username=term)
            )
    return form, attempts


@login_required
def hr_attempts(request):
    _require(can_review_all, request)
    form, attempts = _filtered_attempts(request)
    if request.GET.get("export") == "csv":
        return _csv(attempts)
    page = Paginator(attempts, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "exams": Exam.objects.order_by("kind", "slug")}
    return render(request, "exams/staff/attempts.html", context)


def _csv(attempts) -> HttpResponse:
    reply = HttpResponse(content_type="text/csv; charset=utf-8")
    reply["Content-Disposition"] = 'attachment; filename="exam-attempts.csv"'
    reply.write("\ufeff")  # so spreadsheet programs read the Chinese names as UTF-8
    writer = csv.writer(reply)
    writer.writerow(
        [
            "employee_id",
            "name",
            "department",
            "exam",
            "attempt",
            "state",
            "language",
            "started_at",
            "finished_at",
            "score",
            "max_score",
            "percent",
            "passed",
        ]
    )
    for a in attempts.iterator():
        writer.writerow(
            [
                a.user.employee_id,
                a.user.name,
                a.user.department.code if a.user.department else "",
                a.exam.slug,
                a.number,
                a.state,
                a.language,
                a.started_at.isoformat(),
                a.finished_at.isoformat() if a.finished_at else "",
                a.score if a.score is not None else "",
                a.max_score,
                a.percent if a.percent is not None else "",
                "" if a.passed is None else ("yes" if a.passed else "no"),
            ]
        )
    return reply


@require_http_methods(["GET", "POST"])
@login_required
def item_analysis(request, slug):
    _require(can_review_all, request)
    exam = get_object_or_404(Exam, slug=slug)
    if request.method == "POST":
        count = len(exam_statistics_compute(exam=exam))
        messages.success(request, _("Statistics recomputed for %(count)d items.") % {"count": count})
        return redirect("exams:item_analysis", slug=exam.slug)
    stats = [{"stat": s, "flags": flags_for(s)} for s in selectors.item_statistics(exam=exam)]
    return render(
        request,
        "exams/staff/item_analysis.html",
        {
            "exam": exam,
            "stats": stats,
            "regrade_form": RegradeForm(),
            "regrades": exam.regrades.select_related("by")[:20],
        },
    )


@require_POST
@login_required
def regrade(request, slug):
    _require(can_review_all, request)
    exam = get_object_or_404(Exam, slug=slug)
    form = RegradeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how to regrade and say why."))
        return redirect("exams:item_analysis", slug=exam.slug)
    question = get_object_or_404(Question, pk=form.cleaned_data["question"])
    try:
        log = exam_item_regrade(
            exam=exam,
            question=question,
            action=form.cleaned_data["action"],
            by=request.user,
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        # the figures on the page come from the scores just changed, so HR sees the effect at once
        exam_statistics_compute(exam=exam)
        messages.success(request, _("Regraded: %(count)d attempts changed result.") % {"count": log.attempts_changed})
        lost = sum(1 for change in log.changes if change.get("answer_lost"))
        if lost:
            messages.warning(
                request,
                _(
                    "In %(count)d attempts an answer named a choice the corrected version no longer has; that "
                    "part of the answer was dropped."
                )
                % {"count": lost},
            )
    return redirect("exams:item_analysis", slug=exam.slug)


@login_required
def appeals(request):
    _require(can_grade, request)
    rows = selectors.open_appeals().exclude(user=request.user)
    return render(request, "exams/staff/appeals.html", {"appeals": rows, "form": AppealResolveForm()})


@require_POST
@login_required
def appeal_decide(request, pk):
    _require(can_grade, request)
    appeal = get_object_or_404(Appeal, pk=pk)
    form = AppealResolveForm(request.POST)
    if form.is_valid():
        try:
            appeal_resolve(
                appeal=appeal,
                by=request.user,
                uphold=form.cleaned_data["uphold"],
                resolution=form.cleaned_data["resolution"],
                fraction=form.cleaned_data["fraction"],
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("Appeal resolved."))
    else:
        messages.error(request, _("Choose a decision and explain it."))
    return redirect("exams:appeals")
