"""Authoring views: create (after choosing a type), edit (a new version if the old one was used), and the
learner-eye preview, which records that a person has seen an exam item."""

from __future__ import annotations

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.utils import parse_tags
from wagtail.snippets.views import snippets

from ..models import QuestionAccess, QuestionType
from ..rendering import learner_view
from ..selectors import with_content
from ..services.questions import question_access_record, question_create, question_entry_update, question_update
from .panels import panel_for


class QuestionCreateView(snippets.CreateView):
    def setup(self, request, *args, **kwargs):
        self.qtype = request.GET.get("type", "")
        super().setup(request, *args, **kwargs)

    def get_panel(self):
        return panel_for(self.qtype) if self.qtype in QuestionType.values else super().get_panel()

    def dispatch(self, request, *args, **kwargs):
        if self.qtype not in QuestionType.values:
            if not self.permission_policy.user_has_permission(request.user, "add"):
                return (
                    self.handle_no_permission()
                    if hasattr(self, "handle_no_permission")
                    else redirect("wagtailadmin_home")
                )
            return TemplateResponse(
                request,
                "question_bank/admin/choose_type.html",
                {
                    "types": [
                        (value, label, f"{reverse(self.add_url_name)}?type={value}")
                        for value, label in QuestionType.choices
                    ],
                    "header_icon": "help",
                },
            )
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return self.panel.get_form_class()

    def get_add_url(self):
        return f"{super().get_add_url()}?type={self.qtype}"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "qtype": self.qtype}

    def get_page_subtitle(self):
        return QuestionType(self.qtype).label

    def save_instance(self):
        form, c = self.form, self.form.cleaned_data
        question = question_create(
            data=form.to_data(),
            category=c["category"],
            language=c["language"],
            author=self.request.user,
            translation_of=c.get("translation_of"),
        )
        return question.current_version


class QuestionEditView(snippets.EditView):
    def get_panel(self):
        if not hasattr(self, "object"):
            self.object = self.get_object()
        return panel_for(self.object.question.qtype)

    def get_form_class(self):
        return self.panel.get_form_class()

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if obj.question.current_version_id != obj.pk:
            obj = with_content(type(obj).objects.filter(pk=obj.question.current_version_id)).get()
        return obj

    def get(self, request, *args, **kwargs):
        if self.object.question.current_version_id != int(self.kwargs["pk"]):
            return redirect(self.get_edit_url())
        question_access_record(questions=[self.object.question], user=request.user, action=QuestionAccess.Action.VIEW)
        return super().get(request, *args, **kwargs)

    def save_instance(self):
        form, c, question = self.form, self.form.cleaned_data, self.object.question
        question_entry_update(
            question=question,
            category=c["category"],
            purpose=c["purpose"],
            language=c["language"],
            idnumber=c.get("idnumber", "").strip(),
            tags=parse_tags(c.get("tags") or ""),
            translation_of=c.get("translation_of"),
            user=self.request.user,
        )
        return question_update(question=question, data=form.to_data(), user=self.request.user)

    def get_success_message(self):
        instance = self.object
        if instance.number > 1 and instance.pk != int(self.kwargs["pk"]):
            return _("Saved as version %(n)s; attempts that used earlier versions keep them.") % {"n": instance.number}
        return super().get_success_message()


class QuestionInspectView(snippets.InspectView):
    """What a learner sees, with the key underneath for the author."""

    template_name = "question_bank/admin/inspect.html"

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        return with_content(type(obj).objects.filter(pk=obj.pk)).get()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = self.object
        question_access_record(questions=[version.question], user=self.request.user, action=QuestionAccess.Action.VIEW)
        context.update(
            item=learner_view(version, seed=self.request.user.pk), version=version, question=version.question
        )
        return context
