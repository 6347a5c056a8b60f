"""Taboo rule packs in /cms/: list, create and edit drafts, start a draft from a published version, publish."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import RulePackVersion
from .selectors import rule_pack_versions
from .services import bank_recheck, rule_pack_draft_start, rule_pack_publish
from .services.rule_packs import _next_number

RULE_PANELS = [
    FieldRowPanel([FieldPanel("key"), FieldPanel("topic"), FieldPanel("severity")]),
    FieldPanel("law"),
    FieldRowPanel([FieldPanel("explanation_en"), FieldPanel("explanation_zh")]),
    FieldRowPanel([FieldPanel("suggestion_en"), FieldPanel("suggestion_zh")]),
    MultiFieldPanel(
        [FieldPanel(f"patterns_{code}") for code in ("en", "zh", "de", "pt", "es", "id")],
        heading=gettext_lazy("Patterns (see docs/interviewing.md)"),
    ),
]


class RulePackIndexView(generic.IndexView):
    def get_base_queryset(self):
        return rule_pack_versions()


class RulePackCreateView(generic.CreateView):
    def save_instance(self):
        instance = self.form.save(commit=False)
        instance.number = _next_number(instance.region)
        instance.status = RulePackVersion.Status.DRAFT
        instance.created_by = self.request.user
        instance.save()
        self.form.save_m2m() if hasattr(self.form, "save_m2m") else None
        for formset in getattr(self.form, "formsets", {}).values():
            formset.instance = instance
            formset.save()
        return instance


class RulePackEditView(generic.EditView):
    def dispatch(self, request, *args, **kwargs):
        version = get_object_or_404(RulePackVersion, pk=kwargs.get("pk"))
        if version.is_published:
            # a published version is never edited: offer to start a draft from it instead
            return TemplateResponse(
                request,
                "interviewing/admin/published.html",
                {"version": version, "draft_url": reverse("rule_packs:start_draft", args=[version.pk])},
            )
        return super().dispatch(request, *args, **kwargs)


def _require(request, codename: str) -> None:
    if not request.user.has_perm(f"interviewing.{codename}"):
        raise PermissionDenied


@require_POST
def start_draft(request, pk):
    _require(request, "change_rulepackversion")
    version = get_object_or_404(RulePackVersion, pk=pk)
    draft = rule_pack_draft_start(region=version.region, user=request.user)
    messages.success(request, _("Editing draft version %(n)s.") % {"n": draft.number})
    return redirect("rule_packs:edit", draft.pk)


@require_POST
def publish(request, pk):
    _require(request, "publish_rulepackversion")
    version = get_object_or_404(RulePackVersion, pk=pk)
    try:
        rule_pack_publish(version=version, user=request.user)
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
        return redirect("rule_packs:edit", version.pk)
    messages.success(request, _("Version %(n)s is published; the checker uses it now.") % {"n": version.number})
    flagged = bank_recheck()  # the new rules may flag interview questions that passed the old ones
    if flagged:
        messages.warning(request, _("%(n)s interview question texts are now flagged by the checker.") % {"n": flagged})
    return redirect("rule_packs:index")


class RulePackViewSet(ModelViewSet):
    model = RulePackVersion
    name = "rule_packs"
    icon = "warning"
    menu_label = gettext_lazy("Taboo rule packs")
    menu_order = 350
    add_to_admin_menu = True
    index_view_class = RulePackIndexView
    add_view_class = RulePackCreateView
    edit_view_class = RulePackEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_filter = ["region", "status", "legal_review_status"]
    list_display = [
        "__str__",
        Column("rule_count", label=gettext_lazy("Rules")),
        "legal_review_status",
        "reviewer",
        "reviewed_on",
        "published_at",
    ]
    panels = [
        FieldPanel("region"),
        FieldPanel("notes"),
        MultiFieldPanel(
            [FieldPanel("legal_review_status"), FieldPanel("reviewer"), FieldPanel("reviewed_on")],
            heading=gettext_lazy("Legal review"),
        ),
        InlinePanel("rules", panels=RULE_PANELS, heading=gettext_lazy("Rules"), label=gettext_lazy("Rule")),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/draft/", start_draft, name="start_draft"),
            path("<int:pk>/publish/", publish, name="publish"),
        ]


rule_pack_viewset = RulePackViewSet()
