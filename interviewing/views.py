"""The checker page: interviewers paste their questions and see what the region's rule pack says."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from .forms import CheckerForm
from .selectors import regions_with_published_packs
from .services import LintError, lint_findings
from .services.lint import localised


@login_required
def checker(request):
    regions = list(regions_with_published_packs())
    initial = {"language": "zh-hans" if (get_language() or "").startswith("zh") else "en"}
    if getattr(request.user, "home_region_id", None):
        initial["region"] = next((r.code for r in regions if r.pk == request.user.home_region_id), None)
    form = CheckerForm(request.POST or None, regions=regions, initial=initial)
    context = {"form": form, "regions": regions}
    if request.method == "POST" and form.is_valid():
        try:
            pack, results = lint_findings(
                region=form.cleaned_data["region"],
                language=form.cleaned_data["language"],
                questions=form.cleaned_data["questions"],
            )
        except LintError as e:
            form.add_error(None, e.message)
        else:
            context.update(pack=pack, results=[_present(r) for r in results])
            context["flagged"] = sum(1 for r in results if r.rules)
    template = "interviewing/_results.html" if request.headers.get("HX-Request") else "interviewing/checker.html"
    return render(request, template, context)


def _present(result) -> dict:
    return {
        "question": result.question,
        "findings": [
            {
                "rule": rule,
                "explanation": localised(rule, "explanation"),
                "suggestion": localised(rule, "suggestion"),
            }
            for rule in result.rules
        ],
    }
