"""Reads for rule packs; each returns a QuerySet with what its callers need joined in."""

from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet

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
