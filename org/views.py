from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Q
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, View

from . import permissions
from .forms import PeopleImportForm
from .forms_erasure import PersonEraseForm
from .models import AuditEvent, Department, Notification, User
from .selectors import audit_events, csv_rows
from .services.audit import audit_record
from .services.notifications import notification_mark_read, notification_send
from .services.people_import import ImportRejected, departments_import, people_import
from .services.personal_data import person_erase, personal_data_export


class PeopleListView(permissions.HROrHeadRequiredMixin, ListView):
    """HR sees everyone; a department head sees the people of the departments they head."""

    template_name = "org/people_list.html"
    context_object_name = "people"
    paginate_by = 50

    def get_queryset(self):
        qs = User.objects.select_related("department", "home_region").order_by("employee_id")
        if not permissions.is_hr(self.request.user):
            qs = qs.filter(department__in=permissions.headed_department_ids(self.request.user))
        query = self.request.GET.get("q", "").strip()
        if query:
            qs = qs.filter(
                Q(employee_id__icontains=query)
                | Q(display_name__icontains=query)
                | Q(username__icontains=query)
                | Q(email__icontains=query)
            )
        department = self.request.GET.get("department", "")
        if department:
            qs = qs.filter(department__code=department)
        return qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        departments = Department.objects.all()
        if not permissions.is_hr(self.request.user):
            departments = departments.filter(pk__in=permissions.headed_department_ids(self.request.user))
        context.update(
            departments=departments, q=self.request.GET.get("q", ""), department=self.request.GET.get("department", "")
        )
        return context


class PersonDetailView(permissions.HROrHeadRequiredMixin, DetailView):
    """One person: HR sees everyone, a head the people of their departments (anyone else: 404)."""

    template_name = "org/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        return User.objects.select_related("department", "home_region").prefetch_related("groups")

    def get_object(self, queryset=None):
        person = super().get_object(queryset)
        if not permissions.can_view_person(self.request.user, person):
            raise Http404
        return person


class PersonExportView(permissions.HRRequiredMixin, View):
    """Everything held about the person, as a JSON download; audited."""

    def get(self, request, pk):
        person = get_object_or_404(User, pk=pk)
        data = personal_data_export(person=person, actor=request.user, request=request)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="personal-data-{person.pk}.json"'
        response["Cache-Control"] = "no-store"
        return response


class PersonEraseView(permissions.HRRequiredMixin, FormView):
    """GET: the consequences and a confirmation form; POST: erase, audited with who and why."""

    template_name = "org/person_erase.html"
    form_class = PersonEraseForm

    @cached_property
    def person(self) -> User:
        # read only after HRRequiredMixin has let the request through, so no one else learns who exists
        return get_object_or_404(User.objects.select_related("department"), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def form_valid(self, form):
        try:
            person_erase(
                person=self.person, actor=self.request.user, reason=form.cleaned_data["reason"], request=self.request
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The person's personal data was erased."))
        return redirect("org:person", pk=self.person.pk)


class PeopleImportView(permissions.HRRequiredMixin, FormView):
    template_name = "org/people_import.html"
    form_class = PeopleImportForm

    def form_valid(self, form):
        data = form.cleaned_data["file"].read()
        dry_run = form.cleaned_data["dry_run"]
        try:
            if form.cleaned_data["kind"] == PeopleImportForm.Kind.DEPARTMENTS:
                report = departments_import(data=data, dry_run=dry_run)
            else:
                report = people_import(
                    data=data,
                    dry_run=dry_run,
                    acting_user=self.request.user,
                    deactivate_missing=form.cleaned_data["deactivate_missing"],
                )
        except ImportRejected as rejected:
            return self.render_to_response(self.get_context_data(form=form, import_errors=rejected.errors))
        summary = _("%(created)s created, %(updated)s updated, %(deactivated)s deactivated.") % {
            "created": report.created,
            "updated": report.updated,
            "deactivated": report.deactivated,
        }
        if dry_run:
            messages.info(self.request, _("Check passed, nothing saved: %(summary)s") % {"summary": summary})
            return self.render_to_response(self.get_context_data(form=form))
        notification_send(recipient=self.request.user, kind="import_finished", context={"summary": summary})
        audit_record(
            kind="people_imported",
            summary=f"{form.cleaned_data['kind']} import: {summary}",
            actor=self.request.user,
            request=self.request,
            data={
                "kind": form.cleaned_data["kind"],
                "created": report.created,
                "updated": report.updated,
                "deactivated": report.deactivated,
            },
        )
        messages.success(self.request, _("Import finished: %(summary)s") % {"summary": summary})
        return redirect("org:people")


class NotificationListView(LoginRequiredMixin, ListView):
    template_name = "org/notifications.html"
    context_object_name = "notifications"
    paginate_by = 25

    def get_queryset(self):
        return Notification.objects.filter(recipient=self.request.user).only(
            "subject", "body", "url", "created_at", "read_at"
        )


class NotificationReadView(LoginRequiredMixin, View):
    """Mark one notification (or, without a pk, all of them) as read. Only the recipient's own rows match."""

    def post(self, request, pk=None):
        if pk is not None:
            # someone else's notification is indistinguishable from a missing one
            get_object_or_404(Notification, pk=pk, recipient=request.user)
        notification_mark_read(user=request.user, notification_id=pk)
        if request.headers.get("HX-Request"):
            return HttpResponse(status=204, headers={"HX-Refresh": "true"})
        return redirect("org:notifications")


class AuditListView(permissions.HRRequiredMixin, ListView):
    """Security-relevant events for HR: filter by kind, person and dates; export what is shown as CSV."""

    template_name = "org/audit_list.html"
    context_object_name = "events"
    paginate_by = 50

    def get_queryset(self):
        return audit_events(params=self.request.GET)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            kinds=AuditEvent.Kind.choices, params=self.request.GET, query_string=self.request.GET.urlencode()
        )
        return context


class AuditExportView(permissions.HRRequiredMixin, View):
    def get(self, request):
        events = audit_events(params=request.GET)
        audit_record(
            kind="export",
            summary="audit log exported",
            actor=request.user,
            request=request,
            data={"filters": request.GET.dict()},
        )
        response = StreamingHttpResponse(csv_rows(events), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
        return response
