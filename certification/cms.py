"""HR configures programmes (with their requirements) and evaluation forms (with dimensions and anchors) in /cms/."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import EvaluationForm, Programme
from .services.forms import evaluation_form_is_used, evaluation_form_version_create

SCORES = range(1, 6)


def _course_choices() -> list[tuple[str, str]]:
    """Courses by translation_key, titled in English where there is an English page."""
    from courses.models import CoursePage

    titles: dict[str, str] = {}
    for key, title, language in CoursePage.objects.values_list("translation_key", "title", "locale__language_code"):
        if str(key) not in titles or language == "en":
            titles[str(key)] = title
    return [("", "---------")] + sorted(titles.items(), key=lambda item: item[1])


class CourseKeyForm(WagtailAdminModelForm):
    """A course chosen by title; stored as the translation_key so either language's page counts."""

    course_key = forms.TypedChoiceField(label=_("Course"), choices=(), coerce=str, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course_key"].choices = _course_choices()
        self.fields["course_key"].required = self._meta.model._meta.get_field("course_key").null is False
        if self.instance.course_key:
            self.initial["course_key"] = str(self.instance.course_key)

    def clean_course_key(self):
        return self.cleaned_data["course_key"] or None


class _DimensionFormBase(WagtailAdminModelForm):
    """The anchors (stored as one JSON list) edited as one English and one Chinese text per score."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        by_score = {a.get("score"): a for a in (self.instance.anchors or [])}
        for score in SCORES:
            for language in ("en", "zh"):
                self.initial.setdefault(f"anchor_{score}_{language}", by_score.get(score, {}).get(language, ""))

    def clean(self):
        cleaned = super().clean()
        anchors = []
        for score in SCORES:
            en, zh = cleaned.get(f"anchor_{score}_en", ""), cleaned.get(f"anchor_{score}_zh", "")
            if en or zh:
                anchors.append({"score": score, "en": en, "zh": zh})
        self.instance.anchors = anchors
        return cleaned


_ANCHOR_LABELS = {"en": _("Score {n}, English"), "zh": _("Score {n}, Chinese")}
_ANCHOR_FIELDS = {
    f"anchor_{score}_{language}": forms.CharField(
        label=format_lazy(_ANCHOR_LABELS[language], n=score), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    for score in SCORES
    for language in ("en", "zh")
}
# built through the form metaclass so the ten anchor fields are declared fields that child forms inherit
DimensionForm = type(WagtailAdminModelForm)("DimensionForm", (_DimensionFormBase,), dict(_ANCHOR_FIELDS))


class FormInlinePanel(InlinePanel):
    """An InlinePanel whose child forms use `child_form` (Wagtail builds a plain model form otherwise)."""

    def __init__(self, relation_name, *args, child_form=None, **kwargs):
        self.child_form = child_form
        super().__init__(relation_name, *args, **kwargs)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "child_form": self.child_form}

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = self.child_form
        return options


PROGRAMME_PANELS = TabbedInterface(
    [
        ObjectList(
            [
                FieldRowPanel([FieldPanel("code"), FieldPanel("level"), FieldPanel("is_active")]),
                FieldRowPanel([FieldPanel("name"), FieldPanel("name_zh")]),
                FieldRowPanel([FieldPanel("validity_months"), FieldPanel("renewal_window_days")]),
                FieldPanel("departments"),
            ],
            heading=_("Programme"),
        ),
        ObjectList(
            [
                FieldPanel("requires"),
                FieldRowPanel([FieldPanel("shadow_count"), FieldPanel("reverse_shadow_count")]),
                FieldRowPanel([FieldPanel("practical_form"), FieldPanel("practical_pass_average")]),
                FieldRowPanel([FieldPanel("minimum_performance"), FieldPanel("signoff_required")]),
                FormInlinePanel(
                    "courses",
                    heading=_("Courses to complete"),
                    label=_("Course"),
                    child_form=CourseKeyForm,
                    panels=[FieldPanel("course_key"), FieldPanel("for_renewal")],
                ),
                InlinePanel(
                    "exams",
                    heading=_("Exams to pass"),
                    label=_("Exam"),
                    panels=[FieldRowPanel([FieldPanel("exam"), FieldPanel("for_renewal")])],
                ),
            ],
            heading=_("Requirements"),
        ),
        ObjectList(
            [
                FormInlinePanel(
                    "regional_modules",
                    heading=_("Regional modules"),
                    label=_("Regional module"),
                    child_form=CourseKeyForm,
                    panels=[FieldRowPanel([FieldPanel("region"), FieldPanel("exam")]), FieldPanel("course_key")],
                )
            ],
            heading=_("Regional modules"),
        ),
    ]
)


class ProgrammeViewSet(ModelViewSet):
    model = Programme
    icon = "success"
    menu_label = _("Programmes")
    list_display = ["name", "code", "level", "validity_months", "is_active"]
    list_filter = ["level", "is_active"]
    search_fields = ["code", "name", "name_zh"]
    edit_handler = PROGRAMME_PANELS
    add_to_admin_menu = False
    copy_view_enabled = False


FORM_PANELS = [
    FieldRowPanel([FieldPanel("code"), FieldPanel("name"), FieldPanel("name_zh")]),
    FormInlinePanel(
        "dimensions",
        heading=_("Dimensions"),
        label=_("Dimension"),
        child_form=DimensionForm,
        panels=[
            FieldRowPanel([FieldPanel("order"), FieldPanel("name"), FieldPanel("name_zh")]),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel(f"anchor_{score}_en"), FieldPanel(f"anchor_{score}_zh")])
                    for score in SCORES
                ],
                heading=_("Anchors: what each score looks like"),
            ),
        ],
    ),
]


class EvaluationFormEditView(generic.EditView):
    def dispatch(self, request, *args, **kwargs):
        form = get_object_or_404(EvaluationForm, pk=kwargs.get("pk"))
        if not form.is_current or evaluation_form_is_used(form=form):
            # practicals point at this version, so it is never changed: offer a new version copied from it
            return TemplateResponse(
                request,
                "certification/admin/form_in_use.html",
                {"form_version": form, "new_version_url": reverse("cert_forms:new_version", args=[form.pk])},
            )
        return super().dispatch(request, *args, **kwargs)


@require_POST
def new_version(request, pk):
    if not request.user.has_perm("certification.change_evaluationform"):
        raise PermissionDenied
    form = get_object_or_404(EvaluationForm, pk=pk)
    return redirect("cert_forms:edit", evaluation_form_version_create(form=form).pk)


class EvaluationFormViewSet(ModelViewSet):
    model = EvaluationForm
    icon = "form"
    menu_label = _("Evaluation forms")
    list_display = ["name", "code", "version", "is_current"]
    list_filter = ["is_current"]
    search_fields = ["code", "name", "name_zh"]
    edit_handler = ObjectList(FORM_PANELS)
    edit_view_class = EvaluationFormEditView
    add_to_admin_menu = False
    copy_view_enabled = False

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("<int:pk>/new-version/", new_version, name="new_version")]
