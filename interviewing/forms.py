from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import CHECKER_LANGUAGES
from .services.lint import MAX_QUESTION_LENGTH, MAX_QUESTIONS


class CheckerForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"))
    language = forms.ChoiceField(label=_("Language of the questions"), choices=CHECKER_LANGUAGES)
    questions = forms.CharField(
        label=_("Questions"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One question per line."),
        max_length=MAX_QUESTIONS * MAX_QUESTION_LENGTH,
    )

    def __init__(self, *args, regions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [(r.code, f"{r.code} · {r.name}") for r in regions]

    def clean_questions(self) -> list[str]:
        lines = [line.strip() for line in self.cleaned_data["questions"].splitlines() if line.strip()]
        if not lines:
            raise forms.ValidationError(_("Enter at least one question."))
        if len(lines) > MAX_QUESTIONS:
            raise forms.ValidationError(_("Check at most %(n)s questions at a time.") % {"n": MAX_QUESTIONS})
        return lines
