"""A rubric's levels stored as JSON, edited as lines of `points | descriptor` (a nested inline would not fit)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def levels_to_text(levels) -> str:
    if isinstance(levels, str):
        return levels
    return "\n".join(f"{level['points']} | {level['descriptor']}" for level in levels or [])


def text_to_levels(text: str) -> list[dict]:
    levels = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        points, sep, descriptor = line.partition("|")
        try:
            value = Decimal(points.strip())
        except InvalidOperation as exc:
            raise ValidationError(
                _("Line %(n)s: start with the points, then “|” and the descriptor, e.g. “2 | Gives a full example”."),
                params={"n": number},
            ) from exc
        if not sep or not descriptor.strip():
            raise ValidationError(_("Line %(n)s: the level needs a descriptor after “|”."), params={"n": number})
        levels.append({"points": format(value.normalize(), "f"), "descriptor": descriptor.strip()})
    return levels


class RubricLevelsFormField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return levels_to_text(value)

    def to_python(self, value):
        return text_to_levels(super().to_python(value) or "")

    def validate(self, value):
        if len(value) < 2:
            raise ValidationError(_("A rubric criterion needs at least two levels."))

    def has_changed(self, initial, data):
        return levels_to_text(initial) != levels_to_text(self.to_python(data)) if data is not None else bool(initial)


class RubricLevelsField(models.JSONField):
    def formfield(self, **kwargs):
        kwargs.setdefault(
            "help_text", _("One level a line, lowest first: points | descriptor. For example: 0 | No example given.")
        )
        return RubricLevelsFormField(label=self.verbose_name, required=not self.blank, help_text=kwargs["help_text"])
