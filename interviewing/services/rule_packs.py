"""Rule-pack versions: start a draft from the latest published version, publish it, record a legal review."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import PATTERN_FIELDS, Rule, RulePackVersion

RULE_FIELDS = (
    "key",
    "topic",
    "severity",
    "law",
    "explanation_en",
    "explanation_zh",
    "suggestion_en",
    "suggestion_zh",
    *PATTERN_FIELDS.values(),
)


def _next_number(region) -> int:
    return (RulePackVersion.objects.filter(region=region).aggregate(n=Max("number"))["n"] or 0) + 1


def _add_rules(version: RulePackVersion, rules: list[dict]) -> None:
    for order, data in enumerate(rules):
        rule = Rule(version=version, sort_order=order, **{k: data.get(k, "") for k in RULE_FIELDS})
        rule.full_clean(exclude=["version"])
        rule.save()


@transaction.atomic
def rule_pack_create(*, region, rules: list[dict], user=None, notes: str = "", publish: bool = False):
    """A new version for the region holding exactly `rules` (dicts of RULE_FIELDS), published at once if asked."""
    if RulePackVersion.objects.select_for_update().filter(region=region, status="draft").exists():
        raise ValidationError(_("This region already has a draft; publish or edit it instead."))
    version = RulePackVersion.objects.create(region=region, number=_next_number(region), notes=notes, created_by=user)
    _add_rules(version, rules)
    if publish:
        version = rule_pack_publish(version=version, user=user)
    return version


@transaction.atomic
def rule_pack_draft_start(*, region, user=None) -> RulePackVersion:
    """The region's draft, copied from its latest published version if there is no draft yet.

    Editing a published version goes through here: the published one stays exactly as the checker used it.
    """
    existing = RulePackVersion.objects.select_for_update().filter(region=region, status="draft").first()
    if existing is not None:
        return existing
    latest = RulePackVersion.objects.filter(region=region, status="published").order_by("-number").first()
    draft = RulePackVersion.objects.create(
        region=region,
        number=_next_number(region),
        created_by=user,
        notes=_("Copied from version %(n)s.") % {"n": latest.number} if latest else "",
    )
    if latest is not None:
        _add_rules(draft, [{k: getattr(r, k) for k in RULE_FIELDS} for r in latest.rules.all()])
    return draft


@transaction.atomic
def rule_pack_publish(*, version: RulePackVersion, user=None) -> RulePackVersion:
    version = RulePackVersion.objects.select_for_update().get(pk=version.pk)
    if version.is_published:
        raise ValidationError(_("Version %(n)s is already published.") % {"n": version.number})
    rules = list(version.rules.all())
    if not rules:
        raise ValidationError(_("A rule pack needs at least one rule before it is published."))
    for rule in rules:
        rule.full_clean()
    version.status = RulePackVersion.Status.PUBLISHED
    version.published_at = timezone.now()
    version.published_by = user
    version.save(update_fields=["status", "published_at", "published_by"], _publishing=True)
    return version


@transaction.atomic
def rule_pack_review_record(*, version: RulePackVersion, status: str, reviewer: str, reviewed_on, user=None):
    """Counsel's review is a record about a version, so it may be written on a published one."""
    version = RulePackVersion.objects.select_for_update().get(pk=version.pk)
    version.legal_review_status, version.reviewer, version.reviewed_on = status, reviewer.strip(), reviewed_on
    version.full_clean(exclude=["region"])
    version.save(update_fields=["legal_review_status", "reviewer", "reviewed_on"])
    return version
