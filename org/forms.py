from __future__ import annotations

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext_lazy as _

from lms.uploads import validate_text_upload


class LoginForm(auth_forms.AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Sign in"), css_class="w-100"))


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Change password")))


class PeopleImportForm(forms.Form):
    class Kind:
        PEOPLE = "people"
        DEPARTMENTS = "departments"

    kind = forms.ChoiceField(
        label=_("What the file holds"),
        choices=[(Kind.PEOPLE, _("People")), (Kind.DEPARTMENTS, _("Departments"))],
        widget=forms.RadioSelect,
        initial=Kind.PEOPLE,
    )
    file = forms.FileField(label=_("CSV file (UTF-8)"))
    deactivate_missing = forms.BooleanField(
        label=_("This is the full list: deactivate active people who are not in it"), required=False
    )
    dry_run = forms.BooleanField(label=_("Check only: show what would change without saving"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Import")))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        validate_text_upload(upload, extensions=(".csv", ".txt"))
        return upload


class PasswordResetForm(auth_forms.PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Send me a reset link")))


class SetPasswordForm(auth_forms.SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Set my password")))
