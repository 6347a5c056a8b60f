"""Practice questions for lessons: a fragment of small forms, and immediate feedback on each answer."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .models import Purpose, QuestionType, QuestionVersion
from .rendering import learner_view
from .scoring import score_response
from .selectors import practice_versions, with_content

MAX_COUNT = 20


@require_GET
@login_required
def practice(request):
    """`?category=<English path>&count=<n>`: up to n practice items from the category and its descendants."""
    category = request.GET.get("category", "").strip()
    try:
        count = min(MAX_COUNT, max(1, int(request.GET.get("count", "3"))))
    except ValueError:
        return HttpResponseBadRequest(_("count must be a number"))
    language = "zh-hans" if (get_language() or "").startswith("zh") else "en"
    versions = practice_versions(category_path=category, language=language, count=count) if category else []
    items = [learner_view(v, seed=request.user.pk) for v in versions]
    return render(request, "question_bank/practice/list.html", {"items": items, "category": category})


def response_from_post(version: QuestionVersion, post) -> dict:
    kind = version.question.qtype
    if kind in (QuestionType.SINGLE, QuestionType.TRUEFALSE):
        return {"choice": post.get("choice")}
    if kind == QuestionType.MULTI:
        return {"choices": post.getlist("choices")}
    if kind == QuestionType.SHORT:
        return {"text": post.get("text", "")[:1000]}
    if kind == QuestionType.MATCHING:
        return {"pairs": {p.pk: post.get(f"pair-{p.pk}") for p in version.pairs.all() if p.left.strip()}}
    if kind == QuestionType.ORDERING:
        positions = []
        for item in version.items.all():
            try:
                positions.append((int(post.get(f"order-{item.pk}", "")), item.pk))
            except ValueError:
                positions.append((10_000, item.pk))
        return {"order": [pk for _position, pk in sorted(positions)]}
    return {"text": post.get("text", "")}


@require_POST
@login_required
def practice_check(request):
    """Score one practice answer. Exam items are refused as if they did not exist: this must not leak a key."""
    try:
        version_id = int(request.POST.get("version", ""))
    except ValueError as exc:
        raise Http404 from exc
    version = (
        with_content(QuestionVersion.objects.filter(pk=version_id, question__purpose=Purpose.PRACTICE))
        .filter(question__retired_at__isnull=True)
        .first()
    )
    if version is None:
        raise Http404
    fraction, detail = score_response(version, response_from_post(version, request.POST))
    selected = {p["id"] for p in detail.get("parts", []) if p.get("selected")}
    context = {
        "version": version,
        "fraction": fraction,
        "percent": None if fraction is None else round(fraction * 100),
        "detail": detail,
        "answers": [
            {"text": a.text, "selected": a.pk in selected, "right": a.fraction > 0, "feedback": a.feedback}
            for a in version.answers.all()
        ],
        "pairs": [p for p in version.pairs.all() if p.left.strip()],
        "items": list(version.items.all()),
    }
    return render(request, "question_bank/practice/feedback.html", context)
