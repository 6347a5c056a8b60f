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


class KitForm(forms.Form):
    role = forms.CharField(label=_("Role"), max_length=200)
    department = forms.ModelChoiceField(label=_("Department"), queryset=None)
    region = forms.ModelChoiceField(label=_("Candidate's region"), queryset=None)
    level = forms.ChoiceField(label=_("Level"), choices=())
    language = forms.ChoiceField(label=_("Language of the questions"), choices=())
    candidate_reference = forms.CharField(
        label=_("Candidate reference"), max_length=100, required=False,
        help_text=_("The reference from your hiring system; never the candidate's personal details."),
    )  # fmt: skip
    scheduled_at = forms.DateTimeField(
        label=_("Interview time (candidate's local time)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def __init__(self, *args, **kwargs):
        from org.models import Department

        from .models import BankLanguage, InterviewKit
        from .selectors import regions_with_published_packs

        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.order_by("code")
        self.fields["region"].queryset = regions_with_published_packs()
        self.fields["level"].choices = InterviewKit.Level.choices
        self.fields["language"].choices = BankLanguage.choices

    def clean(self):
        data = super().clean()
        # the time is typed as the candidate sees it: interpret it in the region's time zone
        when, region = data.get("scheduled_at"), data.get("region")
        if when is not None and region is not None:
            from zoneinfo import ZoneInfo

            data["scheduled_at"] = when.replace(tzinfo=None).replace(tzinfo=ZoneInfo(region.time_zone or "UTC"))
        return data


class ReplaceQuestionForm(forms.Form):
    source = forms.ModelChoiceField(label=_("A question from the bank"), queryset=None, required=False)
    text = forms.CharField(
        label=_("Or your own question"), required=False, widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )

    def __init__(self, *args, alternatives=(), **kwargs):
        from .models import InterviewQuestion

        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = InterviewQuestion.objects.filter(pk__in=[q.pk for q in alternatives])
        labels = {q.pk: getattr(q, "label", None) or str(q) for q in alternatives}  # the kit's language
        self.fields["source"].label_from_instance = lambda q: labels.get(q.pk, str(q))

    def clean(self):
        data = super().clean()
        if not data.get("source") and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Choose a question from the bank or write your own."))
        return data


class AddQuestionForm(forms.Form):
    competency = forms.ChoiceField(label=_("Competency"), choices=())
    text = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)

    def __init__(self, *args, **kwargs):
        from .models import Competency

        super().__init__(*args, **kwargs)
        self.fields["competency"].choices = Competency.choices


class AssignForm(forms.Form):
    interviewer = forms.ModelChoiceField(label=_("Interviewer"), queryset=None)

    def __init__(self, *args, people=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interviewer"].queryset = people
        self.fields["interviewer"].label_from_instance = lambda p: f"{p.name} ({p.employee_id})"


class ScorecardForm(forms.Form):
    summary = forms.CharField(
        label=_("Summary and recommendation"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, dimensions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.dimensions = list(dimensions)
        for d in self.dimensions:
            self.fields[f"rating_{d.pk}"] = forms.TypedChoiceField(
                label=_("Rating: %(name)s") % {"name": d.local_name},
                choices=[(score, f"{score} · {text}") for score, text in d.local_anchors()] or
                [(n, str(n)) for n in range(1, 6)],
                coerce=int,
                widget=forms.RadioSelect,
            )  # fmt: skip
            self.fields[f"evidence_{d.pk}"] = forms.CharField(
                label=_("Evidence: %(name)s") % {"name": d.local_name}, widget=forms.Textarea(attrs={"rows": 2})
            )

    def ratings(self) -> dict[int, tuple[int, str]]:
        return {
            d.pk: (self.cleaned_data[f"rating_{d.pk}"], self.cleaned_data[f"evidence_{d.pk}"]) for d in self.dimensions
        }
