"""Reads for rule packs; each returns a QuerySet with what its callers need joined in."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from .models import Rule, RulePackVersion


def rule_pack_versions() -> QuerySet[RulePackVersion]:
    return RulePackVersion.objects.select_related("region").annotate(rule_count=Count("rules"))


def published_rule_pack_for(*, region_code: str) -> QuerySet[RulePackVersion]:
    """The latest published version for a region (first row), with its rules in order."""
    return (
        RulePackVersion.objects.filter(region__code=region_code, status=RulePackVersion.Status.PUBLISHED)
        .select_related("region")
        .prefetch_related(Prefetch("rules", queryset=Rule.objects.order_by("sort_order", "pk")))
        .order_by("-number")
    )


def regions_with_published_packs():
    from org.models import Region

    return (
        Region.objects.filter(rule_pack_versions__status=RulePackVersion.Status.PUBLISHED).distinct().order_by("code")
    )


def bank_questions_for(*, language: str, senior: bool):
    """Questions a kit may offer: active, not flagged by the checker, with a text in `language`."""
    from .models import InterviewQuestion, QuestionText

    questions = InterviewQuestion.objects.filter(is_active=True, worst_severity="", texts__language=language)
    if not senior:
        questions = questions.filter(senior_only=False)
    texts = QuestionText.objects.filter(language__in={language, "en"})
    return questions.distinct().prefetch_related(Prefetch("texts", queryset=texts)).order_by("competency", "key")


def bank_questions():
    """The bank as /cms/ lists it."""
    from .models import InterviewQuestion

    return InterviewQuestion.objects.prefetch_related("texts").order_by("competency", "key")


def kits_for(user):
    """Kits a person may open: their own and those they interview on; HR sees every kit."""
    from org.permissions import is_hr

    from .models import InterviewKit

    kits = InterviewKit.objects.select_related("department", "region", "created_by").annotate(
        question_count=Count("questions", distinct=True),
        flagged_count=Count("questions", filter=~Q(questions__worst_severity=""), distinct=True),
    )
    if not is_hr(user):
        kits = kits.filter(Q(created_by=user) | Q(panel__assignment__interviewer=user)).distinct()
    return kits.order_by("-created_at", "-pk")


def kit_detail(*, pk: int):
    from .models import InterviewKit, KitInterviewer, KitQuestion

    return (
        InterviewKit.objects.select_related("department", "region", "created_by", "rule_pack")
        .prefetch_related(
            Prefetch("questions", queryset=KitQuestion.objects.select_related("source").order_by("order", "pk")),
            Prefetch(
                "panel",
                queryset=KitInterviewer.objects.select_related(
                    "assignment__interviewer", "assignment__scorecard"
                ).order_by("assignment__scheduled_at", "pk"),
            ),
        )
        .filter(pk=pk)
    )


def evaluation_form_current():
    """The standard scorecard if it exists, else any current evaluation form, with its dimensions."""
    from certification.models import EvaluationForm

    forms = EvaluationForm.objects.filter(is_current=True).prefetch_related("dimensions")
    return forms.filter(code="standard-interview").first() or forms.order_by("code").first()
