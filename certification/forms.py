from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.forms import ModelMultipleChoiceField
from lms.uploads import validate_text_upload
from org.models import Department, Region, User

from .models import Level, PerformanceRating, Programme, ShadowLog, WebhookEndpoint
from .services.webhooks import EVENT_TYPES


class DateInput(forms.DateInput):
    input_type = "date"


class ShadowLogForm(forms.ModelForm):
    class Meta:
        model = ShadowLog
        fields = ["kind", "date", "role", "region", "mentor", "notes"]
        widgets = {"date": DateInput(), "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, person=None, **kwargs):
        super().__init__(*args, **kwargs)
        others = User.objects.filter(is_active=True)
        if person is not None:
            others = others.exclude(pk=person.pk)
        self.fields["mentor"].queryset = others.order_by("display_name", "username")


class ConfirmLogForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("confirm", _("Confirm")), ("reject", _("Not confirmed"))]
    )
    verdict = forms.ChoiceField(
        label=_("Verdict (for an interview the trainee led)"),
        choices=[("", "—"), *ShadowLog.Verdict.choices],
        required=False,
    )
    feedback = forms.CharField(label=_("Feedback"), widget=forms.Textarea(attrs={"rows": 3}))


class PracticalForm(forms.Form):
    person = forms.ModelChoiceField(label=_("Learner"), queryset=User.objects.filter(is_active=True))
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.filter(is_active=True, practical_form__isnull=False)
    )
    comments = forms.CharField(label=_("Comments"), widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def __init__(self, *args, dimensions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.dimensions = list(dimensions)
        for dim in self.dimensions:
            self.fields[f"dim_{dim.pk}"] = forms.TypedChoiceField(
                label=dim.local_name,
                choices=[(score, f"{score} · {text}") for score, text in dim.local_anchors()],
                coerce=int,
                widget=forms.RadioSelect,
            )

    def scores(self) -> dict[int, int]:
        return {dim.pk: self.cleaned_data[f"dim_{dim.pk}"] for dim in self.dimensions}


class SignOffDecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=[("sign", _("Sign")), ("decline", _("Decline"))])
    statement = forms.CharField(label=_("Statement"), widget=forms.Textarea(attrs={"rows": 2}), required=False)
    reason = forms.CharField(label=_("Reason for declining"), widget=forms.Textarea(attrs={"rows": 2}), required=False)


class InterviewersFilterForm(forms.Form):
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=Department.objects.all(), to_field_name="code", required=False
    )
    region = forms.ModelChoiceField(label=_("Region"), queryset=Region.objects.all(), to_field_name="code")
    level = forms.ChoiceField(
        label=_("Level"), choices=[(Level.FOUNDATION, Level.FOUNDATION.label), (Level.SENIOR, Level.SENIOR.label)]
    )


class StatusForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[("suspend", _("Suspend")), ("reinstate", _("Reinstate")), ("revoke", _("Revoke"))],
    )
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}))


class RecordForm(forms.Form):
    person = forms.ModelChoiceField(label=_("Person"), queryset=User.objects.filter(is_active=True))
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=Programme.objects.all())
    regions = ModelMultipleChoiceField(
        label=_("Regions"), queryset=Region.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    valid_from = forms.DateField(label=_("Valid from"), widget=DateInput())
    valid_until = forms.DateField(label=_("Valid until"), widget=DateInput(), required=False)
    evidence_note = forms.CharField(
        label=_("Evidence"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Where the earlier certification is documented."),
    )


class RecordImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: employee_id, programme, regions (space-separated codes), valid_from, valid_until, evidence"
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        validate_text_upload(upload, extensions=(".csv", ".txt"))
        return upload


class PerformanceForm(forms.Form):
    person = forms.ModelChoiceField(label=_("Person"), queryset=User.objects.filter(is_active=True))
    rating = forms.TypedChoiceField(label=_("Rating"), choices=PerformanceRating.choices, coerce=int)
    period = forms.CharField(label=_("Period"), max_length=50)


class WebhookEndpointForm(forms.ModelForm):
    url = forms.URLField(label=_("URL"), max_length=500, assume_scheme="https")
    event_types = forms.MultipleChoiceField(
        label=_("Events"),
        choices=[(t, t) for t in EVENT_TYPES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None ticked: every event."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["name", "url", "event_types", "is_active"]
