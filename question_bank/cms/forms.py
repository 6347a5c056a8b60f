"""The authoring form: one model form for a version's content plus the entry's fields, validated as a whole."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from taggit.utils import parse_tags
from wagtail.admin.forms import WagtailAdminModelForm

from ..models import Category, Language, Purpose, Question, QuestionType
from ..validation import data_problems

CONTENT_FIELDS = [
    "name",
    "stem",
    "general_feedback",
    "shuffle",
    "case_sensitive",
    "correct_feedback",
    "partial_feedback",
    "incorrect_feedback",
    "grader_info",
    "response_template",
]


class QuestionForm(WagtailAdminModelForm):
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.all())
    purpose = forms.ChoiceField(
        label=_("Purpose"),
        choices=Purpose.choices,
        help_text=_("Exam items are only drawn into exams; practice items appear in lessons. The two never mix."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=Language.choices)
    idnumber = forms.CharField(label=_("ID number"), max_length=100, required=False)
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        help_text=_("Separate with commas, e.g. competency:etiquette, level:foundation, difficulty:easy, region:DE."),
    )
    translation_of = forms.ModelChoiceField(
        label=_("Translation of"),
        required=False,
        queryset=Question.objects.select_related("current_version").order_by("category__path", "pk"),
        help_text=_("The same question in the other language, so an exam can serve either."),
    )
    tf_answer = forms.TypedChoiceField(
        label=_("The statement is"),
        choices=[("true", _("True")), ("false", _("False"))],
        coerce=lambda v: v == "true",
        required=False,
    )
    feedback_true = forms.CharField(
        label=_("Feedback for the response “True”"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    feedback_false = forms.CharField(
        label=_("Feedback for the response “False”"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, qtype: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        version = self.instance
        question = version.question if version.pk else None
        self.qtype = question.qtype if question else qtype
        if question is not None:
            twin = question.translations().first()
            self.initial.update(
                category=question.category_id,
                purpose=question.purpose,
                language=question.language,
                idnumber=question.idnumber,
                tags=", ".join(sorted(t.name for t in question.tags.all())),
                translation_of=twin.pk if twin else None,
            )
            self.fields["translation_of"].queryset = self.fields["translation_of"].queryset.exclude(pk=question.pk)
            if self.qtype == QuestionType.TRUEFALSE:
                by_text = {a.text.lower(): a for a in version.answers.all()}
                right = by_text.get("true") is not None and by_text["true"].fraction == 1
                self.initial.update(
                    tf_answer="true" if right else "false",
                    feedback_true=getattr(by_text.get("true"), "feedback", ""),
                    feedback_false=getattr(by_text.get("false"), "feedback", ""),
                )

    def _rows(self, name: str) -> list[dict]:
        formset = self.formsets.get(name)
        if formset is None or not formset.is_valid():
            return []
        forms_ = formset.ordered_forms if formset.can_order else formset.forms
        return [f.cleaned_data for f in forms_ if f.cleaned_data and not f.cleaned_data.get("DELETE")]

    def to_data(self) -> dict:
        """The cleaned form as the neutral dict the services take."""
        c = self.cleaned_data
        data = {k: c.get(k) for k in CONTENT_FIELDS if k in c}
        data.update(
            type=self.qtype,
            mark=c.get("default_mark"),
            purpose=c.get("purpose"),
            idnumber=c.get("idnumber", ""),
            tags=parse_tags(c.get("tags") or ""),
        )
        kind = self.qtype
        if kind in (QuestionType.SINGLE, QuestionType.MULTI):
            data["choices"] = [
                {"text": r["text"], "fraction": r["fraction"], "feedback": r.get("feedback", "")}
                for r in self._rows("answers")
            ]
        elif kind == QuestionType.SHORT:
            data["answers"] = [
                {"text": r["text"], "fraction": r["fraction"], "feedback": r.get("feedback", "")}
                for r in self._rows("answers")
            ]
        elif kind == QuestionType.TRUEFALSE:
            data.update(
                answer=c.get("tf_answer"),
                feedback_true=c.get("feedback_true", ""),
                feedback_false=c.get("feedback_false", ""),
            )
        elif kind == QuestionType.MATCHING:
            rows = self._rows("pairs")
            data["pairs"] = [{"left": r["left"], "right": r["right"]} for r in rows if r.get("left", "").strip()]
            data["distractors"] = [r["right"] for r in rows if not r.get("left", "").strip()]
        elif kind == QuestionType.ORDERING:
            data["items"] = [r["text"] for r in self._rows("items")]
        elif kind == QuestionType.ESSAY:
            data["rubric"] = [{"criterion": r["criterion"], "levels": r["levels"]} for r in self._rows("rubric")]
        return data

    def clean(self):
        cleaned = super().clean()
        if self.qtype not in QuestionType.values:
            raise forms.ValidationError(_("Choose a question type."))
        if self.qtype == QuestionType.TRUEFALSE and cleaned.get("tf_answer") in (None, ""):
            self.add_error("tf_answer", _("Say whether the statement is true or false."))
        question_id = self.instance.question_id if self.instance.pk else None
        idnumber, language = cleaned.get("idnumber", "").strip(), cleaned.get("language")
        if idnumber and Question.objects.filter(idnumber=idnumber, language=language).exclude(pk=question_id).exists():
            self.add_error("idnumber", _("Another question in this language already has this ID number."))
        twin = cleaned.get("translation_of")
        if twin is not None and (twin.language == language or twin.qtype != self.qtype):
            self.add_error(
                "translation_of", _("A translation must be a question of the same type in the other language.")
            )
        if not self.errors:
            for problem in data_problems(self.to_data()):
                self.add_error(None, problem)
        return cleaned
