"""One edit form per question type: the fields and inline rows that type uses, nothing else."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList

from ..models import QuestionType, QuestionVersion
from .forms import QuestionForm


def _common():
    return [
        FieldPanel("name"),
        FieldPanel("stem"),
        FieldRowPanel(
            [FieldPanel("category"), FieldPanel("purpose"), FieldPanel("language")], heading=_("Where it lives")
        ),
        FieldRowPanel([FieldPanel("default_mark"), FieldPanel("idnumber")], heading=_("Mark and ID")),
        FieldPanel("tags"),
        FieldPanel("translation_of"),
    ]


def _combined():
    return MultiFieldPanel(
        [FieldPanel("correct_feedback"), FieldPanel("partial_feedback"), FieldPanel("incorrect_feedback")],
        heading=_("Feedback by result"),
        classname="collapsed",
    )


ANSWER_PANELS = [FieldPanel("text"), FieldPanel("fraction"), FieldPanel("feedback")]

BY_TYPE = {
    QuestionType.SINGLE: [
        FieldPanel("shuffle"),
        InlinePanel(
            "answers",
            panels=ANSWER_PANELS,
            label=_("Choices"),
            min_num=2,
            help_text=_("Give the right choice a credit of 1 (100%); wrong ones 0 or a negative credit."),
        ),
        _combined(),
    ],
    QuestionType.MULTI: [
        FieldPanel("shuffle"),
        InlinePanel(
            "answers",
            panels=ANSWER_PANELS,
            label=_("Choices"),
            min_num=2,
            help_text=_("Right choices share 100% (e.g. 0.5 and 0.5); wrong ones may take credit away."),
        ),
        _combined(),
    ],
    QuestionType.TRUEFALSE: [FieldPanel("tf_answer"), FieldPanel("feedback_true"), FieldPanel("feedback_false")],
    QuestionType.SHORT: [
        FieldPanel("case_sensitive"),
        InlinePanel(
            "answers",
            panels=ANSWER_PANELS,
            label=_("Accepted answers"),
            min_num=1,
            help_text=_("Tried in order; * matches any characters (e.g. situation*)."),
        ),
    ],
    QuestionType.MATCHING: [
        FieldPanel("shuffle"),
        InlinePanel("pairs", panels=[FieldPanel("left"), FieldPanel("right")], label=_("Pairs"), min_num=2),
        _combined(),
    ],
    QuestionType.ORDERING: [
        InlinePanel("items", panels=[FieldPanel("text")], label=_("Items, in the right order"), min_num=2),
        _combined(),
    ],
    QuestionType.ESSAY: [
        FieldPanel("response_template"),
        FieldPanel("grader_info"),
        InlinePanel("rubric", panels=[FieldPanel("criterion"), FieldPanel("levels")], label=_("Rubric")),
    ],
}

_bound: dict[str, ObjectList] = {}


def panel_for(qtype: str) -> ObjectList:
    if qtype not in _bound:
        children = _common() + BY_TYPE[qtype] + [FieldPanel("general_feedback")]
        _bound[qtype] = ObjectList(children, base_form_class=QuestionForm).bind_to_model(QuestionVersion)
    return _bound[qtype]
