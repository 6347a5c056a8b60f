from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from courses import selectors


class AssignCourseForm(forms.Form):
    """HR assigns a course to a person, with an optional due date."""

    person = forms.ModelChoiceField(label=_("Person"), queryset=get_user_model().objects.none())
    course = forms.TypedChoiceField(label=_("Course"), coerce=str)
    due_on = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"}), help_text=_("Optional.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = get_user_model().objects.filter(is_active=True).order_by("display_name")
        self.courses = {str(c.translation_key): c for c in selectors.courses_live(locale=selectors.current_locale())}
        self.fields["course"].choices = [("", "---------")] + [(key, c.title) for key, c in self.courses.items()]

    def clean_course(self):
        return self.courses[self.cleaned_data["course"]]
