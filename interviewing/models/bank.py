"""The interview question bank: questions an interviewer asks candidates (not exam items for learners).

A question holds what does not depend on language (competency, kind, level); its wording in each language is a
linked translation (`QuestionText`). Every text is run through the checker against every region's published rule
pack when it is saved, and keeps what it found, so a risky question is visible in /cms/ and in the kit generator.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from .rule_packs import Severity


class Competency(models.TextChoices):
    PROFESSIONAL = "professional_skill", _("Professional skill")
    EXPERIENCE = "experience_fit", _("Experience fit")
    CULTURE = "cultural_fit", _("Cultural fit and localisation")
    COMMUNICATION = "communication", _("Communication")
    MOTIVATION = "motivation", _("Motivation")
    LEADERSHIP = "leadership", _("Leadership (senior roles)")


class QuestionKind(models.TextChoices):
    BEHAVIOURAL = "behavioural", _("Behavioural (STAR)")
    SITUATIONAL = "situational", _("Situational")
    STRESS = "stress", _("Stress")


class BankLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    CHINESE = "zh-hans", _("Simplified Chinese")


class InterviewQuestion(ClusterableModel):
    key = models.SlugField(_("key"), max_length=80, unique=True, help_text=_("Stable name across edits."))
    competency = models.CharField(_("competency"), max_length=30, choices=Competency.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    senior_only = models.BooleanField(
        _("senior roles only"), default=False, help_text=_("Offered only in kits for senior-level interviews.")
    )
    is_active = models.BooleanField(_("offered in kits"), default=True)
    # the most severe finding over all translations and regions, kept here so lists need no join
    worst_severity = models.CharField(_("checker"), max_length=10, choices=Severity.choices, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["competency", "key"]
        verbose_name = _("interview question")
        verbose_name_plural = _("interview questions")
        indexes = [models.Index(fields=["competency", "is_active"], name="iv_question_competency_idx")]

    def __str__(self) -> str:
        text = self.text_in(get_language())
        return text.text[:80] if text else self.key

    def text_in(self, language: str | None) -> QuestionText | None:
        """The wording in `language`, else English (uses the prefetched texts)."""
        wanted = "zh-hans" if (language or "").startswith("zh") else "en"
        texts = {t.language: t for t in self.texts.all()}
        return texts.get(wanted) or texts.get("en") or next(iter(texts.values()), None)


class QuestionText(models.Model):
    question = ParentalKey(InterviewQuestion, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=10, choices=BankLanguage.choices)
    text = models.TextField(_("question"))
    probes = models.TextField(_("follow-up probes"), help_text=_("One per line."))
    strong_answer = models.TextField(_("a strong answer"))
    average_answer = models.TextField(_("an average answer"))
    weak_answer = models.TextField(_("a weak answer"))
    # [{"region", "version", "topic", "severity", "rule", "field"}], written by the checker on every save
    findings = models.JSONField(_("checker findings"), default=list, blank=True, editable=False)
    worst_severity = models.CharField(_("checker"), max_length=10, choices=Severity.choices, blank=True, editable=False)
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["question", "language"]
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.UniqueConstraint(fields=["question", "language"], name="iv_question_one_text_per_language"),
            models.CheckConstraint(condition=~models.Q(text=""), name="iv_question_text_not_blank"),
        ]

    def __str__(self) -> str:
        return f"{self.question_id} · {self.language}"

    @property
    def probe_list(self) -> list[str]:
        return [line.strip() for line in self.probes.splitlines() if line.strip()]

    def save(self, *args, **kwargs) -> None:
        """Checked on every save, whoever saves it (seed, /cms/, django-admin)."""
        from ..services.bank import text_check

        text_check(text=self, packs=getattr(self, "_packs", None))
        if kwargs.get("update_fields"):
            kwargs["update_fields"] = {*kwargs["update_fields"], "findings", "worst_severity", "checked_at"}
        super().save(*args, **kwargs)
        from ..services.bank import question_severity_refresh

        question_severity_refresh(question_id=self.question_id)
