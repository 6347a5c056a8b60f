"""The "Question bank" menu in /cms/: questions, categories, and file import/export."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import Category, Language, Purpose, QuestionType, QuestionVersion
from ..selectors import bank_list
from . import imports as import_views
from .views import QuestionCreateView, QuestionEditView, QuestionInspectView


class QuestionFilterSet(WagtailFilterSet):
    qtype = django_filters.ChoiceFilter(label=_("Type"), field_name="question__qtype", choices=QuestionType.choices)
    purpose = django_filters.ChoiceFilter(label=_("Purpose"), field_name="question__purpose", choices=Purpose.choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"), field_name="question__language", choices=Language.choices
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=Category.objects.all(), method="in_category"
    )
    tag = django_filters.CharFilter(label=_("Tag"), field_name="question__tags__name")
    retired = django_filters.BooleanFilter(
        label=_("Retired"), field_name="question__retired_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = QuestionVersion
        fields = []

    def in_category(self, queryset, name, value):
        from ..selectors import categories_under

        return queryset.filter(question__category__in=categories_under(value.path)) if value else queryset


def _tags(version) -> str:
    return ", ".join(sorted(t.name for t in version.question.tags.all()))


class QuestionViewSet(SnippetViewSet):
    model = QuestionVersion
    icon = "help"
    menu_label = _("Questions")
    url_prefix = "question-bank/questions"
    add_view_class = QuestionCreateView
    edit_view_class = QuestionEditView
    inspect_view_class = QuestionInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = QuestionFilterSet
    search_fields = ["name", "question__idnumber"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        "name",
        Column("qtype", label=_("Type"), accessor=lambda v: v.question.get_qtype_display()),
        Column("category", label=_("Category"), accessor=lambda v: v.question.category),
        Column("purpose", label=_("Purpose"), accessor=lambda v: v.question.get_purpose_display()),
        Column("language", label=_("Language"), accessor=lambda v: v.question.language),
        Column("tags", label=_("Tags"), accessor=_tags),
        Column("number", label=_("Version")),
        Column("state", label=_("State"), accessor=lambda v: _("Retired") if v.question.retired_at else _("Live")),
    ]

    def get_queryset(self, request):
        return bank_list().order_by("question__category__path", "question__pk")


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    url_prefix = "question-bank/categories"
    list_display = ["path", "name_zh"]
    search_fields = ["name", "name_zh", "path"]
    search_backend_name = None
    form_fields = ["parent", "name", "name_zh", "info"]
    copy_view_enabled = False


class ImportViewSet(ViewSet):
    name = "question_import"
    icon = "upload"
    menu_label = _("Import and export")
    url_prefix = "question-bank/files"

    def get_urlpatterns(self):
        from django.urls import path

        return [
            path("", import_views.upload, name="index"),
            path("export/", import_views.export, name="export"),
            path("<int:pk>/", import_views.job_detail, name="job"),
            path("<int:pk>/status/", import_views.job_status, name="status"),
        ]

    def get_menu_item(self, order=None):
        from wagtail.admin.menu import MenuItem

        class PermittedMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm("question_bank.import_questions")

        return PermittedMenuItem(self.menu_label, self.menu_url, icon_name=self.icon, order=order or self.menu_order)


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 300
    items = (QuestionViewSet, CategoryViewSet, ImportViewSet)
