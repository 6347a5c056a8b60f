"""The calibration page: HR and assessors see which interviewers rate differently from their panels."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from org.models import Department
from org.permissions import is_assessor, is_hr

from . import calibration
from .selectors import evaluation_form_current


@login_required
def calibration_page(request):
    if not (is_hr(request.user) or is_assessor(request.user)):
        raise PermissionDenied
    departments = list(Department.objects.order_by("code"))
    department = next((d for d in departments if d.code == request.GET.get("department")), None)
    form = evaluation_form_current()
    drifts = []
    if form is not None:
        cards = calibration.calibration_scorecards(form=form, department=department)
        drifts = calibration.drifts(form=form, scorecards=cards)
    return render(
        request,
        "interviewing/calibration.html",
        {
            "form": form,
            "dimensions": list(form.dimensions.all()) if form else [],
            "drifts": drifts,
            "departments": departments,
            "department": department,
            "window": calibration.WINDOW,
            "min_shared": calibration.MIN_SHARED,
            "threshold": calibration.THRESHOLD,
        },
    )
