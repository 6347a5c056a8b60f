"""Kit pages: list, build, the kit itself (replace or add questions, book interviewers), PDF, scorecard."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from org.permissions import is_hr

from .forms import AddQuestionForm, AssignForm, KitForm, ReplaceQuestionForm, ScorecardForm
from .models import KitInterviewer
from .selectors import bank_questions_for, kit_detail, kits_for
from .services import kit_assign, kit_create, kit_question_add, kit_question_replace, scorecard_submit
from .sheets import kit_sheet


def _can_edit(user, kit) -> bool:
    return user.pk == kit.created_by_id or is_hr(user)


def _kit_for(request, pk: int):
    kit = kit_detail(pk=pk).first()
    if kit is None:
        raise Http404
    on_panel = any(link.assignment.interviewer_id == request.user.pk for link in kit.panel.all())
    if not (_can_edit(request.user, kit) or on_panel):
        raise Http404  # a kit names a candidate: do not confirm it exists to people outside it
    return kit


def _eligible(kit):
    from certification.gate import eligible_people

    return eligible_people(department=kit.department, region=kit.region, level=kit.level)


@login_required
def kit_list(request):
    from org.permissions import is_assessor

    can_calibrate = is_hr(request.user) or is_assessor(request.user)
    return render(
        request, "interviewing/kits/list.html", {"kits": kits_for(request.user), "can_calibrate": can_calibrate}
    )


@login_required
def kit_new(request):
    form = KitForm(request.POST or None, initial=_initial(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            kit = kit_create(user=request.user, **form.cleaned_data)
        except ValidationError as e:
            form.add_error(None, e)
        else:
            messages.success(request, _("Your interview kit is ready. Check any flagged question before you print."))
            return redirect("interviewing:kit", pk=kit.pk)
    return render(request, "interviewing/kits/new.html", {"form": form})


def _initial(user) -> dict:
    language = "zh-hans" if (get_language() or "").startswith("zh") else "en"
    return {"department": user.department_id, "level": "foundation", "language": language}


def _bank_pool(kit) -> list:
    return list(bank_questions_for(language=kit.language, senior=kit.level == "senior"))


def _alternatives(kit, question, pool) -> list:
    """Up to eight clean bank questions of the same competency that the kit does not already use."""
    used = {q.source_id for q in kit.questions.all()}
    return [q for q in pool if q.competency == question.competency and q.pk not in used][:8]


@login_required
def kit_page(request, pk: int):
    kit = _kit_for(request, pk)
    context = kit_sheet(kit)
    editable = _can_edit(request.user, kit)
    if editable:
        pool = _bank_pool(kit) if context["flagged"] else []
        for q in context["flagged"]:
            alternatives = _alternatives(kit, q, pool)
            for alt in alternatives:
                alt.label = alt.text_in(kit.language).text
            q.replace_form = ReplaceQuestionForm(alternatives=alternatives, prefix=f"q{q.pk}")
        context["add_form"] = AddQuestionForm()
        context["assign_form"] = AssignForm(people=_eligible(kit))
    context.update(
        editable=editable, user_on_panel=[p for p in context["panel"] if p.assignment.interviewer_id == request.user.pk]
    )
    return render(request, "interviewing/kits/detail.html", context)


@login_required
@require_POST
def kit_replace(request, pk: int, question_pk: int):
    kit = _kit_for(request, pk)
    question = get_object_or_404(kit.questions.all(), pk=question_pk)
    alternatives = _alternatives(kit, question, _bank_pool(kit))
    form = ReplaceQuestionForm(request.POST, alternatives=alternatives, prefix=f"q{question.pk}")
    if not form.is_valid():
        messages.error(
            request, " ".join(form.non_field_errors()) or _("Choose a question from the bank or write your own.")
        )
        return redirect("interviewing:kit", pk=kit.pk)
    try:
        kit_question_replace(
            kit_question=question, user=request.user, source=form.cleaned_data["source"], text=form.cleaned_data["text"]
        )
    except ValidationError as e:
        messages.error(request, " ".join(e.messages))
        return redirect("interviewing:kit", pk=kit.pk)
    question.refresh_from_db()
    if question.worst_severity:
        messages.warning(request, _("The new question is flagged too; see what the checker says."))
    else:
        messages.success(request, _("Question replaced; the checker finds nothing in it."))
    return redirect(f"{_kit_url(kit)}#question-{question.pk}")


def _kit_url(kit) -> str:
    from django.urls import reverse

    return reverse("interviewing:kit", kwargs={"pk": kit.pk})


@login_required
@require_POST
def kit_add_question(request, pk: int):
    kit = _kit_for(request, pk)
    form = AddQuestionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the question and choose its competency."))
        return redirect("interviewing:kit", pk=kit.pk)
    question = kit_question_add(kit=kit, user=request.user, **form.cleaned_data)
    if question.worst_severity:
        messages.warning(request, _("The checker flagged your question; replace it before the interview."))
    else:
        messages.success(request, _("Question added."))
    return redirect(f"{_kit_url(kit)}#question-{question.pk}")


@login_required
@require_POST
def kit_assign_view(request, pk: int):
    kit = _kit_for(request, pk)
    if not _can_edit(request.user, kit):
        raise PermissionDenied
    from org.models import User

    # the form offers the eligible; the gate decides again inside the service, whoever is posted
    people = User.objects.filter(is_active=True, department=kit.department)
    form = AssignForm(request.POST, people=people)
    if form.is_valid():
        try:
            kit_assign(kit=kit, interviewer=form.cleaned_data["interviewer"], user=request.user)
        except ValidationError as e:
            messages.error(request, " ".join(e.messages))
        else:
            messages.success(
                request, _("%(name)s is booked for this interview.") % {"name": form.cleaned_data["interviewer"].name}
            )
    else:
        messages.error(request, _("Choose an interviewer."))
    return redirect("interviewing:kit", pk=kit.pk)


@login_required
def kit_pdf(request, pk: int):
    from .pdf import kit_pdf_bytes

    kit = _kit_for(request, pk)
    response = HttpResponse(kit_pdf_bytes(kit, get_language() or "en"), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="interview-kit-{kit.pk}.pdf"'
    return response


@login_required
def scorecard(request, pk: int, link_pk: int):
    kit = _kit_for(request, pk)
    link = get_object_or_404(KitInterviewer.objects.select_related("assignment__interviewer"), pk=link_pk, kit=kit)
    assignment = link.assignment
    context = kit_sheet(kit)
    form_template = context["form"]
    existing = getattr(assignment, "scorecard", None)  # the reverse one-to-one raises an AttributeError when absent
    if request.user.pk != assignment.interviewer_id:
        if not (_can_edit(request.user, kit)):
            raise Http404
        return render(
            request,
            "interviewing/kits/scorecard.html",
            {**context, "link": link, "scorecard": existing, "read_only": True},
        )
    initial = {}
    if existing:
        initial["summary"] = existing.summary
        for r in existing.ratings.all():
            initial[f"rating_{r.dimension_id}"], initial[f"evidence_{r.dimension_id}"] = r.rating, r.evidence
    form = ScorecardForm(request.POST or None, dimensions=context["dimensions"], initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            scorecard_submit(
                assignment=assignment, user=request.user, form=form_template, ratings=form.ratings(),
                summary=form.cleaned_data["summary"],
            )  # fmt: skip
        except ValidationError as e:
            form.add_error(None, e)
        else:
            messages.success(request, _("Scorecard saved."))
            return redirect("interviewing:kit", pk=kit.pk)
    return render(
        request, "interviewing/kits/scorecard.html",
        {**context, "link": link, "scorecard": existing, "score_form": form, "read_only": False},
    )  # fmt: skip
