from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Attempt, Exam, RegradeLog


class AttemptFilterForm(forms.Form):
    exam = forms.ModelChoiceField(label=_("Exam"), queryset=Exam.objects.all(), required=False)
    state = forms.ChoiceField(label=_("State"), choices=[("", _("Any"))] + list(Attempt.State.choices), required=False)
    passed = forms.ChoiceField(
        label=_("Result"),
        choices=[("", _("Any")), ("yes", _("Passed")), ("no", _("Not passed")), ("pending", _("Not final"))],
        required=False,
    )
    person = forms.CharField(label=_("Person or employee ID"), required=False)


class RegradeForm(forms.Form):
    question = forms.IntegerField(widget=forms.HiddenInput)
    action = forms.ChoiceField(
        label=_("How"),
        choices=[
            (RegradeLog.Action.NEW_VERSION, RegradeLog.Action.NEW_VERSION.label),
            (RegradeLog.Action.FULL_MARKS, RegradeLog.Action.FULL_MARKS.label),
        ],
    )
    reason = forms.CharField(label=_("What was wrong"), widget=forms.Textarea(attrs={"rows": 2}))


class AppealResolveForm(forms.Form):
    uphold = forms.TypedChoiceField(
        label=_("Decision"),
        choices=[("1", _("Uphold")), ("0", _("Reject"))],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    fraction = forms.DecimalField(
        label=_("New score (0 to 1)"), min_value=0, max_value=1, decimal_places=4, required=False
    )
    resolution = forms.CharField(label=_("Explanation for the learner"), widget=forms.Textarea(attrs={"rows": 3}))
