"""Bulk actions on the question list: tag, retire, move to another category."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.utils import parse_tags
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from ..models import Category, QuestionVersion
from ..services.questions import questions_move, questions_retire, questions_tag


class QuestionBulkAction(SnippetBulkAction):
    models = [QuestionVersion]
    template_name = "question_bank/admin/bulk/confirm.html"

    def check_perm(self, obj):
        return self.request.user.has_perm("question_bank.change_questionversion")

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "user": self.request.user,
            **(self.cleaned_form.cleaned_data if self.cleaned_form else {}),
        }

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name}


class TagForm(forms.Form):
    tags = forms.CharField(label=_("Tags to add"), help_text=_("Separate with commas."))


class TagBulkAction(QuestionBulkAction):
    display_name = _("Tag")
    action_type = "tag"
    aria_label = _("Add tags to the selected questions")
    action_priority = 10
    form_class = TagForm

    @classmethod
    def execute_action(cls, objects, tags="", user=None, **kwargs):
        return questions_tag(question_ids=[o.question_id for o in objects], tags=parse_tags(tags), user=user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(n)d question tagged.", "%(n)d questions tagged.", num_parent_objects) % {
            "n": num_parent_objects
        }


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Move to category"), queryset=Category.objects.all())


class MoveBulkAction(QuestionBulkAction):
    display_name = _("Move")
    action_type = "move"
    aria_label = _("Move the selected questions to another category")
    action_priority = 20
    form_class = MoveForm

    @classmethod
    def execute_action(cls, objects, category=None, user=None, **kwargs):
        ids = [o.question_id for o in objects]
        return questions_move(question_ids=ids, category=category, user=user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(n)d question moved.", "%(n)d questions moved.", num_parent_objects) % {
            "n": num_parent_objects
        }


class RetireBulkAction(QuestionBulkAction):
    display_name = _("Retire")
    action_type = "retire"
    aria_label = _("Retire the selected questions")
    action_priority = 30
    classes = {"serious"}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        ids = [o.question_id for o in objects]
        questions_retire(question_ids=ids, user=user)
        return len(ids), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(n)d question retired; attempts that used it keep it.",
            "%(n)d questions retired; attempts that used them keep them.",
            num_parent_objects,
        ) % {"n": num_parent_objects}
