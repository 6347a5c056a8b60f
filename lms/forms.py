"""Form fields shared by the apps."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

INT64 = range(-(2**63), 2**63)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, refusing integer keys that no database column can hold before they reach the database.

    Django's single-choice field turns such a value into "not one of the available choices"; the multiple one sends
    it to the database, where SQLite raises OverflowError and PostgreSQL a DataError: a server error for hostile
    input. Here it is the field's own "not a valid value" error.
    """

    def _check_values(self, value):
        model = self.queryset.model
        field = model._meta.get_field(self.to_field_name) if self.to_field_name else model._meta.pk
        if isinstance(field, models.IntegerField) and not isinstance(value, (str, bytes)):
            for item in value:
                try:
                    number = int(str(item).strip())
                except ValueError:
                    continue  # Django's own check reports it
                if number not in INT64:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                    )
        return super()._check_values(value)
