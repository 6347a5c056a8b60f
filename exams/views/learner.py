"""The learner's pages: exams I can take, the start page, the attempt (with autosave), submit, and the result."""

from __future__ import annotations

from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.selectors import completed_course_keys

from .. import selectors
from ..access import can_view_attempt, results_released
from ..models import Attempt, AttemptItem, Exam
from ..services.attempts import (
    AttemptClosed,
    answers_from_post,
    attempt_check_time,
    attempt_start,
    attempt_submit,
    response_save,
)
from ..services.content import version_content
from ..services.grading import appeal_create
from ..services.rules import is_insider, standing
from .items import item_review, item_view


@login_required
def exam_list(request):
    user = request.user
    attempts = defaultdict(list)
    for attempt in selectors.attempts_of(user=user):
        attempts[attempt.exam_id].append(attempt)
    accommodations = selectors.accommodations_of(user=user)
    done = completed_course_keys(user=user)
    editor = user.has_perm("question_bank.change_questionversion")
    rows = []
    for exam in selectors.exams_for_learners():
        position = standing(
            exam=exam,
            user=user,
            attempts=attempts.get(exam.pk, []),
            accommodation=accommodations.get(exam.pk),
            done_keys=done,
        )
        if editor:
            position.blockers.append(_("You can edit the question bank, so you cannot sit exams."))
        rows.append(
            {
                "exam": exam,
                "standing": position,
                "attempts": attempts.get(exam.pk, []),
                "released": results_released(exam),
            }
        )
    return render(request, "exams/list.html", {"rows": rows})


def _language() -> str:
    return "zh-hans" if (get_language() or "").startswith("zh") else "en"


@require_http_methods(["GET", "POST"])
@login_required
def exam_start(request, slug):
    # the prerequisites are read once for both checks of a start (before and inside the transaction)
    exam = get_object_or_404(Exam.objects.filter(is_active=True).prefetch_related("prerequisites"), slug=slug)
    if request.method == "POST":
        # attempt_start checks the rules and the insider rule itself, once
        try:
            attempt = attempt_start(exam=exam, user=request.user, language=_language())
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            return redirect("exams:start", slug=exam.slug)
        return redirect("exams:attempt", pk=attempt.pk)
    position = standing(exam=exam, user=request.user)
    insider = position.open_attempt is None and is_insider(exam=exam, user=request.user)
    return render(request, "exams/start.html", {"exam": exam, "standing": position, "insider": insider})


def _own_open_attempt(request, pk) -> Attempt:
    attempt = get_object_or_404(Attempt.objects.select_related("exam"), pk=pk)
    if attempt.user_id != request.user.pk:
        raise Http404
    return attempt


def _page_number(request, attempt, last_page: int) -> int:
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 1
    return min(max(1, page), last_page)


@require_http_methods(["GET", "POST"])
@login_required
def attempt_page(request, pk):
    attempt = _own_open_attempt(request, pk)
    if request.method == "POST":
        if not attempt.is_open:
            return redirect("exams:result", pk=attempt.pk)
        return _attempt_post(request, attempt)
    # a page opened after the deadline and grace closes the attempt, as the sweep would a minute later
    attempt = attempt_check_time(attempt=attempt)
    if not attempt.is_open:
        return redirect("exams:result", pk=attempt.pk)
    # every item with its response in one query: the pages, which of them hold an answer, and this page's items
    every = list(AttemptItem.objects.filter(attempt=attempt).select_related("response").order_by("slot"))
    pages = sorted({i.page for i in every})
    page = _page_number(request, attempt, pages[-1])
    on_page = [i for i in every if i.page == page]
    content = version_content(i.version_id for i in on_page)
    items = [item_view(i, content[i.version_id]) for i in on_page]
    remaining = max(0, int((attempt.deadline - timezone.now()).total_seconds()))
    answered = {i.page for i in every if i.response.answer != {}}
    return render(
        request,
        "exams/attempt.html",
        {
            "attempt": attempt,
            "exam": attempt.exam,
            "items": items,
            "page": page,
            "pages": pages,
            "answered_pages": answered,
            "remaining": remaining,
            "fallback": "language_fallback" in attempt.notices,
        },
    )


