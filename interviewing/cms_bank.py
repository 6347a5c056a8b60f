"""The interview question bank in /cms/: HR edits questions and their translations; the checker's verdict shows in
the list and on the edit page (each translation is checked when it is saved)."""

from __future__ import annotations

from django.contrib import messages
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import InterviewQuestion, Severity
from .selectors import bank_questions

TEXT_PANELS = [
    FieldPanel("language"),
    FieldPanel("text"),
    FieldPanel("probes"),
    FieldRowPanel([FieldPanel("strong_answer"), FieldPanel("average_answer"), FieldPanel("weak_answer")]),
]

BADGES = {Severity.UNLAWFUL: "critical", Severity.RISKY: "warning", Severity.CAUTION: "info"}


class CheckerColumn(Column):
    """The most severe finding of the checker, as a badge; empty when the checker found nothing."""

    def get_value(self, instance):
        if not instance.worst_severity:
            return gettext_lazy("Clean")
        return format_html(
            '<span class="w-status w-status--{}">{}</span>',
            BADGES.get(instance.worst_severity, "info"),
            instance.get_worst_severity_display(),
        )


class QuestionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return bank_questions()


def _warn_if_flagged(request, question) -> None:
    findings = [f for text in question.texts.all() for f in text.findings]
    if findings:
        shown = "; ".join(f"{f['severity']} · {f['region']} · {f['topic']}: “{f['line']}”" for f in findings[:8])
        messages.warning(request, _("The taboo checker flags this question: %(findings)s") % {"findings": shown})


class FlagWarningMixin:
    def save_instance(self):
        instance = super().save_instance()
        instance.refresh_from_db(fields=["worst_severity"])
        _warn_if_flagged(self.request, instance)
        return instance


class QuestionCreateView(FlagWarningMixin, generic.CreateView):
    pass


class QuestionEditView(FlagWarningMixin, generic.EditView):
    def get(self, request, *args, **kwargs):
        _warn_if_flagged(request, self.object)
        return super().get(request, *args, **kwargs)


class QuestionViewSet(ModelViewSet):
    model = InterviewQuestion
    name = "interview_questions"
    icon = "help"
    menu_label = gettext_lazy("Interview questions")
    menu_order = 340
    add_to_admin_menu = True
    index_view_class = QuestionIndexView
    add_view_class = QuestionCreateView
    edit_view_class = QuestionEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = ["key", "competency", "kind", "senior_only", "is_active", "worst_severity"]
    list_filter = ["competency", "kind", "senior_only", "is_active", "worst_severity"]
    search_fields = ["key", "texts__text"]
    list_display = [
        "__str__",
        "competency",
        "kind",
        "senior_only",
        CheckerColumn("worst_severity", label=gettext_lazy("Checker")),
    ]
    panels = [
        HelpPanel(
            content=gettext_lazy(
                "Each translation is run through the taboo checker of every region when you save. A question the "
                "checker flags is never offered in new kits until its wording is fixed."
            )
        ),
        FieldRowPanel([FieldPanel("key"), FieldPanel("competency"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("senior_only"), FieldPanel("is_active")]),
        InlinePanel(
            "texts",
            panels=TEXT_PANELS,
            heading=gettext_lazy("Translations"),
            label=gettext_lazy("Translation"),
            min_num=1,
        ),
    ]


question_viewset = QuestionViewSet()
