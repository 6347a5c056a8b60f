"""The erasure confirmation: HR says why and confirms that it cannot be undone."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class PersonEraseForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the audit log, e.g. the request's reference."),
    )
    confirm = forms.BooleanField(label=_("I understand that erasure cannot be undone."), required=True)
