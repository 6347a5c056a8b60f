"""Item statistics per exam and question version, with Moodle's definitions (see docs/exams.md)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from .exams import Exam


class ItemStatistic(models.Model):
    exam = models.ForeignKey(Exam, on_delete=models.CASCADE, related_name="item_statistics")
    version = models.ForeignKey("question_bank.QuestionVersion", on_delete=models.CASCADE, related_name="+")
    first_attempts_only = models.BooleanField(default=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    facility = models.FloatField(_("facility index (%)"), null=True)
    sd = models.FloatField(_("standard deviation (%)"), null=True)
    discrimination_index = models.FloatField(_("discrimination index (%)"), null=True)
    discriminative_efficiency = models.FloatField(_("discriminative efficiency (%)"), null=True)
    choice_spread = models.JSONField(_("how answers spread"), default=list, blank=True)
    computed_at = models.DateTimeField(_("computed at"), auto_now=True)

    class Meta:
        ordering = ["exam", "version"]
        verbose_name = _("item statistic")
        constraints = [
            models.UniqueConstraint(
                fields=["exam", "version", "first_attempts_only"], name="exams_itemstatistic_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.exam_id} · {self.version_id}"
