from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from org.models import Department, Region

from .models import TargetLevel


class CoverageTargetForm(forms.Form):
    department = forms.ModelChoiceField(Department.objects.all(), to_field_name="code", label=_("Department"))
    region = forms.ModelChoiceField(Region.objects.order_by("code"), to_field_name="code", label=_("Region"))
    level = forms.ChoiceField(choices=TargetLevel.choices, label=_("Level"))
    needed = forms.IntegerField(
        min_value=0, max_value=10000, label=_("Certified interviewers needed"), help_text=_("0 removes the target.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css