def _attempt_post(request, attempt):
    """Save the page, then go where the learner asked: another page, the submit page, or (time up) submit."""
    try:
        response_save(attempt=attempt, user=request.user, answers=answers_from_post(request.POST))
    except AttemptClosed as closed:
        messages.error(request, closed.messages[0])
        return redirect("exams:result", pk=attempt.pk)
    target = request.POST.get("goto", "")
    if request.POST.get("timeup") or target == "finish-now":
        attempt_submit(attempt=attempt, user=request.user)
        return redirect("exams:result", pk=attempt.pk)
    if target == "submit":
        return redirect("exams:submit", pk=attempt.pk)
    return redirect(f"{reverse('exams:attempt', kwargs={'pk': attempt.pk})}?page={target or 1}")


@require_POST
@login_required
def attempt_autosave(request, pk):
    """HTMX autosave: answers a small status fragment. After the deadline it says so and sends to the result."""
    attempt = _own_open_attempt(request, pk)
    try:
        saved = response_save(attempt=attempt, user=request.user, answers=answers_from_post(request.POST))
    except AttemptClosed as closed:
        messages.error(request, closed.messages[0])
        reply = _fragment({"error": closed.messages[0]})
        reply["HX-Redirect"] = reverse("exams:result", kwargs={"pk": attempt.pk})
        return reply
    return _fragment({"saved_at": saved[0].saved_at if saved else None})


def _fragment(context) -> HttpResponse:
    # the status fragment needs none of the page's context (navigation, roles, notifications): rendered without
    # the request, so the context processors and their queries do not run on every autosave
    return HttpResponse(render_to_string("exams/fragments/autosave.html", context))


@require_http_methods(["GET", "POST"])
@login_required
def attempt_submit_view(request, pk):
    attempt = _own_open_attempt(request, pk)
    if request.method == "POST" or not attempt.is_open:
        attempt_submit(attempt=attempt, user=request.user)
        return redirect("exams:result", pk=attempt.pk)
    items = list(selectors.attempt_items(attempt=attempt))
    unanswered = [i.slot for i in items if not item_view(i).answered]
    return render(request, "exams/submit.html", {"attempt": attempt, "exam": attempt.exam, "unanswered": unanswered})


def review_level(attempt, viewer) -> str | None:
    """What the viewer may see of the result: None (nothing yet), or a review policy level."""
    from ..access import can_grade, can_review_all

    if viewer.pk != attempt.user_id and (can_review_all(viewer) or can_grade(viewer)):
        return "feedback"
    if not attempt.is_final:
        return None
    if not results_released(attempt.exam):
        return None
    return attempt.exam.review_policy


@login_required
def attempt_result(request, pk):
    attempt = get_object_or_404(Attempt.objects.select_related("exam", "user"), pk=pk)
    if not can_view_attempt(request.user, attempt):
        raise Http404
    if attempt.is_open and attempt.user_id == request.user.pk:
        return redirect("exams:attempt", pk=attempt.pk)
    level = review_level(attempt, request.user) if not attempt.is_open else None
    items = []
    if level and level != "score":
        items = [item_review(i, level) for i in selectors.attempt_items(attempt=attempt)]
    from ..access import shows_learner_name

    own = attempt.user_id == request.user.pk
    context = {
        "attempt": attempt,
        "exam": attempt.exam,
        "level": level,
        "items": items,
        "show_name": shows_learner_name(request.user, attempt),
        "own": own,
        # under the score-only policy the items are not listed, so the learner appeals by number
        "appeal_slots": _appeal_slots(attempt) if own and level == "score" else [],
    }
    return render(request, "exams/result.html", context)


def _appeal_slots(attempt) -> list[int]:
    return list(AttemptItem.objects.filter(attempt=attempt).order_by("slot").values_list("slot", flat=True))


@require_POST
@login_required
def appeal_by_number(request, pk):
    """The score-only result page names items by number only: the learner picks the number they remember."""
    try:
        slot = int(request.POST.get("slot", ""))
    except ValueError:
        slot = 0
    return appeal_new(request, pk, slot)


@require_POST
@login_required
def appeal_new(request, pk, slot):
    attempt = get_object_or_404(Attempt, pk=pk, user=request.user)
    item = AttemptItem.objects.filter(attempt=attempt, slot=slot).select_related("attempt").first()
    if item is None:
        messages.error(request, _("Choose the number of the question you want to appeal."))
        return redirect("exams:result", pk=attempt.pk)
    try:
        appeal_create(item=item, user=request.user, reason=request.POST.get("reason", ""))
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(request, _("Your appeal was sent to the assessors."))
    return redirect("exams:result", pk=attempt.pk)
