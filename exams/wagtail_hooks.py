"""HR edits exams and accommodations in /cms/; assessors and HR find the grading queue and statistics from there."""

from __future__ import annotations

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.views.generic.models import CreateView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .access import can_grade, can_review_all
from .models import Accommodation, Exam

EXAM_PANELS = TabbedInterface(
    [
        ObjectList(
            [
                FieldRowPanel([FieldPanel("title"), FieldPanel("title_zh")]),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("description"), FieldPanel("description_zh")]),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("region"), FieldPanel("is_active")]),
                FieldPanel("prerequisites"),
            ],
            heading=_("Exam"),
        ),
        ObjectList(
            [
                InlinePanel(
                    "sections",
                    heading=_("Sections"),
                    label=_("Section"),
                    panels=[
                        FieldPanel("title"),
                        FieldRowPanel([FieldPanel("category"), FieldPanel("count"), FieldPanel("marks_per_question")]),
                        FieldRowPanel([FieldPanel("tag"), FieldPanel("difficulty"), FieldPanel("qtype")]),
                        FieldPanel("objective_only"),
                        FieldPanel("fixed_questions"),
                    ],
                )
            ],
            heading=_("Questions"),
        ),
        ObjectList(
            [
                MultiFieldPanel(
                    [
                        FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("grace_seconds")]),
                        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                        FieldRowPanel([FieldPanel("pass_mark_percent"), FieldPanel("grading_method")]),
                        FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("cooldown_hours")]),
                    ],
                    heading=_("Timing and attempts"),
                ),
                MultiFieldPanel(
                    [
                        FieldRowPanel(
                            [
                                FieldPanel("shuffle_questions"),
                                FieldPanel("shuffle_choices"),
                                FieldPanel("questions_per_page"),
                            ]
                        ),
                        FieldRowPanel([FieldPanel("review_policy"), FieldPanel("review_when")]),
                        FieldPanel("blind_grading"),
                    ],
                    heading=_("Presentation, review and grading"),
                ),
            ],
            heading=_("Rules"),
        ),
    ]
)


class ExamViewSet(ModelViewSet):
    model = Exam
    icon = "doc-full"
    menu_label = _("Exams")
    list_display = ["title", "kind", "region", "time_limit_minutes", "pass_mark_percent", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["title", "title_zh", "slug"]
    edit_handler = EXAM_PANELS
    add_to_admin_menu = False
    copy_view_enabled = False


class AccommodationCreateView(CreateView):
    def save_instance(self):
        self.form.instance.granted_by = self.request.user
        return super().save_instance()


class AccommodationViewSet(ModelViewSet):
    model = Accommodation
    icon = "time"
    menu_label = _("Accommodations")
    list_display = ["user", "exam", "extra_minutes", "extra_attempts", "granted_by", "granted_at"]
    list_filter = ["exam"]
    form_fields = ["exam", "user", "extra_minutes", "extra_attempts", "reason"]
    add_view_class = AccommodationCreateView
    add_to_admin_menu = False
    copy_view_enabled = False


class ExamsGroup(ViewSetGroup):
    menu_label = _("Exams")
    menu_icon = "doc-full"
    menu_order = 850
    items = (
        ExamViewSet("exam_admin", url_prefix="exams"),
        AccommodationViewSet("exam_accommodations", url_prefix="exam-accommodations"),
    )


@hooks.register("register_admin_viewset")
def register_exams():
    return ExamsGroup()


class _LinkItem(MenuItem):
    def __init__(self, label, url_name, check, **kwargs):
        self.check = check
        # lazy: resolved when the menu renders, in the language active then
        super().__init__(label, reverse_lazy(url_name), **kwargs)

    def is_shown(self, request):
        return self.check(request.user)


@hooks.register("register_admin_menu_item")
def grading_menu_item():
    return _LinkItem(_("Grading queue"), "exams:grading_queue", can_grade, icon_name="tasks", order=860)


@hooks.register("register_admin_menu_item")
def attempts_menu_item():
    return _LinkItem(_("Exam attempts"), "exams:hr_attempts", can_review_all, icon_name="list-ul", order=861)
