"""Upload a question file (imported by a task, with a progress bar) and download an export."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from lms.uploads import validate_text_upload

from ..formats import FORMATS
from ..models import Category, ImportJob, Language, Purpose
from ..services.import_jobs import import_job_create
from ..services.imports import questions_export

FORMAT_CHOICES = [("gift", "GIFT"), ("moodle-xml", "Moodle XML"), ("csv", "CSV")]
EXTENSIONS = {"gift": (".gift", ".txt"), "moodle-xml": (".xml",), "csv": (".csv", ".txt")}


class UploadForm(forms.Form):
    file = forms.FileField(label=_("File"))
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES)
    category = forms.CharField(
        label=_("Import under category"),
        required=False,
        help_text=_("A path with “/” between levels. Categories named in the file are created beneath it."),
    )
    purpose = forms.ChoiceField(
        label=_("Purpose of questions the file does not mark"), choices=Purpose.choices, initial=Purpose.EXAM
    )
    language = forms.ChoiceField(label=_("Language of questions the file does not mark"), choices=Language.choices)
    dry_run = forms.BooleanField(label=_("Only check the file; import nothing"), required=False)

    def clean(self):
        data = super().clean()
        upload, fmt = data.get("file"), data.get("format")
        if upload is not None and fmt in EXTENSIONS:
            try:
                validate_text_upload(upload, extensions=EXTENSIONS[fmt])
            except forms.ValidationError as exc:
                self.add_error("file", exc)
        return data


class ExportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES)
    category = forms.ModelChoiceField(
        label=_("Category"), queryset=Category.objects.all(), required=False, empty_label=_("All categories")
    )


def _require(request):
    if not request.user.has_perm("question_bank.import_questions"):
        raise PermissionDenied


def upload(request):
    _require(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        job = import_job_create(
            upload=c["file"],
            fmt=c["format"],
            user=request.user,
            category_path=c["category"].strip(),
            dry_run=c["dry_run"],
            purpose=c["purpose"],
            language=c["language"],
        )
        return redirect("question_import:job", pk=job.pk)
    jobs = ImportJob.objects.filter(created_by=request.user)[:10]
    return TemplateResponse(
        request,
        "question_bank/admin/import.html",
        {
            "form": form,
            "export_form": ExportForm(),
            "jobs": jobs,
            "formats": FORMATS,
        },
    )


def export(request):
    _require(request)
    form = ExportForm(request.GET)
    if not form.is_valid():
        return redirect("question_import:index")
    fmt, category = form.cleaned_data["format"], form.cleaned_data["category"]
    text, left_out = questions_export(fmt=fmt, category_path=category.path if category else "", user=request.user)
    extension = {"gift": "gift.txt", "moodle-xml": "xml", "csv": "csv"}[fmt]
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="questions.{extension}"'
    if left_out:
        # the download cannot carry a page; the header tells scripts, the import page lists it for people
        response["X-Not-Exported"] = str(len(left_out))
        request.session["qb_export_left_out"] = left_out[:200]
    return response


def _job(request, pk):
    _require(request)
    return get_object_or_404(ImportJob, pk=pk, created_by=request.user)


def job_detail(request, pk):
    job = _job(request, pk)
    return TemplateResponse(request, "question_bank/admin/import_job.html", {"job": job})


def job_status(request, pk):
    job = _job(request, pk)
    return JsonResponse(
        {
            "state": job.state,
            "state_label": str(job.get_state_display()),
            "percent": job.percent,
            "processed": job.processed,
            "total": job.total,
            "finished": job.state in ("done", "failed"),
        }
    )
