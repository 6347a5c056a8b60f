"""Taboo rule packs: one versioned pack per region, each version a list of rules the checker applies.

A published version never changes (the checker's answers must be reproducible from the version it names);
editing starts a new draft copied from the latest published version. The legal review of a version is a record
about it, not part of it, so counsel can record a review of a published version without changing its rules.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

# Languages the checker understands, with the field that holds each language's patterns.
CHECKER_LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("de", _("German")),
    ("pt", _("Portuguese")),
    ("es", _("Spanish")),
    ("id", _("Indonesian")),
]
PATTERN_FIELDS = {code: f"patterns_{code.split('-')[0]}" for code, _label in CHECKER_LANGUAGES}


REVIEW_FIELDS = {"legal_review_status", "reviewer", "reviewed_on"}


class Topic(models.TextChoices):
    RELIGION = "religion", _("Religion or belief")
    MARITAL_FAMILY = "marital_family", _("Marital or family status")
    PREGNANCY = "pregnancy", _("Pregnancy")
    AGE = "age", _("Age")
    SALARY_HISTORY = "salary_history", _("Salary history")
    HEALTH_DISABILITY = "health_disability", _("Health or disability")
    NATIONALITY_ETHNICITY = "nationality_ethnicity", _("Nationality or ethnicity")
    SEXUAL_ORIENTATION = "sexual_orientation", _("Sexual orientation")
    POLITICAL_UNION = "political_union", _("Political or union views")
    CRIMINAL_RECORD = "criminal_record", _("Criminal record")
    # topics some regions add
    APPEARANCE = "appearance", _("Appearance or skin colour")
    FAMILY_BACKGROUND = "family_background", _("Family background or origin")
    LABOUR_CLAIMS = "labour_claims", _("Past labour claims")
    LANGUAGE_FILTER = "language_filter", _("Language or dialect as a filter")
    OUTLOOK = "outlook", _("Outlook on life and reading")


class Severity(models.TextChoices):
    UNLAWFUL = "unlawful", _("Unlawful")
    RISKY = "risky", _("Risky")
    CAUTION = "caution", _("Caution")


class RulePackVersion(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    class Review(models.TextChoices):
        UNREVIEWED = "unreviewed", _("Not reviewed")
        IN_REVIEW = "in_review", _("In review")
        APPROVED = "approved", _("Approved by counsel")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")

    region = models.ForeignKey("org.Region", on_delete=models.PROTECT, related_name="rule_pack_versions")
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    notes = models.TextField(_("notes"), blank=True, help_text=_("What changed in this version and why."))
    legal_review_status = models.CharField(
        _("legal review"), max_length=20, choices=Review.choices, default=Review.UNREVIEWED
    )
    reviewer = models.CharField(_("reviewer"), max_length=200, blank=True)
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["region__code", "-number"]
        verbose_name = _("taboo rule pack")
        verbose_name_plural = _("taboo rule packs")
        permissions = [("publish_rulepackversion", "Can publish a taboo rule pack version")]
        constraints = [
            models.UniqueConstraint(fields=["region", "number"], name="iv_rulepack_unique_number"),
            # one draft at a time, so two editors never fork a pack
            models.UniqueConstraint(
                fields=["region"], condition=Q(status="draft"), name="iv_rulepack_one_draft_per_region"
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False), name="iv_rulepack_published_has_date"
            ),
            models.CheckConstraint(
                condition=~Q(legal_review_status__in=["approved", "changes_requested"])
                | (~Q(reviewer="") & Q(reviewed_on__isnull=False)),
                name="iv_rulepack_review_names_reviewer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.region.code} v{self.number} ({self.get_status_display()})"

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def save(self, *args, _publishing: bool = False, **kwargs) -> None:
        """A published version changes only in its review record; anything else is a new version."""
        update_fields = kwargs.get("update_fields")
        if self.pk and not _publishing and not (update_fields and set(update_fields) <= REVIEW_FIELDS):
            if type(self).objects.filter(pk=self.pk, status=self.Status.PUBLISHED).exists():
                raise ValidationError(_("A published rule pack cannot be changed; start a new draft instead."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if type(self).objects.filter(pk=self.pk, status=self.Status.PUBLISHED).exists():
            raise ValidationError(_("A published rule pack cannot be deleted."))
        return super().delete(*args, **kwargs)

    def clean(self) -> None:
        if self.legal_review_status in (self.Review.APPROVED, self.Review.CHANGES_REQUESTED) and not (
            self.reviewer and self.reviewed_on
        ):
            raise ValidationError(_("Name the reviewer and the date of the review."))


class Rule(models.Model):
    version = ParentalKey(RulePackVersion, on_delete=models.CASCADE, related_name="rules")
    key = models.SlugField(_("key"), max_length=60, help_text=_("Stable name of the rule across versions."))
    topic = models.CharField(_("protected topic"), max_length=30, choices=Topic.choices)
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices)
    law = models.TextField(_("law or custom"), help_text=_("The law, regulation or custom the rule rests on."))
    explanation_en = models.TextField(_("explanation (English)"))
    explanation_zh = models.TextField(_("explanation (Chinese)"))
    suggestion_en = models.TextField(_("safe alternative (English)"))
    suggestion_zh = models.TextField(_("safe alternative (Chinese)"))
    patterns_en = models.TextField(_("patterns (English)"), blank=True)
    patterns_zh = models.TextField(_("patterns (Chinese)"), blank=True)
    patterns_de = models.TextField(_("patterns (German)"), blank=True)
    patterns_pt = models.TextField(_("patterns (Portuguese)"), blank=True)
    patterns_es = models.TextField(_("patterns (Spanish)"), blank=True)
    patterns_id = models.TextField(_("patterns (Indonesian)"), blank=True)
    sort_order = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("taboo rule")
        verbose_name_plural = _("taboo rules")
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="iv_rule_unique_key_in_version"),
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.get_severity_display()})"

    def save(self, *args, **kwargs) -> None:
        self._refuse_if_published()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._refuse_if_published()
        return super().delete(*args, **kwargs)

    def _refuse_if_published(self) -> None:
        if RulePackVersion.objects.filter(pk=self.version_id, status=RulePackVersion.Status.PUBLISHED).exists():
            raise ValidationError(_("The rules of a published rule pack cannot be changed; start a new draft."))

    def patterns_for(self, language: str) -> str:
        return getattr(self, PATTERN_FIELDS[language], "")

    def clean(self) -> None:
        from ..checker.patterns import PatternError, parse_patterns

        for field in PATTERN_FIELDS.values():
            try:
                parse_patterns(getattr(self, field))
            except PatternError as error:
                raise ValidationError({field: str(error)}) from error
        if not any(getattr(self, field).strip() for field in PATTERN_FIELDS.values()):
            raise ValidationError(_("Give patterns in at least one language."))
